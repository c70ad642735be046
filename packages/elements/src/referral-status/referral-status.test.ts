import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessibleInEveryLocale } from '../../../../test/helpers/a11y.js';
import { closeReferral, intakeBaseFor, newRun, planRequests, routeReferral, seedReferral } from '../../../../test/helpers/intake.js';
import { getByRole, queryByRole } from '../../../../test/helpers/queries.js';
import './define.js';
import type { LinkkiReferralStatus, StatusErrorDetail } from './referral-status.js';
import { longDate, mountStatus, ReferralStatusHarness } from './referral-status.harness.js';

/**
 * Against the real @linkki/intake (PGlite in memory, behind test/server/intake-faults.mjs): each
 * test sends a referral with POST /referrals for its token, and routes and closes it through the
 * API with the admin key, as a coordinator and a link worker would.
 */
const statusOf = (run: string, token: string, lang = 'en') =>
  html`<linkki-referral-status lang=${lang} endpoint=${intakeBaseFor(run)} token=${token}></linkki-referral-status>`;

/** GET /status/{token} as anyone holding the link would. */
const httpStatusOf = async (run: string, token: string) => (await fetch(`${intakeBaseFor(run)}/status/${token}`)).status;

const FEEDBACK = 'Hän kävi kuorossa koko kevään ja jatkaa syksyllä.';

describe('<linkki-referral-status> (real intake)', () => {
  it('received: the first stage with its date, the others not yet, and nothing about the person', async () => {
    const run = newRun();
    const sent = await seedReferral(run);
    const { el, h } = await mountStatus(statusOf(run, sent.statusToken));
    const { detail } = await oneEvent(el, 'linkki-status-loaded');
    await el.updateComplete;
    expect(detail).to.include({ reference: sent.reference, stage: 'received' });
    expect(getByRole(el, 'heading', { name: 'Where the wellbeing referral stands', level: 2 })).to.exist;
    expect(h.text()).to.contain(`Reference: ${sent.reference}`);
    expect(h.stages()).to.deep.equal([
      { text: `✓ Received ${longDate(detail.receivedAt)}`, current: true },
      { text: '2 Passed on Not yet', current: false },
      { text: '3 Finished Not yet', current: false },
    ]);
    expect(h.text()).not.to.contain('Aino Esimerkki');
    expect(h.text()).not.to.contain('040 000 0002');
    expect(queryByRole(el, 'heading', { name: 'Feedback to the person who made the referral' })).to.equal(null);
  });

  it('routed: passed on, with the date and where to (a link worker, or directly to an activity)', async () => {
    const run = newRun();
    const toWorker = await seedReferral(run);
    const direct = await seedReferral(run);
    await routeReferral(run, toWorker.id, 'link-worker', '2026-12-04T10:00:00.000Z');
    await routeReferral(run, direct.id, 'direct', '2026-12-05T10:00:00.000Z');

    const worker = await mountStatus(statusOf(run, toWorker.statusToken));
    await worker.h.until('shown');
    expect(worker.h.stages()[1]).to.deep.equal({ text: `✓ Passed on ${longDate('2026-12-04T10:00:00.000Z')} To a link worker`, current: true });
    expect(worker.h.stages()[2]).to.deep.equal({ text: '3 Finished Not yet', current: false });

    const straight = await mountStatus(statusOf(run, direct.statusToken));
    await straight.h.until('shown');
    expect(straight.h.stages()[1]!.text).to.equal(`✓ Passed on ${longDate('2026-12-05T10:00:00.000Z')} Directly to an activity`);
  });

  it('closed: the feedback to the referrer is shown only when the person agreed to share it', async () => {
    const run = newRun();
    const shared = await seedReferral(run);
    const kept = await seedReferral(run);
    for (const { id } of [shared, kept]) await routeReferral(run, id, 'link-worker', '2026-12-04T10:00:00.000Z');
    await closeReferral(run, shared.id, { feedback: FEEDBACK, consent: true, at: '2027-05-28T12:00:00.000Z' });
    await closeReferral(run, kept.id, { feedback: 'Tämä jää tapaukseen.', consent: false, at: '2027-05-29T12:00:00.000Z' });

    const withConsent = await mountStatus(statusOf(run, shared.statusToken));
    const { detail } = await oneEvent(withConsent.el, 'linkki-status-loaded');
    await withConsent.el.updateComplete;
    expect(detail).to.include({ stage: 'closed', feedback: FEEDBACK });
    expect(withConsent.h.stages()[2]).to.deep.equal({ text: `✓ Finished ${longDate('2027-05-28T12:00:00.000Z')}`, current: true });
    const feedback = getByRole(withConsent.el, 'region', { name: 'Feedback to the person who made the referral' });
    expect(feedback.textContent).to.contain(FEEDBACK);
    expect(getByRole(withConsent.el, 'heading', { name: 'Feedback to the person who made the referral', level: 3 })).to.exist;

    const withoutConsent = await mountStatus(statusOf(run, kept.statusToken));
    const { detail: keptDetail } = await oneEvent(withoutConsent.el, 'linkki-status-loaded');
    await withoutConsent.el.updateComplete;
    expect(keptDetail).to.not.have.property('feedback');
    expect(withoutConsent.h.stages()[2]!.text).to.equal(`✓ Finished ${longDate('2027-05-29T12:00:00.000Z')}`);
    expect(queryByRole(withoutConsent.el, 'heading', { name: 'Feedback to the person who made the referral' })).to.equal(null);
    expect(withoutConsent.h.text()).not.to.contain('Tämä jää tapaukseen.');
  });

  it('a referral closed without being passed on shows two stages, not a "not yet" under a finished one', async () => {
    const run = newRun();
    const sent = await seedReferral(run);
    await closeReferral(run, sent.id, { at: '2026-12-10T12:00:00.000Z' });
    const { h } = await mountStatus(statusOf(run, sent.statusToken));
    await h.until('shown');
    expect(h.stages().map((s) => s.text.split(' ').slice(1, 2)[0])).to.deep.equal(['Received', 'Finished']);
  });

  it('"Switch the link off" asks first, then the link shows nothing to anyone', async () => {
    const run = newRun();
    const sent = await seedReferral(run);
    const { el, h } = await mountStatus(statusOf(run, sent.statusToken));
    await h.until('shown');
    await h.press('Switch the link off');
    const question = getByRole(el, 'group', { name: /Switch the link off\? After that, nobody can see/ });
    expect(h.focused()?.id).to.equal('revoke-question');
    expect(question).to.exist;
    await h.press('Cancel');
    expect(queryByRole(el, 'group', { name: /Switch the link off\?/ })).to.equal(null);
    expect(h.focused()).to.equal(getByRole(el, 'button', { name: 'Switch the link off' }));
    expect(await httpStatusOf(run, sent.statusToken)).to.equal(200);

    await h.press('Switch the link off');
    const revoked = oneEvent(el, 'linkki-status-revoked');
    await h.press('Yes, switch it off');
    await revoked;
    await h.until('revoked');
    const heading = getByRole(el, 'heading', { name: 'The link has been switched off' });
    expect(h.focused()).to.equal(heading);
    expect(h.text()).to.contain('Nobody can see the stage of the referral with this link any more.');
    expect(h.text()).not.to.contain(sent.reference);
    expect(await httpStatusOf(run, sent.statusToken)).to.equal(404);
  });

  it('keyboard only: Tab to "Switch the link off", Enter, Tab to "Yes", Enter', async () => {
    const run = newRun();
    const sent = await seedReferral(run);
    const { el, h } = await mountStatus(statusOf(run, sent.statusToken));
    await h.until('shown');
    getByRole(el, 'button', { name: 'Switch the link off' }).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    expect(h.focused()?.id).to.equal('revoke-question');
    await sendKeys({ press: 'Tab' });
    expect(h.focused()?.textContent).to.equal('Yes, switch it off');
    await sendKeys({ press: 'Enter' });
    await h.until('revoked');
    expect(await httpStatusOf(run, sent.statusToken)).to.equal(404);
  });

  it('an unknown or switched-off token: "not in use", in plain words, and linkki-error', async () => {
    const run = newRun();
    const { el, h } = await mountStatus(statusOf(run, 'A'.repeat(43)));
    const { detail } = (await oneEvent(el, 'linkki-error')) as CustomEvent<StatusErrorDetail>;
    await el.updateComplete;
    expect(detail).to.deep.equal({ kind: 'not-found', issues: [], status: 404 });
    expect(el.state).to.equal('not-found');
    expect(getByRole(el, 'heading', { name: 'This link is not in use' })).to.exist;
    expect(h.text()).to.contain('To find out how the referral is going, ask the person who made it.');
    expect(queryByRole(el, 'button')).to.equal(null);
  });

  it('503, then "Try again" shows the status and moves focus to it', async () => {
    const run = newRun();
    const sent = await seedReferral(run);
    await planRequests(run, ['503']);
    const { el, h } = await mountStatus(statusOf(run, sent.statusToken));
    const { detail } = (await oneEvent(el, 'linkki-error')) as CustomEvent<StatusErrorDetail>;
    expect(detail).to.deep.equal({ kind: 'network', issues: [], status: 503 });
    await h.until('error');
    expect(getByRole(el, 'heading', { name: 'The details could not be fetched' })).to.exist;
    expect(h.text()).to.contain('The service is not answering right now. Try again in a moment.');
    const loaded = oneEvent(el, 'linkki-status-loaded');
    await h.press('Try again');
    await loaded;
    await h.until('shown');
    expect(h.focused()).to.equal(getByRole(el, 'heading', { name: 'Where the wellbeing referral stands' }));
  });

  it('no answer in time: says to check the connection, and tries again when asked', async () => {
    const run = newRun();
    const sent = await seedReferral(run);
    await planRequests(run, ['slow:1500']);
    const { h } = await mountStatus(html`<linkki-referral-status lang="en" timeout="400" endpoint=${intakeBaseFor(run)} token=${sent.statusToken}></linkki-referral-status>`);
    await h.until('error');
    expect(h.text()).to.contain('The connection is not working right now. Check that the device is online and try again.');
    await h.press('Try again');
    await h.until('shown');
  });

  it('reads the token from the address and takes it out of the address bar', async () => {
    const run = newRun();
    const sent = await seedReferral(run);
    const before = `${location.pathname}${location.search}`;
    history.replaceState(null, '', `${before}#${sent.statusToken}`);
    const { el, h } = await mountStatus(html`<linkki-referral-status lang="en" endpoint=${intakeBaseFor(run)}></linkki-referral-status>`);
    expect(location.hash).to.equal('');
    expect(location.href).not.to.contain(sent.statusToken);
    await h.until('shown');
    expect(el.status?.reference).to.equal(sent.reference);
  });

  it('without a token anywhere: the link is incomplete, and nothing is requested', async () => {
    const run = newRun();
    const { el, h } = await mountStatus(html`<linkki-referral-status lang="en" endpoint=${intakeBaseFor(run)}></linkki-referral-status>`);
    await h.until('missing');
    expect(getByRole(el, 'heading', { name: 'The link is incomplete' })).to.exist;
    expect(h.text()).to.contain('Open the link again in full, exactly as you received it.');
  });

  describe('axe in every locale', () => {
    let run: string;
    let closedToken: string;
    before(async () => {
      run = newRun();
      const sent = await seedReferral(run);
      await routeReferral(run, sent.id);
      await closeReferral(run, sent.id, { feedback: FEEDBACK, consent: true });
      closedToken = sent.statusToken;
    });
    const mounted = () => html`<linkki-referral-status endpoint=${intakeBaseFor(run)} token=${closedToken}></linkki-referral-status>`;

    it('loading', async () => {
      const slow = newRun();
      await planRequests(slow, Array(6).fill('slow:1500'));
      await expectAccessibleInEveryLocale<LinkkiReferralStatus>(() => html`<linkki-referral-status endpoint=${intakeBaseFor(slow)} token=${'B'.repeat(43)}></linkki-referral-status>`, {
        prepare: (el) => {
          expect(el.state).to.equal('loading');
        },
      });
    });

    it('shown, closed with feedback', async () => {
      await expectAccessibleInEveryLocale<LinkkiReferralStatus>(mounted, { prepare: (el) => new ReferralStatusHarness(el).until('shown') });
    });

    it('asking before switching the link off', async () => {
      await expectAccessibleInEveryLocale<LinkkiReferralStatus>(mounted, {
        prepare: async (el) => {
          await new ReferralStatusHarness(el).until('shown');
          el.shadowRoot!.querySelector<HTMLButtonElement>('#revoke')!.click();
          await el.updateComplete;
          expect(queryByRole(el, 'group')).to.exist;
        },
      });
    });

    it('switched off', async () => {
      const tokens: string[] = [];
      for (let i = 0; i < 6; i += 1) tokens.push((await seedReferral(run)).statusToken);
      await expectAccessibleInEveryLocale<LinkkiReferralStatus>(() => html`<linkki-referral-status endpoint=${intakeBaseFor(run)} token=${tokens.shift()!}></linkki-referral-status>`, {
        prepare: async (el) => {
          const h = new ReferralStatusHarness(el);
          await h.until('shown');
          el.shadowRoot!.querySelector<HTMLButtonElement>('#revoke')!.click();
          await el.updateComplete;
          getByRole(el, 'group').querySelector('button')!.click();
          await h.until('revoked');
        },
      });
    });

    it('not in use', async () => {
      const unknown = newRun();
      await expectAccessibleInEveryLocale<LinkkiReferralStatus>(() => html`<linkki-referral-status endpoint=${intakeBaseFor(unknown)} token=${'C'.repeat(43)}></linkki-referral-status>`, {
        prepare: (el) => new ReferralStatusHarness(el).until('not-found'),
      });
    });

    it('incomplete link', async () => {
      await expectAccessibleInEveryLocale<LinkkiReferralStatus>(() => html`<linkki-referral-status endpoint=${intakeBaseFor(run)}></linkki-referral-status>`, {
        prepare: (el) => new ReferralStatusHarness(el).until('missing'),
      });
    });

    it('no connection, with "try again"', async () => {
      const failing = newRun();
      await planRequests(failing, Array(6).fill('503'));
      await expectAccessibleInEveryLocale<LinkkiReferralStatus>(() => html`<linkki-referral-status endpoint=${intakeBaseFor(failing)} token=${closedToken}></linkki-referral-status>`, {
        prepare: (el) => new ReferralStatusHarness(el).until('error'),
      });
    });
  });
});
