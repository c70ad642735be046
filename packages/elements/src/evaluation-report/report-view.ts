import { MEASURE_INSTRUMENTS, type CountTableId, type EvaluationReport } from '@linkki/schema';
import { html, nothing, type TemplateResult } from 'lit';
import { municipalityName } from '../shared/municipality-name.js';
import type { ReportView } from './cells.js';
import { countTableView } from './count-table-view.js';
import { measureView } from './measure-view.js';
import type { ReportReference } from './references.js';
import { summaryView } from './summary-view.js';

/** The report's sections and the count tables in each, in reading order; measures come between work and closure. */
const SECTIONS: [string, CountTableId[]][] = [
  ['referrals', ['status', 'route', 'reason', 'referrer', 'gender', 'ageBand', 'municipality', 'language']],
  ['work', ['meetingPlace']],
  ['closure', ['whyEnded', 'recommend', 'wellbeingStrengthened', 'continuing']],
  ['needs', ['barriers', 'unmetNeeds']],
];

/** "tammikuu 2026" from `2026-01`. */
export function monthText(view: ReportView, month: string): string {
  return view.i18n.date(new Date(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1), { month: 'long', year: 'numeric' });
}

export function periodText(view: ReportView, report: EvaluationReport): string {
  return view.i18n.t('about.period', { from: monthText(view, report.period.from), to: monthText(view, report.period.to) });
}

function about(view: ReportView, report: EvaluationReport): TemplateResult {
  const { i18n } = view;
  const names = report.municipalities.map((code) => municipalityName(code, i18n.lang));
  return html`<div class="about" part="about">
    <p><strong>${periodText(view, report)}</strong></p>
    <p>${i18n.t(report.period.basis === 'received' ? 'about.basisReceived' : 'about.basisActive')}</p>
    <p>${i18n.t('about.municipalities', { list: i18n.list(names) })}</p>
    <p>${i18n.t('about.generated', { date: i18n.date(report.generatedAt, { day: 'numeric', month: 'numeric', year: 'numeric' }) })}</p>
  </div>`;
}

/** What "< 5" and "–" mean, once, near the top, in plain words. */
function protection(view: ReportView): TemplateResult {
  const { i18n, threshold } = view;
  return html`<section class="protection" part="protection" aria-labelledby="protection-title">
    ${view.heading(1, i18n.t('protection.title'), 'protection-title')}
    <dl>
      <div><dt>${i18n.t('cell.smallMarker', { threshold })}</dt><dd>${i18n.t('protection.small', { threshold })}</dd></div>
      <div><dt>${i18n.t('cell.hiddenMarker')}</dt><dd>${i18n.t('protection.hidden')}</dd></div>
    </dl>
    <p>${i18n.t('protection.why')} ${i18n.t('protection.statistics', { threshold })}</p>
  </section>`;
}

function section(view: ReportView, report: EvaluationReport, [name, ids]: [string, CountTableId[]], extra: unknown = nothing): TemplateResult {
  const tables = ids.flatMap((id) => report.tables.filter((table) => table.id === id));
  const id = `section-${name}`;
  return html`<section class="section" part="section" aria-labelledby=${id}>
    ${view.heading(1, view.i18n.t(`sections.${name}`), id)}
    <div class="tables">${tables.map((table) => countTableView(view, table))}</div>
    ${extra}
  </section>`;
}

/** The whole report: what it covers, how numbers are protected, then referrals, work, measures, closure and needs. */
export function reportView(view: ReportView, report: EvaluationReport, references: ReportReference[]): TemplateResult {
  const [referrals, work, closure, needs] = SECTIONS;
  const measures = MEASURE_INSTRUMENTS.flatMap((instrument) => report.measures.filter((m) => m.instrument === instrument));
  return html`${about(view, report)} ${protection(view)} ${section(view, report, referrals!)}
    ${section(view, report, work!, html`${view.heading(2, view.i18n.t('summaries.title'), 'summaries-title')}
        <p class="note">${view.i18n.t('summaries.explained')}</p>
        ${summaryView(view, report.summaries)}`)}
    ${measures.map((measure) => measureView(view, measure, references.filter((r) => r.instrument === measure.instrument)))}
    ${section(view, report, closure!)} ${section(view, report, needs!)}`;
}
