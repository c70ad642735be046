import type { CaseSummary } from '@linkki/schema';
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../i18n/index.js';
import { municipalityName } from '../shared/municipality-name.js';
import { followUpLate, waitingTooLong } from './case-filters.js';

const COLUMNS = ['reference', 'received', 'waiting', 'status', 'assigned', 'reasons', 'municipality', 'followUp'] as const;
const NUMERIC_DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'numeric', year: 'numeric' };

export interface RowsView {
  i18n: LocalizeController;
  rows: CaseSummary[];
  /** Today, an ISO date. */
  today: string;
  waitingLimit: number;
  /** The case page's address, when there is one. */
  href: (row: CaseSummary) => string | undefined;
  open: (row: CaseSummary, event: MouseEvent) => void;
}

/** The mark of a state that needs attention; the words next to it say which (never colour alone). */
const flag = html`<span class="flag" aria-hidden="true">!</span>`;

/** The column's name, shown in each cell only when the table is stacked on a narrow screen. */
const cellLabel = (view: RowsView, column: (typeof COLUMNS)[number]) => html`<span class="cell-label">${view.i18n.t(`columns.${column}`)}</span>`;

function statusText({ i18n }: RowsView, row: CaseSummary): string {
  if (row.status === 'new') return i18n.t('status.new');
  if (row.status === 'direct' || row.status === 'link-worker') return i18n.t('status.routed', { route: i18n.code('route', row.status) });
  return i18n.t('status.closed', { reason: i18n.code('caseStatus', row.status) });
}

function waitingCell(view: RowsView, row: CaseSummary): TemplateResult {
  const { i18n } = view;
  const days = row.waitingDays;
  if (row.routedAt !== null) return html`${days === 0 ? i18n.t('waiting.routedSameDay') : i18n.t('waiting.routed', { count: days })}`;
  const text = days === 0 && row.closedAt === null ? i18n.t('waiting.today') : i18n.t('waiting.days', { count: days });
  if (!waitingTooLong(row, view.waitingLimit)) return html`${text}`;
  return html`<span class="attention" data-state="overdue">${flag}<span>${text}. <strong>${i18n.t('waiting.overdue')}</strong></span></span>`;
}

function followUpCell({ i18n, today }: RowsView, row: CaseSummary): TemplateResult {
  if (row.followUpDue === null) return html`<span class="muted">${i18n.t('followUp.none')}</span>`;
  const date = i18n.date(row.followUpDue, NUMERIC_DATE);
  if (!followUpLate(row, today)) return html`${i18n.t('followUp.due', { date })}`;
  return html`<span class="attention" data-state="overdue">${flag}<strong>${i18n.t('followUp.overdue', { date })}</strong></span>`;
}

function referenceControl(view: RowsView, row: CaseSummary): TemplateResult {
  const href = view.href(row);
  return href
    ? html`<a class="reference" part="reference" href=${href} @click=${(event: MouseEvent) => view.open(row, event)}>${row.reference}</a>`
    : html`<button type="button" class="reference" part="reference" @click=${(event: MouseEvent) => view.open(row, event)}>${row.reference}</button>`;
}

/**
 * The cases as a table: one row per case, the reference as the row's header (a link or button that
 * opens the case). Roles are explicit because a table restyled as stacked cards on a narrow screen
 * loses its table semantics in some browsers.
 */
export function rowsView(view: RowsView, caption: string): TemplateResult {
  const { i18n } = view;
  return html`<table role="table" part="table">
    <caption class="visually-hidden">${caption}</caption>
    <thead role="rowgroup">
      <tr role="row">
        ${COLUMNS.map((column) => html`<th role="columnheader" scope="col">${i18n.t(`columns.${column}`)}</th>`)}
      </tr>
    </thead>
    <tbody role="rowgroup">
      ${view.rows.map(
        (row) => html`<tr role="row" part="row">
          <th role="rowheader" scope="row">${referenceControl(view, row)}</th>
          <td role="cell">${cellLabel(view, 'received')}${i18n.date(row.receivedAt, NUMERIC_DATE)}</td>
          <td role="cell">${cellLabel(view, 'waiting')}${waitingCell(view, row)}</td>
          <td role="cell">${cellLabel(view, 'status')}${statusText(view, row)}</td>
          <td role="cell">${cellLabel(view, 'assigned')}${row.assignedName ?? (row.assignedTo === null ? i18n.t('unassigned') : nothing)}</td>
          <td role="cell">${cellLabel(view, 'reasons')}${i18n.list(row.reasons.map((reason) => i18n.code('referralReason', reason)))}</td>
          <td role="cell">${cellLabel(view, 'municipality')}${municipalityName(row.municipality, i18n.lang)}</td>
          <td role="cell">${cellLabel(view, 'followUp')}${followUpCell(view, row)}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}
