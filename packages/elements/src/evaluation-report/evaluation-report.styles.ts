import { css } from 'lit';
import { stackingTableStyles } from '../shared/stacking-table.styles.js';

/** The shared stacking table first, so this element's own rules can adjust it. */
export const reportStyles = [
  stackingTableStyles('34rem'),
  css`
  :host {
    --_bar-color: var(--linkki-report-bar-color, var(--_color-primary));
    --_reference-color: var(--linkki-report-reference-color, var(--_color-text-muted));
    --_rule-color: var(--linkki-report-rule-color, var(--_color-border));
    max-width: 64rem;
  }
  [part='base'] > :is(h1, h2, h3, h4, h5, h6):first-child {
    font-size: var(--_font-size-large);
    margin-block: 0 var(--_space-3);
  }
  .query {
    background: var(--_color-surface);
    border-radius: var(--_radius);
    padding: var(--_space-4);
    margin-block-end: var(--_space-5);
  }
  .query > :is(h2, h3, h4, h5, h6),
  .section > :is(h2, h3, h4, h5, h6),
  .protection > :is(h2, h3, h4, h5, h6) {
    font-size: 1.25em;
    margin-block: 0 var(--_space-3);
  }
  .period-grid {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 14rem));
    gap: 0 var(--_space-4);
  }
  .period-grid .field {
    margin-block-end: var(--_space-3);
  }
  .municipality-grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13rem), 1fr));
    gap: 0 var(--_space-4);
  }
  .message {
    margin-block: var(--_space-3);
  }
  .download {
    margin-block: 0 var(--_space-4);
  }
  .about p {
    margin-block: 0 var(--_space-1);
  }
  .protection {
    border: 3px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: var(--_space-4);
    margin-block: var(--_space-4) var(--_space-5);
  }
  .protection dl {
    margin: 0 0 var(--_space-3);
  }
  .protection dl > div {
    display: flex;
    gap: var(--_space-3);
  }
  .protection dt {
    font-weight: 700;
    min-width: 3em;
  }
  .protection dd {
    margin: 0;
  }
  .protection p {
    margin: 0;
  }
  .section {
    margin-block: var(--_space-6) 0;
  }
  .section > :is(h3, h4, h5, h6):not(:first-child) {
    font-size: 1.125em;
    margin-block: var(--_space-5) 0;
  }
  .tables {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 24rem), 1fr));
    gap: var(--_space-5);
  }
  .table-block {
    min-width: 0;
    break-inside: avoid;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  caption,
  .caption {
    text-align: start;
    font-weight: 700;
    margin-block: 0 var(--_space-2);
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: var(--_space-1) var(--_space-2);
    border-block-end: 1px solid var(--_rule-color);
    overflow-wrap: anywhere;
  }
  thead th {
    font-size: var(--_font-size-small);
    border-block-end-width: 2px;
  }
  tbody th {
    font-weight: 400;
  }
  tfoot th,
  tfoot td {
    font-weight: 700;
    border-block-end: 0;
    border-block-start: 2px solid var(--_rule-color);
  }
  .number {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  /* A column's name wraps; its numbers do not. */
  thead th.number {
    white-space: normal;
  }
  /* A measure's tables in a narrow box: each row stacks under its name, each value after its column's name. */
  .measure {
    container-type: inline-size;
  }
  @container (max-width: 34rem) {
    .stacking tbody tr {
      border-block-end-color: var(--_rule-color);
    }
    .stacking :is(th, td) {
      text-align: start;
      white-space: normal;
    }
    .stacking tbody th[scope='row'] {
      font-weight: 700;
    }
    .stacking td:empty {
      display: none;
    }
  }
  tbody.references th[scope='rowgroup'] {
    font-size: var(--_font-size-small);
    padding-block-start: var(--_space-3);
  }
  .source {
    display: block;
    font-weight: 400;
    font-size: var(--_font-size-small);
    color: var(--_color-text-muted);
  }
  .note,
  .hint,
  .withheld {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
    margin-block: var(--_space-2) 0;
  }
  .marker {
    font-weight: 700;
  }
  figure {
    margin: var(--_space-3) 0 0;
  }
  /* Charts are drawn at their box's width (one unit a pixel): their text keeps its size. */
  .bars {
    max-width: 30rem;
  }
  .bars svg,
  .measure-chart svg {
    display: block;
    width: 100%;
    height: auto;
  }
  svg text {
    fill: currentColor;
    font-size: 15px;
  }
  .bar,
  .mean {
    fill: var(--_bar-color);
  }
  .bar--small {
    fill: none;
    stroke: var(--_color-text);
    stroke-width: 2;
    stroke-dasharray: 6 4;
  }
  .measure-chart {
    max-width: 42rem;
  }
  .measure .table-block {
    margin-block-start: var(--_space-5);
  }
  .measure-chart .grid {
    stroke: var(--_color-border);
    stroke-width: 1;
    stroke-dasharray: 2 4;
  }
  .measure-chart .whisker {
    stroke: var(--_color-text);
    stroke-width: 2;
  }
  .measure-chart .mean {
    stroke: var(--_color-background);
    stroke-width: 2;
  }
  .measure-chart .reference {
    stroke: var(--_reference-color);
    stroke-width: 2;
    stroke-dasharray: 10 6;
  }
  .measure-chart .value {
    font-weight: 700;
  }
  .measure-chart .reference-label {
    font-size: 14px;
  }
  .measure-chart .not-shown,
  .measure-chart .axis {
    fill: var(--_color-text-muted);
  }
  figcaption {
    font-size: var(--_font-size-small);
    margin-block-start: var(--_space-2);
  }
  .chart-title {
    display: block;
    font-weight: 700;
  }
  .summaries {
    margin-block-start: var(--_space-3) !important;
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr));
    gap: var(--_space-4);
    margin: 0;
  }
  .summary {
    border-inline-start: 4px solid var(--_rule-color);
    padding-inline-start: var(--_space-3);
    break-inside: avoid;
  }
  .summary dt {
    font-weight: 700;
  }
  .summary dd {
    margin: 0;
  }
  .notice {
    font-size: var(--_font-size-small);
    color: var(--_color-text-muted);
  }
  @media (max-width: 30em) {
    .period-grid {
      grid-template-columns: 1fr;
    }
  }
  /* Windows high contrast: the pictures take the system's text colour; dashes and outlines carry the meaning. */
  @media (forced-colors: active) {
    svg text,
    .bar,
    .mean {
      fill: CanvasText;
    }
    .bar--small {
      fill: none;
      stroke: CanvasText;
    }
    .measure-chart :is(.grid, .whisker, .reference) {
      stroke: CanvasText;
    }
    .measure-chart .mean {
      stroke: Canvas;
    }
  }
  /*
   * For the wellbeing group's meeting: black on white, no pickers and no download, two tables side
   * by side on A4 portrait, tables kept whole where they fit. (@page cannot be set from a shadow
   * root: the page's own stylesheet chooses the paper.)
   */
  @media print {
    :host {
      --_font-size-small: 9pt;
      --_font-size-large: 14pt;
      --_bar-color: #444;
      --_reference-color: #000;
      --_rule-color: #000;
      max-width: none;
      font-size: 10pt;
      color: #000;
    }
    .query,
    .download,
    .problem button,
    [part='status-message'] {
      display: none;
    }
    .note,
    .hint,
    .withheld,
    .notice,
    .source,
    .measure-chart :is(.axis, .not-shown) {
      color: #000;
      fill: #000;
    }
    .tables {
      grid-template-columns: 1fr 1fr;
    }
    .section > :is(h2, h3, h4, h5, h6) {
      break-after: avoid;
    }
    table,
    figure,
    .protection,
    .measure {
      break-inside: avoid;
    }
  }
`,
];
