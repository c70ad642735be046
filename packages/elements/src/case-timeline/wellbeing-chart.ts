import { SWEMWBS_METRIC_TABLE, TIMEPOINTS, type QuestionnaireResponse, type Timepoint } from '@linkki/schema';
import { html, nothing, svg } from 'lit';
import type { LocalizeController } from '../i18n/index.js';
import { isReferenceLine, type ReferenceLine } from '../shared/reference-lines.js';
import type { WellbeingSeries } from './case-progress.js';

const MIN = SWEMWBS_METRIC_TABLE[0]!;
const MAX = SWEMWBS_METRIC_TABLE.at(-1)!;
const WIDTH = 360;
const HEIGHT = 220;
const LEFT = 44;
const RIGHT = 12;
const TOP = 14;
const BOTTOM = 40;
const plotWidth = WIDTH - LEFT - RIGHT;
const plotHeight = HEIGHT - TOP - BOTTOM;

const xOf = (index: number) => LEFT + ((index + 0.5) * plotWidth) / TIMEPOINTS.length;
const yOf = (value: number) => TOP + ((MAX - value) / (MAX - MIN)) * plotHeight;
const GRID = [7, 14, 21, 28, 35];

/** References the chart can draw: a label and a SWEMWBS metric score; anything else is left out. */
export function usableReferences(references: unknown): ReferenceLine[] {
  return Array.isArray(references) ? references.filter((r): r is ReferenceLine => isReferenceLine(r, MIN, MAX)) : [];
}

interface Point {
  timepoint: Timepoint;
  index: number;
  response: QuestionnaireResponse;
}

const pointsOf = (series: WellbeingSeries): Point[] =>
  TIMEPOINTS.flatMap((timepoint, index) => (series[timepoint] ? [{ timepoint, index, response: series[timepoint]! }] : []));

const score = (i18n: LocalizeController, value: number) => i18n.number(value, { maximumFractionDigits: 2 });

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

function chart(i18n: LocalizeController, points: Point[], references: ReferenceLine[], summary: string) {
  const line = points.map((p) => `${xOf(p.index)},${yOf(p.response.score.metric)}`).join(' ');
  return html`<svg
    class="chart"
    part="chart"
    viewBox="0 0 ${WIDTH} ${HEIGHT}"
    role="img"
    aria-labelledby="chart-title chart-description"
  >
    <title id="chart-title">${i18n.t('wellbeing.chartTitle')}</title>
    <desc id="chart-description">${i18n.t('wellbeing.chartDescription')} ${summary}</desc>
    ${GRID.map(
      (value) => svg`<line class="grid" x1=${LEFT} x2=${WIDTH - RIGHT} y1=${yOf(value)} y2=${yOf(value)}></line>
        <text class="axis" x=${LEFT - 8} y=${yOf(value) + 5} text-anchor="end">${value}</text>`,
    )}
    ${TIMEPOINTS.map(
      (timepoint, index) => svg`<text class="axis" x=${xOf(index)} y=${HEIGHT - 14} text-anchor="middle">${i18n.code('timepoint', timepoint)}</text>`,
    )}
    ${references.map(
      (reference) => svg`<line class="reference" x1=${LEFT} x2=${WIDTH - RIGHT} y1=${yOf(reference.value)} y2=${yOf(reference.value)}></line>
        <text class="reference-label" x=${LEFT + 4} y=${yOf(reference.value) - 5}>${reference.label} ${score(i18n, reference.value)}</text>`,
    )}
    ${points.length > 1 ? svg`<polyline class="series" points=${line}></polyline>` : nothing}
    ${points.map(
      (p) => svg`<circle class="point" cx=${xOf(p.index)} cy=${yOf(p.response.score.metric)} r="6"></circle>
        <text class="value" x=${xOf(p.index)} y=${yOf(p.response.score.metric) - 12} text-anchor="middle">${score(i18n, p.response.score.metric)}</text>`,
    )}
  </svg>`;
}

function table(i18n: LocalizeController, points: Point[]) {
  return html`<table part="chart-table">
    <caption>${i18n.t('wellbeing.tableCaption')}</caption>
    <thead>
      <tr>
        <th scope="col">${i18n.t('wellbeing.timepoint')}</th>
        <th scope="col">${i18n.t('wellbeing.score')}</th>
        <th scope="col">${i18n.t('wellbeing.date')}</th>
      </tr>
    </thead>
    <tbody>
      ${points.map(
        (p) => html`<tr>
          <th scope="row">${i18n.code('timepoint', p.timepoint)}</th>
          <td>${score(i18n, p.response.score.metric)}</td>
          <td>${i18n.date(p.response.completedAt, { day: 'numeric', month: 'numeric', year: 'numeric' })}</td>
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
export function wellbeingView(i18n: LocalizeController, series: WellbeingSeries, references: ReferenceLine[], title: (text: string, id: string) => unknown) {
  const points = pointsOf(series);
  const summary = wellbeingSummary(i18n, series);
  return html`<section class="panel wellbeing" part="wellbeing" aria-labelledby="wellbeing-title">
    ${title(i18n.t('wellbeing.title'), 'wellbeing-title')}
    <p class="summary">${summary}</p>
    ${points.length
      ? html`<div class="chart-and-table">${chart(i18n, points, references, summary)} ${table(i18n, points)}</div>
          ${referenceList(i18n, references)}`
      : nothing}
  </section>`;
}
