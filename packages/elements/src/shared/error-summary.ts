import { html, nothing } from 'lit';
import type { LocalizeController } from '../i18n/index.js';

export interface SummaryError {
  /** Id of the control or fieldset the message is about; without one the message is plain text. */
  target?: string | undefined;
  message: string;
}

/**
 * Moves focus to a field the way GOV.UK's error summary does: the label or legend scrolls into
 * view (so the question is visible, not just the box), then the control gets focus without a jump.
 */
export function focusField(root: ShadowRoot | Document, id: string): boolean {
  const target = root.getElementById(id);
  if (!target) return false;
  // A fieldset, or a wrapper that cannot take focus itself: focus its first control.
  const isGroup = target instanceof HTMLFieldSetElement || !target.matches('input, select, textarea, button, [tabindex]');
  const control = isGroup
    ? (target.querySelector<HTMLElement>('input:checked, input, select, textarea, button') ?? target)
    : target;
  const caption = isGroup ? target.querySelector('legend') : root.querySelector(`label[for="${CSS.escape(id)}"]`);
  (caption ?? control).scrollIntoView({ block: 'start' });
  control.focus({ preventScroll: true });
  return true;
}

/**
 * The error summary: a heading and one link per problem, inside `role="alert"`. Render it at the
 * top of the form and call `focusErrorSummary` after a failed submit.
 */
export function errorSummary(i18n: LocalizeController, errors: SummaryError[], root: () => ShadowRoot | null) {
  if (errors.length === 0) return nothing;
  // Never the browser's own jump: the target is in a shadow root, and following the link would
  // write a hash into the host page's URL, which single-page apps' routers react to.
  const activate = (event: Event, target: string) => {
    event.preventDefault();
    const shadow = root();
    if (shadow) focusField(shadow, target);
  };
  return html`<div class="error-summary" tabindex="-1" part="error-summary">
    <div role="alert">
      <h2>${i18n.t('common:errorSummary.title', { count: errors.length })}</h2>
      <ul>
        ${errors.map(
          ({ target, message }) =>
            html`<li>${target ? html`<a href="#${target}" @click=${(e: Event) => activate(e, target)}>${message}</a>` : message}</li>`,
        )}
      </ul>
    </div>
  </div>`;
}

export function focusErrorSummary(root: ShadowRoot | null) {
  const summary = root?.querySelector<HTMLElement>('.error-summary');
  summary?.scrollIntoView({ block: 'start' });
  summary?.focus({ preventScroll: true });
}
