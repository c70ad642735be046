import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../i18n/index.js';

export interface ProblemView {
  /** The element's strings: its namespace has `errors.signIn` and `errors.retry`. */
  i18n: LocalizeController;
  /** What went wrong (`unauthorized` after a 401, `network` for no answer …): it chooses the button. */
  kind: string;
  /** The message: what went wrong and what to do. */
  message: string;
  /** "Sign in again" after a 401: the element fires `linkki-sign-in-requested`. */
  signIn: () => void;
  /** "Try again" after a network failure, when there is something to try again. */
  retry?: (() => void) | undefined;
}

/**
 * A problem the element cannot solve itself, as an alert: the message behind a flag, then the one
 * thing the person can do about it — sign in again after a 401, try again after a network failure.
 */
export function problemView({ i18n, kind, message, signIn, retry }: ProblemView): TemplateResult {
  const action =
    kind === 'unauthorized'
      ? html`<button type="button" @click=${signIn}>${i18n.t('errors.signIn')}</button>`
      : kind === 'network' && retry
        ? html`<button type="button" @click=${retry}>${i18n.t('errors.retry')}</button>`
        : nothing;
  return html`<div class="problem" part="error" role="alert">
    <p><span class="flag" aria-hidden="true">!</span>${message}</p>
    ${action}
  </div>`;
}
