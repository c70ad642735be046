import type { ElementEvents } from '../shared/events.js';
import { LinkkiReferralForm } from './referral-form.js';

export { LinkkiReferralForm };
export type * from '../shared/events.js';

if (!customElements.get('linkki-referral-form')) customElements.define('linkki-referral-form', LinkkiReferralForm);

declare global {
  interface HTMLElementTagNameMap {
    'linkki-referral-form': LinkkiReferralForm;
  }
  /** The events `<linkki-referral-form>` fires, with their `detail` types (shared/events.ts). */
  interface HTMLElementEventMap extends ElementEvents<'linkki-referral-form'> {}
}
