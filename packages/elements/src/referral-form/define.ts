import { LinkkiReferralForm } from './referral-form.js';

export { LinkkiReferralForm };

if (!customElements.get('linkki-referral-form')) customElements.define('linkki-referral-form', LinkkiReferralForm);

declare global {
  interface HTMLElementTagNameMap {
    'linkki-referral-form': LinkkiReferralForm;
  }
}
