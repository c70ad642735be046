import { TIMEPOINTS, type Measure } from '@linkki/schema';
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { ReportView } from './cells.js';
import { SCALES, type ReportReference } from './references.js';

const WIDTH = 640;
const HEIGHT = 260;
const LEFT = 44;
/** Room on the right for the reference lines' labels, clear of the points and their values. */
const RIGHT = 220;
const TOP = 16;
const BOTTOM = 40;
const plotWidth = WIDTH - LEFT - RIGHT;
const plotHeight = HEIGHT - TOP - BOTTOM;
const CAP = 8;

const GRID = { swemwbs: [7, 14, 21, 28, 35], esis: [0, 25, 50, 75, 100] };

/**
 * The instrument's mean at the start, end and follow-up, each with a whisker of one standard
 * deviation up and down (the caption says so, and that it is not a confidence interval), and the
 * embedder's reference lines. The image is labelled by its caption and described by the table that
 * follows it, which holds the same figures.
 */
export function measureChart(view: ReportView, measure: Measure, references: ReportReference[], ids: { table: string }): TemplateResult {
  const { i18n } = view;
  const [min, max] = SCALES[measure.instrument];
  const x = (index: number) => LEFT + ((index + 0.5) * plotWidth) / TIMEPOINTS.length;
  const y = (value: number) => TOP + ((max - Math.min(max, Math.max(min, value))) / (max - min)) * plotHeight;
  const score = (value: number) => i18n.number(value, { maximumFractionDigits: 1 });
  const id = `${measure.instrument}-chart`;
  const instrument = i18n.t(`measures.${measure.instrument}.short`);
  return html`<figure class="measure-chart" part="measure-chart">
    <svg viewBox="0 0 ${WIDTH} ${HEIGHT}" width="100%" role="img" focusable="false" aria-labelledby="${id}-title" aria-describedby="${id}-whisker ${ids.table}">
      ${GRID[measure.instrument].map(
        (value) => svg`<line class="grid" x1=${LEFT} x2=${WIDTH - RIGHT} y1=${y(value)} y2=${y(value)}></line>
          <text class="axis" x=${LEFT - 8} y=${y(value) + 5} text-anchor="end">${i18n.number(value)}</text>`,
      )}
      ${references.map(
        (reference) => svg`<line class="reference" x1=${LEFT} x2=${WIDTH - RIGHT + 4} y1=${y(reference.value)} y2=${y(reference.value)}></line>
          <text class="reference-label" x=${WIDTH - RIGHT + 10} y=${y(reference.value) - 3}
            ><tspan>${reference.label}</tspan><tspan x=${WIDTH - RIGHT + 10} dy="17">${score(reference.value)}</tspan></text
          >`,
      )}
      ${TIMEPOINTS.map((timepoint, index) => {
        const { mean, sd } = measure.timepoints[timepoint];
        const label = svg`<text class="axis" x=${x(index)} y=${HEIGHT - 12} text-anchor="middle">${i18n.code('timepoint', timepoint)}</text>`;
        if (mean === null || mean === undefined) {
          // Halfway between two grid lines, so the words do not sit on one.
          const grid = GRID[measure.instrument];
          return svg`${label}<text class="not-shown" x=${x(index)} y=${y((grid[1]! + grid[2]!) / 2) + 5} text-anchor="middle">${i18n.t('measures.chart.notShown')}</text>`;
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
