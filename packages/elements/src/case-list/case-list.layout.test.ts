import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { expectAccessibleInEveryLocale } from '../../../../test/helpers/a11y.js';
import { expectNoHorizontalOverflow, smallTargets } from '../../../../test/helpers/layout.js';
import { getByRole, queryAllByRole, queryByRole } from '../../../../test/helpers/queries.js';
import { NOW, sampleCases } from './case-list.fixtures.js';
import type { LinkkiCaseList } from './case-list.js';
import './define.js';

const mount = async (cases: unknown[] | undefined, { lang = 'fi', hideTitle = false, level = 2, endpoint = undefined as string | undefined } = {}) => {
  const el = await fixture<LinkkiCaseList>(html`<linkki-case-list
    lang=${lang}
    now=${NOW}
    case-href="#case-{id}"
    heading-level=${level}
    ?hide-title=${hideTitle}
    endpoint=${endpoint ?? ''}
    .authorization=${endpoint ? 'no-such-key' : undefined}
    .cases=${cases}
  ></linkki-case-list>`);
  await el.updateComplete;
  return el;
};

/** A list whose intake cannot be reached: the problem message with "Try again". */
async function failing(lang: string) {
  const el = await mount(undefined, { lang, endpoint: 'http://127.0.0.1:9/api' });
  await waitUntil(() => queryByRole(el, 'alert') ?? el.shadowRoot!.querySelector('[part="error"]'), 'no problem shown', { timeout: 15000 });
  await el.updateComplete;
  return el;
}

describe('<linkki-case-list> on a 320 px phone', () => {
  before(() => setViewport({ width: 320, height: 700 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const lang of ['fi', 'se']) {
    it(`fits in ${lang}: rows as cards, no list, empty or problem state wider than the screen`, async () => {
      const rows = await mount(sampleCases(), { lang });
      expectNoHorizontalOverflow(rows, `rows in ${lang}`);
      expect(getComputedStyle(getByRole(rows, 'table')).display, 'stacked cards').to.equal('block');
      expectNoHorizontalOverflow(await mount([], { lang }), `empty in ${lang}`);
      expectNoHorizontalOverflow(await mount([...sampleCases(), { id: 'broken' }], { lang }), `invalid row in ${lang}`);
      expectNoHorizontalOverflow(await failing(lang), `problem in ${lang}`);
    });
  }

  it('gives every filter, link and button a target of at least 44 × 44 px', async () => {
    const el = await mount(sampleCases());
    expect(smallTargets(el)).to.deep.equal([]);
    expect(smallTargets(await failing('fi')), 'problem').to.deep.equal([]);
  });
});

describe('<linkki-case-list hide-title>', () => {
  it('leaves out its own title, keeps it as the name of the list, and puts the filters at heading-level', async () => {
    const el = await mount(sampleCases(), { lang: 'en', hideTitle: true, level: 3 });
    expect(queryAllByRole(el, 'heading', { name: 'Cases' })).to.have.length(0);
    expect(getByRole(el, 'region', { name: 'Cases' })).to.exist;
    expect(getByRole(el, 'heading', { level: 3, name: 'Narrow the list' })).to.exist;
    expect(queryAllByRole(el, 'heading', { level: 4 })).to.have.length(0);
  });

  it('without hide-title, shows the title at heading-level and the filters one below', async () => {
    const el = await mount(sampleCases(), { lang: 'en', level: 3 });
    expect(getByRole(el, 'heading', { level: 3, name: 'Cases' })).to.exist;
    expect(getByRole(el, 'heading', { level: 4, name: 'Narrow the list' })).to.exist;
  });

  it('passes axe in every locale with the title hidden', async () => {
    await expectAccessibleInEveryLocale(() => html`<linkki-case-list hide-title now=${NOW} .cases=${sampleCases()}></linkki-case-list>`);
  });
});
