import { SWEMWBS_MEANINGFUL_CHANGE, TIMEPOINTS, type Change, type Measure } from '@linkki/schema';
import { html, nothing, type TemplateResult } from 'lit';
import { countCell, marker, statisticCell, type ReportView } from './cells.js';
import type { ReportReference } from './references.js';

const signed: Intl.NumberFormatOptions = { signDisplay: 'exceptZero' };

/** A column's name before a value, shown only when a narrow table stacks its rows (for the eye: the cell keeps its header). */
const cellLabel = (text: string) => html`<span class="cell-label" aria-hidden="true">${text}: </span>`;

function referenceRows(view: ReportView, references: ReportReference[]): TemplateResult | typeof nothing {
  if (!references.length) return nothing;
  const { i18n } = view;
  return html`<tbody class="references" role="rowgroup">
    <tr role="row">
      <th role="rowheader" scope="rowgroup" colspan="6">${i18n.t('measures.references.title')}</th>
    </tr>
    ${references.map(
      (reference) => html`<tr role="row">
        <th role="rowheader" scope="row">${reference.label}${reference.source ? html`<span class="source">${i18n.t('measures.references.source', { source: reference.source })}</span>` : nothing}</th>
        <td role="cell"></td>
        <td role="cell" class="number">${cellLabel(i18n.t('measures.timepoints.mean'))}${statisticCell(view, reference.value)}</td>
        <td role="cell"></td>
        <td role="cell"></td>
        <td role="cell"></td>
      </tr>`,
    )}
  </tbody>`;
}

function timepointTable(view: ReportView, measure: Measure, references: ReportReference[], captionId: string): TemplateResult {
  const { i18n } = view;
  const t = (key: string) => i18n.t(`measures.timepoints.${key}`);
  return html`<table role="table" class="stacking">
    <caption id=${captionId}>${i18n.t('measures.timepoints.caption', { instrument: i18n.t(`measures.${measure.instrument}.short`) })}</caption>
    <thead role="rowgroup">
      <tr role="row">
        <th role="columnheader" scope="col">${t('timepoint')}</th>
        ${['n', 'mean', 'sd', 'min', 'max'].map((key) => html`<th role="columnheader" scope="col" class="number">${t(key)}</th>`)}
      </tr>
    </thead>
    <tbody role="rowgroup">
      ${TIMEPOINTS.map((timepoint) => {
        const summary = measure.timepoints[timepoint];
        return html`<tr role="row">
          <th role="rowheader" scope="row">${i18n.code('timepoint', timepoint)}</th>
          <td role="cell" class="number">${cellLabel(t('n'))}${countCell(view, summary.n)}</td>
          ${(['mean', 'sd', 'min', 'max'] as const).map(
            (key) => html`<td role="cell" class="number">${cellLabel(t(key))}${statisticCell(view, summary[key] ?? null)}</td>`,
          )}
        </tr>`;
      })}
    </tbody>
    ${referenceRows(view, references)}
  </table>`;
}

function improvedCell(view: ReportView, change: Change): TemplateResult {
  const improved = change.meaningful?.find((row) => row.code === 'improved');
  if (!improved) return marker(view, 'hidden');
  if (improved.count === null || change.meaningfulShare === null || change.meaningfulShare === undefined) return countCell(view, improved);
  const share = view.i18n.number(change.meaningfulShare, { style: 'percent', maximumFractionDigits: 0 });
  return html`${view.i18n.t('measures.changes.improvedValue', { count: improved.count, share })}`;
}

function changeTable(view: ReportView, measure: Measure): TemplateResult {
  const { i18n } = view;
  const t = (key: string, options?: Record<string, unknown>) => i18n.t(`measures.changes.${key}`, options);
  const meaningful = measure.instrument === 'swemwbs';
  const improved = t('improved', { points: SWEMWBS_MEANINGFUL_CHANGE });
  return html`<table role="table" class="stacking">
    <caption>${t('caption', { instrument: i18n.t(`measures.${measure.instrument}.short`) })}</caption>
    <thead role="rowgroup">
      <tr role="row">
        <th role="columnheader" scope="col">${t('change')}</th>
        <th role="columnheader" scope="col" class="number">${t('n')}</th>
        <th role="columnheader" scope="col" class="number">${t('mean')}</th>
        <th role="columnheader" scope="col" class="number">${t('ci')}</th>
        ${meaningful ? html`<th role="columnheader" scope="col" class="number">${improved}</th>` : nothing}
      </tr>
    </thead>
    <tbody role="rowgroup">
      ${measure.changes.map(
        (change) => html`<tr role="row">
          <th role="rowheader" scope="row">${t(change.to === 'end' ? 'end' : 'followUp')}</th>
          <td role="cell" class="number">${cellLabel(t('n'))}${countCell(view, change.n)}</td>
          <td role="cell" class="number">${cellLabel(t('mean'))}${statisticCell(view, change.mean, signed)}</td>
          <td role="cell" class="number">
            ${cellLabel(t('ci'))}${change.ciLow === null || change.ciHigh === null
              ? marker(view, 'hidden')
              : t('ciRange', { low: i18n.number(change.ciLow, { maximumFractionDigits: 1, ...signed }), high: i18n.number(change.ciHigh, { maximumFractionDigits: 1, ...signed }) })}
          </td>
          ${meaningful ? html`<td role="cell" class="number">${cellLabel(improved)}${improvedCell(view, change)}</td>` : nothing}
        </tr>`,
      )}
    </tbody>
  </table>`;
}

/**
 * One instrument (SWEMWBS or ESIS): what the scale means, the chart of the means, the figures at
 * each timepoint with the reference lines, and the paired change over the people who have both
 * scores, each explained in a sentence. ESIS says it is shown only for groups.
 */
export function measureView(view: ReportView, measure: Measure, references: ReportReference[]): TemplateResult {
  const { i18n } = view;
  const instrument = measure.instrument;
  const headingId = `measure-${instrument}`;
  const captionId = `${instrument}-timepoints`;
  return html`<section class="section measure" part="measure" aria-labelledby=${headingId}>
    ${view.heading(1, i18n.t(`measures.${instrument}.title`), headingId)}
    <p>${i18n.t(`measures.${instrument}.scale`)}</p>
    ${instrument === 'esis' ? html`<p>${i18n.t('measures.esis.aggregateOnly')}</p>` : nothing}
    ${view.charts ? view.charts.measureChart(view, measure, references, { table: captionId }) : nothing}
    <div class="table-block">
      ${timepointTable(view, measure, references, captionId)}
      <p class="note">${i18n.t('measures.sdExplained')}${references.length ? html` ${i18n.t('measures.references.given')}` : nothing}</p>
    </div>
    ${measure.changes.length
      ? html`<div class="table-block">
          ${changeTable(view, measure)}
          <p class="note">
            ${i18n.t('measures.pairedExplained')} ${i18n.t('measures.ciExplained')}
            ${instrument === 'swemwbs' ? i18n.t('measures.improvedExplained', { points: SWEMWBS_MEANINGFUL_CHANGE }) : nothing}
          </p>
        </div>`
      : nothing}
    ${instrument === 'swemwbs' ? html`<p class="notice" lang="en">${i18n.t('measures.swemwbs.notice')}</p>` : nothing}
  </section>`;
}
