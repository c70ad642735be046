import { TIMEPOINTS, type Measure } from '@linkki/schema';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { freePlace, textWidth, wrapText, type Box } from '../shared/svg-text.js';
import type { ReportView } from './cells.js';
import { SCALES, type ReportReference } from './references.js';

/** Width before the box has been measured; below `WIDE`, the reference labels go above their lines. */
const DEFAULT_WIDTH = 640;
const MIN_WIDTH = 240;
const WIDE = 560;
const LEFT = 44;
/** Room on the right of a wide chart for the reference lines' labels, clear of the points and their values. */
const RIGHT_WIDE = 220;
const RIGHT_NARROW = 16;
const TOP = 16;
const PLOT_HEIGHT = 204;
const AXIS_SIZE = 15;
const REFERENCE_SIZE = 14;
const LINE_HEIGHT = 18;
const CAP = 8;

const GRID = { swemwbs: [7, 14, 21, 28, 35], esis: [0, 25, 50, 75, 100] };

/**
 * The instrument's mean at the start, end and follow-up, each with a whisker of one standard
 * deviation up and down (the caption says so, and that it is not a confidence interval), and the
 * embedder's reference lines. The image is labelled by its caption and described by the table that
 * follows it, which holds the same figures. Drawn at the width of its box, one unit a pixel, so its
 * text keeps its size on a phone: there the timepoints' names wrap and the reference labels sit on
 * their lines instead of beside the plot.
 */
export function measureChart(view: ReportView, measure: Measure, references: ReportReference[], ids: { table: string }): TemplateResult {
  const { i18n } = view;
  const id = `${measure.instrument}-chart`;
  const WIDTH = Math.max(MIN_WIDTH, view.drawnWidth(id, DEFAULT_WIDTH));
  const wide = WIDTH >= WIDE;
  const RIGHT = wide ? RIGHT_WIDE : RIGHT_NARROW;
  const plotWidth = WIDTH - LEFT - RIGHT;
  const column = plotWidth / TIMEPOINTS.length;
  const [min, max] = SCALES[measure.instrument];
  const x = (index: number) => LEFT + (index + 0.5) * column;
  const y = (value: number) => TOP + ((max - Math.min(max, Math.max(min, value))) / (max - min)) * PLOT_HEIGHT;
  const score = (value: number) => i18n.number(value, { maximumFractionDigits: 1 });
  const font = view.font(AXIS_SIZE);
  const labels = TIMEPOINTS.map((timepoint) => wrapText(i18n.code('timepoint', timepoint), column - 8, font));
  const notShown = wrapText(i18n.t('measures.chart.notShown'), column - 8, font);
  const axisTop = TOP + PLOT_HEIGHT + 24;
  const HEIGHT = axisTop + (Math.max(...labels.map((label) => label.length)) - 1) * LINE_HEIGHT + 12;
  const lines = (at: number, texts: string[]) => texts.map((text, n) => svg`<tspan x=${at} dy=${n === 0 ? 0 : LINE_HEIGHT}>${text}</tspan>`);
  const instrument = i18n.t(`measures.${measure.instrument}.short`);
  // Where the means, their values and "not shown" are drawn, so a reference label in a narrow chart keeps clear of them.
  const taken = TIMEPOINTS.flatMap((timepoint, index): Box[] => {
    const { mean } = measure.timepoints[timepoint];
    if (mean === null || mean === undefined) {
      const grid = GRID[measure.instrument];
      const top = y((grid[1]! + grid[2]!) / 2) + 5 - AXIS_SIZE;
      return [{ left: x(index) - column / 2, right: x(index) + column / 2, top, bottom: top + notShown.length * LINE_HEIGHT }];
    }
    const value = textWidth(score(mean), view.font(AXIS_SIZE, 700));
    return [{ left: x(index) - 8, right: x(index) + 12 + value, top: y(mean) - AXIS_SIZE, bottom: y(mean) + 9 }];
  });
  const referenceLabel = (reference: ReportReference) => {
    const text = `${reference.label} ${score(reference.value)}`;
    const width = textWidth(text, view.font(REFERENCE_SIZE));
    const at = (baseline: number) => ({ baseline, box: { left: LEFT + 4, right: LEFT + 4 + width, top: baseline - REFERENCE_SIZE, bottom: baseline + 4 } });
    const line = y(reference.value);
    const places = [at(line - 5), at(line + REFERENCE_SIZE + 2)];
    for (let n = 1; n <= 4; n++) places.push(at(line + REFERENCE_SIZE + 2 + n * LINE_HEIGHT), at(line - 5 - n * LINE_HEIGHT));
    return svg`<text class="reference-label" x=${LEFT + 4} y=${freePlace(places, taken).baseline}>${text}</text>`;
  };
  return html`<figure class="measure-chart" part="measure-chart" data-drawn-width=${id}>
    <svg viewBox="0 0 ${WIDTH} ${HEIGHT}" width=${WIDTH} height=${HEIGHT} role="img" focusable="false" aria-labelledby="${id}-title" aria-describedby="${id}-whisker ${ids.table}">
      ${GRID[measure.instrument].map(
        (value) => svg`<line class="grid" x1=${LEFT} x2=${WIDTH - RIGHT} y1=${y(value)} y2=${y(value)}></line>
          <text class="axis" x=${LEFT - 8} y=${y(value) + 5} text-anchor="end">${i18n.number(value)}</text>`,
      )}
      ${references.map((reference) =>
        wide
          ? svg`<line class="reference" x1=${LEFT} x2=${WIDTH - RIGHT + 4} y1=${y(reference.value)} y2=${y(reference.value)}></line>
          <text class="reference-label" x=${WIDTH - RIGHT + 10} y=${y(reference.value) - 3}
            ><tspan>${reference.label}</tspan><tspan x=${WIDTH - RIGHT + 10} dy="17">${score(reference.value)}</tspan></text
          >`
          : svg`<line class="reference" x1=${LEFT} x2=${WIDTH - RIGHT} y1=${y(reference.value)} y2=${y(reference.value)}></line>
              ${referenceLabel(reference)}`,
      )}
      ${TIMEPOINTS.map((timepoint, index) => {
        const { mean, sd } = measure.timepoints[timepoint];
        const label = svg`<text class="axis" x=${x(index)} y=${axisTop} text-anchor="middle">${lines(x(index), labels[index]!)}</text>`;
        if (mean === null || mean === undefined) {
          // Halfway between two grid lines, so the words do not sit on one.
          const grid = GRID[measure.instrument];
          return svg`${label}<text class="not-shown" x=${x(index)} y=${y((grid[1]! + grid[2]!) / 2) + 5} text-anchor="middle">${lines(x(index), notShown)}</text>`;
        }
        const whisker =
          sd === null || sd === undefined
            ? nothing
            : svg`<line class="whisker" x1=${x(index)} x2=${x(index)} y1=${y(mean + sd)} y2=${y(mean - sd)}></line>
              <line class="whisker" x1=${x(index) - CAP} x2=${x(index) + CAP} y1=${y(mean + sd)} y2=${y(mean + sd)}></line>
              <line class="whisker" x1=${x(index) - CAP} x2=${x(index) + CAP} y1=${y(mean - sd)} y2=${y(mean - sd)}></line>`;
        return svg`${label}${whisker}<circle class="mean" cx=${x(index)} cy=${y(mean)} r="7"></circle>
          <text class="value" x=${x(index) + 12} y=${y(mean) + 5}>${score(mean)}</text>`;
      })}
    </svg>
    <figcaption>
      <span class="chart-title" id="${id}-title">${i18n.t('measures.chart.title', { instrument })}</span>
      <span id="${id}-whisker">${i18n.t('measures.chart.whisker')}</span>
    </figcaption>
  </figure>`;
}
