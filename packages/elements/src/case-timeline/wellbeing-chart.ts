import { SWEMWBS_METRIC_TABLE, TIMEPOINTS, type QuestionnaireResponse, type Timepoint } from '@linkki/schema';
import { html, nothing, svg } from 'lit';
import type { LocalizeController } from '../i18n/index.js';
import { freePlace, textWidth, wrapText, type Box } from '../shared/drawn-width.js';
import { isReferenceLine, type ReferenceLine } from '../shared/reference-lines.js';
import type { WellbeingSeries } from './case-progress.js';

const MIN = SWEMWBS_METRIC_TABLE[0]!;
const MAX = SWEMWBS_METRIC_TABLE.at(-1)!;
/** Width before the chart's box has been measured, and the narrowest it is drawn at (narrower: scaled down). */
export const DEFAULT_CHART_WIDTH = 360;
const MIN_WIDTH = 240;
const LEFT = 40;
const RIGHT = 12;
const TOP = 24;
const PLOT_HEIGHT = 166;
const AXIS_SIZE = 14;
const LINE_HEIGHT = 17;

const VALUE_SIZE = 15;


/**
 * A reference line's label: above the line at the start, else at the end, else below it — wherever
 * no point or value is; in a narrow chart where none of those is free, further below the line.
 */
function referencePlace(y: number, width: number, taken: Box[], chartWidth: number) {
  const end = chartWidth - RIGHT - 4;
  const at = (side: 'start' | 'end', baseline: number) => ({
    x: side === 'start' ? LEFT + 4 : end,
    y: baseline,
    anchor: side,
    box: side === 'start'
      ? { left: LEFT + 4, right: LEFT + 4 + width, top: baseline - AXIS_SIZE, bottom: baseline + 4 }
      : { left: end - width, right: end, top: baseline - AXIS_SIZE, bottom: baseline + 4 },
  });
  const above = y - 5;
  const below = y + AXIS_SIZE + 2;
  const places = [at('start', above), at('end', above), at('start', below), at('end', below)];
  for (let line = 1; line <= 4; line++) places.push(at('start', below + line * LINE_HEIGHT), at('start', above - line * LINE_HEIGHT));
  return freePlace(places, taken);
}

/** How the chart is drawn: the width of its box in CSS px, and the font its text is measured in. */
export interface ChartDrawing {
  width: number;
  font: (size: number, weight?: number) => string;
}

const yOf = (value: number) => TOP + ((MAX - value) / (MAX - MIN)) * PLOT_HEIGHT;
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

/**
 * The chart at the width of its box, one unit a pixel, so that its text keeps its size on a phone:
 * a timepoint's name wraps onto more lines when its column is narrow.
 */
function chart(i18n: LocalizeController, points: Point[], references: ReferenceLine[], summary: string, drawing: ChartDrawing) {
  const WIDTH = Math.max(MIN_WIDTH, drawing.width);
  const column = (WIDTH - LEFT - RIGHT) / TIMEPOINTS.length;
  const xOf = (index: number) => LEFT + (index + 0.5) * column;
  const labels = TIMEPOINTS.map((timepoint) => wrapText(i18n.code('timepoint', timepoint), column - 8, drawing.font(AXIS_SIZE)));
  const lines = Math.max(...labels.map((label) => label.length));
  const axisTop = TOP + PLOT_HEIGHT + 22;
  const HEIGHT = axisTop + (lines - 1) * LINE_HEIGHT + 10;
  const line = points.map((p) => `${xOf(p.index)},${yOf(p.response.score.metric)}`).join(' ');
  // Where the points and their values are drawn, so a reference line's label can keep clear of them.
  const taken = points.map((p): Box => {
    const x = xOf(p.index);
    const y = yOf(p.response.score.metric);
    const half = Math.max(8, textWidth(score(i18n, p.response.score.metric), drawing.font(VALUE_SIZE, 700)) / 2);
    return { left: x - half, right: x + half, top: y - 12 - VALUE_SIZE, bottom: y + 8 };
  });
  return html`<svg
    class="chart"
    part="chart"
    viewBox="0 0 ${WIDTH} ${HEIGHT}"
    width=${WIDTH}
    height=${HEIGHT}
    role="img"
    aria-labelledby="chart-title chart-description"
  >
    <title id="chart-title">${i18n.t('wellbeing.chartTitle')}</title>
    <desc id="chart-description">${i18n.t('wellbeing.chartDescription')} ${summary}</desc>
    ${GRID.map(
      (value) => svg`<line class="grid" x1=${LEFT} x2=${WIDTH - RIGHT} y1=${yOf(value)} y2=${yOf(value)}></line>
        <text class="axis" x=${LEFT - 8} y=${yOf(value) + 5} text-anchor="end">${value}</text>`,
    )}
    ${labels.map(
      (label, index) => svg`<text class="axis" x=${xOf(index)} y=${axisTop} text-anchor="middle"
        >${label.map((text, n) => svg`<tspan x=${xOf(index)} dy=${n === 0 ? 0 : LINE_HEIGHT}>${text}</tspan>`)}</text
      >`,
    )}
    ${references.map((reference) => {
      const text = `${reference.label} ${score(i18n, reference.value)}`;
      const place = referencePlace(yOf(reference.value), textWidth(text, drawing.font(AXIS_SIZE)), taken, WIDTH);
      return svg`<line class="reference" x1=${LEFT} x2=${WIDTH - RIGHT} y1=${yOf(reference.value)} y2=${yOf(reference.value)}></line>
        <text class="reference-label" x=${place.x} y=${place.y} text-anchor=${place.anchor}>${text}</text>`;
    })}
    ${points.length > 1 ? svg`<polyline class="series" points=${line}></polyline>` : nothing}
    ${points.map(
      (p) => svg`<circle class="point" cx=${xOf(p.index)} cy=${yOf(p.response.score.metric)} r="6"></circle>
        <text class="value" x=${xOf(p.index)} y=${yOf(p.response.score.metric) - 12} text-anchor="middle">${score(i18n, p.response.score.metric)}</text>`,
    )}
  </svg>`;
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
            <div class="chart-box" data-drawn-width="wellbeing">${chart(i18n, points, references, summary, drawing)}</div>
            ${table(i18n, points)}
          </div>
          ${referenceList(i18n, references)}`
      : nothing}
  </section>`;
}
