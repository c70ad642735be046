import type { CountTable, CountTableId } from '@linkki/schema';
import { html, nothing, type TemplateResult } from 'lit';
import { countCell, shareCell, type ReportView } from './cells.js';
import { rowLabel } from './row-labels.js';

/** Distributions that read faster as a picture: they get bars under their table. */
const BARS: ReadonlySet<CountTableId> = new Set(['status', 'ageBand', 'recommend', 'wellbeingStrengthened']);

const isWithheld = (table: CountTable) => table.rows.length > 0 && table.rows.every((row) => row.count === null && row.suppressed === 'withheld');

/**
 * One count table: a caption, the rows with their labels as row headers, the number of people and
 * the share, and the total. A `multiple` table says that one person may be in several rows; a
 * withheld table says why it is not shown.
 */
export function countTableView(view: ReportView, table: CountTable): TemplateResult {
  const { i18n } = view;
  const id = `table-${table.id}`;
  const caption = i18n.t(`tables.${table.id}.caption`);
  const note = [i18n.t(`populations.${table.population}`), table.multiple ? i18n.t('multiple') : ''].filter(Boolean).join(' ');
  if (isWithheld(table)) {
    return html`<div class="table-block" part="count-table" role="group" aria-labelledby="${id}-caption">
      <p class="caption" id="${id}-caption">${caption}</p>
      <p class="withheld">${i18n.t('withheld')}</p>
      ${table.total.count === null ? nothing : html`<p>${i18n.t(table.multiple ? 'columns.people' : 'columns.total')}: ${countCell(view, table.total)}</p>`}
    </div>`;
  }
  return html`<div class="table-block" part="count-table">
    <table aria-describedby="${id}-note">
      <caption id="${id}-caption">${caption}</caption>
      <thead>
        <tr>
          <th scope="col">${i18n.t(`tables.${table.id}.column`)}</th>
          <th scope="col" class="number">${i18n.t('columns.count')}</th>
          <th scope="col" class="number">${i18n.t('columns.share')}</th>
        </tr>
      </thead>
      <tbody>
        ${table.rows.map(
          (row) => html`<tr>
            <th scope="row">${rowLabel(i18n, table.id, row.code)}</th>
            <td class="number">${countCell(view, row)}</td>
            <td class="number">${shareCell(view, row, table.total)}</td>
          </tr>`,
        )}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">${i18n.t(table.multiple ? 'columns.people' : 'columns.total')}</th>
          <td class="number">${countCell(view, table.total)}</td>
          <td class="number">${table.multiple ? nothing : shareCell(view, table.total, table.total)}</td>
        </tr>
      </tfoot>
    </table>
    <p class="note" id="${id}-note">${note}</p>
    ${BARS.has(table.id) && view.charts ? view.charts.barChart(view, table) : nothing}
  </div>`;
}
