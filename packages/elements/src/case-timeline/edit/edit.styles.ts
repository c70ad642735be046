import { css } from 'lit';

/** The edit forms' own styles, loaded with them: a read-only timeline does not download them. */
export const editStyles = css`
  .event-form {
    border: 3px solid var(--_color-primary);
    border-radius: var(--_radius);
    padding: var(--_space-4);
    margin-block-end: var(--_space-5);
  }
  .event-form > :is(h2, h3, h4, h5, h6):first-child {
    margin-block: 0 var(--_space-3);
  }
  .conditional {
    border-inline-start: 5px solid var(--_color-border);
    padding-inline-start: var(--_space-4);
    margin-block-end: var(--_space-5);
  }
  .form-part {
    border-block-start: 2px solid var(--_color-border);
    padding-block-start: var(--_space-4);
    margin-block-end: var(--_space-4);
  }
  .form-part > :is(h3, h4, h5, h6):first-child {
    font-size: 1.15em;
    margin-block: 0 var(--_space-3);
  }
  .ask-person {
    background: var(--linkki-timeline-person-background, var(--_color-surface));
    border: 3px solid var(--_color-primary);
    border-radius: var(--_radius);
    padding: var(--_space-4);
  }
  /* The person's answers: large tiles, one tap each, readable without glasses. */
  .tiles {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 9rem), 1fr));
    gap: var(--_space-2);
  }
  .tile {
    display: flex;
    align-items: center;
    gap: var(--_space-3);
    min-height: calc(var(--_target-size) * 1.5);
    padding: var(--_space-3);
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-background);
    font-size: 1.1em;
    cursor: pointer;
  }
  .tile:has(input:checked) {
    border-color: var(--_color-primary);
    border-width: 4px;
    font-weight: 700;
  }
  .tile:has(input:focus-visible) {
    outline: 3px solid var(--_focus-ring-color);
    box-shadow: 0 0 0 6px var(--_focus-halo-color);
  }
  .tile--apart {
    margin-block-start: var(--_space-3);
    max-width: 22rem;
  }
  .end-swemwbs {
    margin-block-start: var(--_space-4);
  }
`;
