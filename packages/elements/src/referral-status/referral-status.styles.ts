import { css } from 'lit';

export const statusStyles = css`
  :host {
    max-width: 40rem;
    --_status-done: var(--linkki-status-done-color, var(--_color-success));
  }
  .base > :is(h1, h2, h3, h4, h5, h6):first-child {
    font-size: var(--_font-size-large);
    margin-block: 0 var(--_space-3);
  }
  /* Long Finnish compounds ("Hyvinvointilähetteen") wrap rather than overflow at 320 px. */
  :is(h1, h2, h3, h4, h5, h6) {
    overflow-wrap: break-word;
    hyphens: auto;
  }
  .reference {
    font-weight: 700;
  }
  .steps {
    list-style: none;
    margin: var(--_space-5) 0;
    padding: 0;
  }
  .step {
    position: relative;
    display: flex;
    gap: var(--_space-4);
    padding-block-end: var(--_space-5);
  }
  /* The line between markers: decoration only, the text says everything. */
  .step:not(:last-child)::before {
    content: '';
    position: absolute;
    inset-inline-start: calc(1.25rem - 2px);
    inset-block: 2.5rem 0;
    border-inline-start: 4px solid var(--_color-border);
  }
  .step--done:not(:last-child)::before {
    border-color: var(--_status-done);
  }
  .marker {
    flex: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    inline-size: 2.5rem;
    block-size: 2.5rem;
    border-radius: 50%;
    border: 3px solid var(--_color-border);
    background: var(--_color-background);
    font-weight: 700;
  }
  .step--done .marker {
    border-color: var(--_status-done);
    background: var(--_status-done);
    color: var(--_color-background);
  }
  .step-text {
    display: flex;
    flex-direction: column;
    padding-block-start: var(--_space-2);
    min-inline-size: 0;
  }
  .step--upcoming .step-when {
    color: var(--_color-text-muted);
  }
  .feedback {
    border-inline-start: 5px solid var(--_color-primary);
    background: var(--_color-surface);
    padding: var(--_space-3) var(--_space-4);
    margin-block: var(--_space-5);
  }
  .feedback > :is(h2, h3, h4, h5, h6) {
    font-size: 1.25em;
    margin-block: 0 var(--_space-2);
  }
  .feedback-text {
    white-space: pre-line;
    overflow-wrap: anywhere;
    margin: 0;
  }
  .revoke {
    border-block-start: 1px solid var(--_color-border);
    padding-block-start: var(--_space-4);
    margin-block-start: var(--_space-5);
  }
  .revoke--asking {
    border: 3px solid var(--_color-error);
    border-radius: var(--_radius);
    padding: var(--_space-4);
  }
  .revoke-failed {
    color: var(--_color-error);
    font-weight: 700;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
  }
  .revoke-progress:empty {
    display: none;
  }
  .message {
    border: 3px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: var(--_space-4);
  }
  .message--error {
    border-color: var(--_color-error);
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_focus-ring-color);
  }
`;
