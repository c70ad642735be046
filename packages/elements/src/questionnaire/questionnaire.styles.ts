import { css } from 'lit';

/**
 * @cssprop --linkki-questionnaire-option-background - Background of an answer option.
 * @cssprop --linkki-questionnaire-option-selected-background - Background of the chosen option.
 */
export const questionnaireStyles = css`
  :host {
    --_option-bg: var(--linkki-questionnaire-option-background, var(--_color-background));
    --_option-selected-bg: var(--linkki-questionnaire-option-selected-background, #e3eef5);
    max-width: 48rem;
  }
  [part='title'] {
    font-size: var(--_font-size-large);
    margin-block: 0 var(--_space-3);
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    line-height: 1.25;
  }
  .items-language {
    border-inline-start: 5px solid var(--_color-primary);
    background: var(--_color-surface);
    padding: var(--_space-2) var(--_space-3);
  }
  .statements {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .statement {
    margin-block: var(--_space-4);
    padding: var(--_space-3);
    border: 2px solid transparent;
    border-radius: var(--_radius);
  }
  .statement--error {
    border-inline-start: 5px solid var(--_color-error);
  }
  legend {
    padding: 0;
  }
  legend .number {
    display: block;
    font-weight: 400;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  legend .text {
    display: block;
    font-size: 1.15em;
  }
  .scale {
    display: grid;
    gap: var(--_space-2);
    grid-template-columns: repeat(auto-fit, minmax(7rem, 1fr));
    margin-block-start: var(--_space-3);
  }
  .option {
    display: flex;
    align-items: center;
    gap: var(--_space-3);
    min-height: calc(var(--_target-size) + 8px);
    padding: var(--_space-1) var(--_space-3) var(--_space-1) var(--_space-2);
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_option-bg);
    cursor: pointer;
  }
  .option:has(input:checked) {
    background: var(--_option-selected-bg);
    border-color: var(--_color-primary);
    border-width: 3px;
    font-weight: 700;
  }
  /* The radio itself is the shared 40 px control (field.styles.ts), as in every other form. */
  .statement--error .option input::before {
    border-color: var(--_color-error);
    border-width: 3px;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
    margin-block: var(--_space-4);
  }
  progress {
    width: 100%;
    height: 0.75rem;
    accent-color: var(--_color-primary);
  }
  .progress {
    margin-block: var(--_space-2);
    font-weight: 700;
  }
  .review {
    margin: 0;
  }
  .review-row {
    display: grid;
    gap: var(--_space-2);
    grid-template-columns: minmax(0, 2fr) minmax(0, 1fr);
    padding-block: var(--_space-3);
    border-block-end: 1px solid var(--_color-border);
  }
  .review dd {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    align-items: center;
    justify-content: space-between;
    font-weight: 700;
  }
  .confirmed {
    font-weight: 700;
    color: var(--_color-success);
  }
  .result {
    margin-block: var(--_space-4);
    padding: var(--_space-4);
    background: var(--_color-surface);
    border-radius: var(--_radius);
  }
  .result .score {
    font-size: var(--_font-size-large);
    font-weight: 700;
  }
  /* A native meter: no inline style, so it works under a strict style-src CSP. */
  .bar {
    display: block;
    inline-size: 100%;
    block-size: 1.25rem;
  }
  .notice {
    font-size: var(--_font-size-small);
    color: var(--_color-text-muted);
  }
  @media (max-width: 30rem) {
    .review-row {
      grid-template-columns: 1fr;
    }
    .scale {
      grid-template-columns: 1fr;
    }
  }
`;
