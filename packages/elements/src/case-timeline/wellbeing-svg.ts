import { SWEMWBS_METRIC_TABLE, TIMEPOINTS } from '@linkki/schema';
import { html, nothing, svg } from 'lit';
import type { LocalizeController } from '../i18n/index.js';
import { freePlace, textWidth, wrapText, type Box } from '../shared/svg-text.js';
import type { ReferenceLine } from '../shared/reference-lines.js';
import { score, type ChartDrawing, type Point } from './wellbeing-chart.js';

/** The SWEMWBS chart's drawing, in a chunk of its own: loaded with the first case that has a score. */

const MIN = SWEMWBS_METRIC_TABLE[0]!;
const MAX = SWEMWBS_METRIC_TABLE.at(-1)!;
/** The narrowest the chart is drawn at (narrower: scaled down). */
const MIN_WIDTH = 240;
const LEFT = 40;
const RIGHT = 12;
const TOP = 24;
const PLOT_HEIGHT = 166;
const AXIS_SIZE = 14;
const LINE_HEIGHT = 17;
const GRID = [7, 14, 21, 28, 35];
const yOf = (value: number) => TOP + ((MAX - value) / (MAX - MIN)) * PLOT_HEIGHT;

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

/**
 * The chart at the width of its box, one unit a pixel, so that its text keeps its size on a phone:
 * a timepoint's name wraps onto more lines when its column is narrow.
 */
export function chart(i18n: LocalizeController, points: Point[], references: ReferenceLine[], summary: string, drawing: ChartDrawing) {
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

