import { SWEMWBS_METRIC_TABLE, TIMEPOINTS, type QuestionnaireResponse, type Timepoint } from '@linkki/schema';
import { html, nothing } from 'lit';
import type { LocalizeController } from '../i18n/index.js';
import { isReferenceLine, type ReferenceLine } from '../shared/reference-lines.js';
import type { WellbeingSeries } from './case-progress.js';

const MIN = SWEMWBS_METRIC_TABLE[0]!;
const MAX = SWEMWBS_METRIC_TABLE.at(-1)!;
/** Width before the chart's box has been measured. */
export const DEFAULT_CHART_WIDTH = 360;

/**
 * How the chart is drawn: the width of its box in CSS px, the font its text is measured in, and the
 * drawing itself once its chunk has loaded (`wellbeing-svg.ts`; until then the summary and the
 * table, which hold the same figures, stand alone).
 */
export interface ChartDrawing {
  width: number;
  font: (size: number, weight?: number) => string;
  svg?: typeof import('./wellbeing-svg.js');
}

/** References the chart can draw: a label and a SWEMWBS metric score; anything else is left out. */
export function usableReferences(references: unknown): ReferenceLine[] {
  return Array.isArray(references) ? references.filter((r): r is ReferenceLine => isReferenceLine(r, MIN, MAX)) : [];
}

export interface Point {
  timepoint: Timepoint;
  index: number;
  response: QuestionnaireResponse;
}

const pointsOf = (series: WellbeingSeries): Point[] =>
  TIMEPOINTS.flatMap((timepoint, index) => (series[timepoint] ? [{ timepoint, index, response: series[timepoint]! }] : []));

export const score = (i18n: LocalizeController, value: number) => i18n.number(value, { maximumFractionDigits: 2 });

/** The text alternative: "Alussa 17,4 pistettä, lopussa 24,1 pistettä. Muutos +6,7 pistettä." */
export function wellbeingSummary(i18n: LocalizeController, series: WellbeingSeries): string {
  const points = pointsOf(series);
  if (points.length === 0) return i18n.t('wellbeing.none');
  const first = points[0]!;
  const last = points.at(-1)!;
  if (points.length === 1) {
    return i18n.t('wellbeing.summaryOne', { timepoint: i18n.code('timepoint', first.timepoint), score: score(i18n, first.response.score.metric) });
  }
  const change = last.response.score.metric - first.response.score.metric;
  return i18n.t('wellbeing.summaryChange', {
    fromTimepoint: i18n.code('timepoint', first.timepoint),
    from: score(i18n, first.response.score.metric),
    toTimepoint: i18n.code('timepoint', last.timepoint).toLocaleLowerCase(),
    to: score(i18n, last.response.score.metric),
    change: i18n.number(Math.round(change * 100) / 100, { maximumFractionDigits: 2, signDisplay: 'exceptZero' }),
  });
}

/**
 * The chart's figures as a table. In a narrow panel each row stacks under its timepoint, each value
 * after its column's name (for the eye only: the cells keep their headers); the roles are explicit
 * because a table restyled as blocks loses its table semantics in some browsers.
 */
function table(i18n: LocalizeController, points: Point[]) {
  const label = (key: string) => html`<span class="cell-label" aria-hidden="true">${i18n.t(key)}: </span>`;
  return html`<table part="chart-table" role="table" class="stacking">
    <caption>${i18n.t('wellbeing.tableCaption')}</caption>
    <thead role="rowgroup">
      <tr role="row">
        <th role="columnheader" scope="col">${i18n.t('wellbeing.timepoint')}</th>
        <th role="columnheader" scope="col">${i18n.t('wellbeing.score')}</th>
        <th role="columnheader" scope="col">${i18n.t('wellbeing.date')}</th>
      </tr>
    </thead>
    <tbody role="rowgroup">
      ${points.map(
        (p) => html`<tr role="row">
          <th role="rowheader" scope="row">${i18n.code('timepoint', p.timepoint)}</th>
          <td role="cell">${label('wellbeing.score')}${score(i18n, p.response.score.metric)}</td>
          <td role="cell">${label('wellbeing.date')}${i18n.date(p.response.completedAt, { day: 'numeric', month: 'numeric', year: 'numeric' })}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}

function referenceList(i18n: LocalizeController, references: ReferenceLine[]) {
  if (references.length === 0) return nothing;
  return html`<ul class="references" part="references" aria-label=${i18n.t('wellbeing.reference')}>
    ${references.map(
      (r) => html`<li>
        ${i18n.t('wellbeing.referenceLine', { label: r.label, value: score(i18n, r.value) })}${r.source
          ? html`. ${i18n.t('wellbeing.referenceSource', { source: r.source })}`
          : nothing}
      </li>`,
    )}
  </ul>`;
}

/** SWEMWBS at start, end and follow-up: an SVG chart with a text summary and the same figures as a table. */
export function wellbeingView(
  i18n: LocalizeController,
  series: WellbeingSeries,
  references: ReferenceLine[],
  title: (text: string, id: string) => unknown,
  drawing: ChartDrawing,
) {
  const points = pointsOf(series);
  const summary = wellbeingSummary(i18n, series);
  return html`<section class="panel wellbeing" part="wellbeing" aria-labelledby="wellbeing-title">
    ${title(i18n.t('wellbeing.title'), 'wellbeing-title')}
    <p class="summary">${summary}</p>
    ${points.length
      ? html`<div class="chart-and-table">
            <div class="chart-box" data-drawn-width="wellbeing">${drawing.svg ? drawing.svg.chart(i18n, points, references, summary, drawing) : nothing}</div>
            ${table(i18n, points)}
          </div>
          ${referenceList(i18n, references)}`
      : nothing}
  </section>`;
}
