import { validateQuestionnaireResponse } from '@linkki/schema';
import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { expectAccessibleInEveryLocale } from '../../../../test/helpers/a11y.js';
import { runFormControlContract } from '../../../../test/helpers/form-control-contract.js';
import { getAllByRole, getByRole, queryAllByRole, queryByRole } from '../../../../test/helpers/queries.js';
import '../swemwbs/define.js';
import type { LinkkiSwemwbs } from '../swemwbs/swemwbs.js';
import { registerStrings } from '../i18n/index.js';
import { QuestionnaireHarness } from './questionnaire.harness.js';

const FIRST_FI = 'Olen tuntenut itseni toiveikkaaksi tulevaisuuden suhteen';
const render = async (markup = html`<linkki-swemwbs lang="fi"></linkki-swemwbs>`) => {
  const el = await fixture<LinkkiSwemwbs>(markup);
  await el.updateComplete;
  return { el, h: new QuestionnaireHarness(el) };
};

describe('questionnaire engine (list layout)', () => {
  it('renders each statement as a fieldset of five native radios with the scale labels', async () => {
    const { el, h } = await render();
    expect(h.statements).to.have.length(7);
    const first = getByRole(el, 'group', { name: new RegExp(FIRST_FI) });
    expect(getAllByRole(first, 'radio').map((r) => r.getAttribute('value'))).to.deep.equal(['1', '2', '3', '4', '5']);
    expect(getByRole(first, 'radio', { name: 'Silloin tällöin' })).to.exist;
    expect(el.complete).to.equal(false);
    expect(el.value).to.equal(null);
  });

  it('fires linkki-changed on each answer and change for form libraries', async () => {
    const { el, h } = await render();
    const change = oneEvent(el, 'linkki-changed');
    const native = oneEvent(el, 'change');
    await h.answer(FIRST_FI, 'Usein');
    const { detail } = await change;
    await native;
    expect(detail).to.deep.equal({ answers: { optimistic: 4 }, complete: false });
  });

  it('completes by keyboard alone and emits a validated response on confirm', async () => {
    const { el, h } = await render();
    getAllByRole(el, 'radio')[0]!.focus();
    // In each statement: arrow right from "En koskaan" twice → "Silloin tällöin" (3); Tab to the next statement.
    for (let i = 0; i < 7; i++) {
      await h.keys('ArrowRight', 'ArrowRight');
      if (i < 6) await h.keys('Tab');
    }
    expect(el.complete).to.equal(true);
    expect(el.score).to.deep.equal({ raw: 21, metric: 19.25 });
    const completed = oneEvent(el, 'linkki-completed');
    await h.keys('Tab', 'Enter');
    const { detail } = await completed;
    expect(validateQuestionnaireResponse(detail).ok).to.equal(true);
    expect(detail).to.include({ language: 'fi', timepoint: 'start' });
    expect(detail.instrument).to.deep.equal({ id: 'swemwbs', version: '1.0' });
    expect(getByRole(el, 'status').textContent).to.equal('');
    await aTimeout(150);
    expect(getByRole(el, 'status').textContent).to.contain('Kiitos');
  });

  it('on confirm with gaps lists the unanswered statements and keeps the answers', async () => {
    const { el, h } = await render(html`<linkki-swemwbs lang="en"></linkki-swemwbs>`);
    await h.answer(/optimistic/, 'Often');
    await h.click('Confirm answers');
    const alert = getByRole(el, 'alert');
    expect(getAllByRole(alert, 'link')).to.have.length(6);
    getByRole(alert, 'link', { name: /Answer statement 2: I’ve been feeling useful/ }).click();
    expect(h.focused()).to.equal(getAllByRole(getByRole(el, 'group', { name: /feeling useful/ }), 'radio')[0]);
    const first = getByRole(el, 'group', { name: /optimistic/ });
    expect((getByRole(first, 'radio', { name: 'Often' }) as HTMLInputElement).checked).to.equal(true);
  });

  it('accepts answers set by property, e.g. to continue an unfinished form', async () => {
    const { el } = await render();
    el.answers = { optimistic: 5, useful: 5, relaxed: 5, problems: 5, thinking: 5, close: 5, decisions: 5 };
    await el.updateComplete;
    expect(el.score).to.deep.equal({ raw: 35, metric: 35 });
    expect(queryAllByRole(el, 'radio').filter((r) => (r as HTMLInputElement).checked)).to.have.length(7);
  });
});

describe('questionnaire engine (stepper layout)', () => {
  it('shows one statement at a time, moves focus to the next legend and announces progress', async () => {
    const { el, h } = await render(html`<linkki-swemwbs lang="fi" layout="stepper"></linkki-swemwbs>`);
    expect(h.statements).to.have.length(1);
    await h.answer(FIRST_FI, 'Usein');
    await h.click('Seuraava');
    await el.updateComplete;
    expect(h.statements[0]!.textContent).to.contain('hyödylliseksi');
    expect(h.focused()?.tagName).to.equal('LEGEND');
    await aTimeout(150);
    expect(getByRole(el, 'status').textContent).to.equal('Väittämä 2/7');
  });

  it('asks for an answer before moving on', async () => {
    const { el, h } = await render(html`<linkki-swemwbs lang="fi" layout="stepper"></linkki-swemwbs>`);
    await h.click('Seuraava');
    expect(h.statements[0]!.textContent).to.contain('toiveikkaaksi');
    expect(h.statements[0]!.getAttribute('aria-describedby')).to.equal('statement-1-error');
    expect(el.shadowRoot!.getElementById('statement-1-error')!.textContent).to.contain('Valitse yksi vaihtoehto.');
  });

  it('goes back, ends on a review with change links, and confirms — all by keyboard', async () => {
    const { el, h } = await render(html`<linkki-swemwbs lang="en" layout="stepper"></linkki-swemwbs>`);
    for (let i = 0; i < 7; i++) {
      getAllByRole(h.statements[0]!, 'radio')[0]!.focus();
      await h.keys('ArrowRight'); // "Rarely" (2)
      await h.keys('Tab', i === 0 ? 'Enter' : 'Tab'); // Next (Back comes first from step 2 on)
      if (i > 0) await h.keys('Enter');
    }
    expect(getByRole(el, 'heading', { name: 'Check your answers' })).to.exist;
    expect(h.focused()?.textContent).to.equal('Check your answers');
    getByRole(el, 'button', { name: 'Change the answer to statement 3' }).click();
    await el.updateComplete;
    await h.answer(/relaxed/, 'All of the time');
    for (let i = 3; i <= 7; i++) await h.click(i === 7 ? 'Check your answers' : 'Next');
    expect(el.score?.raw).to.equal(17);
    const completed = oneEvent(el, 'linkki-completed');
    getByRole(el, 'button', { name: 'Confirm answers' }).focus();
    await h.keys('Enter');
    expect((await completed).detail.answers.relaxed).to.equal(5);
  });
});

describe('questionnaire engine: results, read-only and languages', () => {
  const previous = {
    instrument: { id: 'swemwbs', version: '1.0' },
    language: 'fi',
    timepoint: 'start' as const,
    answers: { optimistic: 3, useful: 3, relaxed: 3, problems: 3, thinking: 3, close: 3, decisions: 3 },
    score: { raw: 21, metric: 19.25 },
    completedAt: '2026-03-01T10:00:00Z',
  };
  const full = { optimistic: 4, useful: 4, relaxed: 4, problems: 4, thinking: 4, close: 4, decisions: 4 };

  it('shows the score, its meaning and the change from the previous response', async () => {
    const { el, h } = await render(html`<linkki-swemwbs lang="en" show-result timepoint="end" .previous=${previous}></linkki-swemwbs>`);
    el.answers = full;
    await el.updateComplete;
    await h.click('Confirm answers');
    const result = getByRole(el, 'region', { name: 'Result' });
    expect(result.textContent).to.contain('25.03 points on a scale of 7–35.');
    expect(result.textContent).to.contain('(At the start, 19.25 points): +5.78');
    expect(result.textContent).to.contain('not a diagnosis');
  });

  it('puts its headings at the level the page asks for', async () => {
    const { el, h } = await render(html`<linkki-swemwbs lang="en" heading-level="3" layout="stepper"></linkki-swemwbs>`);
    expect(getByRole(el, 'heading', { level: 3, name: /SWEMWBS/ })).to.exist;
    el.answers = full;
    await el.updateComplete;
    for (let i = 0; i < 7; i++) await h.next();
    expect(getByRole(el, 'heading', { level: 4, name: 'Check your answers' })).to.exist;
  });

  it('read-only shows the answers as text, without radios', async () => {
    const { el } = await render(html`<linkki-swemwbs lang="fi" readonly></linkki-swemwbs>`);
    el.answers = full;
    await el.updateComplete;
    expect(queryByRole(el, 'radio')).to.equal(null);
    expect(el.shadowRoot!.querySelector('dl')!.textContent).to.contain('Usein');
  });

  it('switches language live, and under Sami shows Sami chrome with labelled Finnish statements', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="fi"><linkki-swemwbs></linkki-swemwbs></div>`);
    const el = wrapper.firstElementChild as LinkkiSwemwbs;
    wrapper.lang = 'en';
    await aTimeout(0);
    await el.updateComplete;
    expect(getByRole(el, 'group', { name: /optimistic about the future/ })).to.exist;
    wrapper.lang = 'se';
    await aTimeout(0);
    await el.updateComplete;
    expect(getByRole(el, 'group', { name: new RegExp(FIRST_FI) })).to.exist;
    const note = el.shadowRoot!.querySelector('[part="items-language"]')!;
    expect(note.textContent).to.not.contain('Väittämät ovat');
    expect(note.textContent).to.contain(el['i18n'].code('language', 'fi'));
    expect(el.shadowRoot!.querySelector('legend .text')!.getAttribute('lang')).to.equal('fi');
    el.answers = full;
    await el.updateComplete;
    expect(el.value!.language).to.equal('fi');
  });

  it('under each Sami language shows the title and instructions in that language, the statements and answers in Finnish', async () => {
    for (const lang of ['se', 'smn', 'sms'] as const) {
      const { el } = await render(html`<linkki-swemwbs lang=${lang}></linkki-swemwbs>`);
      const title = el['i18n'].own('instrumentTitle');
      const instructions = el['i18n'].own('instrumentInstructions');
      expect(title, `${lang} instrumentTitle`).to.be.a('string');
      const heading = getByRole(el, 'heading', { name: title });
      expect(heading.querySelector('[lang]')!.getAttribute('lang')).to.equal(lang);
      const shown = el.shadowRoot!.querySelector('[part="instructions"]')!;
      expect(shown.textContent!.trim()).to.equal(instructions);
      expect(shown.getAttribute('lang')).to.equal(lang);
      expect(el.shadowRoot!.querySelector('[part="items-language"]'), 'the note on the statements’ language stays').to.exist;
      const first = getByRole(el, 'group', { name: new RegExp(FIRST_FI) });
      expect(first.querySelector('legend .text')!.getAttribute('lang')).to.equal('fi');
      for (const option of first.querySelectorAll('label span')) expect(option.getAttribute('lang')).to.equal('fi');
    }
  });

  it('an embedder’s instrumentTitle override shows; without one in the UI language, the instrument’s own title', async () => {
    const { el } = await render(html`<linkki-swemwbs lang="se"></linkki-swemwbs>`);
    const original = { instrumentTitle: el['i18n'].own('instrumentTitle')!, instrumentInstructions: el['i18n'].own('instrumentInstructions')! };
    registerStrings('se', { swemwbs: { instrumentTitle: 'Testa namma', instrumentInstructions: 'Testa rávva' } });
    try {
      await el.updateComplete;
      expect(getByRole(el, 'heading', { name: 'Testa namma' }).querySelector('[lang]')!.getAttribute('lang')).to.equal('se');
      expect(el.shadowRoot!.querySelector('[part="instructions"]')!.textContent!.trim()).to.equal('Testa rávva');
    } finally {
      registerStrings('se', { swemwbs: original });
    }
    const { el: sv } = await render(html`<linkki-swemwbs lang="sv"></linkki-swemwbs>`);
    const heading = getByRole(sv, 'heading', { name: 'Positiivisen mielenterveyden mittari (SWEMWBS)' });
    expect(heading.querySelector('[lang]')!.getAttribute('lang')).to.equal('fi');
    const { el: fi } = await render(html`<linkki-swemwbs lang="fi"></linkki-swemwbs>`);
    expect(fi.shadowRoot!.querySelector('[part="instructions"]')!.getAttribute('lang')).to.equal('fi');
  });

  it('uses an embedder-supplied licensed translation', async () => {
    const { el } = await render(html`<linkki-swemwbs lang="se"></linkki-swemwbs>`);
    const base = (await import('../swemwbs/instrument.js')).SWEMWBS_FI;
    el.instrument = { ...base, language: 'se', title: 'Licensed test wording', items: base.items.map((item, i) => ({ ...item, text: `Test item ${i + 1}` })) };
    await el.updateComplete;
    expect(getByRole(el, 'group', { name: /Test item 7/ })).to.exist;
    expect(el.shadowRoot!.querySelector('[part="items-language"]')).to.equal(null);
  });

  it('shows a designed message instead of a broken form for an unusable definition', async () => {
    const { el } = await render(html`<linkki-swemwbs lang="fi"></linkki-swemwbs>`);
    el.instrument = { ...(await import('../swemwbs/instrument.js')).SWEMWBS_FI, items: [] };
    await el.updateComplete;
    expect(getByRole(el, 'heading', { name: 'Kyselyä ei voitu näyttää' })).to.exist;
    expect(queryByRole(el, 'radio')).to.equal(null);
  });
});

runFormControlContract({
  render: () => html`<linkki-swemwbs name="wellbeing" lang="fi"></linkki-swemwbs>`,
  name: 'wellbeing',
  fill: async (control) => {
    await new QuestionnaireHarness(control as unknown as LinkkiSwemwbs).answerAll([2, 3, 4, 5, 4, 3, 2]);
  },
  expectValue: (submitted) => {
    const response = JSON.parse(submitted);
    expect(validateQuestionnaireResponse(response).ok).to.equal(true);
    expect(response.score.raw).to.equal(23);
  },
  stateOf: (control) => JSON.stringify((control as unknown as LinkkiSwemwbs).answers),
  expectCleared: (control) => {
    expect((control as unknown as LinkkiSwemwbs).answers).to.deep.equal({});
    expect(queryAllByRole(control, 'radio').some((r) => (r as HTMLInputElement).checked)).to.equal(false);
  },
});

describe('questionnaire engine accessibility', () => {
  const answered = async (el: LinkkiSwemwbs) => {
    el.answers = { optimistic: 4, useful: 3, relaxed: 4, problems: 3, thinking: 4, close: 3, decisions: 4 };
    await el.updateComplete;
  };

  it('passes axe in every locale in the list layout, with errors shown', async () => {
    await expectAccessibleInEveryLocale<LinkkiSwemwbs>(() => html`<linkki-swemwbs></linkki-swemwbs>`);
    await expectAccessibleInEveryLocale<LinkkiSwemwbs>(() => html`<linkki-swemwbs></linkki-swemwbs>`, {
      prepare: (el) => new QuestionnaireHarness(el).confirm(),
    });
  });

  it('passes axe in every locale in the stepper layout and its review', async () => {
    await expectAccessibleInEveryLocale<LinkkiSwemwbs>(() => html`<linkki-swemwbs layout="stepper"></linkki-swemwbs>`);
    await expectAccessibleInEveryLocale<LinkkiSwemwbs>(() => html`<linkki-swemwbs layout="stepper"></linkki-swemwbs>`, {
      prepare: async (el) => {
        await answered(el);
        const h = new QuestionnaireHarness(el);
        for (let i = 0; i < 7; i++) await h.next();
      },
    });
  });

  it('passes axe in every locale in the result view', async () => {
    await expectAccessibleInEveryLocale<LinkkiSwemwbs>(() => html`<linkki-swemwbs show-result readonly></linkki-swemwbs>`, { prepare: answered });
  });
});
