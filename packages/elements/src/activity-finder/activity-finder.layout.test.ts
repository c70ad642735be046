import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { expectAccessibleInEveryLocale } from '../../../../test/helpers/a11y.js';
import { getAllByRole, getByRole, queryAllByRole, queryByRole } from '../../../../test/helpers/queries.js';
import { countControls, smallControls } from '../../../../test/helpers/targets.js';
import { PRINT_ROOT_ATTRIBUTE } from '../shared/print-root.js';
import { sampleActivities } from './activity-finder.fixtures.js';
import type { LinkkiActivityFinder } from './activity-finder.js';
import './define.js';

const TODAY = '2026-11-24';
/** The demo's fictional catalogue (220 activities): the real names, places and organisations a municipality shows. */
const catalogue: Promise<unknown[]> = fetch(new URL('../../../../examples/data/catalogue.json', import.meta.url))
  .then((r) => r.json())
  .then((c: { activities: unknown[] }) => c.activities);

/** UI strings the tests press, by language. */
const WORDS = {
  fi: { large: 'Suuri teksti', filters: 'Rajaa hakua', municipality: 'Kunta', add: /^Lisää valittuihin/, print: 'Tulosta valitut', chosen: /^Valitut/ },
  se: { large: 'Stuorra teaksta', filters: 'Ráddje ohcama', municipality: 'Gielda', add: /^Lasit válljejuvvon doaimmaide/, print: 'Čálit válljejuvvon doaimmaid', chosen: /^Válljejuvvon/ },
  en: { large: 'Large text', filters: 'Narrow the search', municipality: 'Municipality', add: /^Add to chosen/, print: 'Print the chosen', chosen: /^Chosen/ },
} as const;
type Lang = keyof typeof WORDS;

interface Mount {
  lang?: Lang;
  mode?: 'citizen' | 'link-worker';
  activities?: unknown[];
  hideTitle?: boolean;
  headingLevel?: number;
}

async function mount(options: Mount = {}, parent?: HTMLElement) {
  const lang = options.lang ?? 'en';
  const template = html`<linkki-activity-finder
    lang=${lang}
    today=${TODAY}
    mode=${options.mode ?? 'citizen'}
    municipality="758"
    heading-level=${options.headingLevel ?? 2}
    ?hide-title=${options.hideTitle}
    .activities=${options.activities ?? sampleActivities}
  ></linkki-activity-finder>`;
  let el: LinkkiActivityFinder;
  if (parent) {
    render(template, parent);
    el = parent.querySelector('linkki-activity-finder')!;
  } else el = await fixture<LinkkiActivityFinder>(template);
  await waitUntil(() => queryAllByRole(el, 'article').length > 0, 'no results', { timeout: 15000 });
  // The first results come over three frames: the first cards, the filters, the rest of the cards.
  await waitUntil(() => el.shadowRoot!.querySelector('[part="filters"]'), 'no filters');
  await new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted)));
  if (options.mode === 'link-worker') await waitUntil(() => queryByRole(el, 'heading', { name: WORDS[lang].chosen }), 'no shortlist');
  // The first results are drawn over two frames; the element's width is measured after layout.
  await aTimeout(100);
  await el.updateComplete;
  return el;
}

async function press(el: LinkkiActivityFinder, name: string | RegExp, role = 'button') {
  (getByRole(el, role, { name }) as HTMLElement).click();
  await el.updateComplete;
  await aTimeout(30);
  await el.updateComplete;
}

/** Opens the folded filter panel of a narrow finder. */
async function openFilters(el: LinkkiActivityFinder, lang: Lang) {
  const toggle = getByRole(el, 'button', { name: new RegExp(`^${WORDS[lang].filters}`), expanded: false });
  toggle.click();
  await el.updateComplete;
}

/** The page is no wider than the window, and no heading or card title is wider than its box. */
function expectNoOverflow(el: LinkkiActivityFinder, what: string) {
  expect(document.scrollingElement!.scrollWidth, `${what}: page width`).to.be.at.most(innerWidth);
  const titles = [...getAllByRole(el, 'heading'), ...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="shortlist-card"] > *')];
  for (const title of titles) {
    expect(title.scrollWidth, `${what}: "${title.textContent!.trim()}" ${title.scrollWidth} px in a ${title.clientWidth} px box`).to.be.at.most(title.clientWidth);
    expect(title.getBoundingClientRect().right, `${what}: "${title.textContent!.trim()}" leaves the finder`).to.be.at.most(el.getBoundingClientRect().right + 0.5);
  }
  for (const card of el.shadowRoot!.querySelectorAll<HTMLElement>('[part="result"], [part="shortlist-card"]')) {
    expect(card.scrollWidth, `${what}: a card's content is wider than the card`).to.be.at.most(card.clientWidth);
  }
}

const resetViewport = () => setViewport({ width: 800, height: 600 });

describe('<linkki-activity-finder> at 320 px', () => {
  afterEach(resetViewport);

  for (const lang of ['fi', 'se'] as const) {
    for (const large of [false, true]) {
      it(`does not scroll sideways in ${lang}${large ? ' with large text' : ''}: results, open filters, shortlist and details`, async () => {
        await setViewport({ width: 320, height: 640 });
        const el = await mount({ lang, mode: 'link-worker', activities: await catalogue });
        if (large) await press(el, WORDS[lang].large);
        expect(getByRole(el, 'button', { name: WORDS[lang].large }).getAttribute('aria-pressed')).to.equal(String(large));
        expectNoOverflow(el, 'results');
        // The longest names of the catalogue, and Sami ones, on the shortlist.
        for (const button of getAllByRole(el, 'button', { name: WORDS[lang].add }).slice(0, 3)) button.click();
        await el.updateComplete;
        await openFilters(el, lang);
        expect(getAllByRole(el, 'group').length).to.be.greaterThan(0);
        expect(el.shadowRoot!.querySelectorAll('[part="shortlist-card"]')).to.have.length(3);
        expectNoOverflow(el, 'shortlist and filters');
        getAllByRole(el, 'button', { name: /^(Show details|Näytä tiedot|Čájet dieđuid)/ })[0]!.click();
        await waitUntil(() => el.shadowRoot!.querySelector('[part="details"]'), 'no details');
        await el.updateComplete;
        expectNoOverflow(el, 'details');
      });
    }
  }

  it('lets a heading of one long word wrap inside its card (Sauvakävelyporukka in large text)', async () => {
    await setViewport({ width: 320, height: 640 });
    const long = { ...sampleActivities[0]!, id: 'long', name: { fi: 'Sauvakävelyporukka, Kirkonkylä' } };
    const el = await mount({ lang: 'se', mode: 'link-worker', activities: [long] });
    await press(el, WORDS.se.large);
    const title = getByRole(el, 'heading', { name: /Sauvakävelyporukka/ });
    // A Finnish name in the Northern Sami finder is marked as Finnish.
    expect(title.querySelector('[lang]')?.getAttribute('lang')).to.equal('fi');
    expect(title.getBoundingClientRect().height).to.be.greaterThan(parseFloat(getComputedStyle(title).lineHeight) * 1.5);
    expectNoOverflow(el, 'long word');
  });
});

describe('<linkki-activity-finder> on a phone: filters after the results', () => {
  afterEach(resetViewport);

  it('folds the filters into one closed disclosure, so the first result is on the first screen', async () => {
    await setViewport({ width: 320, height: 568 });
    const el = await mount({ lang: 'fi', activities: await catalogue });
    // The municipality of the page is chosen from the start, and the button says so.
    const toggle = getByRole(el, 'button', { name: 'Rajaa hakua 1 rajaus valittu', expanded: false });
    expect(toggle.closest('h3'), 'the button is the filter heading').to.exist;
    expect(queryByRole(el, 'group', { name: 'Kunta' }), 'closed filters are out of reach').to.equal(null);
    const first = getAllByRole(el, 'article')[0]!;
    expect(first.getBoundingClientRect().top, 'first result starts on the first screen').to.be.below(innerHeight);
    expect(getByRole(el, 'heading', { name: /toimintaa löytyi/ }).getBoundingClientRect().bottom).to.be.below(innerHeight);

    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const municipalities = getByRole(el, 'group', { name: 'Kunta' });
    (getByRole(municipalities, 'checkbox', { name: /^Inari/ }) as HTMLInputElement).click();
    await waitUntil(() => queryByRole(el, 'button', { name: /^Rajaa hakua 2 rajausta valittu$/ }), 'the count of chosen filters is in the button');
    toggle.click();
    await el.updateComplete;
    expect(getByRole(el, 'button', { name: /^Rajaa hakua 2 rajausta valittu$/, expanded: false })).to.equal(toggle);
  });

  it('keeps the filter panel open beside the results on a wide finder', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await mount({ lang: 'fi' });
    expect(queryByRole(el, 'button', { name: /^Rajaa hakua/ })).to.equal(null);
    expect(getByRole(el, 'heading', { name: 'Rajaa hakua' })).to.exist;
    expect(getByRole(el, 'group', { name: 'Kunta' })).to.exist;
    const filters = getByRole(el, 'region', { name: 'Rajaa hakua' }).getBoundingClientRect();
    const results = getAllByRole(el, 'article')[0]!.getBoundingClientRect();
    expect(results.left, 'results beside the filters').to.be.greaterThan(filters.right);
  });

  it('marks each filter group as a disclosure: a chevron that turns when open, seen in forced colours, 44 px tall', async () => {
    const el = await mount({ lang: 'en' });
    const summaries = [...el.shadowRoot!.querySelectorAll('summary')];
    expect(summaries.length).to.be.greaterThan(3);
    const closed = summaries.find((s) => !(s.parentElement as HTMLDetailsElement).open)!;
    const open = summaries.find((s) => (s.parentElement as HTMLDetailsElement).open)!;
    const marker = (s: Element) => getComputedStyle(s, '::before');
    for (const summary of [closed, open]) {
      expect(summary.getBoundingClientRect().height).to.be.at.least(44);
      expect(marker(summary).content).to.equal('""');
      expect(parseFloat(marker(summary).borderTopWidth)).to.be.at.least(2);
      expect(parseFloat(marker(summary).width)).to.be.at.least(8);
    }
    expect(marker(closed).transform).to.not.equal(marker(open).transform);
    closed.click();
    await el.updateComplete;
    await aTimeout(300); // the turn is animated
    expect(marker(closed).transform).to.equal(marker(open).transform);

    await emulateMedia({ forcedColors: 'active' });
    try {
      const style = marker(open);
      expect(style.borderTopColor, 'the chevron takes the text colour of the forced palette').to.equal(getComputedStyle(open).color);
      expect(style.borderTopColor).to.not.equal('rgba(0, 0, 0, 0)');
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });

  it('passes axe in every locale at 320 px with the filters folded and open', async () => {
    await setViewport({ width: 320, height: 640 });
    await expectAccessibleInEveryLocale<LinkkiActivityFinder>(
      () => html`<linkki-activity-finder today=${TODAY} mode="link-worker" .activities=${sampleActivities}></linkki-activity-finder>`,
      {
        prepare: async (el) => {
          await waitUntil(() => queryAllByRole(el, 'article').length > 0, 'no results', { timeout: 15000 });
          await waitUntil(() => el.shadowRoot!.querySelector('[part="filters"]'), 'no filters');
          await aTimeout(50);
          await el.updateComplete;
          await expect(el).to.be.accessible();
          const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-expanded="false"]')!;
          toggle.click();
        },
      },
    );
  });
});

describe('<linkki-activity-finder> touch targets', () => {
  afterEach(resetViewport);

  for (const width of [320, 1280]) {
    it(`makes every control at least 44 × 44 px at ${width} px: search, filters, results, shortlist, details`, async () => {
      await setViewport({ width, height: 800 });
      const el = await mount({ lang: 'fi', mode: 'link-worker' });
      if (width === 320) await openFilters(el, 'fi');
      for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
      getAllByRole(el, 'button', { name: WORDS.fi.add })[0]!.click();
      await el.updateComplete;
      expect(countControls(el)).to.be.greaterThan(20);
      expect(smallControls(el)).to.deep.equal([]);
      getByRole(el, 'button', { name: 'Näytä tiedot: Kylätalon lauluryhmä' }).click();
      await waitUntil(() => el.shadowRoot!.querySelector('[part="details"]'), 'no details');
      expect(smallControls(el, { exemptInlineLinks: false })).to.deep.equal([]);
    });
  }
});

describe('<linkki-activity-finder hide-title>', () => {
  it('leaves out its title, keeps it as the name of its region and starts its sections at heading-level', async () => {
    const el = await mount({ lang: 'fi', hideTitle: true, headingLevel: 3 });
    expect(queryByRole(el, 'heading', { name: 'Löydä mieluisaa tekemistä' })).to.equal(null);
    expect(getByRole(el, 'region', { name: 'Löydä mieluisaa tekemistä' })).to.exist;
    expect(getByRole(el, 'heading', { name: /toimintaa löytyi/, level: 3 })).to.exist;
    expect(getByRole(el, 'heading', { name: 'Rajaa hakua', level: 3 })).to.exist;
    expect(getAllByRole(el, 'article')[0]!.querySelector('h4')).to.exist;
  });

  it('shows its title at heading-level and its sections one below without it', async () => {
    const el = await mount({ lang: 'fi', headingLevel: 3 });
    expect(getByRole(el, 'heading', { name: 'Löydä mieluisaa tekemistä', level: 3 })).to.exist;
    expect(getByRole(el, 'region', { name: 'Löydä mieluisaa tekemistä' })).to.exist;
    expect(getByRole(el, 'heading', { name: /toimintaa löytyi/, level: 4 })).to.exist;
  });

  it('passes axe in every locale with the title hidden', async () => {
    await expectAccessibleInEveryLocale<LinkkiActivityFinder>(
      () => html`<linkki-activity-finder hide-title today=${TODAY} .activities=${sampleActivities}></linkki-activity-finder>`,
      { prepare: (el) => waitUntil(() => queryAllByRole(el, 'article').length > 0, 'no results', { timeout: 15000 }) },
    );
  });
});

/** A component of the host page that puts the finder in its shadow root, beside content of its own. */
class HostPanel extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<p id="panel-note">Panel note</p><div class="slot-wrap"><slot></slot></div><p id="panel-footer">Panel footer</p>';
  }
}
if (!customElements.get('test-host-panel')) customElements.define('test-host-panel', HostPanel);

describe('<linkki-activity-finder> "Print the chosen"', () => {
  let printed = 0;
  const realPrint = window.print;
  beforeEach(() => {
    printed = 0;
    // The test stands in for the print dialog: the browser's own would block the test page.
    window.print = () => void printed++;
  });
  afterEach(async () => {
    window.print = realPrint;
    dispatchEvent(new Event('afterprint'));
    await emulateMedia({ media: 'screen' });
  });

  /** A host page with the person's case timeline next to the finder, and a shortlist of two. */
  async function hostPage(slotted = false) {
    const page = await fixture<HTMLDivElement>(html`<div class="host-page">
      <header class="site-header">Esimerkkikunnan työtila</header>
      <main>
        <section class="case-timeline" aria-label="Asiakkuuden vaiheet">Lähete vastaanotettu · Tapaaminen kotona · SWEMWBS 23</section>
        <div class="finder-column"></div>
        ${slotted ? html`<test-host-panel></test-host-panel>` : ''}
      </main>
      <footer class="site-footer">Yhteystiedot</footer>
    </div>`);
    const parent = slotted ? page.querySelector<HTMLElement>('test-host-panel')! : page.querySelector<HTMLElement>('.finder-column')!;
    const el = await mount({ lang: 'fi', mode: 'link-worker' }, parent);
    for (const button of getAllByRole(el, 'button', { name: WORDS.fi.add }).slice(0, 2)) button.click();
    await el.updateComplete;
    await press(el, WORDS.fi.print);
    expect(printed, 'the print dialog was asked for once').to.equal(1);
    return { page, el };
  }

  const display = (element: Element) => getComputedStyle(element).display;

  it('prints the cards alone: not the case timeline, header or footer of the host page, nor the search', async () => {
    const { page, el } = await hostPage();
    const timeline = page.querySelector('.case-timeline')!;
    const cards = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="shortlist-card"]')];
    expect(cards).to.have.length(2);

    await emulateMedia({ media: 'print' });
    expect(display(timeline), 'the case timeline is not printed').to.equal('none');
    expect(display(page.querySelector('.site-header')!)).to.equal('none');
    expect(display(page.querySelector('.site-footer')!)).to.equal('none');
    for (const element of [page, page.querySelector('main')!, el]) expect(display(element)).to.not.equal('none');
    for (const card of cards) {
      expect(display(card)).to.not.equal('none');
      expect(card.getBoundingClientRect().height).to.be.greaterThan(50);
    }
    expect(getComputedStyle(cards[0]!).breakAfter, 'one card per page').to.equal('page');
    expect(getComputedStyle(cards[1]!).breakAfter, 'no empty page after the last').to.equal('auto');
    // Nothing else of the finder: the title, the search, the results, the buttons and the share link.
    // Every text that shows on paper is in a card.
    const holdsText = (element: Element) => [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim());
    const onPaper = [...el.shadowRoot!.querySelectorAll('*')].filter((element) => holdsText(element) && element.checkVisibility() && element.getClientRects().length > 0);
    expect(onPaper.length).to.be.greaterThan(4);
    for (const element of onPaper) expect(element.closest('[part="shortlist-card"]'), `printed outside the cards: <${element.localName}> ${element.textContent}`).to.exist;
    for (const name of ['Löydä mieluisaa tekemistä', /toimintaa löytyi/, /^Valitut/]) expect(queryByRole(el, 'heading', { name })).to.equal(null);
    expect(queryByRole(el, 'searchbox')).to.equal(null);
    expect(queryByRole(el, 'button', { name: 'Tulosta valitut' })).to.equal(null);
    // The page is as before on screen the whole time.
    await emulateMedia({ media: 'screen' });
    expect(display(timeline)).to.equal('block');

    // After the dialog, a print of the page is the whole page again.
    dispatchEvent(new Event('afterprint'));
    await emulateMedia({ media: 'print' });
    expect(display(timeline)).to.equal('block');
    expect(document.adoptedStyleSheets.some((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.includes(PRINT_ROOT_ATTRIBUTE)))).to.equal(false);
    expect(document.querySelector(`[${PRINT_ROOT_ATTRIBUTE}]`)).to.equal(null);
  });

  it('puts the page back at the next tap or key where a browser never fires afterprint', async () => {
    const { page } = await hostPage();
    const timeline = page.querySelector('.case-timeline')!;
    await emulateMedia({ media: 'print' });
    expect(display(timeline)).to.equal('none');
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(display(timeline)).to.equal('block');
    expect(document.querySelector(`[${PRINT_ROOT_ATTRIBUTE}]`)).to.equal(null);
  });

  it("prints the cards alone from inside another component's shadow root", async () => {
    const { page, el } = await hostPage(true);
    const panel = page.querySelector('test-host-panel')!;
    await emulateMedia({ media: 'print' });
    expect(display(page.querySelector('.case-timeline')!)).to.equal('none');
    expect(display(panel.shadowRoot!.querySelector('#panel-note')!)).to.equal('none');
    expect(display(panel.shadowRoot!.querySelector('#panel-footer')!)).to.equal('none');
    expect(display(panel.shadowRoot!.querySelector('.slot-wrap')!)).to.not.equal('none');
    expect(el.shadowRoot!.querySelector<HTMLElement>('[part="shortlist-card"]')!.getBoundingClientRect().height).to.be.greaterThan(50);
    dispatchEvent(new Event('afterprint'));
    expect(panel.shadowRoot!.adoptedStyleSheets).to.have.length(0);
    expect(panel.shadowRoot!.querySelector(`[${PRINT_ROOT_ATTRIBUTE}]`)).to.equal(null);
  });
});
