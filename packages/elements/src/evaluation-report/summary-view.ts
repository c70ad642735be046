import { SUMMARY_IDS, type EvaluationReport, type Summary, type SummaryId } from '@linkki/schema';
import { html, type TemplateResult } from 'lit';
import { marker, type ReportView } from './cells.js';

/** The unit each summary is counted in (`units.<unit>` in the strings). */
const UNITS: Record<SummaryId, string> = {
  age: 'age',
  waitingDays: 'days',
  jointWorkDays: 'days',
  meetings: 'meetings',
  linkWorkerHours: 'hours',
  coordinatorHours: 'hours',
  kilometres: 'kilometres',
};

/** The aggregates in reading order; a summary carries only those that make sense for it. */
const STATISTICS = ['sum', 'mean', 'median', 'p90', 'min', 'max'] as const;

function peopleText({ i18n, threshold }: ReportView, summary: Summary): string {
  if (summary.n.count !== null) return i18n.t('summaries.n', { count: summary.n.count });
  return summary.n.suppressed === 'small' ? i18n.t('summaries.nSmall', { threshold }) : i18n.t('summaries.nHidden');
}

function valueText(view: ReportView, id: SummaryId, value: number | null): TemplateResult {
  if (value === null) return marker(view, 'hidden');
  const formatted = view.i18n.number(value, { maximumFractionDigits: 1 });
  return html`${view.i18n.t(`units.${UNITS[id]}`, { count: value, value: formatted })}`;
}

/**
 * Times and amounts (age, waiting, joint work, meetings, hours, kilometres) as a definition list:
 * each with what it measures, over how many people, and its median, mean, sum … in words.
 */
export function summaryView(view: ReportView, summaries: EvaluationReport['summaries']): TemplateResult {
  const { i18n } = view;
  return html`<dl class="summaries" part="summaries">
    ${SUMMARY_IDS.map((id) => {
      const summary = summaries[id];
      return html`<div class="summary">
        <dt>${i18n.t(`summaries.${id}.title`)}</dt>
        <dd class="hint">${i18n.t(`summaries.${id}.description`)}</dd>
        ${STATISTICS.filter((key) => summary[key] !== undefined).map(
          (key) => html`<dd>${i18n.t(`summaries.stats.${key}`)}: <strong>${valueText(view, id, summary[key] ?? null)}</strong></dd>`,
        )}
        <dd class="hint">${peopleText(view, summary)}</dd>
      </div>`;
    })}
  </dl>`;
}
