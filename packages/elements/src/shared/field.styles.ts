import { css } from 'lit';

/**
 * Checkboxes and radios, GOV.UK-sized: a 40 px box (round for a radio) drawn on the real `<input>`
 * (`appearance: none`, so it keeps its role, name, state, keyboard and form value), centred in a
 * 44 × 44 px target, inside a `<label class="choice">` that makes the text clickable too. States:
 * checked (a tick or a dot), indeterminate (a bar), disabled, focus (the shared focus ring around
 * the target and a thicker box), error (a red, thicker box when the input or its group is invalid).
 * In forced colours the box, the tick and the dot are drawn in system colours, so the state shows
 * whatever colours the person chose; the focus ring becomes a `Highlight` outline.
 */
export const choiceStyles = css`
  .choice {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
    min-height: var(--_target-size);
    padding-block: var(--_space-1);
    cursor: pointer;
  }
  input:is([type='checkbox'], [type='radio']) {
    appearance: none;
    flex: none;
    display: inline-grid;
    place-content: center;
    inline-size: var(--_target-size);
    block-size: var(--_target-size);
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_color-text);
    cursor: pointer;
  }
  input:is([type='checkbox'], [type='radio'])::before {
    content: '';
    grid-area: 1 / 1;
    place-self: center;
    inline-size: 40px;
    block-size: 40px;
    border: 2px solid currentColor;
    background: var(--_color-background);
  }
  input[type='radio']::before {
    border-radius: 50%;
  }
  /* The tick: two borders of a box turned 45°; drawn as borders so forced colours keep it. */
  input[type='checkbox']:checked::after {
    content: '';
    grid-area: 1 / 1;
    place-self: center;
    inline-size: 23px;
    block-size: 12px;
    margin-block-start: -5px;
    border: solid currentColor;
    border-width: 0 0 5px 5px;
    transform: rotate(-45deg);
  }
  input[type='checkbox']:indeterminate::after {
    content: '';
    grid-area: 1 / 1;
    place-self: center;
    inline-size: 22px;
    block-size: 0;
    margin: 0;
    border: solid currentColor;
    border-width: 5px 0 0;
    transform: none;
  }
  /* The dot: a round border around nothing, 20 px across. */
  input[type='radio']:checked::after {
    content: '';
    grid-area: 1 / 1;
    place-self: center;
    inline-size: 0;
    block-size: 0;
    border: 10px solid currentColor;
    border-radius: 50%;
  }
  input:is([type='checkbox'], [type='radio']):focus-visible {
    outline-offset: 0;
  }
  input:is([type='checkbox'], [type='radio']):focus-visible::before {
    border-width: 4px;
  }
  .field--error input:is([type='checkbox'], [type='radio'])::before,
  input:is([type='checkbox'], [type='radio'])[aria-invalid='true']::before {
    border-color: var(--_color-error);
    border-width: 3px;
  }
  input:is([type='checkbox'], [type='radio']):disabled {
    cursor: not-allowed;
  }
  input:is([type='checkbox'], [type='radio']):disabled::before,
  input:is([type='checkbox'], [type='radio']):disabled::after {
    opacity: 0.5;
  }
  .choice:has(input:disabled) {
    color: var(--_color-text-muted);
    cursor: not-allowed;
  }
  @media (forced-colors: active) {
    input:is([type='checkbox'], [type='radio'])::before,
    input:is([type='checkbox'], [type='radio'])::after {
      forced-color-adjust: none;
      border-color: CanvasText;
    }
    input:is([type='checkbox'], [type='radio'])::before {
      background: Canvas;
    }
    input:is([type='checkbox'], [type='radio']):checked::before {
      border-color: Highlight;
    }
    input:is([type='checkbox'], [type='radio']):checked::after,
    input[type='checkbox']:indeterminate::after {
      border-color: Highlight;
    }
    input:is([type='checkbox'], [type='radio']):disabled::before,
    input:is([type='checkbox'], [type='radio']):disabled::after {
      border-color: GrayText;
      opacity: 1;
    }
    input:is([type='checkbox'], [type='radio']):focus-visible {
      outline: 3px solid Highlight;
    }
  }
`;

/** Native form controls, fields and the error summary (and the checkboxes and radios above). */
export const fieldStyles = css`
  ${choiceStyles}
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
  /* GOV.UK: the control itself turns red and thicker (the group has its 5 px bar). The padding
     gives back the extra border, so the text inside does not move. Specific enough to beat the
     type selectors above. */
  :is(input:not([type='checkbox'], [type='radio']), select, textarea)[aria-invalid='true'] {
    border-color: var(--_color-error);
    border-width: 4px;
    padding: calc(var(--_space-2) - 2px) calc(var(--_space-3) - 2px);
  }
  :is(input:not([type='checkbox'], [type='radio']), select, textarea)[aria-invalid='true']:focus-visible {
    border-color: var(--_color-text);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
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
  /* Each link stands alone in its list item, so it is a 44 px target, not an inline link. */
  .error-summary a {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_target-size);
    color: var(--_color-error);
    font-weight: 700;
  }
  .error-summary a:focus-visible {
    color: var(--_color-text);
  }
`;
