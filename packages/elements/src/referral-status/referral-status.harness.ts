import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { getAllByRole, getByRole } from '../../../../test/helpers/queries.js';
import type { LinkkiReferralStatus, StatusState } from './referral-status.js';

/** Reads and drives `<linkki-referral-status>` by role and name, as a person would. */
export class ReferralStatusHarness {
  constructor(readonly element: LinkkiReferralStatus) {}

  /** Waits until the element shows `state` (after its request answered). */
  async until(state: StatusState, timeout = 10000) {
    await waitUntil(() => this.element.state === state, `still ${this.element.state}, not ${state}`, { timeout });
    await this.element.updateComplete;
  }

  async press(name: string | RegExp) {
    (getByRole(this.element, 'button', { name }) as HTMLButtonElement).click();
    await this.element.updateComplete;
  }

  /** Each stage in the list, as its text reads (name, date or "not yet", route). */
  stages(listName = 'Stages of the referral') {
    const list = getByRole(this.element, 'list', { name: listName });
    return getAllByRole(list, 'listitem').map((item) => ({
      text: item.textContent!.replace(/\s+/g, ' ').trim(),
      current: item.getAttribute('aria-current') === 'step',
    }));
  }

  text() {
    return this.element.shadowRoot!.textContent!.replace(/\s+/g, ' ');
  }

  focused() {
    return this.element.shadowRoot!.activeElement;
  }
}

export async function mountStatus(template: TemplateResult) {
  const el = await fixture<LinkkiReferralStatus>(template);
  return { el, h: new ReferralStatusHarness(el) };
}

/** A date as the English UI writes it ("2 December 2026" in `en`). */
export const longDate = (iso: string, lang = 'en') => new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date(iso));
