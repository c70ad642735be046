import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * A table (`class="stacking"`) whose rows stack when its container is at most `maxWidth` wide: each
 * row a block, each value after its column's name (`<span class="cell-label" aria-hidden="true">`,
 * hidden in the wide table), the header row kept for screen readers only, so the table's roles stay.
 * The container is the element's own (`container-type: inline-size` on a wrapper).
 */
export function stackingTableStyles(maxWidth: string): CSSResult {
  return css`
    .cell-label {
      display: none;
    }
    @container (max-width: ${unsafeCSS(maxWidth)}) {
      table.stacking,
      .stacking :is(tbody, tr, th, td) {
        display: block;
      }
      .stacking thead {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
      .stacking tbody tr {
        padding-block: var(--_space-2);
        border-block-end: 1px solid var(--_color-border);
      }
      .stacking :is(th, td) {
        border: 0;
        padding: 0;
      }
      .stacking .cell-label {
        display: inline;
        font-weight: 700;
      }
    }
  `;
}
