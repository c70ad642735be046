import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { expectAccessibleInEveryLocale } from '../../../../test/helpers/a11y.js';
import { clashingSvgTexts, drawnSvgTextSizes, expectNoHorizontalOverflow, laidOut, smallTargets } from '../../../../test/helpers/layout.js';
import { getAllByRole, getByRole, queryAllByRole } from '../../../../test/helpers/queries.js';
import { sampleReferences, sampleReport } from './evaluation-report.fixtures.js';
import type { LinkkiEvaluationReport } from './evaluation-report.js';
import { EvaluationReportHarness } from './evaluation-report.harness.js';
import './define.js';

const mount = async (report: unknown = sampleReport(), { lang = 'fi', hideTitle = false, level = 2 } = {}) => {
  const el = await fixture<LinkkiEvaluationReport>(html`<linkki-evaluation-report
    lang=${lang}
    heading-level=${level}
    ?hide-title=${hideTitle}
    .report=${report}
    .references=${sampleReferences()}
  ></linkki-evaluation-report>`);
  // The pictures come in their own chunk, a moment after the tables.
  await import('./charts.js');
  await laidOut(el);
  return el;
};

/** The pickers, as a report with an `endpoint` and no period shows them. */
async function pickers(lang: string) {
  const el = await fixture<LinkkiEvaluationReport>(html`<linkki-evaluation-report lang=${lang} endpoint="http://127.0.0.1:9/api" municipality-options="758,320,047,698"></linkki-evaluation-report>`);
  await waitUntil(() => el.shadowRoot!.querySelector('form'), 'the pickers did not load');
  await el.updateComplete;
  return el;
}

describe('<linkki-evaluation-report> on a 320 px phone', () => {
  before(() => setViewport({ width: 320, height: 700 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const lang of ['fi', 'se']) {
    it(`fits in ${lang}: the measures' tables stack, nothing is wider than the screen`, async () => {
      const el = await mount(sampleReport(), { lang });
      expectNoHorizontalOverflow(el, `report in ${lang}`);
      const stacked = el.shadowRoot!.querySelectorAll('table.stacking');
      expect(stacked.length).to.equal(4);
      stacked.forEach((table) => expect(getComputedStyle(table).display).to.equal('block'));
      expectNoHorizontalOverflow(await mount({ version: 2 }, { lang }), `invalid report in ${lang}`);
      expectNoHorizontalOverflow(await pickers(lang), `pickers in ${lang}`);
    });

    it(`draws the charts' text at 12 px or more in ${lang}, no label over another`, async () => {
      const el = await mount(sampleReport(), { lang });
      const sizes = drawnSvgTextSizes(el);
      expect(sizes.length).to.be.greaterThan(20);
      expect(Math.min(...sizes), `text sizes ${[...new Set(sizes.map((s) => s.toFixed(1)))].join(', ')}`).to.be.at.least(12);
      expect(clashingSvgTexts(el)).to.deep.equal([]);
    });
  }

  it('reads a stacked row the same to a screen reader as a wide one (the column names shown are for the eye)', async () => {
    const el = await mount(sampleReport(), { lang: 'en' });
    const h = new EvaluationReportHarness(el);
    const narrow = h.table(/SWEMWBS: scores/);
    await setViewport({ width: 1280, height: 800 });
    try {
      await laidOut(el);
      expect(getComputedStyle(getAllByRole(el, 'table').find((t) => t.classList.contains('stacking'))!).display).to.equal('table');
      expect(h.table(/SWEMWBS: scores/)).to.deep.equal(narrow);
    } finally {
      await setViewport({ width: 320, height: 700 });
    }
  });

  it('gives every picker and button a target of at least 44 × 44 px', async () => {
    expect(smallTargets(await pickers('fi'))).to.deep.equal([]);
    expect(smallTargets(await mount({ version: 2 }))).to.deep.equal([]);
  });
});

describe('<linkki-evaluation-report hide-title>', () => {
  it('leaves out its own title, keeps it as the name of the report, and starts its sections at heading-level', async () => {
    const el = await mount(sampleReport(), { lang: 'en', hideTitle: true, level: 3 });
    expect(queryAllByRole(el, 'heading', { name: 'Wellbeing referral evaluation report' })).to.have.length(0);
    expect(getByRole(el, 'region', { name: 'Wellbeing referral evaluation report' })).to.exist;
    expect(getAllByRole(el, 'heading', { level: 3 }).length).to.be.greaterThan(3);
    expect(queryAllByRole(el, 'heading', { level: 2 })).to.have.length(0);
  });

  it('without hide-title, shows the title at heading-level and the sections one below', async () => {
    const el = await mount(sampleReport(), { lang: 'en', level: 3 });
    expect(getByRole(el, 'heading', { level: 3, name: 'Wellbeing referral evaluation report' })).to.exist;
    expect(queryAllByRole(el, 'heading', { level: 3 })).to.have.length(1);
  });

  it('passes axe in every locale with the title hidden, at 320 px', async () => {
    await setViewport({ width: 320, height: 700 });
    try {
      await expectAccessibleInEveryLocale<LinkkiEvaluationReport>(
        () => html`<linkki-evaluation-report hide-title .report=${sampleReport()} .references=${sampleReferences()}></linkki-evaluation-report>`,
        { prepare: async (el) => { await import('./charts.js'); await laidOut(el); } },
      );
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
