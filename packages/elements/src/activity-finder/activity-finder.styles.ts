import { css } from 'lit';

export const finderStyles = css`
  :host {
    max-width: 72rem;
  }
  .large {
    font-size: 1.3em;
  }
  /* Long Finnish and Sami compounds ('Sauvakävelyporukka', 'Olahahttivuohta') wrap inside their box. */
  [part='base'] {
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  #finder-title {
    font-size: var(--_font-size-large);
    margin-block: 0 var(--_space-3);
  }
  .search {
    margin-block: var(--_space-3) var(--_space-4);
  }
  .columns {
    display: grid;
    /* minmax(0, …): a long word never widens a column past the finder (min-content is not the floor). */
    grid-template-columns: minmax(14rem, 20rem) minmax(0, 1fr);
    gap: var(--_space-5);
    align-items: start;
  }
  .narrow .columns {
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-3);
  }
  .columns > *,
  .result,
  .result article,
  .card {
    min-width: 0;
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
  /*
   * Disclosures (the filter groups, and the whole filter panel on a phone) show whether they are open:
   * a chevron drawn with borders in currentColor (so it stays in forced colours) that points right when
   * closed and down when open, before the text, as GOV.UK's details and HDS's accordion have it.
   */
  .disclosure {
    display: flex;
    align-items: center;
    gap: var(--_space-3);
    min-height: var(--_target-size);
    min-width: var(--_target-size);
    cursor: pointer;
    font-weight: 700;
    list-style: none;
  }
  .disclosure::-webkit-details-marker {
    display: none;
  }
  .disclosure::before {
    content: '';
    flex: none;
    inline-size: 0.55em;
    block-size: 0.55em;
    margin-inline: 0.2em 0.1em;
    border-style: solid;
    border-color: currentColor;
    border-width: 0.18em 0.18em 0 0;
    transform: rotate(45deg);
    transition: transform 0.15s ease-out;
  }
  :dir(rtl) .disclosure::before {
    transform: rotate(-135deg);
  }
  details[open] > .disclosure::before,
  .disclosure[aria-expanded='true']::before {
    transform: rotate(135deg);
  }
  .disclosure .badge {
    font-weight: 400;
  }
  .filters > :is(h2, h3, h4, h5, h6):has(.filter-toggle) {
    margin: 0;
  }
  button.filter-toggle {
    inline-size: 100%;
    justify-content: flex-start;
    text-align: start;
    flex-wrap: wrap;
    font-size: inherit;
    border-width: 2px;
  }
  .filter-panel {
    padding-block-start: var(--_space-2);
  }
  .filter-panel[hidden] {
    display: none;
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
  .result :is(h2, h3, h4, h5, h6) {
    margin: 0;
    font-size: 1.15em;
  }
  /* Links in the details are whole 44 px targets, not a line of text. */
  .details a {
    display: inline-flex;
    align-items: center;
    min-height: var(--_target-size);
    min-width: var(--_target-size);
  }
  .contact {
    padding-inline-start: var(--_space-4);
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
  .narrow .shortlist {
    padding: var(--_space-3);
  }
  .narrow .result {
    padding: var(--_space-3);
  }
  @media print {
    :host {
      font-size: 20pt;
      color: #000;
    }
    /* On paper: the chosen cards, one per page, and nothing else (no title, search, counts or buttons). */
    .no-print,
    .visually-hidden,
    #finder-title,
    .shortlist > :is(h1, h2, h3, h4, h5, h6),
    .card textarea,
    .card label,
    .card button {
      display: none;
    }
    .shortlist {
      border: none;
      padding: 0;
    }
    .picked {
      margin: 0;
    }
    .card {
      break-after: page;
      break-inside: avoid;
      border: 3px solid #000;
      padding: 1em;
    }
    .card:last-child {
      break-after: auto;
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
