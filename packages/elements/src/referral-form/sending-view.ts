import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../i18n/index.js';
import { heading } from '../shared/heading.js';
import type { OutboxController } from '../shared/outbox-controller.js';

/** Where sending stands, in words, with "Try now" when a retry is waiting or automatic tries ran out. */
export function sendingStatus(i18n: LocalizeController, outbox: Pick<OutboxController<unknown>, 'view' | 'busy' | 'retryNow'>) {
  const view = outbox.view();
  if (!view) return nothing;
  return html`<div class="status status--${view.tone}" id="send-status" part="status" tabindex="-1">
    <p>${i18n.t(view.key, view.options)}</p>
    ${outbox.busy ? html`<p>${i18n.t('status.locked')}</p>` : nothing}
    ${view.canRetry ? html`<button type="button" class="secondary" @click=${() => outbox.retryNow()}>${i18n.t('actions.retryNow')}</button>` : nothing}
  </div>`;
}

/** "Clear the form", asked once more before anything typed is thrown away. */
export function clearControl(i18n: LocalizeController, confirming: boolean, on: { ask: () => void; clear: () => void; cancel: () => void }) {
  if (!confirming) return html`<button type="button" class="secondary" @click=${on.ask}>${i18n.t('actions.clear')}</button>`;
  return html`<div class="confirm-clear" role="group" aria-labelledby="clear-question">
    <p id="clear-question">${i18n.t('actions.clearConfirm')}</p>
    <button type="button" @click=${on.clear}>${i18n.t('actions.clearYes')}</button>
    <button type="button" class="secondary" @click=${on.cancel}>${i18n.t('actions.clearNo')}</button>
  </div>`;
}

export interface ConfirmationView {
  i18n: LocalizeController;
  /** Looks a key up in the form's mode ("you" wording in self-referral). */
  t: (key: string) => string;
  level: number;
  reference: string | undefined;
  /** The status link, shown once (or nothing). */
  statusLink: TemplateResult | typeof nothing;
  live: TemplateResult;
  startOver: () => void;
}

export function confirmation(view: ConfirmationView) {
  const { i18n, t, reference } = view;
  return html`<section class="confirmation" part="confirmation" aria-labelledby="confirmation-title">
    ${heading(view.level, t('confirmation.title'), { id: 'confirmation-title', focusTarget: true })}
    ${reference ? html`<p class="reference">${i18n.t('confirmation.reference', { reference })}</p>` : nothing}
    <p>${t('confirmation.next')}</p>
    ${view.statusLink}
    <button type="button" class="secondary" @click=${view.startOver}>${t('actions.newReferral')}</button>
    ${view.live}
  </section>`;
}
