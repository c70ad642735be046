import { fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { getByRole, queryByRole } from '../../../../test/helpers/queries.js';
import { randomId } from '../shared/random-id.js';
import type { LinkkiReferralForm } from './referral-form.js';

/** Fills and sends the referral form by label, as a person would. */
export class ReferralFormHarness {
  constructor(readonly element: LinkkiReferralForm) {}

  private async settle() {
    await this.element.updateComplete;
  }

  async type(label: string | RegExp, text: string) {
    const input = getByRole(this.element, 'textbox', { name: label }) as HTMLInputElement | HTMLTextAreaElement;
    input.focus();
    input.value = '';
    input.dispatchEvent(new Event('input'));
    if (text) await sendKeys({ type: text });
    await this.settle();
  }

  async choose(label: string | RegExp, option: string) {
    const select = getByRole(this.element, 'combobox', { name: label }) as HTMLSelectElement;
    const match = [...select.options].find((o) => o.textContent!.trim() === option);
    if (!match) throw new Error(`No option "${option}" in ${String(label)}`);
    select.value = match.value;
    select.dispatchEvent(new Event('change'));
    await this.settle();
  }

  async check(label: string | RegExp) {
    (getByRole(this.element, 'checkbox', { name: label }) as HTMLInputElement).click();
    await this.settle();
  }

  async press(name: string | RegExp) {
    (getByRole(this.element, 'button', { name }) as HTMLButtonElement).click();
    await this.settle();
  }

  /** A complete, valid professional referral in English UI. */
  async fillProfessional() {
    await this.choose('Employer or organisation', 'Health services');
    await this.fillPerson('Name');
    await this.check('The person has agreed to the referral');
  }

  async fillPerson(nameLabel: string) {
    await this.type(nameLabel, 'Aino Esimerkki');
    await this.type('Phone number', '040 000 0002');
    await this.type('Year of birth or age', '1947');
    await this.choose(/municipality/i, 'Sodankylä');
    await this.check('Relieving loneliness');
  }

  focused() {
    return this.element.shadowRoot!.activeElement;
  }
}

/**
 * Puts a complete professional referral in the draft store under `key`, so a form mounted next
 * restores it in any UI language (labels differ per language; the stored values do not).
 */
export function seedValidDraft(key: string, storage: Storage = sessionStorage, { id = randomId(), name = 'Aino Esimerkki' } = {}) {
  const values = {
    referrerType: 'health-services', referrerName: '', referrerOrganisation: '', referrerPhone: '', referrerEmail: '', wantsFeedback: false,
    name, phone: '040 000 0002', email: '', birthYearOrAge: '1947', gender: '', municipality: '758', language: 'fi',
    reasons: ['loneliness'], otherReason: '', hopes: '', consent: true,
  };
  storage.setItem(key, JSON.stringify({ id, values }));
}

/** Mounts a form with empty storages (no draft or pending referral from another test). */
export async function mount(template: TemplateResult = html`<linkki-referral-form lang="en"></linkki-referral-form>`) {
  sessionStorage.clear();
  localStorage.clear();
  const el = await fixture<LinkkiReferralForm>(template);
  return { el, h: new ReferralFormHarness(el) };
}

/** Waits for the English confirmation heading. */
export const confirmed = (el: LinkkiReferralForm, timeout = 20000) =>
  waitUntil(() => queryByRole(el, 'heading', { name: /has been received/ }), 'no confirmation', { timeout });
