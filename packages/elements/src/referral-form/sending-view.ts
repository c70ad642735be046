import { html, nothing } from 'lit';
import type { LocalizeController } from '../i18n/index.js';
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
