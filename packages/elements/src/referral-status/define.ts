import type { ElementEvents } from '../shared/events.js';
import { LinkkiReferralStatus } from './referral-status.js';

export { LinkkiReferralStatus };
export type { StatusErrorDetail, StatusState } from './referral-status.js';
export type * from '../shared/events.js';

if (!customElements.get('linkki-referral-status')) customElements.define('linkki-referral-status', LinkkiReferralStatus);

declare global {
  interface HTMLElementTagNameMap {
    'linkki-referral-status': LinkkiReferralStatus;
  }
  /** The events `<linkki-referral-status>` fires, with their `detail` types (shared/events.ts). */
  interface HTMLElementEventMap extends ElementEvents<'linkki-referral-status'> {}
}
