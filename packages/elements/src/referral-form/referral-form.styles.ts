import { css } from 'lit';

export const referralStyles = css`
  :host {
    max-width: 48rem;
  }
  [part='form'] > :is(h1, h2, h3, h4, h5, h6):first-child {
    font-size: var(--_font-size-large);
    margin-block: 0 var(--_space-3);
  }
  .section {
    margin-block: var(--_space-5);
  }
  .section > :is(h2, h3, h4, h5, h6) {
    margin-block: 0 var(--_space-3);
    font-size: 1.25em;
  }
  .conditional {
    border-inline-start: 5px solid var(--_color-border);
    padding-inline-start: var(--_space-4);
    margin-block-start: var(--_space-3);
  }
  .notice {
    border: 3px solid var(--_color-primary);
    border-radius: var(--_radius);
    padding: var(--_space-3) var(--_space-4);
    margin-block: var(--_space-4);
  }
  .restored {
    background: var(--_color-surface);
    padding: var(--_space-2) var(--_space-3);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
    align-items: flex-start;
    margin-block: var(--_space-5);
  }
  .confirm-clear {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    align-items: center;
  }
  .confirm-clear p {
    margin: 0;
    inline-size: 100%;
    font-weight: 700;
  }
  .status {
    border-inline-start: 5px solid var(--_color-primary);
    background: var(--_color-surface);
    padding: var(--_space-3) var(--_space-4);
  }
  .status--warning {
    border-color: #8a5a00;
  }
  .status--error {
    border-color: var(--_color-error);
  }
  /* A link standing alone in its paragraph is a target like a button: 44 px tall. */
  .privacy-notice a {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_target-size);
  }
  input[type='tel'],
  input[type='email'] {
    max-width: 20em;
  }
  #birthYearOrAge {
    max-width: 8em;
  }
`;
