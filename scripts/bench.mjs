// Benchmarks. `npm run bench` runs both rows; `-- --only finder` or `-- --only evaluation` one.
//
// Finder: <linkki-activity-finder> in Chromium (puppeteer-core, Debian's /usr/bin/chromium):
// synthetic catalogues of 1 000, 10 000 and 50 000 activities; per size the time to take in the
// catalogue and build the index, p50/p95 from a keystroke to the results painted, DOM nodes, JS heap;
// the same for a naive baseline (one Fuse over all text fields, searched on every keystroke, every
// result rendered); and a quality check: known right answers rank at least as high as in a full
// Fuse search. Options: --sizes 1000,10000
//
// Evaluation: the protected evaluation report (`evaluationReport` of @linkki/intake, aggregates in
// SQL) over 10 000 fictional cases in Lapland's 21 municipalities (scripts/evaluation-data.mjs),
// loaded in bulk into PGlite in memory and, when DATABASE_URL is set, into PostgreSQL in a schema of
// its own that is dropped afterwards; the load time, then three timed runs (after one untimed) of:
// all 21 municipalities over 12 months, one municipality over 12 months, and all 21 on the active
// basis; median and min–max. Options: --cases 10000
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { makeCatalogue } from './catalogue-generator.mjs';
import { assertValid, loadCases, makeEvaluationCases } from './evaluation-data.mjs';

/** The value after `--name` on the command line, or undefined. */
const option = (name) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const ONLY = option('only');
const CASES = Number(option('cases') ?? 10_000);
if (ONLY !== undefined && ONLY !== 'finder' && ONLY !== 'evaluation') throw new Error(`--only finder or --only evaluation, not "${ONLY}"`);

const SIZES = option('sizes')?.split(',').map(Number) ?? [1000, 10_000, 50_000];
const QUERIES = ['lauluryhmä', 'tuolijumppa sodankylä', 'kirjastoauto', 'vesijumpa', 'digitupa ivalo', 'duodje'];
/** Query → the id prefix of the right answer (the generator's ids start with code-template-village). */
/** Query → the Finnish name of the right answer (large catalogues repeat a name; any copy counts). */
const KNOWN = [
  ['duodjebiire utsjoki', 'Saamenkielinen käsityöpiiri, Utsjoki'],
  ['anarashkiela', 'Anarašpiiri, Ivalo'],
  ['tuolijumpa tanhua', 'Tuolijumppa, Tanhua'],
  ['kirjastoauto nuorgam', 'Kirjastoauto, Nuorgam'],
  ['lauluryhma vuontisjarvi', 'Lauluryhmä, Vuontisjärvi'],
  ['digitupa kilpisjarvi', 'Digitupa, Kilpisjärvi'],
];

const dist = 'packages/elements/dist';
const fuseFile = 'node_modules/fuse.js/dist/fuse.mjs';
let catalogue = '[]';
const page = `<!doctype html><html lang="fi"><body><linkki-activity-finder today="2026-11-24"></linkki-activity-finder><ul id="naive"></ul>
<script type="module" src="/bench.js"></script></body></html>`;
const benchScript = `import '/dist/linkki-activity-finder.min.js'; import Fuse from '/fuse.mjs'; window.Fuse = Fuse; window.ready = true;`;

const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];
const ms = (n) => `${n.toFixed(1)} ms`;

// Runs in the page: type each query one character at a time and time keystroke → painted.
async function typeQueries(queries, naive) {
  const el = document.querySelector('linkki-activity-finder');
  // The frame that shows the results: its animation-frame callback runs right before it is painted.
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
  const painted = () => new Promise((resolve) => setTimeout(resolve, 0));
  const times = [];
  const updated = [];
  const framed = [];
  let fuse;
  if (naive) {
    const keys = ['name.fi', 'name.sv', 'name.en', 'name.se', 'name.smn', 'name.sms', 'description.fi', 'organisation.name', 'location.name', 'location.address.city', 'categories'];
    fuse = new window.Fuse(window.activities, { keys, threshold: 0.34, ignoreLocation: true });
  }
  const list = document.getElementById('naive');
  for (const query of queries) {
    for (let i = 1; i <= query.length; i += 1) {
      const text = query.slice(0, i);
      // People do not type in step with the screen: start each keystroke at a random point of a frame.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 17));
      const started = performance.now();
      if (naive) {
        const results = fuse.search(text);
        list.innerHTML = '';
        const fragment = document.createDocumentFragment();
        for (const { item } of results) {
          const li = document.createElement('li');
          li.textContent = `${item.name.fi} – ${item.organisation.name}`;
          fragment.append(li);
        }
        list.append(fragment);
      } else {
        const input = el.shadowRoot.querySelector('input[type="search"]');
        input.value = text;
        input.dispatchEvent(new Event('input'));
        await el.searching;
        await el.updateComplete;
      }
      updated.push(performance.now() - started);
      if (window.debugTimes) window.debugTimes.push([text, performance.now() - started]);
      framed.push((await frame()) - started);
      await painted();
      times.push(performance.now() - started);
    }
  }
  list.innerHTML = '';
  return { times, updated, framed };
}

const countNodes = () => {
  const walk = (node) => 1 + [...node.childNodes, ...(node.shadowRoot ? [node.shadowRoot] : [])].reduce((n, c) => n + walk(c), 0);
  return walk(document.body);
};

/** The finder row: each catalogue size in a fresh tab. */
async function finderBench() {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x').pathname;
    const send = (type, body) => res.writeHead(200, { 'content-type': type }).end(body);
    if (url === '/') return send('text/html', page);
    if (url === '/bench.js') return send('text/javascript', benchScript);
    if (url === '/fuse.mjs') return send('text/javascript', readFileSync(fuseFile));
    if (url === '/catalogue.json') return send('application/json', catalogue);
    if (url.startsWith('/dist/')) return send(extname(url) === '.js' ? 'text/javascript' : 'application/octet-stream', readFileSync(join(dist, url.slice(6))));
    res.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--enable-precise-memory-info'],
  });

  console.log(`<linkki-activity-finder> benchmark, Chromium ${(await browser.version()).replace('Chrome/', '')}, ${QUERIES.length} queries typed one key at a time`);
  const rows = [];
  for (const size of SIZES) {
    const activities = makeCatalogue(size, 42).activities;
    catalogue = JSON.stringify(activities);
    const tab = await browser.newPage();
    await tab.goto(origin, { waitUntil: 'load' });
    await tab.waitForFunction(() => window.ready && customElements.get('linkki-activity-finder'));
    const indexMs = await tab.evaluate(async () => {
      const activities = await (await fetch('/catalogue.json')).json();
      window.activities = activities;
      const el = document.querySelector('linkki-activity-finder');
      const started = performance.now();
      el.activities = activities;
      await el.updateComplete;
      while (el.results.length === 0) await new Promise((r) => setTimeout(r, 5));
      return performance.now() - started;
    });
    // Warm up (loads fuse.js for the first typo), then measure.
    await tab.evaluate(typeQueries, ['xq'], false);
    if (process.env.BENCH_DEBUG) await tab.evaluate(() => (window.debugTimes = []));
    const { times: ours, updated: oursUpdated, framed: oursFramed } = await tab.evaluate(typeQueries, QUERIES, false);
    if (process.env.BENCH_DEBUG) console.log(await tab.evaluate(() => window.debugTimes.sort((a, b) => b[1] - a[1]).slice(0, 12).map(([t, n]) => `${t}:${n.toFixed(1)}`).join(' ')));
    const nodes = await tab.evaluate(countNodes);
    const heap = (await tab.metrics()).JSHeapUsedSize;
    const quality = await tab.evaluate(async (known) => {
      const el = document.querySelector('linkki-activity-finder');
      const keys = ['name.fi', 'name.sv', 'name.en', 'name.se', 'name.smn', 'name.sms', 'description.fi', 'organisation.name', 'location.name', 'location.address.city', 'categories'];
      const fuse = new window.Fuse(window.activities, { keys, threshold: 0.34, ignoreLocation: true });
      const input = el.shadowRoot.querySelector('input[type="search"]');
      const ranks = [];
      for (const [query, name] of known) {
        input.value = query;
        input.dispatchEvent(new Event('input'));
        await el.searching;
        const ours = el.results.findIndex((i) => el.catalogue[i].name.fi === name);
        ranks.push({ query, ours, fuse: fuse.search(query).findIndex((r) => r.item.name.fi === name) });
      }
      return ranks;
    }, KNOWN);
    const naiveQueries = size >= 50_000 ? QUERIES.slice(0, 2) : QUERIES;
    const naiveStart = Date.now();
    const { framed: naive } = await tab.evaluate(typeQueries, naiveQueries, true);
    const naiveNodes = await tab.evaluate(() => {
      const fuse = new window.Fuse(window.activities, { keys: ['name.fi', 'description.fi'], threshold: 0.34, ignoreLocation: true });
      return fuse.search('a').length + 1;
    });
    await tab.close();
    rows.push({ size, indexMs, ours, naive, nodes, heap, quality, naiveNodes, naiveSeconds: (Date.now() - naiveStart) / 1000 });
    const p95 = percentile(oursFramed, 95);
    const naiveP95 = percentile(naive, 95);
    const ok = quality.every((q) => q.ours !== -1 && (q.fuse === -1 || q.ours <= q.fuse));
    console.log(`\n${size.toLocaleString('en')} activities`);
    console.log(`  validate + index (in slices, the page stays responsive): ${ms(indexMs)}`);
    console.log(`  keystroke → frame showing the results: p50 ${ms(percentile(oursFramed, 50))}, p95 ${ms(p95)} (${ours.length} keystrokes; DOM updated p50 ${ms(percentile(oursUpdated, 50))}, p95 ${ms(percentile(oursUpdated, 95))}; after the paint task p95 ${ms(percentile(ours, 95))})`);
    console.log(`  naive Fuse baseline, keystroke → frame: p50 ${ms(percentile(naive, 50))}, p95 ${ms(naiveP95)} (${naive.length} keystrokes) → ours is ${(naiveP95 / p95).toFixed(1)}× faster at p95`);
    console.log(`  DOM nodes: ${nodes} (a page of 20 results, whatever the size; the naive list renders up to ${naiveNodes} items)`);
    console.log(`  JS heap: ${(heap / 1024 / 1024).toFixed(1)} MB`);
    console.log(`  quality (rank of the right answer, 0 = first; ours vs full Fuse): ${quality.map((q) => `${q.query} ${q.ours}/${q.fuse}`).join(', ')} → ${ok ? 'never worse' : 'WORSE'}`);
  }

  await browser.close();
  server.close();
}

/** `openDatabase` and `evaluationReport` from the built @linkki/intake. */
async function loadEvaluationReport() {
  const intake = await import('@linkki/intake');
  return { openDatabase: intake.openDatabase, evaluationReport: intake.evaluationReport };
}

/** Three timed runs after an untimed one: median and min–max in ms. */
async function timed(run) {
  await run();
  const times = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return `median ${ms(times[1])} (${ms(times[0])}–${ms(times[2])})`;
}

/** The evaluation row: load the cases in bulk, then time the report on each backend. */
async function evaluationBench() {
  const { openDatabase, evaluationReport } = await loadEvaluationReport();
  // The period the cases cover, and the report's "now": the end of November 2026.
  const period = { from: '2025-01-01', to: '2026-11-30' };
  const now = new Date('2026-12-01T10:00:00+02:00');
  let started = performance.now();
  const cases = makeEvaluationCases(CASES, { seed: 2026, ...period });
  assertValid(cases);
  const events = cases.reduce((n, c) => n + c.events.length, 0);
  const municipalities = [...new Set(cases.map((c) => c.referral.person.municipality))].sort();
  console.log(`\nEvaluation report, Node ${process.version}: ${CASES.toLocaleString('en')} fictional cases (${events.toLocaleString('en')} events) received ${period.from} – ${period.to} in ${municipalities.length} municipalities, made and validated in ${ms(performance.now() - started)}`);
  const queries = [
    ['all municipalities, 12 months, received', { from: '2025-12', to: '2026-11', basis: 'received', municipalities }],
    ['one municipality (758 Sodankylä), 12 months, received', { from: '2025-12', to: '2026-11', basis: 'received', municipalities: ['758'] }],
    ['all municipalities, 12 months, active', { from: '2025-12', to: '2026-11', basis: 'active', municipalities }],
  ];
  const backends = [['PGlite (in memory)', undefined]];
  if (process.env.DATABASE_URL) backends.push(['PostgreSQL', process.env.DATABASE_URL]);
  for (const [name, databaseUrl] of backends) {
    // PostgreSQL: a schema of its own, dropped at the end; the database's other tables are never touched.
    const schema = databaseUrl ? `linkki_bench_${randomUUID().replaceAll('-', '').slice(0, 12)}` : undefined;
    const db = await openDatabase({ databaseUrl, dataDir: 'memory://', schema });
    try {
      started = performance.now();
      const loaded = await loadCases(db, cases);
      const loadMs = performance.now() - started;
      // Statistics, as a database in use has them (autovacuum would gather them soon after a load).
      await db.query('ANALYZE referrals');
      await db.query('ANALYZE case_events');
      console.log(`  ${name}: loaded ${loaded.referrals.toLocaleString('en')} referrals and ${loaded.events.toLocaleString('en')} events in ${ms(loadMs)} (bulk INSERT … SELECT FROM unnest)`);
      for (const [label, query] of queries) {
        const report = await evaluationReport(db, query, { now });
        const cells = report.tables.flatMap((t) => [t.total, ...t.rows]);
        const hidden = cells.filter((c) => c.count === null).length;
        const referrals = report.tables.find((t) => t.id === 'status').total.count;
        const time = await timed(() => evaluationReport(db, query, { now }));
        console.log(`    ${label}: ${time}; ${referrals ?? 'hidden'} referrals, ${cells.length} counts of which ${hidden} hidden`);
      }
    } finally {
      if (schema) await db.query(`DROP SCHEMA ${schema} CASCADE`);
      await db.close();
    }
  }
}

if (ONLY !== 'evaluation') await finderBench();
if (ONLY !== 'finder') await evaluationBench();
