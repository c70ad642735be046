import type { CountTable } from '@linkki/schema';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { markerOf, type ReportView } from './cells.js';
import { rowLabel } from './row-labels.js';

const WIDTH = 480;
/** Room at the end of the longest bar for its number. */
const VALUE_SPACE = 56;
const LABEL_HEIGHT = 20;
const BAR_HEIGHT = 18;
const ROW_HEIGHT = LABEL_HEIGHT + BAR_HEIGHT + 12;

/**
 * A distribution as horizontal bars, each under its label with its number at the end. A picture for
 * the eye only (`aria-hidden`): the table right above it holds the same numbers. A hidden count is
 * never drawn as a length: "< 5" gets a dashed outline up to the threshold (all it says is "fewer"),
 * a "–" no bar at all.
 */
export function barChart(view: ReportView, table: CountTable): TemplateResult {
  const { i18n, threshold } = view;
  const published = table.rows.flatMap((row) => (row.count === null ? [] : [row.count]));
  const scale = Math.max(1, threshold, ...published);
  const length = (count: number) => (count / scale) * (WIDTH - VALUE_SPACE);
  const height = table.rows.length * ROW_HEIGHT;
  const hidden = table.rows.some((row) => row.count === null);
  return html`<figure class="bars" part="bars" aria-hidden="true">
    <svg viewBox="0 0 ${WIDTH} ${height}" width="100%" focusable="false">
      ${table.rows.map((row, index) => {
        const y = index * ROW_HEIGHT;
        const barY = y + LABEL_HEIGHT;
        const textY = barY + BAR_HEIGHT - 4;
        const label = svg`<text class="bar-label" x="0" y=${y + 15}>${rowLabel(i18n, table.id, row.code)}</text>`;
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
