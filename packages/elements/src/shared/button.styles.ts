import { css } from 'lit';

/** Buttons: primary by default, `.secondary` for the quieter choice. */
export const buttonStyles = css`
  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space-2);
    min-height: var(--_target-size);
    min-width: var(--_target-size);
    padding: var(--_space-2) var(--_space-4);
    font: inherit;
    font-weight: 700;
    border-radius: var(--_radius);
    border: 2px solid var(--_color-primary);
    background: var(--_color-primary);
    color: var(--_color-on-primary);
    cursor: pointer;
  }
  button:hover {
    background: var(--_color-primary-hover);
  }
  button.secondary {
    background: var(--_color-background);
    color: var(--_color-primary);
  }
  button.secondary:hover {
    background: var(--_color-surface);
  }
  button[disabled] {
    opacity: 0.6;
    cursor: not-allowed;
  }
`;
