import type { ReferralStatusReply } from '@linkki/schema';
import { LinkkiReferralStatus } from './referral-status.js';

export { LinkkiReferralStatus };
export type { StatusErrorDetail, StatusState } from './referral-status.js';

if (!customElements.get('linkki-referral-status')) customElements.define('linkki-referral-status', LinkkiReferralStatus);

declare global {
  interface HTMLElementTagNameMap {
    'linkki-referral-status': LinkkiReferralStatus;
  }
  interface HTMLElementEventMap {
    'linkki-status-loaded': CustomEvent<ReferralStatusReply>;
    'linkki-status-revoked': CustomEvent<undefined>;
  }
}
