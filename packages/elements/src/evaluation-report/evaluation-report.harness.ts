import { getAllByRole, getByRole } from '../../../../test/helpers/queries.js';
import type { LinkkiEvaluationReport } from './evaluation-report.js';

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();
/** A block (a term, a paragraph) is read apart from its neighbours, as its own line. */
const apart = (element: Element, text: string) => (getComputedStyle(element).display === 'inline' ? text : ` ${text} `);

/** What a screen reader reads: text without `aria-hidden` parts (the "< 5" glyph), with visually hidden words ("fewer than 5"). */
export function spoken(node: Node): string {
  const walk = (n: Node): string => {
    if (n.nodeType === Node.TEXT_NODE) return n.textContent ?? '';
    if (n instanceof Element && n.getAttribute('aria-hidden') === 'true') return '';
    const text = [...n.childNodes].map(walk).join('');
    return n instanceof Element ? apart(n, text) : text;
  };
  return squeeze(walk(node));
}

/** What a sighted reader sees: text without the 1-pixel visually hidden words, nor what is not displayed. */
export function seen(node: Node): string {
  const walk = (n: Node): string => {
    if (n.nodeType === Node.TEXT_NODE) return n.textContent ?? '';
    if (n instanceof Element) {
      if (getComputedStyle(n).display === 'none') return '';
      const box = n.getBoundingClientRect();
      if (getComputedStyle(n).position === 'absolute' && box.width <= 1 && box.height <= 1) return '';
    }
    const text = [...n.childNodes].map(walk).join('');
    return n instanceof Element ? apart(n, text) : text;
  };
  return squeeze(walk(node));
}

/** Reads and drives the report the way a member of the wellbeing group would: tables by caption, pickers by label. */
export class EvaluationReportHarness {
  constructor(readonly element: LinkkiEvaluationReport) {}

  /** A table by its caption, row by row (header row first, total last), as a screen reader reads each cell. */
  table(caption: string | RegExp, read: (node: Node) => string = spoken): string[][] {
    const table = getByRole(this.element, 'table', { name: caption });
    return [...table.querySelectorAll('tr')].map((row) => [...row.children].map(read));
  }

  /** One row of a table, by its row header: `{ People: '9', Share: '29%' }`. */
  row(caption: string | RegExp, header: string): Record<string, string> {
    const [columns, ...rows] = this.table(caption);
    const row = rows.find((cells) => cells[0] === header);
    if (!row) throw new Error(`no row ${header} in ${caption}: ${rows.map((r) => r[0]).join(' | ')}`);
    return Object.fromEntries(columns!.slice(1).map((column, i) => [column, row[i + 1]!]));
  }

  /** The definition lists' terms with their descriptions, as spoken. */
  definitions(): Record<string, string[]> {
    const terms = getAllByRole(this.element, 'term');
    return Object.fromEntries(
      terms.map((term) => {
        const descriptions: string[] = [];
        for (let next = term.nextElementSibling; next && next.localName === 'dd'; next = next.nextElementSibling) descriptions.push(spoken(next));
        return [spoken(term), descriptions];
      }),
    );
  }

  announcement(): string {
    return getByRole(this.element, 'status').textContent!.trim();
  }

  select(label: string): HTMLSelectElement {
    return getByRole(this.element, 'combobox', { name: label }) as HTMLSelectElement;
  }

  async choose(label: string, option: string) {
    const select = this.select(label);
    const match = [...select.options].find((o) => o.text === option);
    if (!match) throw new Error(`no option ${option} in ${label}`);
    select.value = match.value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await this.element.updateComplete;
  }

  async check(role: 'checkbox' | 'radio', name: string) {
    (getByRole(this.element, role, { name }) as HTMLInputElement).click();
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
