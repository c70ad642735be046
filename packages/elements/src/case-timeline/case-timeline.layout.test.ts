import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { expectAccessibleInEveryLocale } from '../../../../test/helpers/a11y.js';
import { clashingSvgTexts, drawnSvgTextSizes, expectNoHorizontalOverflow, laidOut, smallTargets } from '../../../../test/helpers/layout.js';
import { getAllByRole, getByRole, queryAllByRole } from '../../../../test/helpers/queries.js';
import { closedCase, followedUpCase, midwayCase, newCase, sampleCatalogue, sampleReferences } from './case-timeline.fixtures.js';
import type { LinkkiCaseTimeline } from './case-timeline.js';
import { PRINT_ROOT_ATTRIBUTE } from '../shared/print-root.js';
import './define.js';

type Fixture = () => { record: import('@linkki/schema').Case; now: string };

const mount = async (state: Fixture, { lang = 'fi', editable = false, hideTitle = false, level = 2 } = {}) => {
  const { record, now } = state();
  const el = await fixture<LinkkiCaseTimeline>(html`<linkki-case-timeline
    lang=${lang}
    now=${now}
    heading-level=${level}
    ?editable=${editable}
    ?hide-title=${hideTitle}
    .case=${record}
    .catalogue=${sampleCatalogue}
    .references=${sampleReferences}
  ></linkki-case-timeline>`);
  // Names from the catalogue and the chart's drawing load on demand.
  await import('./activity-names.js');
  await import('./wellbeing-svg.js');
  if (editable) {
    await import('./edit/editing.js');
    await waitUntil(() => el.shadowRoot!.querySelector('button[data-form]'), 'edit forms did not load');
  }
  await laidOut(el);
  return el;
};

/** Opens one of the edit forms by its button, as a person would. */
async function open(el: LinkkiCaseTimeline, form: string) {
  el.shadowRoot!.querySelector<HTMLButtonElement>(`button[data-form="${form}"]`)!.click();
  await laidOut(el);
}

const FORMS = ['meeting', 'note', 'activity', 'goals', 'period', 'needs', 'close'];

describe('<linkki-case-timeline> on a 320 px phone', () => {
  before(() => setViewport({ width: 320, height: 700 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const lang of ['fi', 'se']) {
    it(`fits in ${lang}: no sideways scrolling, the SWEMWBS table stacked inside its panel`, async () => {
      for (const state of [followedUpCase, closedCase, midwayCase, newCase]) {
        const el = await mount(state, { lang });
        expectNoHorizontalOverflow(el, `${state.name} in ${lang}`);
      }
      const el = await mount(followedUpCase, { lang });
      const table = getByRole(el, 'table');
      // Stacked: each timepoint a block of its own, its values under it, the cells still cells.
      expect(getComputedStyle(table).display).to.equal('block');
      expect(getAllByRole(el, 'rowheader')).to.have.length(3);
      expect(getAllByRole(el, 'cell')).to.have.length(6);
      const panel = el.shadowRoot!.querySelector('[part="wellbeing"]')!.getBoundingClientRect();
      expect(table.getBoundingClientRect().right).to.be.at.most(panel.right);
    });

    it(`draws the chart's text at 12 px or more in ${lang}, no label over another`, async () => {
      const el = await mount(followedUpCase, { lang });
      const sizes = drawnSvgTextSizes(el);
      expect(sizes.length).to.be.greaterThan(8);
      expect(Math.min(...sizes), `text sizes ${sizes.map((s) => s.toFixed(1)).join(', ')}`).to.be.at.least(12);
      expect(clashingSvgTexts(el)).to.deep.equal([]);
    });

    it(`keeps every edit form and the closure form inside the screen in ${lang}`, async () => {
      const el = await mount(midwayCase, { lang, editable: true });
      for (const form of FORMS) {
        await open(el, form);
        expectNoHorizontalOverflow(el, `the ${form} form in ${lang}`);
      }
    });
  }

  it('keeps the chart table a plain table where there is room', async () => {
    await setViewport({ width: 1280, height: 800 });
    try {
      const el = await mount(followedUpCase);
      expect(getComputedStyle(getByRole(el, 'table')).display).to.equal('table');
      expect(getAllByRole(el, 'columnheader').map((th) => th.textContent!.trim())).to.deep.equal(['Mittauskerta', 'Pisteet', 'Päivämäärä']);
      const sizes = drawnSvgTextSizes(el);
      expect(Math.min(...sizes)).to.be.at.least(12);
      expect(Math.max(...sizes)).to.be.at.most(16);
    } finally {
      await setViewport({ width: 320, height: 700 });
    }
  });
});

describe('<linkki-case-timeline> controls', () => {
  it('gives every button, link, field and choice a target of at least 44 × 44 px, in every form', async () => {
    await setViewport({ width: 320, height: 700 });
    try {
      const el = await mount(midwayCase, { lang: 'fi', editable: true });
      expect(smallTargets(el), 'timeline').to.deep.equal([]);
      for (const form of FORMS) {
        await open(el, form);
        expect(smallTargets(el), form).to.deep.equal([]);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

describe('<linkki-case-timeline hide-title>', () => {
  it('leaves out its own title, keeps it as the name of the timeline, and starts its panels at heading-level', async () => {
    const el = await mount(followedUpCase, { lang: 'en', hideTitle: true, level: 3 });
    expect(queryAllByRole(el, 'heading', { name: 'Wellbeing referral progress' })).to.have.length(0);
    expect(getByRole(el, 'article', { name: 'Wellbeing referral progress' })).to.exist;
    expect(getAllByRole(el, 'heading', { level: 3 }).map((h) => h.textContent!.trim())).to.include.members(['Six months with a link worker', 'Follow-up after three months', 'Wellbeing (SWEMWBS)', 'Events']);
    expect(queryAllByRole(el, 'heading', { level: 2 })).to.have.length(0);
    expect(getAllByRole(el, 'heading', { level: 4 }).length, 'months').to.be.greaterThan(0);
  });

  it('without hide-title, shows the title at heading-level and the panels one below', async () => {
    const el = await mount(followedUpCase, { lang: 'en', level: 3 });
    expect(getByRole(el, 'heading', { level: 3, name: 'Wellbeing referral progress' })).to.exist;
    expect(getAllByRole(el, 'heading', { level: 4 }).map((h) => h.textContent!.trim())).to.include('Events');
  });

  it('passes axe in every locale with the title hidden and a form open', async () => {
    const { record, now } = midwayCase();
    await expectAccessibleInEveryLocale<LinkkiCaseTimeline>(
      () => html`<linkki-case-timeline hide-title editable now=${now} .case=${record} .catalogue=${sampleCatalogue} .references=${sampleReferences}></linkki-case-timeline>`,
      {
        prepare: async (el) => {
          await import('./edit/editing.js');
          await waitUntil(() => el.shadowRoot!.querySelector('button[data-form]'), 'edit forms did not load');
          await open(el, 'close');
        },
      },
    );
  });
});

describe('<linkki-case-timeline> "Print a summary"', () => {
  it('prints the timeline alone, not the host page around it, and puts the page back after printing', async () => {
    const host = await fixture<HTMLDivElement>(html`<div>
      <p id="host-text">Asiakastietojärjestelmän muut tiedot</p>
      <linkki-case-timeline lang="en" now=${closedCase().now} .case=${closedCase().record}></linkki-case-timeline>
    </div>`);
    const el = host.querySelector('linkki-case-timeline') as LinkkiCaseTimeline;
    await el.updateComplete;
    const realPrint = window.print;
    let asked = false;
    window.print = () => {
      asked = el.hasAttribute(PRINT_ROOT_ATTRIBUTE);
    };
    // The print root loads on first use.
    await import('../shared/print-root.js');
    try {
      getByRole(el, 'button', { name: 'Print a summary' }).click();
      await waitUntil(() => asked, 'the timeline is the print root when the dialog opens');
      // On paper, while the dialog is open: the timeline, and nothing of the host page.
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(host.querySelector('#host-text')!).display).to.equal('none');
      expect(getComputedStyle(el).display).to.equal('block');
      dispatchEvent(new Event('afterprint'));
      expect(el.hasAttribute(PRINT_ROOT_ATTRIBUTE)).to.equal(false);
      expect(getComputedStyle(host.querySelector('#host-text')!).display, 'the page is back after printing').to.equal('block');
    } finally {
      window.print = realPrint;
      await emulateMedia({ media: 'screen' });
    }
  });
});
