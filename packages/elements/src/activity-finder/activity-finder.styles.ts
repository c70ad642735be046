import { css } from 'lit';

export const finderStyles = css`
  :host {
    max-width: 72rem;
  }
  .large {
    font-size: 1.3em;
  }
  [part='base'] > :is(h1, h2, h3, h4, h5, h6):first-child {
    font-size: var(--_font-size-large);
    margin-block: 0 var(--_space-3);
  }
  .search {
    margin-block: var(--_space-3) var(--_space-4);
  }
  .columns {
    display: grid;
    grid-template-columns: minmax(14rem, 20rem) 1fr;
    gap: var(--_space-5);
    align-items: start;
  }
  @media (max-width: 48rem) {
    .columns {
      grid-template-columns: 1fr;
    }
  }
  .filters > :is(h2, h3, h4, h5, h6),
  .result-area > :is(h2, h3, h4, h5, h6),
  .shortlist > :is(h2, h3, h4, h5, h6) {
    font-size: 1.2em;
    margin-block: 0 var(--_space-3);
  }
  .facet {
    border-block-end: 1px solid var(--_color-border);
    padding-block: var(--_space-1);
  }
  summary {
    min-height: var(--_target-size);
    display: flex;
    align-items: center;
    gap: var(--_space-2);
    cursor: pointer;
    font-weight: 700;
  }
  .badge {
    display: inline-block;
    padding: 0 var(--_space-2);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    border: 1px solid var(--_color-border);
    font-size: var(--_font-size-small);
  }
  .results,
  .badges,
  .features,
  .picked {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .badges,
  .features {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin-block: var(--_space-2);
  }
  .result {
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: var(--_space-3) var(--_space-4);
    margin-block-end: var(--_space-3);
  }
  .result :is(h3, h4, h5, h6) {
    margin: 0;
    font-size: 1.15em;
  }
  .result p,
  .details p {
    margin-block: var(--_space-1);
  }
  .organisation,
  .checked,
  .next {
    color: var(--_color-text-muted);
  }
  .feature-icon {
    color: var(--_color-success);
    margin-inline-end: var(--_space-1);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin-block-start: var(--_space-2);
  }
  .details dl > div {
    margin-block: var(--_space-2);
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0;
  }
  .description {
    white-space: pre-line;
  }
  .shortlist {
    border: 3px solid var(--_color-primary);
    border-radius: var(--_radius);
    padding: var(--_space-4);
    margin-block: var(--_space-4);
  }
  .card {
    border-block-end: 1px solid var(--_color-border);
    padding-block: var(--_space-3);
  }
  .card-name {
    font-weight: 700;
    font-size: 1.15em;
  }
  .print-note {
    display: none;
  }
  .copy-fallback {
    width: 100%;
    min-height: 8em;
  }
  @media print {
    :host {
      font-size: 20pt;
      color: #000;
    }
    .no-print,
    [part='base'] > :is(h1, h2, h3, h4, h5, h6):first-child,
    .card textarea,
    .card label,
    .card button {
      display: none;
    }
    .shortlist {
      border: none;
      padding: 0;
    }
    .card {
      break-after: page;
      border: 3px solid #000;
      padding: 1em;
    }
    .card-name {
      font-size: 1.5em;
    }
    .print-note {
      display: block;
      font-style: italic;
    }
  }
`;
