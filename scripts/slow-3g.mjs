// How fast each element becomes usable on a rural connection: Chromium (puppeteer-core) on simulated
// slow 3G — 400 kbit/s down and up, 400 ms round trip (CDP Network.emulateNetworkConditions), cache
// disabled, a new browser profile each run — for the all-in-one linkki.min.js and each per-element
// bundle. "Usable" is the element upgraded with its first interactive control rendered (for the
// activity finder: its first result shown; for the evaluation report given as a property, which has
// no control, its first table; for the referral status without a link, its message). "Depth" is the longest chain of dependent requests
// (the page is 1, the bundle it names 2, a chunk the bundle imports 3, …), read from the initiator
// Chromium gives each request. Files are served gzipped, as any web server would.
//
// Usage: node --import tsx scripts/slow-3g.mjs [--runs 3] [--only linkki-swemwbs] [--dist packages/elements/dist]
//   [--json] [--budget 3000]   (exits 1 when an element through the all-in-one is over the budget)
import { readFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { tsImport } from 'tsx/esm/api';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    only: { type: 'string', multiple: true },
    dist: { type: 'string', default: 'packages/elements/dist' },
    json: { type: 'boolean', default: false },
    budget: { type: 'string', default: '3000' },
  },
});
const RUNS = Number(args.runs);
const BUDGET_MS = Number(args.budget);
const dist = resolve(args.dist);
const CONDITIONS = { offline: false, latency: 400, downloadThroughput: (400 * 1000) / 8, uploadThroughput: (400 * 1000) / 8 };
const TODAY = '2026-11-24';

if (!existsSync(join(dist, 'linkki.min.js'))) {
  console.error(`No linkki.min.js in ${dist}: run npm run build first.`);
  process.exit(1);
}

// Data the elements show, from the same fictional fixtures as the tests and stories, given as
// properties before the element upgrades (Lit keeps them), so each element has something to draw.
const fixture = (name) => tsImport(`../packages/elements/src/${name}/${name}.fixtures.ts`, import.meta.url);
const [{ midwayCase, sampleCatalogue }, { sampleCases, NOW }, { sampleReport }] = await Promise.all([
  fixture('case-timeline'),
  fixture('case-list'),
  fixture('evaluation-report'),
]);
const midway = midwayCase();

/**
 * Linkki ships no statements for the participation indicator (only an organisation's licensed file
 * has them): a definition shaped like it, with made-up texts, as in the element's tests.
 */
const TEST_INSTRUMENT = {
  id: 'esis',
  version: 'test',
  title: 'Testikysely (ei virallinen sanamuoto)',
  language: 'fi',
  scoring: 'esis',
  items: Array.from({ length: 10 }, (_, i) => ({ id: `s${i + 1}`, text: `Testiväittämä ${i + 1}` })),
  scale: { min: 1, max: 5, labels: [1, 2, 3, 4, 5].map((value) => ({ value, label: `Askel ${value}` })) },
};

/** Each element as a page would embed it: attributes, and properties set by a module before the bundle. */
const ELEMENTS = [
  { tag: 'linkki-swemwbs' },
  { tag: 'linkki-participation', properties: { instrument: TEST_INSTRUMENT } },
  { tag: 'linkki-referral-form' },
  // Without a status link in the address it shows how to open the link again: its content is all there is.
  { tag: 'linkki-referral-status', ready: 'h1, h2, h3, h4, h5, h6, p' },
  { tag: 'linkki-case-timeline', attributes: `now="${midway.now}"`, properties: { case: midway.record, catalogue: sampleCatalogue } },
  { tag: 'linkki-case-list', attributes: `now="${NOW}"`, properties: { cases: sampleCases() } },
  // A report given as a property has no control to wait for: its first table is the content.
  { tag: 'linkki-evaluation-report', properties: { report: sampleReport() }, ready: 'table' },
  { tag: 'linkki-activity-finder', attributes: `src="/data/catalogue.json" today="${TODAY}"`, ready: '[part="result"]' },
].filter(({ tag }) => !args.only || args.only.includes(tag));

const CONTROL = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary';

function page({ tag, attributes = '', properties }, bundle) {
  const data = properties ? `<script type="module" src="/data/${tag}.js"></script>\n` : '';
  return `<!doctype html>
<html lang="fi">
<head>
<meta charset="utf-8">
<title>${tag} on slow 3G</title>
${data}<script type="module" src="/dist/${bundle}"></script>
</head>
<body>
<main><${tag} ${attributes}></${tag}></main>
</body>
</html>
`;
}

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; worker-src 'self'; connect-src 'self'; img-src 'self' data:";
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.map': 'application/json' };
const gzipped = new Map();
const body = (key, make) => {
  if (!gzipped.has(key)) gzipped.set(key, gzipSync(make(), { level: 6 }));
  return gzipped.get(key);
};

/** Pages, the bundles and the data, gzipped, no caching (every run is cold anyway). */
function route(path) {
  const pageMatch = /^\/page\/(all|element)\/(linkki-[a-z-]+)\.html$/.exec(path);
  if (pageMatch) {
    const element = ELEMENTS.find((e) => e.tag === pageMatch[2]);
    if (!element) return undefined;
    const bundle = pageMatch[1] === 'all' ? 'linkki.min.js' : `${element.tag}.min.js`;
    return { type: TYPES['.html'], body: () => page(element, bundle) };
  }
  const dataMatch = /^\/data\/(linkki-[a-z-]+)\.js$/.exec(path);
  if (dataMatch) {
    const element = ELEMENTS.find((e) => e.tag === dataMatch[1]);
    if (!element?.properties) return undefined;
    const assign = Object.entries(element.properties).map(([key, value]) => `element.${key} = ${JSON.stringify(value)};`);
    return { type: TYPES['.js'], body: () => `const element = document.querySelector('${element.tag}');\n${assign.join('\n')}\n` };
  }
  if (path === '/data/catalogue.json') return { type: TYPES['.json'], body: () => readFileSync(new URL('../examples/data/catalogue.json', import.meta.url)) };
  if (path.startsWith('/dist/')) {
    const file = normalize(join(dist, path.slice('/dist/'.length)));
    if (!file.startsWith(dist) || !existsSync(file)) return undefined;
    return { type: TYPES[extname(file)] ?? 'application/octet-stream', body: () => readFileSync(file) };
  }
  return undefined;
}

const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  if (path === '/favicon.ico') return void res.writeHead(204).end();
  const found = route(path);
  const headers = { 'Content-Security-Policy': CSP, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' };
  if (!found) return void res.writeHead(404, headers).end('Not found');
  res.writeHead(200, { ...headers, 'Content-Type': found.type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
  res.end(body(path, found.body));
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-dev-shm-usage'],
});

/**
 * One cold load: a new profile, throttled, the cache off. Returns the time until the element was
 * usable, the requests made until then, and the longest chain of dependent requests among them.
 */
async function measure(element, mode) {
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    const errors = [];
    tab.on('pageerror', (error) => errors.push(String(error)));
    tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await tab.setCacheEnabled(false);
    await tab.emulateNetworkConditions({ download: CONDITIONS.downloadThroughput, upload: CONDITIONS.uploadThroughput, latency: CONDITIONS.latency });
    // Puppeteer reports the requests of the page and of its workers (the finder's catalogue is fetched
    // in one), each with the initiator Chromium gives it; times are taken as the events arrive.
    const requests = [];
    const started = Date.now();
    tab.on('request', (request) => requests.push({ url: request.url(), initiator: request.initiator() ?? {}, sent: Date.now() - started, request }));
    tab.on('requestfinished', (request) => {
      const entry = requests.find((r) => r.request === request);
      if (entry) entry.finished = Date.now() - started;
    });

    const url = `${origin}/page/${mode}/${element.tag}.html`;
    await tab.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    const usable = await tab.waitForFunction(
      (tag, selector) => {
        const host = document.querySelector(tag);
        if (!host || !customElements.get(tag) || !host.shadowRoot) return false;
        const find = (root) => {
          const hit = [...root.querySelectorAll(selector)].find((node) => node.checkVisibility?.() ?? true);
          if (hit) return hit;
          for (const node of root.querySelectorAll('*')) {
            const inner = node.shadowRoot && find(node.shadowRoot);
            if (inner) return inner;
          }
          return undefined;
        };
        return find(host.shadowRoot) ? performance.now() : false;
      },
      { polling: 20, timeout: 60_000 },
      element.tag,
      element.ready ?? CONTROL,
    ).catch(async () => {
      const shown = await tab.evaluate((tag) => document.querySelector(tag)?.shadowRoot?.textContent?.replace(/\s+/g, ' ').slice(0, 200) ?? 'no shadow root', element.tag);
      errors.push(`not usable within 60 s (shows: ${shown})`);
      return undefined;
    });
    const usableAt = Date.now() - started;
    const ms = usable ? await usable.jsonValue() : Number.POSITIVE_INFINITY;
    // Only what had arrived when the element was usable: a part it asks for next (the form's sending
    // code, the finder's search code) may be on its way by then, but the element did not wait for it.
    const seen = requests.filter((r) => !r.url.endsWith('/favicon.ico') && r.finished !== undefined && r.finished <= usableAt);
    return { ms, depth: depthOf(url, seen), requests: seen.length, errors };
  } finally {
    await context.close();
  }
}

/**
 * The longest chain page → bundle → chunk → …: a request's parent is the script that started it, from
 * the stack Chromium gives as its initiator. A request without one (found by the page's parser or
 * preload scanner, a `<link rel=modulepreload>` a script inserted, a worker's script) is taken to
 * depend on the request that finished last before it was sent: the page for the bundle, the loader
 * for the chunks it preloads, the chunk whose code started the worker.
 */
function depthOf(pageUrl, requests) {
  const depth = new Map();
  const scriptOf = (initiator) => {
    for (let stack = initiator.stack; stack; stack = stack.parent) {
      const frame = stack.callFrames?.find((f) => f.url);
      if (frame) return frame.url;
    }
    return undefined;
  };
  for (const entry of [...requests].sort((a, b) => a.sent - b.sent)) {
    if (depth.has(entry.url)) continue;
    let parent = entry.url === pageUrl ? undefined : scriptOf(entry.initiator);
    if (!parent && entry.url !== pageUrl) {
      const before = requests.filter((r) => r.finished !== undefined && r.finished <= entry.sent && depth.has(r.url));
      parent = before.sort((a, b) => b.finished - a.finished)[0]?.url ?? pageUrl;
    }
    depth.set(entry.url, parent ? (depth.get(parent) ?? 1) + 1 : 1);
    if (process.env.SLOW3G_DEBUG) console.log(depth.get(entry.url), entry.sent, entry.finished, entry.url.replace(/^.*\/\/[^/]+/, ''), '←', parent?.replace(/^.*\/\/[^/]+/, ''), entry.initiator.type);
  }
  return Math.max(...depth.values());
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const results = [];
for (const element of ELEMENTS) {
  for (const mode of ['all', 'element']) {
    const runs = [];
    for (let run = 0; run < RUNS; run++) runs.push(await measure(element, mode));
    const errors = [...new Set(runs.flatMap((r) => r.errors))];
    results.push({ tag: element.tag, mode, ms: runs.map((r) => Math.round(r.ms)), depth: Math.max(...runs.map((r) => r.depth)), requests: median(runs.map((r) => r.requests)), errors });
  }
}
await browser.close();
server.close();

if (args.json) {
  console.log(JSON.stringify({ conditions: CONDITIONS, runs: RUNS, results }, null, 2));
} else {
  const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
  console.log(`\nSlow 3G (${CONDITIONS.downloadThroughput * 8 / 1000} kbit/s down and up, ${CONDITIONS.latency} ms round trip, cache off), ${RUNS} runs: time until each element is usable`);
  console.log('element'.padEnd(26), 'through'.padEnd(26), 'median'.padStart(8), 'min–max'.padStart(16), 'depth'.padStart(6), 'requests'.padStart(9));
  for (const r of results) {
    const through = r.mode === 'all' ? 'linkki.min.js' : `${r.tag}.min.js`;
    const over = r.mode === 'all' && median(r.ms) > BUDGET_MS ? '  OVER' : '';
    console.log(r.tag.padEnd(26), through.padEnd(26), s(median(r.ms)).padStart(8), `${s(Math.min(...r.ms))}–${s(Math.max(...r.ms))}`.padStart(16), String(r.depth).padStart(6), String(r.requests).padStart(9) + over);
    for (const error of r.errors) console.log(`  console error: ${error}`);
  }
}
const over = results.filter((r) => r.mode === 'all' && median(r.ms) > BUDGET_MS);
const broken = results.filter((r) => r.errors.length > 0);
if (over.length) console.error(`\nOver ${BUDGET_MS / 1000} s through the all-in-one: ${over.map((r) => r.tag).join(', ')}`);
if (broken.length) console.error(`\nConsole errors on: ${broken.map((r) => `${r.tag} (${r.mode})`).join(', ')}`);
process.exit(over.length || broken.length ? 1 : 0);
