import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { expectAccessibleInEveryLocale } from '../../../../test/helpers/a11y.js';
import { getAllByRole, getByRole, getByText, queryAllByRole, queryByRole, queryByText } from '../../../../test/helpers/queries.js';
import { sampleActivities } from './activity-finder.fixtures.js';
import type { LinkkiActivityFinder } from './activity-finder.js';
import { readHash } from './hash-state.js';
import './define.js';

const TODAY = '2026-11-24';

const mount = async (options: { mode?: string; lang?: string; activities?: unknown[]; municipality?: string; syncUrl?: boolean } = {}) => {
  const el = await fixture<LinkkiActivityFinder>(html`<linkki-activity-finder
    lang=${options.lang ?? 'en'}
    today=${TODAY}
    mode=${options.mode ?? 'citizen'}
    municipality=${options.municipality ?? ''}
    ?sync-url=${options.syncUrl}
    .activities=${options.activities ?? sampleActivities}
  ></linkki-activity-finder>`);
  // The first finder of a page starts its worker, which loads the search modules one by one from sources.
  await waitUntil(() => queryByRole(el, 'heading', { name: /found/ }), 'no results', { timeout: 15000 });
  // The first results come over three frames: the first cards, the filters, the rest of the cards.
  await waitUntil(() => el.shadowRoot!.querySelector('[part="filters"]'), 'no filters');
  await new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted)));
  // Link-worker mode loads its shortlist view on demand.
  if (options.mode === 'link-worker') await waitUntil(() => queryByRole(el, 'heading', { name: /Chosen/ }), 'no shortlist');
  await el.updateComplete;
  return el;
};

const names = (el: HTMLElement) => queryAllByRole(el, 'article').map((a) => a.querySelector('[id^="name-"]')!.textContent!.trim());

async function search(el: LinkkiActivityFinder, text: string) {
  const box = getByRole(el, 'searchbox', { name: /Search activities/ }) as HTMLInputElement;
  box.focus();
  box.select();
  await sendKeys({ press: 'Backspace' });
  if (text) await sendKeys({ type: text });
  await el.searching;
  await aTimeout(150);
  await el.updateComplete;
}

/** Opens the filter group (a disclosure) if it is closed, then ticks the option, as a person would. */
const check = async (el: LinkkiActivityFinder, group: string, option: RegExp) => {
  const summary = [...el.shadowRoot!.querySelectorAll('summary')].find((s) => s.textContent!.trim().startsWith(group));
  if (summary && !(summary.parentElement as HTMLDetailsElement).open) {
    summary.click();
    await el.updateComplete;
  }
  const facet = getByRole(el, 'group', { name: group });
  (getByRole(facet, 'checkbox', { name: option }) as HTMLInputElement).click();
  await el.searching;
  await el.updateComplete;
};

describe('<linkki-activity-finder> search', () => {
  it('lists every activity by name without a query, with plain-language details', async () => {
    const el = await mount();
    expect(names(el)).to.have.length(6);
    const card = getByRole(el, 'article', { name: 'Village hall singing group' });
    const text = card.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('every other Thursday at 1:00 PM');
    expect(text).to.contain('Next time Thu, 12/3');
    expect(text).to.contain('Esimerkkikylän kylätalo, Sodankylä');
    expect(text).to.contain('Free of charge');
    expect(text).to.contain('Hearing loop');
    expect(text).to.contain('Details checked 3 weeks ago');
  });

  it('finds words without diacritics or apostrophes, in Sami and Finnish', async () => {
    const el = await mount();
    await search(el, 'saamenkasityo');
    expect(names(el)).to.deep.equal(['Saamenkäsityöpiiri']);
    await search(el, 'duodje');
    expect(names(el)).to.deep.equal(['Saamenkäsityöpiiri']);
    await search(el, 'tuaiju');
    expect(names(el)).to.deep.equal(['Saamenkäsityöpiiri']);
    await search(el, 'inari');
    expect(names(el)).to.deep.equal(['Saamenkäsityöpiiri']);
    await search(el, 'sodankyla');
    expect(names(el)).to.have.members(['Village hall singing group', 'Kirjaston digitupa']);
  });

  it('tolerates typos and ranks exact and prefix matches above fuzzy ones', async () => {
    const el = await mount();
    await search(el, 'singnig');
    await waitUntil(() => names(el).includes('Village hall singing group'), 'typo not found', { timeout: 5000 });
    await search(el, 'phone');
    expect(names(el)[0]).to.equal('Evening phone circle');
  });

  it('shows partial matches with a plain sentence when no activity has every word, and announces it', async () => {
    const el = await mount();
    await search(el, 'singing zzqqxx');
    expect(names(el)).to.deep.equal(['Village hall singing group']);
    expect(getByText(el, 'Nothing matched all the words together. Here are activities that match some of them.')).to.exist;
    await waitUntil(() => getByRole(el, 'status').textContent!.includes('Nothing matched all the words together. Here are activities that match some of them. 1 activity found.'), 'not announced');
    await search(el, 'singing');
    expect(queryByText(el, /Nothing matched all the words together/, { ignore: '[role="status"], [role="status"] *' })).to.equal(null);
  });

  it("finds through the embedder's synonym groups", async () => {
    const el = await mount();
    await search(el, 'karaoke');
    expect(names(el)).to.deep.equal([]);
    el.synonyms = [['karaoke', 'singing']];
    await el.updateComplete;
    await search(el, 'karaoke');
    expect(names(el)).to.deep.equal(['Village hall singing group']);
  });

  it('announces the count politely', async () => {
    const el = await mount();
    await search(el, 'library');
    await waitUntil(() => getByRole(el, 'status').textContent!.includes('1 activity found.'));
  });
});

describe('<linkki-activity-finder> filters', () => {
  it('combines facets, updates counts and starts from the municipality attribute', async () => {
    const el = await mount({ municipality: '758' });
    expect(names(el)).to.have.members(['Village hall singing group', 'Kirjaston digitupa']);
    const municipality = getByRole(el, 'group', { name: 'Municipality' });
    expect(getByRole(municipality, 'checkbox', { name: 'Sodankylä (2)' })).to.have.property('checked', true);
    await check(el, 'Accessibility', /Hearing loop/);
    expect(names(el)).to.deep.equal(['Village hall singing group']);
    await check(el, 'Accessibility', /Hearing loop/);
    await check(el, 'Municipality', /Inari \(1\)/);
    expect(names(el)).to.have.members(['Village hall singing group', 'Kirjaston digitupa', 'Saamenkäsityöpiiri']);
  });

  it('offers Sami languages first and filters by the language an activity is given in', async () => {
    const el = await mount();
    const group = getByRole(el, 'group', { name: 'Language the activity is held in' });
    const labels = getAllByRole(group, 'checkbox').map((c) => c.closest('label')!.textContent!.trim());
    expect(labels[0]).to.match(/^Northern Sami/);
    await check(el, 'Language the activity is held in', /Inari Sami/);
    expect(names(el)).to.deep.equal(['Saamenkäsityöpiiri']);
  });

  it('filters remote, home visits, weekday, time of day and age', async () => {
    const el = await mount();
    await check(el, 'How to take part', /Remotely/);
    expect(names(el)).to.deep.equal(['Evening phone circle']);
    await check(el, 'How to take part', /Home visit/);
    expect(names(el)).to.have.members(['Evening phone circle', 'Ystäväpalvelu kotiin']);
    await check(el, 'Time of day', /Evening/);
    expect(names(el)).to.deep.equal(['Evening phone circle']);
    const age = getByRole(el, 'textbox', { name: 'Age' }) as HTMLInputElement;
    age.value = '40';
    age.dispatchEvent(new Event('change'));
    await el.searching;
    await el.updateComplete;
    expect(names(el)).to.deep.equal([]);
  });

  it('suggests which filter to relax when nothing matches', async () => {
    const el = await mount({ municipality: '890' });
    await search(el, 'library');
    expect(names(el)).to.deep.equal([]);
    const relax = getByRole(el, 'button', { name: 'Remove filter: Municipality (1 results)' });
    relax.click();
    await el.searching;
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Kirjaston digitupa']);
  });
});

describe('<linkki-activity-finder> data', () => {
  it('skips invalid entries, reports them once and keeps the valid ones', async () => {
    const el = document.createElement('linkki-activity-finder');
    el.setAttribute('lang', 'en');
    const reported = oneEvent(el, 'linkki-error');
    el.activities = [...sampleActivities, { id: 'broken', name: { fi: 'Rikki' } }, { ...sampleActivities[0], id: 'sod-kuoro' }];
    document.body.append(el);
    const { detail } = await reported;
    expect(detail.kind).to.equal('invalid');
    // The entries after the six valid ones: 'broken' (index 6) and the repeated id (index 7).
    expect([...new Set(detail.issues.map((issue: { path: unknown[] }) => issue.path[0]))]).to.deep.equal([6, 7]);
    expect(detail.issues.map((issue: { path: unknown[] }) => issue.path.join('.'))).to.include.members(['6.municipality', '7.id']);
    await waitUntil(() => names(el).length === 6, 'valid entries not shown', { timeout: 15000 });
    expect(el.shadowRoot!.textContent).to.contain('2 activities were left out because their details had errors.');
    el.remove();
  });

  it('renders markup in data as text and never links javascript: URLs', async () => {
    const markup = { ...sampleActivities[5], id: 'markup', name: { fi: '<img src=x onerror=alert(1)>Paha' } };
    const script = { ...sampleActivities[5], id: 'script', contact: { url: 'javascript:alert(1)' } };
    const el = document.createElement('linkki-activity-finder');
    el.setAttribute('lang', 'en');
    const reported = oneEvent(el, 'linkki-error');
    el.activities = [markup, script];
    document.body.append(el);
    expect((await reported).detail).to.deep.equal({ kind: 'invalid', issues: [{ path: [1, 'contact', 'url'], code: 'invalid' }] });
    await waitUntil(() => names(el).length === 1, 'not shown', { timeout: 15000 });
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(names(el)[0]).to.equal('<img src=x onerror=alert(1)>Paha');
    expect(el.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
    el.remove();
  });

  it('reads Open Referral HSDS services from src and reports the services it cannot map', async () => {
    const el = document.createElement('linkki-activity-finder');
    el.setAttribute('lang', 'en');
    const reported = oneEvent(el, 'linkki-error');
    el.setAttribute('src', '/packages/schema/test/fixtures/hsds/lapland-services.json');
    document.body.append(el);
    const { detail } = await reported;
    expect(detail).to.deep.equal({ kind: 'invalid', issues: [{ path: [2, 'municipality'], code: 'invalid' }] });
    await waitUntil(() => names(el).length === 2, 'HSDS services not shown', { timeout: 15000 });
    expect(names(el)).to.have.members(['Kylätalon lauluryhmä', 'Duodjebiire']);
    expect(getByRole(el, 'article', { name: 'Kylätalon lauluryhmä' }).textContent).to.contain('every other Thursday at 1:00 PM');
    el.remove();
  });

  it('loads a catalogue from src and shows a designed error with retry when it fails', async () => {
    const el = await fixture<LinkkiActivityFinder>(html`<linkki-activity-finder lang="en" src="/no-such-catalogue.json"></linkki-activity-finder>`);
    await waitUntil(() => queryByRole(el, 'alert'), 'no alert', { timeout: 15000 });
    expect(getByRole(el, 'alert').textContent).to.contain('could not be loaded');
    expect(getByRole(el, 'button', { name: 'Try again' })).to.exist;
  });
});

describe('<linkki-activity-finder> details', () => {
  it('opens details by keyboard, links phone and email, maps only with coordinates, and returns focus', async () => {
    const el = await mount();
    const open = getByRole(el, 'button', { name: 'Show details: Village hall singing group' });
    open.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.activeElement?.textContent === 'Village hall singing group', 'focus not on the details heading');
    expect(getByRole(el, 'link', { name: 'Call: 040 000 0101' }).getAttribute('href')).to.equal('tel:0400000101');
    expect(getByRole(el, 'link', { name: /Email/ }).getAttribute('href')).to.equal('mailto:kylatalo@esimerkki.example');
    expect(getByRole(el, 'link', { name: /OpenStreetMap/ })).to.exist;
    getByRole(el, 'button', { name: 'Back to results' }).click();
    await el.updateComplete;
    await aTimeout(0);
    expect(el.shadowRoot!.activeElement).to.equal(getByRole(el, 'button', { name: 'Show details: Village hall singing group' }));
    getByRole(el, 'button', { name: 'Show details: Kirjaston digitupa' }).click();
    await waitUntil(() => queryByRole(el, 'heading', { name: 'Kirjaston digitupa' }));
    expect(queryByRole(el, 'link', { name: /OpenStreetMap/ })).to.equal(null);
  });
});

describe('<linkki-activity-finder mode="link-worker">', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('builds a shortlist with notes, shares it, prints it and restores it from the link', async () => {
    history.replaceState(null, '', location.pathname + location.search);
    const el = await mount({ mode: 'link-worker', syncUrl: true });
    const change = oneEvent(el, 'linkki-shortlist-changed');
    getByRole(el, 'button', { name: 'Add to chosen: Village hall singing group' }).click();
    expect((await change).detail).to.deep.equal({ ids: ['sod-kuoro'], notes: {} });
    await el.updateComplete;
    getByRole(el, 'button', { name: 'Add to chosen: Kirjaston digitupa' }).click();
    await el.updateComplete;
    expect(getByRole(el, 'heading', { name: 'Chosen (2)' })).to.exist;
    const note = getByRole(el, 'textbox', { name: 'Note: Village hall singing group' }) as HTMLTextAreaElement;
    note.value = 'Naapuri tulee mukaan';
    note.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const link = (getByRole(el, 'textbox', { name: 'Link to the chosen' }) as HTMLInputElement).value;
    expect(readHash(new URL(link).hash)).to.deep.include({ shortlist: ['sod-kuoro', 'sod-kirjasto'], notes: { 'sod-kuoro': 'Naapuri tulee mukaan' } });

    await emulateMedia({ media: 'print' });
    const cards = el.shadowRoot!.querySelectorAll('[part="shortlist-card"]');
    expect(cards).to.have.length(2);
    expect(getComputedStyle(cards[0]!).breakAfter).to.equal('page');
    expect(getComputedStyle(el.shadowRoot!.querySelector('.layout')!).display).to.equal('none');
    expect(cards[0]!.textContent).to.contain('Naapuri tulee mukaan');
    await emulateMedia({ media: 'screen' });

    location.hash = new URL(link).hash;
    const restored = await mount({ mode: 'link-worker', syncUrl: true });
    expect(getByRole(restored, 'heading', { name: 'Chosen (2)' })).to.exist;
    expect((getByRole(restored, 'textbox', { name: 'Note: Village hall singing group' }) as HTMLTextAreaElement).value).to.equal('Naapuri tulee mukaan');
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('keeps query and filters in the URL hash with sync-url', async () => {
    history.replaceState(null, '', location.pathname + location.search);
    const el = await mount({ syncUrl: true });
    await search(el, 'singing');
    await check(el, 'Municipality', /Sodankylä/);
    expect(readHash(location.hash)).to.deep.include({ query: 'singing', filters: { municipality: ['758'] } });
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('emits linkki-selected from the details view', async () => {
    const el = await mount({ mode: 'link-worker' });
    getByRole(el, 'button', { name: 'Show details: Tunturikävely' }).click();
    await waitUntil(() => queryByRole(el, 'button', { name: 'Choose this activity' }));
    const selected = oneEvent(el, 'linkki-selected');
    getByRole(el, 'button', { name: 'Choose this activity' }).click();
    expect((await selected).detail.activity.id).to.equal('utsjoki-kavely');
  });

  it('copies a plain text of the shortlist for a message', async () => {
    const el = await mount({ mode: 'link-worker' });
    getByRole(el, 'button', { name: 'Add to chosen: Evening phone circle' }).click();
    await el.updateComplete;
    getByRole(el, 'button', { name: 'Copy text for a message' }).click();
    await waitUntil(() => /copied|Copying did not work/.test(getByRole(el, 'status').textContent!));
  });
});

/** Runs `mount` with the page's `Worker` replaced (undefined: a browser or CSP without workers). */
async function withWorker<T>(replacement: typeof Worker | undefined, mount: () => Promise<T>): Promise<T> {
  const original = window.Worker;
  Object.defineProperty(window, 'Worker', { value: replacement, configurable: true, writable: true });
  try {
    return await mount();
  } finally {
    Object.defineProperty(window, 'Worker', { value: original, configurable: true, writable: true });
  }
}

/** The result names for each query, typed as a person would. */
async function namesFor(el: LinkkiActivityFinder, queries: string[]) {
  const found: string[][] = [];
  for (const query of queries) {
    await search(el, query);
    found.push(names(el));
  }
  return found;
}

describe('<linkki-activity-finder> off the main thread', () => {
  const queries = ['', 'saamenkasityo', 'sodankyla', 'phone', 'library', 'circle evening', 'zzzzqqq'];

  it('indexes and searches in a worker, and without workers the main thread finds the same', async () => {
    const inWorker = await mount();
    expect(inWorker.searchesInWorker, 'the worker was not used').to.equal(true);
    const expected = await namesFor(inWorker, queries);
    expect(expected[1]).to.deep.equal(['Saamenkäsityöpiiri']);

    const onMainThread = await withWorker(undefined, () => mount());
    expect(onMainThread.searchesInWorker).to.equal(false);
    expect(await namesFor(onMainThread, queries)).to.deep.equal(expected);
  });

  it('falls back to the main thread when the worker cannot start, with the same events', async () => {
    const Original = window.Worker;
    const Broken = class extends Original {
      constructor(_url: string | URL, options?: WorkerOptions) {
        super(new URL('/no-such-worker.js', location.href), options);
      }
    };
    const el = document.createElement('linkki-activity-finder');
    el.setAttribute('lang', 'en');
    const reported = oneEvent(el, 'linkki-error');
    await withWorker(Broken, async () => {
      el.activities = [...sampleActivities, { id: 'broken', name: { fi: 'Rikki' } }];
      document.body.append(el);
      await el.updateComplete;
    });
    expect([...new Set((await reported).detail.issues.map((issue: { path: unknown[] }) => issue.path[0]))]).to.deep.equal([6]);
    await waitUntil(() => names(el).length === 6, 'no results after the fallback', { timeout: 15000 });
    expect(el.searchesInWorker).to.equal(false);
    await search(el, 'singing');
    expect(names(el)).to.deep.equal(['Village hall singing group']);
    el.remove();
  });

  it('takes a long catalogue given as a property to the worker in chunks and shows it', async () => {
    const many = Array.from({ length: 3000 }, (_, i) => ({ ...sampleActivities[i % sampleActivities.length]!, id: `a-${i}` }));
    const el = await fixture<LinkkiActivityFinder>(html`<linkki-activity-finder lang="en" today=${TODAY} .activities=${many}></linkki-activity-finder>`);
    await waitUntil(() => queryByRole(el, 'heading', { name: /^3,?000 activities found/ }), 'not all activities shown', { timeout: 20000 });
    expect(el.searchesInWorker, 'the index was built on the main thread').to.equal(true);
    await search(el, 'duodje');
    expect(getByRole(el, 'heading', { name: /^500 activities found/ })).to.exist;
  });

  it('loads a relative src from the page, not from beside the worker', async () => {
    const up = '../'.repeat(Math.max(0, location.pathname.split('/').length - 2));
    const el = await fixture<LinkkiActivityFinder>(html`<linkki-activity-finder lang="en" today=${TODAY} src=${`${up}examples/data/catalogue.json`}></linkki-activity-finder>`);
    await waitUntil(() => queryByRole(el, 'heading', { name: /^220 activities found/ }) || queryByRole(el, 'alert'), 'not loaded', { timeout: 20000 });
    expect(queryByRole(el, 'alert'), 'the catalogue was not found').to.equal(null);
    expect(el.searchesInWorker).to.equal(true);
  });

  it("takes synonym groups from a framework's reactive proxy, which cannot be copied to a worker", async () => {
    const el = await mount();
    el.synonyms = new Proxy([new Proxy(['karaoke', 'singing'], {})], {});
    await el.updateComplete;
    await search(el, 'karaoke');
    expect(names(el)).to.deep.equal(['Village hall singing group']);
  });

  it('starts no worker while detached, and loads what it was given when it is back on the page', async () => {
    const el = await mount();
    const parent = el.parentElement!;
    el.remove();
    el.activities = sampleActivities.slice(0, 2);
    await el.updateComplete;
    expect(el.searchesInWorker, 'a worker runs for a detached finder').to.equal(false);
    parent.append(el);
    await waitUntil(() => queryByRole(el, 'heading', { name: /^2 activities found/ }), 'not loaded after re-attaching', { timeout: 15000 });
  });
});

/**
 * A page of its own with a strict CSP (as a meta tag) that loads a built bundle; resolves with its
 * finder. Testing Library's role queries do not cross into another window's realm, so these tests
 * read the results' heading and cards by id and part.
 */
async function strictPage(bundle: string, workerSrc: string) {
  const csp = `default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; ${workerSrc}; object-src 'none'; base-uri 'none'`;
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta http-equiv="Content-Security-Policy" content="${csp}">
    <script type="module" src="/packages/elements/dist/${bundle}"></script></head>
    <body><linkki-activity-finder today="${TODAY}" src="/examples/data/catalogue.json"></linkki-activity-finder></body></html>`;
  document.body.append(frame);
  await waitUntil(() => frame.contentDocument?.querySelector('linkki-activity-finder')?.shadowRoot, 'bundle not loaded', { timeout: 20000 });
  const el = frame.contentDocument!.querySelector('linkki-activity-finder') as LinkkiActivityFinder;
  await waitUntil(() => el.shadowRoot!.querySelector('[part="result"]'), 'catalogue not shown', { timeout: 20000 });
  const heading = () => el.shadowRoot!.getElementById('results-title')!.textContent!.trim();
  return { el, heading, remove: () => frame.remove() };
}

describe('<linkki-activity-finder> built bundles under a strict CSP', () => {
  for (const bundle of ['linkki-activity-finder.min.js', 'linkki.min.js']) {
    it(`${bundle} starts its worker next to it with worker-src 'self'`, async () => {
      const { el, heading, remove } = await strictPage(bundle, "worker-src 'self'");
      expect(el.searchesInWorker).to.equal(true);
      expect(heading()).to.equal('220 activities found.');
      remove();
    });
  }

  it("works on the main thread where the CSP allows no worker (worker-src 'none')", async () => {
    const { el, heading, remove } = await strictPage('linkki-activity-finder.min.js', "worker-src 'none'");
    expect(el.searchesInWorker).to.equal(false);
    expect(heading()).to.equal('220 activities found.');
    const box = el.shadowRoot!.getElementById('query') as HTMLInputElement;
    box.value = 'duodje';
    box.dispatchEvent(new Event('input'));
    await waitUntil(() => heading() !== '220 activities found.', 'search did not run');
    expect(heading()).to.match(/^\d+ activit(y|ies) found/);
    expect(el.shadowRoot!.querySelectorAll('[part="result"]').length).to.be.greaterThan(0);
    remove();
  });
});

describe('<linkki-activity-finder> accessibility', () => {
  const finder = (mode = 'citizen') => () =>
    html`<linkki-activity-finder today=${TODAY} mode=${mode} .activities=${sampleActivities}></linkki-activity-finder>`;
  // The search box is there while the catalogue loads; the results are what the checks need.
  const ready = (el: HTMLElement) => waitUntil(() => el.shadowRoot?.querySelector('[part="result"]'), 'no results', { timeout: 15000 });

  it('passes axe in every locale with results', async () => {
    await expectAccessibleInEveryLocale(finder(), { prepare: ready });
  });

  it('passes axe in every locale in the details and empty states', async () => {
    await expectAccessibleInEveryLocale<LinkkiActivityFinder>(finder(), {
      prepare: async (el) => {
        await ready(el);
        (el.shadowRoot!.querySelector('button[data-details]') as HTMLButtonElement).click();
        await waitUntil(() => el.shadowRoot!.querySelector('[part="details"]'));
      },
    });
    await expectAccessibleInEveryLocale<LinkkiActivityFinder>(finder(), {
      prepare: async (el) => {
        await ready(el);
        const box = el.shadowRoot!.querySelector('input[type="search"]') as HTMLInputElement;
        box.value = 'zzzzqqq';
        box.dispatchEvent(new Event('input'));
        await aTimeout(100);
      },
    });
  });

  it('passes axe in every locale in link-worker mode with a shortlist', async () => {
    await expectAccessibleInEveryLocale<LinkkiActivityFinder>(finder('link-worker'), {
      prepare: async (el) => {
        await ready(el);
        await waitUntil(() => el.shadowRoot!.querySelector('[part="shortlist"]'));
        (el.shadowRoot!.querySelector('button[aria-pressed="false"]:not(.no-print)') as HTMLButtonElement)?.click();
        await el.updateComplete;
      },
    });
  });
});
