import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { expectAccessibleInEveryLocale } from '../../../../test/helpers/a11y.js';
import { expectNoHorizontalOverflow } from '../../../../test/helpers/layout.js';
import { getAllByRole, getByRole, queryByRole } from '../../../../test/helpers/queries.js';
import { countControls, expectTargetsAtLeast44 } from '../../../../test/helpers/targets.js';
import '../swemwbs/define.js';
import '../participation/define.js';
import type { LinkkiSwemwbs } from '../swemwbs/swemwbs.js';
import type { LinkkiParticipation } from '../participation/participation.js';
import { QuestionnaireHarness } from './questionnaire.harness.js';
import { TEST_DEFINITION } from '../participation/participation.fixtures.js';

const ALL_THREES = Object.fromEntries(['optimistic', 'useful', 'relaxed', 'problems', 'thinking', 'close', 'decisions'].map((id) => [id, 3]));
const SWEMWBS_EN = 'Short Warwick-Edinburgh Mental Well-being Scale (SWEMWBS)';
const headings = (el: HTMLElement) => getAllByRole(el, 'heading').map((h) => [h.localName, h.textContent!.trim()]);

describe('questionnaires: hide-title, the shared radios and narrow screens', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('<linkki-swemwbs hide-title>: no title, the region keeps its name, result and review headings at heading-level', async () => {
    const el = await fixture<LinkkiSwemwbs>(html`<linkki-swemwbs lang="en" heading-level="3" hide-title show-result></linkki-swemwbs>`);
    expect(queryByRole(el, 'heading', { name: SWEMWBS_EN })).to.equal(null);
    expect(getByRole(el, 'region', { name: SWEMWBS_EN })).to.exist;
    const h = new QuestionnaireHarness(el);
    await h.answerAll([3, 3, 3, 3, 3, 3, 3]);
    await h.confirm();
    expect(headings(el)).to.deep.equal([['h3', 'Result']]);

    const stepper = await fixture<LinkkiSwemwbs>(html`<linkki-swemwbs lang="en" layout="stepper" heading-level="3" hide-title></linkki-swemwbs>`);
    stepper.answers = ALL_THREES;
    const sh = new QuestionnaireHarness(stepper);
    for (let i = 0; i < 7; i++) await sh.next();
    expect(headings(stepper)).to.deep.equal([['h3', 'Check your answers']]);
  });

  it('without hide-title the title is at heading-level and names the region; the result one below', async () => {
    const el = await fixture<LinkkiSwemwbs>(html`<linkki-swemwbs lang="en" heading-level="3" show-result></linkki-swemwbs>`);
    expect(getByRole(el, 'heading', { name: SWEMWBS_EN, level: 3 })).to.exist;
    expect(getByRole(el, 'region', { name: SWEMWBS_EN })).to.exist;
    await new QuestionnaireHarness(el).answerAll([3, 3, 3, 3, 3, 3, 3]);
    await new QuestionnaireHarness(el).confirm();
    expect(getByRole(el, 'heading', { name: 'Result', level: 4 })).to.exist;
  });

  it('under Sami, hide-title names the region with the Sami title of the instrument', async () => {
    const el = await fixture<LinkkiSwemwbs>(html`<linkki-swemwbs lang="se" hide-title></linkki-swemwbs>`);
    expect(getByRole(el, 'region', { name: 'Mielalaš buresveadjima mihttár (SWEMWBS)' })).to.exist;
    expect(queryByRole(el, 'heading', { level: 2 })).to.equal(null);
  });

  it('<linkki-participation hide-title> names its region with the supplied title', async () => {
    const el = await fixture<LinkkiParticipation>(html`<linkki-participation lang="en" hide-title .instrument=${TEST_DEFINITION}></linkki-participation>`);
    expect(getByRole(el, 'region', { name: TEST_DEFINITION.title })).to.exist;
    expect(queryByRole(el, 'heading')).to.equal(null);
  });

  it('answers are the shared 40 px radios in 44 px targets; every control is at least 44 × 44 px', async () => {
    const el = await fixture<LinkkiSwemwbs>(html`<linkki-swemwbs lang="fi"></linkki-swemwbs>`);
    const radio = getAllByRole(el, 'radio')[0]!;
    const rect = radio.getBoundingClientRect();
    expect([rect.width, rect.height]).to.deep.equal([44, 44]);
    expect(getComputedStyle(radio, '::before').width).to.equal('40px');
    expect(countControls(el)).to.equal(7 * 5 + 1);
    expectTargetsAtLeast44(el, 'swemwbs list');
    await new QuestionnaireHarness(el).confirm();
    expect(getByRole(el, 'alert')).to.exist;
    // An unanswered statement: its radios are drawn red, like a checkbox in an errored group.
    expect(getComputedStyle(radio, '::before').borderTopColor).to.equal('rgb(176, 0, 32)');
    expectTargetsAtLeast44(el, 'swemwbs with errors');

    const stepper = await fixture<LinkkiSwemwbs>(html`<linkki-swemwbs lang="fi" layout="stepper"></linkki-swemwbs>`);
    stepper.answers = ALL_THREES;
    const sh = new QuestionnaireHarness(stepper);
    await sh.next();
    expectTargetsAtLeast44(stepper, 'swemwbs stepper');
    for (let i = 1; i < 7; i++) await sh.next();
    expectTargetsAtLeast44(stepper, 'swemwbs review');

    const participation = await fixture<LinkkiParticipation>(html`<linkki-participation lang="en" .instrument=${TEST_DEFINITION}></linkki-participation>`);
    expectTargetsAtLeast44(participation, 'participation');
    const failed = await fixture<LinkkiParticipation>(html`<linkki-participation lang="en" src="/no-such-instrument.json"></linkki-participation>`);
    await waitUntil(() => queryByRole(failed, 'button'), 'no retry button', { timeout: 10000 });
    expectTargetsAtLeast44(failed, 'participation whose wording could not be loaded');
  });

  for (const lang of ['fi', 'se', 'sms'] as const) {
    it(`nothing runs out sideways at 320 px in ${lang}, with errors shown`, async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await fixture<LinkkiSwemwbs>(html`<linkki-swemwbs lang=${lang}></linkki-swemwbs>`);
      await new QuestionnaireHarness(el).confirm();
      const summary = el.shadowRoot!.querySelector<HTMLElement>('[part="error-summary"]')!;
      expect(summary.scrollWidth).to.be.at.most(summary.clientWidth);
      expectNoHorizontalOverflow(el, `swemwbs in ${lang}`);
    });
  }

  it('with text twice as large (200 % zoom of a 640 px window) the stepper and the list stay inside, in se', async () => {
    await setViewport({ width: 640, height: 800 });
    document.documentElement.style.fontSize = '200%';
    try {
      for (const layout of ['list', 'stepper'] as const) {
        const el = await fixture<LinkkiSwemwbs>(html`<linkki-swemwbs lang="se" layout=${layout} show-result></linkki-swemwbs>`);
        expectNoHorizontalOverflow(el, `swemwbs ${layout} at 2× text`);
      }
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('pass axe in every locale with hide-title', async () => {
    await expectAccessibleInEveryLocale(() => html`<linkki-swemwbs hide-title></linkki-swemwbs>`);
    await expectAccessibleInEveryLocale(() => html`<linkki-participation hide-title .instrument=${TEST_DEFINITION}></linkki-participation>`);
  });
});
