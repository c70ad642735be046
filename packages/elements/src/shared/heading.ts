import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html, unsafeStatic } from 'lit/static-html.js';

const TAGS = [1, 2, 3, 4, 5, 6].map((level) => unsafeStatic(`h${level}`));

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
  const tag = TAGS[Math.min(6, Math.max(1, Math.round(level) || 2)) - 1]!;
  return html`<${tag} id=${ifDefined(options.id)} part=${ifDefined(options.part)} tabindex=${ifDefined(options.focusTarget ? '-1' : undefined)}
    ?data-step-focus=${options.focusTarget ?? false}>${content}</${tag}>`;
}
