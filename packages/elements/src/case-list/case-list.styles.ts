import { css } from 'lit';

export const caseListStyles = css`
  :host {
    --_warning-color: var(--linkki-case-list-warning-color, #8a3b00);
    --_row-border-color: var(--linkki-case-list-row-border-color, var(--_color-border));
  }
  [part='base'] > :is(h1, h2, h3, h4, h5, h6):first-child {
    font-size: var(--_font-size-large);
    margin-block: 0 var(--_space-3);
  }
  .filters {
    background: var(--_color-surface);
    border-radius: var(--_radius);
    padding: var(--_space-4);
    margin-block-end: var(--_space-4);
  }
  .filters > :is(h2, h3, h4, h5, h6) {
    font-size: 1.125em;
    margin-block: 0 var(--_space-3);
  }
  .filter-grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    gap: 0 var(--_space-4);
  }
  .filter-grid .field {
    margin-block-end: var(--_space-4);
  }
  .count {
    font-weight: 700;
    margin-block: 0 var(--_space-3);
  }
  .message {
    margin-block: var(--_space-3);
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: var(--_space-2) var(--_space-2);
    border-block-end: 1px solid var(--_row-border-color);
    /* Long words wrap inside their cell: no sideways scrolling on a small screen (word-break for older Safari). */
    word-break: break-word;
    overflow-wrap: anywhere;
  }
  thead th {
    font-size: var(--_font-size-small);
    border-block-end-width: 2px;
  }
  .reference {
    display: inline-flex;
    align-items: center;
    min-height: var(--_target-size);
    min-width: var(--_target-size);
    font: inherit;
    font-weight: 700;
    color: var(--_color-primary);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  button.reference {
    padding: 0;
    border: 0;
    background: none;
    cursor: pointer;
    text-align: start;
  }
  button.reference:hover,
  a.reference:hover {
    color: var(--_color-primary-hover);
    background: none;
    text-decoration-thickness: 3px;
  }
  .cell-label {
    display: none;
  }
  .muted {
    color: var(--_color-text-muted);
  }
  .attention {
    display: inline-flex;
    gap: var(--_space-2);
    align-items: baseline;
    color: var(--_warning-color);
  }
  .flag {
    display: inline-flex;
    flex: none;
    align-items: center;
    justify-content: center;
    width: 1.4em;
    height: 1.4em;
    margin-inline-end: var(--_space-1);
    border-radius: 50%;
    background: var(--_warning-color);
    color: var(--_color-background);
    font-weight: 700;
    line-height: 1;
  }
  .more {
    margin-block-start: var(--_space-4);
  }
  /* Narrow screens: each case is a card, each value under its column's name. */
  @media (max-width: 40em) {
    table,
    tbody,
    tr,
    th,
    td {
      display: block;
    }
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    tbody tr {
      border: 2px solid var(--_row-border-color);
      border-radius: var(--_radius);
      padding: var(--_space-2) var(--_space-3);
      margin-block-end: var(--_space-3);
    }
    th,
    td {
      border: 0;
      padding: var(--_space-1) 0;
    }
    .cell-label {
      display: block;
      font-size: var(--_font-size-small);
      font-weight: 700;
      color: var(--_color-text-muted);
    }
  }
  @media print {
    .filters,
    .more {
      display: none;
    }
  }
`;
