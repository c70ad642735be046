import { validateQuestionnaireResponse } from '@linkki/schema';
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { expectAccessibleInEveryLocale } from '../../../../test/helpers/a11y.js';
import { runFormControlContract } from '../../../../test/helpers/form-control-contract.js';
import { getAllByRole, getByRole, queryAllByRole, queryByRole } from '../../../../test/helpers/queries.js';
import { QuestionnaireHarness } from '../questionnaire/questionnaire.harness.js';
import './define.js';
import type { LinkkiParticipation } from './participation.js';
import { TEST_DEFINITION } from './participation.fixtures.js';

const fileUrl = (content: unknown) => URL.createObjectURL(new Blob([JSON.stringify(content)], { type: 'application/json' }));

describe('<linkki-participation>', () => {
  it('ships no statements: shows a clear message until the organisation supplies them', async () => {
    const el = await fixture<LinkkiParticipation>(html`<linkki-participation lang="fi"></linkki-participation>`);
    expect(getByRole(el, 'heading', { name: 'Kyselyn väittämät puuttuvat' })).to.exist;
    expect(queryByRole(el, 'radio')).to.equal(null);
    expect(el.value).to.equal(null);
  });

  it('scores ten answers on 0–100 with the supplied wording', async () => {
    const el = await fixture<LinkkiParticipation>(html`<linkki-participation lang="en" .instrument=${TEST_DEFINITION}></linkki-participation>`);
    const h = new QuestionnaireHarness(el);
    expect(h.statements).to.have.length(10);
    await h.answerAll([5, 5, 5, 5, 5, 4, 4, 4, 4, 4]);
    expect(el.score).to.deep.equal({ raw: 45, metric: 87.5 });
    const completed = oneEvent(el, 'linkki-completed');
    await h.confirm();
    const { detail } = await completed;
    expect(validateQuestionnaireResponse(detail).ok).to.equal(true);
    expect(detail.instrument).to.deep.equal({ id: 'esis', version: 'test' });
  });

  it('loads the wording from a file given in src', async () => {
    const el = await fixture<LinkkiParticipation>(html`<linkki-participation lang="en" src=${fileUrl(TEST_DEFINITION)}></linkki-participation>`);
    await waitUntil(() => queryAllByRole(el, 'radio').length === 50, 'statements did not load');
    expect(getByRole(el, 'group', { name: /Test statement 10/ })).to.exist;
    expect(el.shadowRoot!.textContent).to.contain('Test notice supplied with the wording.');
  });

  it('reports an invalid file with linkki-error and shows why no form is shown', async () => {
    const url = fileUrl({ ...TEST_DEFINITION, items: 'not a list' });
    const el = document.createElement('linkki-participation');
    el.lang = 'en';
    const error = oneEvent(el, 'linkki-error');
    el.src = url;
    document.body.append(el);
    const { detail } = await error;
    expect(detail.kind).to.equal('instrument');
    expect(detail.issues[0].path).to.deep.equal(['items']);
    await el.updateComplete;
    expect(getByRole(el, 'heading', { name: 'The questionnaire could not be shown' })).to.exist;
    el.remove();
  });

  it('rejects wording of the wrong shape (not ten statements on five steps)', async () => {
    const el = await fixture<LinkkiParticipation>(html`<linkki-participation lang="en" .instrument=${{ ...TEST_DEFINITION, items: TEST_DEFINITION.items.slice(0, 7) }}></linkki-participation>`);
    expect(getByRole(el, 'heading', { name: 'The questionnaire could not be shown' })).to.exist;
  });

  it('offers a retry when the file cannot be fetched', async () => {
    const el = await fixture<LinkkiParticipation>(html`<linkki-participation lang="en" src="/no-such-instrument.json"></linkki-participation>`);
    await waitUntil(() => queryByRole(el, 'button', { name: 'Try again' }), 'no retry offered');
    expect(getByRole(el, 'heading', { name: 'The questionnaire could not be loaded' })).to.exist;
  });

  it('shows the result with the caution that the scale is for groups', async () => {
    const el = await fixture<LinkkiParticipation>(html`<linkki-participation lang="fi" show-result readonly .instrument=${TEST_DEFINITION}></linkki-participation>`);
    el.answers = Object.fromEntries(TEST_DEFINITION.items.map((item) => [item.id, 3]));
    await el.updateComplete;
    const result = getByRole(el, 'region', { name: 'Tulos' });
    expect(result.textContent).to.contain('50 pistettä asteikolla 0–100.');
    expect(result.textContent).to.contain('THL ei suosittele');
    expect(getAllByRole(el, 'term')).to.have.length(10);
  });

  it('passes axe in every locale: missing wording, form, and result', async () => {
    await expectAccessibleInEveryLocale(() => html`<linkki-participation></linkki-participation>`);
    await expectAccessibleInEveryLocale(() => html`<linkki-participation layout="stepper" .instrument=${TEST_DEFINITION}></linkki-participation>`);
    await expectAccessibleInEveryLocale<LinkkiParticipation>(
      () => html`<linkki-participation show-result readonly .instrument=${TEST_DEFINITION}></linkki-participation>`,
      {
        prepare: async (el) => {
          el.answers = Object.fromEntries(TEST_DEFINITION.items.map((item) => [item.id, 4]));
          await aTimeout(0);
        },
      },
    );
  });
});

runFormControlContract({
  render: () => html`<linkki-participation name="participation" lang="en" .instrument=${TEST_DEFINITION}></linkki-participation>`,
  name: 'participation',
  fill: async (control) => {
    await new QuestionnaireHarness(control as unknown as LinkkiParticipation).answerAll([5, 5, 5, 5, 5, 4, 4, 4, 4, 4]);
  },
  expectValue: (submitted) => {
    const response = JSON.parse(submitted);
    expect(validateQuestionnaireResponse(response).ok).to.equal(true);
    expect(response.score).to.deep.equal({ raw: 45, metric: 87.5 });
  },
  stateOf: (control) => JSON.stringify((control as unknown as LinkkiParticipation).answers),
  expectCleared: (control) => {
    expect((control as unknown as LinkkiParticipation).answers).to.deep.equal({});
    expect(queryAllByRole(control, 'radio').some((r) => (r as HTMLInputElement).checked)).to.equal(false);
  },
});
