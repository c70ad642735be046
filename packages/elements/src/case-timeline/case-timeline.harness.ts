import { sendKeys } from '@web/test-runner-commands';
import { getAllByRole, getByLabelText, getByRole, queryByRole } from '../../../../test/helpers/queries.js';
import type { LinkkiCaseTimeline } from './case-timeline.js';

/** Reads and drives the timeline the way a coordinator would: by headings, labels and buttons. */
export class CaseTimelineHarness {
  constructor(readonly element: LinkkiCaseTimeline) {}

  private get root() {
    return this.element.shadowRoot!;
  }

  /** Month headings in the order shown. */
  monthHeadings(): string[] {
    return getAllByRole(this.element, 'heading', { level: this.element.headingLevel + (this.element.hideTitle ? 1 : 2) }).map((h) => h.textContent!.trim());
  }

  /** Each event's one-line label, in the order shown (events are the public `event` part). */
  eventLabels(): string[] {
    return [...this.root.querySelectorAll('[part="event"]')].map((li) => li.querySelector('p')!.textContent!.trim());
  }

  timeBar(): HTMLElement {
    return getByRole(this.element, 'progressbar');
  }

  focused(): Element | null {
    return this.root.activeElement;
  }

  announcement(): string {
    return getByRole(this.element, 'status').textContent!.trim();
  }

  /** Clicks the `index`th button with this name (the form's submit can share the name of the button that opened it). */
  async press(name: string | RegExp, index = 0) {
    (getAllByRole(this.element, 'button', { name })[index] as HTMLButtonElement).click();
    await this.element.updateComplete;
  }

  async type(label: string | RegExp, text: string) {
    // An input with suggestions (`list`) is a combobox.
    const input = (queryByRole(this.element, 'textbox', { name: label }) ?? getByRole(this.element, 'combobox', { name: label })) as HTMLInputElement | HTMLTextAreaElement;
    input.focus();
    input.select();
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: text });
    await this.element.updateComplete;
  }

  /** Chooses a radio by its label, optionally inside the group with this legend. */
  async choose(option: string, group?: string) {
    const scope = group ? getByRole(this.element, 'group', { name: group }) : this.element;
    (getByRole(scope as HTMLElement, 'radio', { name: option }) as HTMLInputElement).click();
    await this.element.updateComplete;
  }

  async check(label: string) {
    (getByRole(this.element, 'checkbox', { name: label }) as HTMLInputElement).click();
    await this.element.updateComplete;
  }

  /** Sets a field that is no text box (a date) by its label, as a date picker would. */
  async fill(label: string | RegExp, value: string) {
    const input = getByLabelText(this.element, label) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await this.element.updateComplete;
  }

  /** The names of the radios in the group with this legend, in order. */
  options(group: string | RegExp): string[] {
    return getAllByRole(getByRole(this.element, 'group', { name: group }), 'radio').map((r) => (r as HTMLInputElement).labels![0]!.textContent!.trim());
  }

  /** The error summary's messages (the summary is the public `error-summary` part). */
  errors(): string[] {
    return [...this.root.querySelectorAll('[part="error-summary"] li')].map((li) => li.textContent!.trim());
  }
}
