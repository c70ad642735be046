import type { ReferralStatusReply } from '@linkki/schema';
import { html, nothing } from 'lit';
import type { LocalizeController } from '../i18n/index.js';
import { heading } from '../shared/heading.js';

interface Step {
  name: 'received' | 'routed' | 'closed';
  /** When it happened; undefined while it has not. */
  at: string | undefined;
  /** More about it, e.g. where it was routed. */
  detail?: string;
}

/**
 * The three stages, in order. A referral closed without being routed first (it never got that far)
 * shows two: "passed on — not yet" under a finished referral would say something untrue.
 */
export function stepsOf(i18n: LocalizeController, reply: ReferralStatusReply): Step[] {
  const steps: Step[] = [{ name: 'received', at: reply.receivedAt }];
  if (reply.routedAt || reply.stage !== 'closed') {
    steps.push({ name: 'routed', at: reply.routedAt, detail: reply.route ? i18n.code('route', reply.route) : undefined });
  }
  steps.push({ name: 'closed', at: reply.closedAt });
  return steps;
}

/**
 * An ordered list: each stage says its date, or "not yet", in text (and a tick or its number as
 * decoration), so nothing depends on colour. The stage the referral is at has `aria-current`.
 */
export function stepsView(i18n: LocalizeController, reply: ReferralStatusReply) {
  const steps = stepsOf(i18n, reply);
  const current = steps.filter((s) => s.at).length - 1;
  return html`<ol class="steps" part="steps" aria-label=${i18n.t('steps.label')}>
    ${steps.map(
      (step, index) => html`<li class="step ${step.at ? 'step--done' : 'step--upcoming'}" part="step" aria-current=${index === current ? 'step' : nothing}>
        <span class="marker" aria-hidden="true">${step.at ? '✓' : String(index + 1)}</span>
        <span class="step-text">
          <strong class="step-name">${i18n.t(`steps.${step.name}`)}</strong>
          <span class="step-when">${step.at ? i18n.date(step.at) : i18n.t('steps.notYet')}</span>
          ${step.at && step.detail ? html`<span class="step-detail">${step.detail}</span>` : nothing}
        </span>
      </li>`,
    )}
  </ol>`;
}

/** The feedback to the referrer, only when the service gave it (the person agreed to share it); `level`: its heading's. */
export function feedbackView(i18n: LocalizeController, level: number, feedback: string | undefined) {
  if (!feedback?.trim()) return nothing;
  return html`<section class="feedback" part="feedback" aria-labelledby="feedback-title">
    ${heading(level, i18n.t('feedback.title'), { id: 'feedback-title' })}
    <p class="feedback-text">${feedback}</p>
  </section>`;
}

export interface RevokeView {
  i18n: LocalizeController;
  step: 'closed' | 'asking' | 'sending' | 'failed';
  ask: () => void;
  confirm: () => void;
  cancel: () => void;
}

/** "Switch the link off", asked once more: it cannot be undone. */
export function revokeView({ i18n, step, ask, confirm, cancel }: RevokeView) {
  if (step === 'closed') {
    return html`<div class="revoke" part="revoke">
      <p>${i18n.t('revoke.about')}</p>
      <button type="button" class="secondary" id="revoke" @click=${ask}>${i18n.t('actions.revoke')}</button>
    </div>`;
  }
  return html`<div class="revoke revoke--asking" part="revoke" role="group" aria-labelledby="revoke-question">
    <p id="revoke-question" tabindex="-1"><strong>${i18n.t('revoke.question')}</strong></p>
    ${step === 'failed' ? html`<p class="revoke-failed" role="alert">${i18n.t('revoke.failed')}</p>` : nothing}
    <div class="buttons">
      <button type="button" @click=${confirm}>${i18n.t('actions.revokeYes')}</button>
      <button type="button" class="secondary" @click=${cancel}>${i18n.t('actions.revokeNo')}</button>
    </div>
    <p class="revoke-progress" role="status">${step === 'sending' ? i18n.t('revoke.removing') : ''}</p>
  </div>`;
}
