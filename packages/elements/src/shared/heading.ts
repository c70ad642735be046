import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export interface HeadingOptions {
  id?: string;
  part?: string;
  /** Makes the heading a focus target (e.g. the next step of a stepper). */
  focusTarget?: boolean;
}

/**
 * A heading at the level the embedding page needs (`heading-level` attribute on elements), so an
 * element dropped under the page's own h2 does not break the outline. Levels clamp to 1–6.
 */
export function heading(level: number, content: unknown, options: HeadingOptions = {}): TemplateResult {
  const id = ifDefined(options.id);
  const part = ifDefined(options.part);
  const tabindex = ifDefined(options.focusTarget ? '-1' : undefined);
  const focus = options.focusTarget ?? false;
  // Six plain templates instead of lit/static-html: smaller, and no dynamic tag names.
  switch (Math.min(6, Math.max(1, Math.round(level) || 2))) {
    case 1:
      return html`<h1 id=${id} part=${part} tabindex=${tabindex} ?data-step-focus=${focus}>${content}</h1>`;
    case 2:
      return html`<h2 id=${id} part=${part} tabindex=${tabindex} ?data-step-focus=${focus}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} part=${part} tabindex=${tabindex} ?data-step-focus=${focus}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} part=${part} tabindex=${tabindex} ?data-step-focus=${focus}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} part=${part} tabindex=${tabindex} ?data-step-focus=${focus}>${content}</h5>`;
    default:
      return html`<h6 id=${id} part=${part} tabindex=${tabindex} ?data-step-focus=${focus}>${content}</h6>`;
  }
}
