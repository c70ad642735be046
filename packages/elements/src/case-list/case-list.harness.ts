import { sendKeys } from '@web/test-runner-commands';
import { getAllByRole, getByRole, queryAllByRole } from '../../../../test/helpers/queries.js';
import type { LinkkiCaseList } from './case-list.js';

/** Reads and drives the case list the way a coordinator would: by the table's rows, labels and buttons. */
export class CaseListHarness {
  constructor(readonly element: LinkkiCaseList) {}

  /** The references of the cases shown, in order (each row's header). */
  references(): string[] {
    return queryAllByRole(this.element, 'rowheader').map((cell) => cell.textContent!.trim());
  }

  /** One case's cells by column header, as text (`{ Received: '11/4/2026', … }`). */
  row(reference: string): Record<string, string> {
    const headers = getAllByRole(this.element, 'columnheader').map((h) => h.textContent!.trim());
    const rowElement = queryAllByRole(this.element, 'row').find((r) => r.querySelector('th[scope="row"]')?.textContent?.trim() === reference);
    if (!rowElement) throw new Error(`no row ${reference}`);
    const cells = [...rowElement.querySelectorAll('th, td')];
    // The stacked layout's cell labels are hidden on a wide screen; read what a sighted person sees.
    return Object.fromEntries(headers.map((h, i) => [h, (cells[i] as HTMLElement).innerText.replace(/\s+/g, ' ').trim()]));
  }

  announcement(): string {
    return getByRole(this.element, 'status').textContent!.trim();
  }

  async choose(label: string, option: string) {
    const select = getByRole(this.element, 'combobox', { name: label }) as HTMLSelectElement;
    const match = [...select.options].find((o) => o.text === option);
    if (!match) throw new Error(`no option ${option} in ${label}`);
    select.value = match.value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await this.element.updateComplete;
  }

  async search(label: string, text: string) {
    const input = getByRole(this.element, 'searchbox', { name: label }) as HTMLInputElement;
    input.focus();
    input.select();
    await sendKeys({ press: 'Backspace' });
    if (text) await sendKeys({ type: text });
    await this.element.updateComplete;
  }

  async press(name: string | RegExp) {
    (getByRole(this.element, 'button', { name }) as HTMLButtonElement).click();
    await this.element.updateComplete;
  }

  focused(): Element | null {
    return this.element.shadowRoot!.activeElement;
  }
}
