// Benchmark of <linkki-activity-finder> in Chromium (puppeteer-core, Debian's /usr/bin/chromium):
// synthetic catalogues of 1 000, 10 000 and 50 000 activities; per size the time to take in the
// catalogue and build the index, p50/p95 from a keystroke to the results painted, DOM nodes, JS heap;
// the same for a naive baseline (one Fuse over all text fields, searched on every keystroke, every
// result rendered); and a quality check: known right answers rank at least as high as in a full
// Fuse search. Usage: npm run bench [-- --sizes 1000,10000]
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { makeCatalogue } from './catalogue-generator.mjs';

const flag = process.argv.indexOf('--sizes');
const SIZES = flag > 0 ? process.argv[flag + 1].split(',').map(Number) : [1000, 10_000, 50_000];
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
