import { css } from 'lit';
import { stackingTableStyles } from '../shared/stacking-table.styles.js';

/** The shared stacking table first, so this element's own rules can adjust it. */
export const timelineStyles = [
  stackingTableStyles('26rem'),
  css`
  :host {
    --_series-color: var(--linkki-timeline-series-color, var(--_color-primary));
    --_reference-color: var(--linkki-timeline-reference-color, var(--_color-text-muted));
    --_warning-color: var(--linkki-timeline-warning-color, #8a3b00);
    max-width: 60rem;
  }
  [part='base'] > :is(h1, h2, h3, h4, h5, h6):first-child {
    font-size: var(--_font-size-large);
    margin-block: 0 var(--_space-2);
  }
  .status {
    font-weight: 700;
    margin-block: 0 var(--_space-3);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin-block: var(--_space-3) var(--_space-4);
  }
  .overview {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr));
    gap: var(--_space-4);
  }
  .panel {
    background: var(--_color-surface);
    border-radius: var(--_radius);
    padding: var(--_space-4);
  }
  .panel > :is(h2, h3, h4, h5, h6),
  .history > :is(h2, h3, h4, h5, h6) {
    font-size: 1.25em;
    margin-block: 0 var(--_space-3);
  }
  .headline {
    font-weight: 700;
    font-size: 1.15em;
    margin-block: 0 var(--_space-2);
  }
  .headline[data-state='overdue'] {
    color: var(--_warning-color);
  }
  /* The shared flag (flagStyles), in the warning colour: overdue is a warning, not an error. */
  .flag {
    background: var(--_warning-color);
  }
  .time-bar {
    appearance: none;
    display: block;
    width: 100%;
    height: 1.25rem;
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-background);
    overflow: hidden;
  }
  .time-bar::-webkit-progress-value {
    background: var(--_series-color);
  }
  .time-bar::-moz-progress-bar {
    background: var(--_series-color);
  }
  .time-bar[data-state='overdue'] {
    --_series-color: repeating-linear-gradient(45deg, var(--_warning-color) 0 8px, var(--_color-background) 8px 12px);
  }
  .period,
  .help {
    margin-block: var(--_space-2) 0;
  }
  /* The chart is drawn at this box's width (one unit a pixel): its text keeps its size. */
  .chart-box {
    max-width: 28rem;
  }
  .chart {
    display: block;
    width: 100%;
    height: auto;
    background: var(--_color-background);
    border-radius: var(--_radius);
  }
  .chart .grid {
    stroke: var(--_color-border);
    stroke-opacity: 0.35;
  }
  .chart .axis,
  .chart .reference-label {
    fill: var(--_color-text);
    font-size: 14px;
  }
  .chart .reference {
    stroke: var(--_reference-color);
    stroke-width: 2;
    stroke-dasharray: 6 4;
  }
  .chart .series {
    fill: none;
    stroke: var(--_series-color);
    stroke-width: 3;
  }
  .chart .point {
    fill: var(--_series-color);
    stroke: var(--_color-background);
    stroke-width: 2;
  }
  .chart .value {
    fill: var(--_color-text);
    font-size: 15px;
    font-weight: 700;
  }
  table {
    border-collapse: collapse;
    font-size: var(--_font-size-small);
  }
  caption {
    text-align: start;
    font-weight: 700;
    margin-block-end: var(--_space-1);
  }
  th,
  td {
    text-align: start;
    padding: var(--_space-1) var(--_space-3) var(--_space-1) 0;
    border-block-end: 1px solid var(--_color-border);
  }
  /* A narrow panel: each row of the table stacks, each value after its column's name. */
  .wellbeing {
    container-type: inline-size;
  }
  .references {
    padding-inline-start: var(--_space-4);
    font-size: var(--_font-size-small);
  }
  dl.closure > div {
    margin-block-end: var(--_space-2);
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0;
  }
  dd ul {
    margin: 0;
    padding-inline-start: var(--_space-4);
  }
  .month > :is(h3, h4, h5, h6) {
    font-size: 1.05em;
    margin-block: var(--_space-4) var(--_space-2);
    text-transform: capitalize;
  }
  .events {
    list-style: none;
    margin: 0;
    padding: 0;
    border-inline-start: 3px solid var(--_color-border);
  }
  .event {
    display: flex;
    gap: var(--_space-3);
    padding: var(--_space-2) 0 var(--_space-3) var(--_space-3);
  }
  .icon {
    flex: none;
    width: 28px;
    height: 28px;
    fill: none;
    stroke: var(--_color-primary);
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .icon .filled {
    fill: var(--_color-primary);
  }
  .event-label {
    font-weight: 700;
    margin: 0;
  }
  .event-meta {
    margin: 0;
    color: var(--_color-text-muted);
  }
  summary {
    display: inline-flex;
    align-items: center;
    min-height: var(--_target-size);
    cursor: pointer;
    color: var(--_color-primary);
    text-decoration: underline;
  }
  .note {
    white-space: pre-line;
  }
  .invalid {
    border: 5px solid var(--_color-error);
    padding: var(--_space-4);
    margin-block-end: var(--_space-4);
  }
  .consent {
    display: block;
    margin-block-start: var(--_space-1);
    color: var(--_color-text-muted);
  }
  .person-answers {
    margin: 0;
  }
  .person-answers dt {
    font-weight: 400;
    font-style: italic;
  }
  .person-answers dd {
    font-weight: 700;
    margin-block-end: var(--_space-2);
  }
  .status {
    border-inline-start: 5px solid var(--_color-primary);
    padding: var(--_space-2) var(--_space-3);
    margin-block: var(--_space-3);
  }
  .status--warning {
    border-color: var(--_warning-color);
  }
  .status--error {
    border-color: var(--_color-error);
  }
  @media print {
    :host {
      max-width: none;
      font-size: 11pt;
      color: #000;
    }
    .actions,
    .event-form,
    summary {
      display: none;
    }
    .overview {
      grid-template-columns: 1fr 1fr;
    }
    .panel {
      background: none;
      border: 1px solid #000;
      break-inside: avoid;
    }
    .event {
      break-inside: avoid;
    }
  }
`,
];
