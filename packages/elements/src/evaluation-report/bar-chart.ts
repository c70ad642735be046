import type { CountTable } from '@linkki/schema';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { wrapText } from '../shared/svg-text.js';
import { markerOf, type ReportView } from './cells.js';
import { rowLabel } from './row-labels.js';

/** Width before the box has been measured. */
const DEFAULT_WIDTH = 480;
const MIN_WIDTH = 200;
/** Room at the end of the longest bar for its number. */
const VALUE_SPACE = 56;
const LABEL_SIZE = 15;
const LINE_HEIGHT = 19;
const BAR_HEIGHT = 18;
const GAP = 12;

/**
 * A distribution as horizontal bars, each under its label with its number at the end. A picture for
 * the eye only (`aria-hidden`): the table right above it holds the same numbers. A hidden count is
 * never drawn as a length: "< 5" gets a dashed outline up to the threshold (all it says is "fewer"),
 * a "–" no bar at all. Drawn at the width of its box, one unit a pixel: on a phone the bars are
 * shorter and the labels wrap, the text keeps its size.
 */
export function barChart(view: ReportView, table: CountTable): TemplateResult {
  const { i18n, threshold } = view;
  const key = `bars-${table.id}`;
  const WIDTH = Math.max(MIN_WIDTH, view.drawnWidth(key, DEFAULT_WIDTH));
  const published = table.rows.flatMap((row) => (row.count === null ? [] : [row.count]));
  const scale = Math.max(1, threshold, ...published);
  const length = (count: number) => (count / scale) * (WIDTH - VALUE_SPACE);
  const font = view.font(LABEL_SIZE);
  let top = 0;
  const rows = table.rows.map((row) => {
    const labels = wrapText(rowLabel(i18n, table.id, row.code), WIDTH, font);
    const y = top;
    top += labels.length * LINE_HEIGHT + BAR_HEIGHT + GAP;
    return { row, labels, y };
  });
  const height = top;
  const hidden = table.rows.some((row) => row.count === null);
  return html`<figure class="bars" part="bars" aria-hidden="true" data-drawn-width=${key}>
    <svg viewBox="0 0 ${WIDTH} ${height}" width=${WIDTH} height=${height} focusable="false">
      ${rows.map(({ row, labels, y }) => {
        const barY = y + labels.length * LINE_HEIGHT + 2;
        const textY = barY + BAR_HEIGHT - 4;
        const label = svg`<text class="bar-label" x="0" y=${y + 15}>${labels.map((text, n) => svg`<tspan x="0" dy=${n === 0 ? 0 : LINE_HEIGHT}>${text}</tspan>`)}</text>`;
        if (row.count !== null) {
          const width = length(row.count);
          return svg`${label}${width > 0 ? svg`<rect class="bar" x="0" y=${barY} width=${width} height=${BAR_HEIGHT}></rect>` : nothing}
            <text class="bar-value" x=${width + 6} y=${textY}>${i18n.number(row.count)}</text>`;
        }
        const kind = markerOf(row);
        const width = kind === 'small' ? length(threshold) : 0;
        return svg`${label}${kind === 'small' ? svg`<rect class="bar bar--small" x="1" y=${barY + 1} width=${width - 2} height=${BAR_HEIGHT - 2}></rect>` : nothing}
          <text class="bar-value" x=${width + 6} y=${textY}>${i18n.t(`cell.${kind}Marker`, { threshold })}</text>`;
      })}
    </svg>
    ${hidden ? html`<figcaption class="note">${i18n.t('chart.hiddenBars', { threshold })}</figcaption>` : nothing}
  </figure>`;
}
