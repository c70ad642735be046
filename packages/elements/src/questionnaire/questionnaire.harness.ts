import { sendKeys } from '@web/test-runner-commands';
import { getAllByRole, getByRole, queryByRole } from '../../../../test/helpers/queries.js';
import type { QuestionnaireElement } from './questionnaire-element.js';

/** Drives a questionnaire the way a person does: by statement and answer label, or by keyboard. */
export class QuestionnaireHarness {
  constructor(readonly element: QuestionnaireElement) {}

  get statements(): HTMLFieldSetElement[] {
    return getAllByRole(this.element, 'group') as HTMLFieldSetElement[];
  }

  /** Clicks the answer `label` in the statement whose legend contains `statement`. */
  async answer(statement: string | RegExp, label: string) {
    const group = getByRole(this.element, 'group', { name: statement instanceof RegExp ? statement : new RegExp(escape(statement)) });
    getByRole(group, 'radio', { name: label }).click();
    await this.element.updateComplete;
  }

  /** Answers the statements shown in the list layout, in order, with the given values (1-based scale index); fewer values leave the rest unanswered. */
  async answerAll(values: number[]) {
    const groups = this.statements.slice(0, values.length);
    for (const [i, group] of groups.entries()) {
      (getAllByRole(group, 'radio')[values[i]! - 1] as HTMLInputElement).click();
      await this.element.updateComplete;
    }
  }

  async click(name: string | RegExp) {
    getByRole(this.element, 'button', { name }).click();
    await this.element.updateComplete;
  }

  private t(key: string) {
    return (this.element as unknown as { i18n: { t(key: string): string } }).i18n.t(key);
  }

  /** Presses the confirm button, whatever the UI language. */
  async confirm() {
    await this.click(this.t('confirm'));
  }

  /** Presses Next (or, on the last statement, the button to the review), whatever the UI language. */
  async next() {
    const name = queryByRole(this.element, 'button', { name: this.t('next') }) ? this.t('next') : this.t('toReview');
    await this.click(name);
  }

  focused(): Element | null {
    return this.element.shadowRoot!.activeElement;
  }

  async keys(...presses: string[]) {
    for (const press of presses) await sendKeys({ press });
    await this.element.updateComplete;
  }
}

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
