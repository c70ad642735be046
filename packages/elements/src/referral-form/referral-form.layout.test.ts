import { expect, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { expectAccessibleInEveryLocale } from '../../../../test/helpers/a11y.js';
import { endpointFor, newRun } from '../../../../test/helpers/intake.js';
import { expectNoHorizontalOverflow } from '../../../../test/helpers/layout.js';
import { getAllByRole, getByRole, queryByRole } from '../../../../test/helpers/queries.js';
import { countControls, expectTargetsAtLeast44 } from '../../../../test/helpers/targets.js';
import './define.js';
import '../swemwbs/define.js';
import type { LinkkiReferralForm } from './referral-form.js';
import { confirmed, mount } from './referral-form.harness.js';

/** The headings of the form and of the questionnaire inside it, as [tag, text]. */
async function outline(el: LinkkiReferralForm) {
  const swemwbs = el.shadowRoot!.querySelector('linkki-swemwbs');
  await swemwbs?.updateComplete;
  return getAllByRole(el, 'heading').map((h) => [h.localName, h.textContent!.trim()]);
}

const submitEmpty = async (el: LinkkiReferralForm) => {
  getByRole(el, 'button', { name: 'Send referral' }).click();
  await el.updateComplete;
};

describe('<linkki-referral-form> hide-title, controls and narrow screens', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('without hide-title: the title at heading-level, sections one below, the questionnaire two below', async () => {
    const { el } = await mount(html`<linkki-referral-form lang="en" with-swemwbs heading-level="2"></linkki-referral-form>`);
    expect(await outline(el)).to.deep.equal([
      ['h2', 'Wellbeing referral'],
      ['h3', 'Who is making the referral'],
      ['h3', 'The person being referred'],
      ['h3', 'Why the referral is made'],
      ['h3', 'Wellbeing at the start (optional)'],
      ['h4', 'Short Warwick-Edinburgh Mental Well-being Scale (SWEMWBS)'],
    ]);
    expect(getByRole(el, 'form', { name: 'Wellbeing referral' })).to.exist;
  });

  it('hide-title: no title, the form keeps it as its name, sections start at heading-level', async () => {
    const { el } = await mount(html`<linkki-referral-form lang="en" with-swemwbs heading-level="2" hide-title></linkki-referral-form>`);
    expect(await outline(el)).to.deep.equal([
      ['h2', 'Who is making the referral'],
      ['h2', 'The person being referred'],
      ['h2', 'Why the referral is made'],
      ['h2', 'Wellbeing at the start (optional)'],
      ['h3', 'Short Warwick-Edinburgh Mental Well-being Scale (SWEMWBS)'],
    ]);
    expect(getByRole(el, 'form', { name: 'Wellbeing referral' })).to.exist;
    expect(queryByRole(el, 'heading', { name: 'Wellbeing referral' })).to.equal(null);
  });

  it('hide-title in self-referral names the form in the "you" wording, and the confirmation still has its heading', async () => {
    const run = newRun();
    const { el, h } = await mount(html`<linkki-referral-form lang="en" mode="self" hide-title privacy-notice="/tietosuoja.html" endpoint=${endpointFor(run)}></linkki-referral-form>`);
    expect(getByRole(el, 'form', { name: 'Apply for a wellbeing referral' })).to.exist;
    await h.fillPerson('Your name');
    await h.check('I agree that my details are used for this application');
    await h.press('Send application');
    await waitUntil(() => queryByRole(el, 'heading', { name: 'Your application has been received' }), 'no confirmation', { timeout: 20000 });
    expect(getByRole(el, 'heading', { name: 'Your application has been received', level: 2 })).to.exist;
  });

  it('every control is at least 44 × 44 px: empty, with errors, with "other" open, in self-referral and on the confirmation', async () => {
    const run = newRun();
    const { el, h } = await mount(html`<linkki-referral-form lang="en" with-swemwbs endpoint=${endpointFor(run)} status-page="/tila.html"></linkki-referral-form>`);
    await el.shadowRoot!.querySelector('linkki-swemwbs')!.updateComplete;
    expectTargetsAtLeast44(el, 'empty form');
    expect(countControls(el)).to.be.greaterThan(40);
    await submitEmpty(el);
    expect(getAllByRole(getByRole(el, 'alert'), 'link').length).to.be.greaterThan(2);
    expectTargetsAtLeast44(el, 'form with errors');
    await h.check('Other reason');
    expectTargetsAtLeast44(el, 'form with "other" open');
    await h.check('Other reason');
    await h.fillProfessional();
    await h.press('Send referral');
    await confirmed(el);
    await waitUntil(() => queryByRole(el, 'link', { name: /Open the link/ }), 'no status link', { timeout: 10000 });
    expectTargetsAtLeast44(el, 'confirmation with the status link');

    const self = await mount(html`<linkki-referral-form lang="en" mode="self" privacy-notice="/tietosuoja.html"></linkki-referral-form>`);
    expect(getByRole(self.el, 'link', { name: /Privacy notice/ })).to.exist;
    expectTargetsAtLeast44(self.el, 'self-referral');
  });

  it('every control is at least 44 × 44 px while a referral waits to be sent again, and when asking before clearing', async () => {
    const run = newRun();
    const { el, h } = await mount(html`<linkki-referral-form lang="en" endpoint=${endpointFor(run, ['503'])} retry-delay="60000"></linkki-referral-form>`);
    await h.press('Clear the form');
    expect(getByRole(el, 'group', { name: /Clear/ })).to.exist;
    expectTargetsAtLeast44(el, 'asking before clearing');
    await h.press('Cancel');
    await h.fillProfessional();
    await h.press('Send referral');
    await waitUntil(() => el.submissionState === 'waiting', 'no retry waiting', { timeout: 20000 });
    expect(getByRole(el, 'button', { name: 'Try now' })).to.exist;
    expectTargetsAtLeast44(el, 'waiting to send again');
  });

  it('an invalid field gets the red, thicker border; its group the red bar', async () => {
    const { el } = await mount();
    const name = getByRole(el, 'textbox', { name: 'Name' });
    expect(getComputedStyle(name).borderTopWidth).to.equal('2px');
    await submitEmpty(el);
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    expect(getComputedStyle(name).borderTopWidth).to.equal('4px');
    expect(getComputedStyle(name).borderTopColor).to.equal('rgb(176, 0, 32)');
    const reasons = getByRole(el, 'group', { name: 'Reasons (you can choose more than one)' }).parentElement!;
    expect(getComputedStyle(reasons).borderInlineStartColor).to.equal('rgb(176, 0, 32)');
    const consent = getByRole(el, 'checkbox', { name: 'The person has agreed to the referral' });
    expect(getComputedStyle(consent, '::before').borderTopColor).to.equal('rgb(176, 0, 32)');
  });

  for (const lang of ['se', 'fi', 'smn', 'sms'] as const) {
    it(`at 320 px in ${lang} the error summary and the form stay inside the screen`, async () => {
      await setViewport({ width: 320, height: 640 });
      const { el } = await mount(html`<linkki-referral-form lang=${lang} with-swemwbs></linkki-referral-form>`);
      await el.shadowRoot!.querySelector('linkki-swemwbs')!.updateComplete;
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
      await el.updateComplete;
      const summary = el.shadowRoot!.querySelector<HTMLElement>('[part="error-summary"]')!;
      expect(getByRole(el, 'alert')).to.exist;
      expect(summary.scrollWidth, `${lang}: summary ${summary.scrollWidth} px of content in ${summary.clientWidth} px`).to.be.at.most(summary.clientWidth);
      expectNoHorizontalOverflow(el, `referral form with errors in ${lang}`);
      expectTargetsAtLeast44(el, `referral form at 320 px in ${lang}`);
    });
  }

  it('with text twice as large (200 % zoom of a 640 px window) nothing runs out sideways, in se with errors', async () => {
    await setViewport({ width: 640, height: 800 });
    document.documentElement.style.fontSize = '200%';
    try {
      const { el } = await mount(html`<linkki-referral-form lang="se" with-swemwbs></linkki-referral-form>`);
      await el.shadowRoot!.querySelector('linkki-swemwbs')!.updateComplete;
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
      await el.updateComplete;
      expect(parseFloat(getComputedStyle(getByRole(el, 'alert')).fontSize)).to.be.at.least(36);
      expectNoHorizontalOverflow(el, 'referral form at 2× text in se');
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('passes axe in every locale with hide-title, before and after a failed submit', async () => {
    await expectAccessibleInEveryLocale(() => html`<linkki-referral-form hide-title draft="none"></linkki-referral-form>`);
    await expectAccessibleInEveryLocale<LinkkiReferralForm>(() => html`<linkki-referral-form hide-title draft="none"></linkki-referral-form>`, {
      prepare: async (el) => {
        el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
        await el.updateComplete;
      },
    });
  });
});
