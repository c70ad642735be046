import { css } from 'lit';

/**
 * Design tokens. Public `--linkki-*` properties may be set anywhere above an element (on `:root`,
 * a wrapper or the element itself); each is read once here into a private `--_*` alias, so a
 * default never shadows a value the page set higher up. Components use only the aliases.
 */
export const tokens = css`
  :host {
    --_font-family: var(--linkki-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    --_font-size: var(--linkki-font-size, 1.125rem);
    --_font-size-small: var(--linkki-font-size-small, 1rem);
    --_font-size-large: var(--linkki-font-size-large, 1.5rem);
    --_line-height: var(--linkki-line-height, 1.5);
    --_color-text: var(--linkki-color-text, #1b1b1b);
    --_color-text-muted: var(--linkki-color-text-muted, #4a4a4a);
    --_color-background: var(--linkki-color-background, #ffffff);
    --_color-surface: var(--linkki-color-surface, #f2f4f5);
    --_color-border: var(--linkki-color-border, #5c6670);
    --_color-primary: var(--linkki-color-primary, #0b5c8a);
    --_color-primary-hover: var(--linkki-color-primary-hover, #084669);
    --_color-on-primary: var(--linkki-color-on-primary, #ffffff);
    --_color-error: var(--linkki-color-error, #b00020);
    --_color-success: var(--linkki-color-success, #1d6b34);
    --_focus-ring-color: var(--linkki-focus-ring-color, #1b1b1b);
    --_focus-halo-color: var(--linkki-focus-halo-color, #ffdd00);
    --_radius: var(--linkki-radius, 6px);
    --_target-size: var(--linkki-target-size, 44px);
    --_space-1: 0.25rem;
    --_space-2: 0.5rem;
    --_space-3: 0.75rem;
    --_space-4: 1rem;
    --_space-5: 1.5rem;
    --_space-6: 2.5rem;
  }
`;

/** What every element shares: type, colour, focus ring, visually hidden text. */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_color-text);
    -webkit-text-size-adjust: 100%;
    /* Long words (Finnish and Sami compounds, addresses, e-mail) wrap inside their box at 320 px
       instead of running out of it; inherited by every text container. Hyphens follow the lang attribute,
       which elements set on text in another language than the UI. */
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_focus-ring-color);
    outline-offset: 2px;
    box-shadow: 0 0 0 6px var(--_focus-halo-color);
  }
  /* An element that cannot be used yet says why, in its own box (missing wording, missing notice). */
  .unavailable {
    border: 3px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: var(--_space-4);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      animation: none !important;
      transition: none !important;
    }
  }
`;
