import { expect, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { expectAccessibleInEveryLocale } from '../../../../test/helpers/a11y.js';
import { closeReferral, intakeBaseFor, newRun, planRequests, routeReferral, seedReferral } from '../../../../test/helpers/intake.js';
import { expectNoHorizontalOverflow } from '../../../../test/helpers/layout.js';
import { getAllByRole, getByRole, queryByRole } from '../../../../test/helpers/queries.js';
import { countControls, expectTargetsAtLeast44 } from '../../../../test/helpers/targets.js';
import './define.js';
import type { LinkkiReferralStatus } from './referral-status.js';
import { mountStatus, ReferralStatusHarness } from './referral-status.harness.js';

/** A referral passed on and finished, its feedback shared: every part of the status page shows. */
async function finishedWithFeedback(run: string) {
  const sent = await seedReferral(run);
  await routeReferral(run, sent.id, 'link-worker', '2026-12-04T10:00:00.000Z');
  await closeReferral(run, sent.id, { feedback: 'Hän kävi kuorossa koko kevään ja jatkaa syksyllä.', consent: true, at: '2027-05-28T12:00:00.000Z' });
  return sent;
}

describe('<linkki-referral-status> hide-title, targets and narrow screens', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('hide-title leaves the title out, keeps it as the region name and moves the feedback heading up', async () => {
    const run = newRun();
    const sent = await finishedWithFeedback(run);
    const { el, h } = await mountStatus(html`<linkki-referral-status lang="en" heading-level="3" hide-title endpoint=${intakeBaseFor(run)} token=${sent.statusToken}></linkki-referral-status>`);
    await h.until('shown');
    expect(queryByRole(el, 'heading', { name: 'Where the wellbeing referral stands' })).to.equal(null);
    expect(getByRole(el, 'region', { name: 'Where the wellbeing referral stands' })).to.exist;
    const headings = getAllByRole(el, 'heading').map((x) => [x.localName, x.textContent!.trim()]);
    expect(headings).to.deep.equal([['h3', 'Feedback to the person who made the referral']]);
    expect(el.getAttribute('hide-title')).to.equal('');
  });

  it('without hide-title the title is a heading at heading-level and names the region', async () => {
    const run = newRun();
    const sent = await finishedWithFeedback(run);
    const { el, h } = await mountStatus(html`<linkki-referral-status lang="en" heading-level="3" endpoint=${intakeBaseFor(run)} token=${sent.statusToken}></linkki-referral-status>`);
    await h.until('shown');
    expect(getByRole(el, 'heading', { name: 'Where the wellbeing referral stands', level: 3 })).to.exist;
    expect(getByRole(el, 'region', { name: 'Where the wellbeing referral stands' })).to.exist;
    expect(getByRole(el, 'heading', { name: 'Feedback to the person who made the referral', level: 4 })).to.exist;
  });

  it('with hide-title, "Try again" moves focus to the named status once it shows', async () => {
    const run = newRun();
    const sent = await finishedWithFeedback(run);
    await planRequests(run, ['503']);
    const { el, h } = await mountStatus(html`<linkki-referral-status lang="en" hide-title endpoint=${intakeBaseFor(run)} token=${sent.statusToken}></linkki-referral-status>`);
    await h.until('error');
    // The message keeps its own heading: it is not the element's title.
    expect(getByRole(el, 'heading', { level: 2 })).to.exist;
    await h.press('Try again');
    await h.until('shown');
    await el.updateComplete;
    expect(h.focused()).to.equal(getByRole(el, 'region', { name: 'Where the wellbeing referral stands' }));
  });

  it('every control is at least 44 × 44 px, also while asking before the link is switched off', async () => {
    const run = newRun();
    const sent = await finishedWithFeedback(run);
    const { el, h } = await mountStatus(html`<linkki-referral-status lang="fi" endpoint=${intakeBaseFor(run)} token=${sent.statusToken}></linkki-referral-status>`);
    await h.until('shown');
    expect(countControls(el)).to.equal(1);
    expectTargetsAtLeast44(el, 'status page');
    getByRole(el, 'button', { name: 'Poista linkki käytöstä' }).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(countControls(el)).to.equal(2);
    expectTargetsAtLeast44(el, 'status page, asking');
  });

  for (const lang of ['fi', 'se'] as const) {
    it(`nothing runs out sideways at 320 px in ${lang}`, async () => {
      await setViewport({ width: 320, height: 640 });
      const run = newRun();
      const sent = await finishedWithFeedback(run);
      const { el, h } = await mountStatus(html`<linkki-referral-status lang=${lang} endpoint=${intakeBaseFor(run)} token=${sent.statusToken}></linkki-referral-status>`);
      await h.until('shown');
      expectNoHorizontalOverflow(el, `status in ${lang}`);
      expectTargetsAtLeast44(el, `status in ${lang} at 320 px`);
    });
  }

  it('passes axe in every locale with hide-title', async () => {
    const run = newRun();
    const sent = await finishedWithFeedback(run);
    await expectAccessibleInEveryLocale<LinkkiReferralStatus>(
      () => html`<linkki-referral-status hide-title endpoint=${intakeBaseFor(run)} token=${sent.statusToken}></linkki-referral-status>`,
      { prepare: (el) => new ReferralStatusHarness(el).until('shown') },
    );
  });
});
