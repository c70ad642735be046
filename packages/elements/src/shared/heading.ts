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
  switch (clampLevel(level)) {
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

/** Heading levels of an element: its own title, and the sections under it. */
export interface HeadingLevels {
  /** Level of the element's own title (`heading-level`). Not rendered when the title is hidden. */
  title: number;
  /** Level of the first headings inside the element. */
  section: number;
}

/**
 * The levels an element renders its headings at. With `hide-title` the host page's own heading
 * names the element, so the element's title is left out and the sections inside start at
 * `heading-level` instead of one below it — the outline stays gapless either way. Levels clamp to 1–6.
 *
 * @example headingLevels(2, false) // { title: 2, section: 3 }
 * @example headingLevels(2, true)  // { title: 2, section: 2 }
 */
export function headingLevels(level: number, hideTitle: boolean): HeadingLevels {
  const title = clampLevel(level);
  return { title, section: hideTitle ? title : clampLevel(title + 1) };
}

function clampLevel(level: number): number {
  return Math.min(6, Math.max(1, Math.round(level) || 2));
}
