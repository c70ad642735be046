import type { Referral } from '@linkki/schema';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { endpointFor, intakeState, newRun } from '../../../../test/helpers/intake.js';
import { getByRole, queryByRole } from '../../../../test/helpers/queries.js';
import './define.js';
import type { LinkkiReferralForm } from './referral-form.js';
import { confirmed, mount, ReferralFormHarness, seedValidDraft } from './referral-form.harness.js';

/**
 * Sending against the real @linkki/intake (PGlite in memory) with faults around it. Every test
 * ends on the database: exactly one row per referral, equal to what `linkki-submitted` reported.
 */
const form = (run: string, plan: string[] = [], attrs = { retry: 30, timeout: 1500 }) =>
  html`<linkki-referral-form lang="en" retry-delay=${attrs.retry} timeout=${attrs.timeout} endpoint=${endpointFor(run, plan)}></linkki-referral-form>`;

async function sendAndConfirm(el: LinkkiReferralForm, h: ReferralFormHarness) {
  const submitted = oneEvent(el, 'linkki-submitted');
  await h.press('Send referral');
  const { detail } = await submitted;
  await confirmed(el);
  return detail as { referral: Referral; reply: { reference: string } };
}

async function expectStoredOnce(run: string, sent: { referral: Referral; reply: { reference: string } }) {
  const { rows } = await intakeState(run);
  expect(rows, 'rows stored').to.have.length(1);
  expect(rows[0]!.body).to.deep.equal(sent.referral);
  expect(rows[0]!.reference).to.equal(sent.reply.reference);
  return rows[0]!;
}

describe('<linkki-referral-form> sending that loses nothing (real intake)', () => {
  it('reply lost after the server stored it: the retry is a replay, confirmed, one row', async () => {
    const run = newRun();
    // A long backoff, so the test, not a timer, decides when the retries happen ("Try now").
    const { el, h } = await mount(form(run, ['cut', 'cut'], { retry: 60000, timeout: 5000 }));
    await h.fillProfessional();
    const submitted = oneEvent(el, 'linkki-submitted');
    await h.press('Send referral');
    for (let attempt = 1; attempt <= 2; attempt += 1) {
      await waitUntil(() => el.submissionState === 'waiting', `no retry after attempt ${attempt}`, { timeout: 20000 });
      expect(el.shadowRoot!.textContent).to.contain('The details are kept on this device');
      expect(el.shadowRoot!.textContent).to.contain('The details cannot be changed while they are being sent.');
      expect((getByRole(el, 'textbox', { name: 'Name' }) as HTMLInputElement).disabled).to.equal(true);
      await h.press('Try now');
    }
    const { detail } = await submitted;
    await confirmed(el);
    await expectStoredOnce(run, detail);
    expect((await intakeState(run)).attempts).to.be.at.least(3);
    expect(queryByRole(el, 'alert')).to.equal(null);
  });

  it('sending keeps keyboard focus in the form: on the status while the button is disabled', async () => {
    const run = newRun();
    const { el, h } = await mount(form(run, ['503'], { retry: 60000, timeout: 5000 }));
    await h.fillProfessional();
    const button = getByRole(el, 'button', { name: 'Send referral' });
    button.focus();
    button.click();
    await waitUntil(() => el.submissionState === 'waiting', 'no retry', { timeout: 20000 });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('send-status');
    await h.press('Try now');
    await confirmed(el);
  });

  it('500 before storing, then stored', async () => {
    const run = newRun();
    const { el, h } = await mount(form(run, ['503']));
    await h.fillProfessional();
    await expectStoredOnce(run, await sendAndConfirm(el, h));
    expect((await intakeState(run)).attempts).to.equal(2);
  });

  it('connection closed before the server saw it, then stored', async () => {
    const run = newRun();
    const { el, h } = await mount(form(run, ['drop']));
    await h.fillProfessional();
    await expectStoredOnce(run, await sendAndConfirm(el, h));
  });

  it('an attempt that timed out and was stored later is not stored twice', async () => {
    const run = newRun();
    const { el, h } = await mount(form(run, ['slow:1200'], { retry: 30, timeout: 400 }));
    await h.fillProfessional();
    const sent = await sendAndConfirm(el, h);
    await new Promise((resolve) => setTimeout(resolve, 1200));
    await expectStoredOnce(run, sent);
  });

  it('a reply held past the timeout: stored once, the retry confirms it', async () => {
    const run = newRun();
    const { el, h } = await mount(form(run, ['late:1000'], { retry: 30, timeout: 400 }));
    await h.fillProfessional();
    await expectStoredOnce(run, await sendAndConfirm(el, h));
  });

  it('a double click sends one referral', async () => {
    const run = newRun();
    const { el, h } = await mount(form(run));
    await h.fillProfessional();
    const submitted = oneEvent(el, 'linkki-submitted');
    const button = getByRole(el, 'button', { name: 'Send referral' }) as HTMLButtonElement;
    button.click();
    button.click();
    const { detail } = await submitted;
    await expectStoredOnce(run, detail);
    expect((await intakeState(run)).attempts).to.equal(1);
  });

  it('the page reloaded mid-send: the new page re-sends the same referral and confirms it', async () => {
    const run = newRun();
    const { el, h } = await mount(form(run, ['late:1500'], { retry: 30, timeout: 5000 }));
    await h.fillProfessional();
    const submit = oneEvent(el, 'linkki-submit');
    await h.press('Send referral');
    const { detail: frozen } = await submit;
    el.remove();
    const again = await fixture<LinkkiReferralForm>(form(run, ['late:1500'], { retry: 30, timeout: 5000 }));
    const submitted = oneEvent(again, 'linkki-submitted');
    await again.updateComplete;
    expect(again.submissionState).to.equal('sending');
    expect((getByRole(again, 'textbox', { name: 'Name' }) as HTMLInputElement).value).to.equal('Aino Esimerkki');
    const { detail } = await submitted;
    expect(detail.referral).to.deep.equal(frozen);
    await confirmed(again);
    await expectStoredOnce(run, detail);
  });

  it('after six failed attempts it waits, and sends again when the browser is back online', async () => {
    const run = newRun();
    const { el, h } = await mount(form(run, ['503', '503', '503', '503', '503', '503'], { retry: 10, timeout: 1500 }));
    await h.fillProfessional();
    const gaveUp = oneEvent(el, 'linkki-error');
    await h.press('Send referral');
    expect((await gaveUp).detail.kind).to.equal('network');
    await el.updateComplete;
    expect(el.submissionState).to.equal('failed');
    expect(el.shadowRoot!.textContent).to.contain('Sending did not succeed. The details are kept on this device.');
    expect(getByRole(el, 'button', { name: 'Send referral' }).hasAttribute('disabled')).to.equal(true);
    const submitted = oneEvent(el, 'linkki-submitted');
    window.dispatchEvent(new Event('online'));
    await expectStoredOnce(run, (await submitted).detail);
  });

  it('"Clear the form" is not offered while a referral is pending, and the outer form\'s reset leaves it alone', async () => {
    const run = newRun();
    sessionStorage.clear();
    const outer = await fixture<HTMLFormElement>(html`<form>${form(run, ['503'], { retry: 60000, timeout: 5000 })}</form>`);
    const el = outer.querySelector('linkki-referral-form') as LinkkiReferralForm;
    const h = new ReferralFormHarness(el);
    await h.fillProfessional();
    await h.press('Send referral');
    await waitUntil(() => el.submissionState === 'waiting', 'no retry', { timeout: 20000 });
    expect(queryByRole(el, 'button', { name: 'Clear the form' })).to.equal(null);
    outer.reset();
    await el.updateComplete;
    expect((getByRole(el, 'textbox', { name: 'Name' }) as HTMLInputElement).value).to.equal('Aino Esimerkki');
    await h.press('Try now');
    await confirmed(el);
    expect((await intakeState(run)).rows).to.have.length(1);
  });

  it('two forms with the same draft key keep their own referrals (host mode)', async () => {
    sessionStorage.clear();
    const pair = await fixture<HTMLDivElement>(html`<div><linkki-referral-form lang="en" draft="none"></linkki-referral-form><linkki-referral-form lang="en" draft="none"></linkki-referral-form></div>`);
    const [a, b] = [...pair.querySelectorAll('linkki-referral-form')] as LinkkiReferralForm[];
    await new ReferralFormHarness(a!).fillProfessional();
    await new ReferralFormHarness(a!).press('Send referral');
    expect(b!.value).to.equal(null);
    const hb = new ReferralFormHarness(b!);
    await hb.fillProfessional();
    await hb.type('Name', 'Bertta Toinen');
    await hb.press('Send referral');
    const fromA = oneEvent(a!, 'linkki-submitted');
    a!.complete('A-1');
    expect((await fromA).detail.referral.person.name).to.equal('Aino Esimerkki');
    const fromB = oneEvent(b!, 'linkki-submitted');
    b!.complete('B-1');
    expect((await fromB).detail.referral.person.name).to.equal('Bertta Toinen');
  });

  it('changing draft while a referral is pending does not strand it', async () => {
    const run = newRun();
    const { el, h } = await mount(form(run, ['503'], { retry: 60000, timeout: 5000 }));
    await h.fillProfessional();
    const submitted = oneEvent(el, 'linkki-submitted');
    await h.press('Send referral');
    await waitUntil(() => el.submissionState === 'waiting', 'no retry', { timeout: 20000 });
    el.draft = 'none';
    await el.updateComplete;
    await h.press('Try now');
    await expectStoredOnce(run, (await submitted).detail);
    expect(sessionStorage.getItem('linkki-referral:professional:outbox')).to.equal(null);
  });

  it('the same draft sent from two windows: the second gets a 409, then goes under a new id', async () => {
    const run = newRun();
    const id = newRun();
    const seed = (name: string) => {
      sessionStorage.clear();
      seedValidDraft('linkki-referral:professional', sessionStorage, { id, name });
    };
    seed('Aino Esimerkki');
    const first = await fixture<LinkkiReferralForm>(form(run));
    const firstSent = oneEvent(first, 'linkki-submitted');
    getByRole(first, 'button', { name: 'Send referral' }).click();
    await firstSent;
    seed('Aino Esimerkki-Toinen');
    const second = await fixture<LinkkiReferralForm>(form(run));
    const refused = oneEvent(second, 'linkki-error');
    getByRole(second, 'button', { name: 'Send referral' }).click();
    expect((await refused).detail).to.deep.include({ kind: 'rejected', status: 409 });
    await second.updateComplete;
    expect(second.shadowRoot!.textContent).to.contain('error 409');
    const secondSent = oneEvent(second, 'linkki-submitted');
    getByRole(second, 'button', { name: 'Send referral' }).click();
    const { detail } = await secondSent;
    expect(detail.referral.id).to.not.equal(id);
    expect((await intakeState(run)).rows.map((r) => r.body.person.name).sort()).to.deep.equal(['Aino Esimerkki', 'Aino Esimerkki-Toinen']);
  });

  it('a final refusal (422) from the service unlocks the form and shows the problem on its field', async () => {
    const run = newRun();
    const { el, h } = await mount(form(run));
    await h.fillProfessional();
    const hopes = getByRole(el, 'textbox', { name: 'What the person hopes for (optional)' }) as HTMLTextAreaElement;
    hopes.value = 'Seuraa\u0000';
    hopes.dispatchEvent(new Event('input'));
    const error = oneEvent(el, 'linkki-error');
    await h.press('Send referral');
    const { detail } = await error;
    expect(detail).to.deep.include({ kind: 'rejected', status: 422 });
    await el.updateComplete;
    expect(hopes.disabled).to.equal(false);
    expect(hopes.getAttribute('aria-invalid')).to.equal('true');
    expect((await intakeState(run)).rows).to.have.length(0);
    await h.type('What the person hopes for (optional)', 'Company');
    await expectStoredOnce(run, await sendAndConfirm(el, h));
  });

  it('draft="none": a pending referral lives in memory for the page and is re-sent on reconnect', async () => {
    const run = newRun();
    const { el, h } = await mount(html`<linkki-referral-form lang="en" draft="none" retry-delay="30" timeout="5000" endpoint=${endpointFor(run, ['late:1500'])}></linkki-referral-form>`);
    await h.fillProfessional();
    await h.press('Send referral');
    expect(sessionStorage.length + localStorage.length).to.equal(0);
    const parent = el.parentElement!;
    el.remove();
    const submitted = oneEvent(el, 'linkki-submitted');
    parent.append(el);
    await expectStoredOnce(run, (await submitted).detail);
  });
});
