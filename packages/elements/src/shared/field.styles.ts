import { css } from 'lit';

/** Native form controls, fields and the error summary. */
export const fieldStyles = css`
  .field {
    margin-block: 0 var(--_space-5);
  }
  .field--error {
    border-inline-start: 5px solid var(--_color-error);
    padding-inline-start: var(--_space-3);
  }
  .label,
  legend {
    display: block;
    font-weight: 700;
    margin-block-end: var(--_space-1);
  }
  .hint {
    display: block;
    color: var(--_color-text-muted);
    margin-block-end: var(--_space-2);
  }
  .error-message {
    display: block;
    color: var(--_color-error);
    font-weight: 700;
    margin-block-end: var(--_space-2);
  }
  input[type='text'],
  input[type='email'],
  input[type='tel'],
  input[type='number'],
  input[type='search'],
  input[type='date'],
  select,
  textarea {
    display: block;
    width: 100%;
    max-width: 32em;
    min-height: var(--_target-size);
    padding: var(--_space-2) var(--_space-3);
    font: inherit;
    color: inherit;
    background: var(--_color-background);
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  textarea {
    min-height: 6em;
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--_color-error);
    border-width: 3px;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .choice {
    display: flex;
    align-items: center;
    gap: var(--_space-3);
    min-height: var(--_target-size);
    padding-block: var(--_space-1);
    cursor: pointer;
  }
  .choice input {
    width: 28px;
    height: 28px;
    margin: 0;
    flex: none;
    accent-color: var(--_color-primary);
    cursor: pointer;
  }
  .error-summary {
    border: 5px solid var(--_color-error);
    padding: var(--_space-4);
    margin-block-end: var(--_space-5);
  }
  .error-summary h2 {
    margin-block: 0 var(--_space-3);
    font-size: var(--_font-size-large);
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: var(--_space-4);
  }
  .error-summary a {
    color: var(--_color-error);
    font-weight: 700;
  }
  .error-summary a:focus-visible {
    color: var(--_color-text);
  }
`;
