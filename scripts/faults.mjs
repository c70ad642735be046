// Fault campaign: randomized fault sequences through real Chromium against the real intake service
// (PGlite in memory) with faults injected around it (test/server/intake-faults.mjs). Each sequence
// sends one referral with the built <linkki-referral-form> while the connection drops before or
// after the server stored it, the server answers 5xx, answers too slowly, the browser goes offline,
// the page is reloaded mid-send, or the person double-clicks. Prints referrals submitted, rows
// stored, duplicates, lost and false failures shown; exits 1 unless the last three are 0.
// Usage: npm run faults [-- --sequences 100 --seed 1]
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { createFaultyIntake } from '../test/server/intake-faults.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const SEQUENCES = arg('sequences', 100);
let seed = arg('seed', 20261202);
/** mulberry32: the same seed gives the same campaign. */
const random = () => {
  seed |= 0;
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (list) => list[Math.floor(random() * list.length)];
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const DIST = 'packages/elements/dist';
const TIMEOUT_MS = 800;

const PAGE = `<!doctype html><html lang="en"><meta charset="utf-8"><title>fault campaign</title>
<script type="module" src="/dist/linkki-referral-form.min.js"></script>
<script type="module" src="/page.js"></script><body></body></html>`;

// Seeds a complete referral as the form's draft (once per sequence), then mounts the form; a reload
// finds the draft or the pending referral and carries on, as it would for a person.
const PAGE_JS = `
const params = new URLSearchParams(location.search);
const key = 'linkki-referral:professional';
if (!sessionStorage.getItem(key) && !sessionStorage.getItem(key + ':outbox') && !sessionStorage.getItem('faults:done')) {
  sessionStorage.setItem(key, JSON.stringify({ id: params.get('id'), values: {
    referrerType: 'health-services', referrerName: '', referrerOrganisation: '', referrerPhone: '', referrerEmail: '', wantsFeedback: false,
    name: 'Testi Henkilö ' + params.get('n'), phone: '040 000 0002', email: '', birthYearOrAge: '1947', gender: '', municipality: '758',
    language: 'fi', reasons: ['loneliness'], otherReason: '', hopes: '', consent: true } }));
}
const form = document.createElement('linkki-referral-form');
form.setAttribute('endpoint', '/faulty/' + params.get('run') + '/referrals?plan=' + params.get('plan'));
form.setAttribute('timeout', '${TIMEOUT_MS}');
form.setAttribute('retry-delay', '50');
form.addEventListener('linkki-submitted', (e) => sessionStorage.setItem('faults:done', JSON.stringify(e.detail)));
form.addEventListener('linkki-error', (e) => {
  if (e.detail.kind !== 'network') sessionStorage.setItem('faults:error', JSON.stringify(e.detail));
});
document.body.append(form);
`;

const TYPES = { '.js': 'text/javascript', '.map': 'application/json', '.html': 'text/html' };

async function startServer() {
  const faulty = await createFaultyIntake({ base: '/faulty' });
  const server = createServer(async (req, res) => {
    try {
      if (await faulty.handle(req, res)) return;
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      if (path === '/' || path === '/index.html') return void res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
      if (path === '/page.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(PAGE_JS);
      if (path.startsWith('/dist/')) {
        const file = join(DIST, normalize(path.slice('/dist/'.length)).replace(/^(\.\.[/\\])+/, ''));
        const body = await readFile(file);
        return void res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
      }
      res.writeHead(404).end();
    } catch {
      if (!res.headersSent) res.writeHead(500).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, faulty, origin: `http://127.0.0.1:${server.address().port}` };
}

/** One random sequence: faults on the server side and actions on the browser side. */
function plan() {
  const faults = Array.from({ length: Math.floor(random() * 5) }, () => pick(['503', 'drop', 'cut', 'cut', `slow:${TIMEOUT_MS + 400}`, `late:${TIMEOUT_MS + 400}`, 'ok']));
  return {
    faults,
    doubleClick: random() < 0.3,
    reloadAfterMs: random() < 0.35 ? Math.floor(random() * 700) : undefined,
    offlineMs: random() < 0.3 ? 300 + Math.floor(random() * 1500) : undefined,
  };
}

async function runSequence(browser, origin, faulty, n) {
  const run = `seq-${n}-${Math.floor(random() * 1e9)}`;
  const id = crypto.randomUUID();
  const p = plan();
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const url = `${origin}/?run=${run}&id=${id}&n=${n}&plan=${p.faults.join(',')}`;
  await page.goto(url);
  await page.waitForFunction(() => document.querySelector('linkki-referral-form')?.shadowRoot?.querySelector('button[type="submit"]'));
  if (p.offlineMs) await page.setOfflineMode(true);
  await page.evaluate((double) => {
    const button = document.querySelector('linkki-referral-form').shadowRoot.querySelector('button[type="submit"]');
    button.click();
    if (double) button.click();
  }, p.doubleClick);
  const online = p.offlineMs ? sleep(p.offlineMs).then(() => page.setOfflineMode(false)) : Promise.resolve();
  if (p.reloadAfterMs !== undefined) {
    await sleep(p.reloadAfterMs);
    await online; // a page cannot be reloaded while the browser is offline
    await page.reload();
  }
  await online;
  // Wait for the confirmation; press "Try now" when the form says it gave up, as a person would.
  const deadline = Date.now() + 30_000;
  let state = '';
  while (Date.now() < deadline) {
    state = await page.evaluate(() => {
      const form = document.querySelector('linkki-referral-form');
      if (form?.submissionState === 'failed') form.shadowRoot.querySelector('[part="status"] button')?.click();
      return form?.submissionState ?? 'missing';
    }).catch(() => 'navigating');
    if (state === 'done' || state === 'rejected') break;
    if (state === 'missing') await page.reload().catch(() => {});
    await sleep(100);
  }
  const { done, error } = await page.evaluate(() => ({ done: sessionStorage.getItem('faults:done'), error: sessionStorage.getItem('faults:error') }));
  await context.close();
  // Let held or abandoned requests reach the database before counting.
  if (p.reloadAfterMs !== undefined || p.faults.some((f) => /^(slow|late)/.test(f))) await sleep(TIMEOUT_MS + 500);
  const rows = await faulty.intake.store.db.query("SELECT body, reference FROM referrals WHERE body #>> '{person,name}' = $1", [`Testi Henkilö ${n}`]);
  const reported = done ? JSON.parse(done) : undefined;
  const matches = Boolean(reported && rows.length === 1 && JSON.stringify(canonical(rows[0].body)) === JSON.stringify(canonical(reported.referral)) && rows[0].reference === reported.reply.reference);
  return { plan: p, state, rows: rows.length, confirmed: Boolean(reported), matches, errorShown: Boolean(error) };
}

function canonical(value) {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, canonical(v)]));
  return value;
}

const { server, faulty, origin } = await startServer();
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const totals = { submitted: 0, stored: 0, duplicates: 0, lost: 0, falseFailures: 0, mismatched: 0 };
const exercised = new Map();
const count = (what) => exercised.set(what, (exercised.get(what) ?? 0) + 1);
const started = Date.now();
try {
  for (let n = 1; n <= SEQUENCES; n += 1) {
    const result = await runSequence(browser, origin, faulty, n);
    for (const fault of result.plan.faults) count(`server: ${fault.replace(/:\d+$/, '')}`);
    if (result.plan.offlineMs) count('browser: offline period');
    if (result.plan.reloadAfterMs !== undefined) count('browser: reload mid-send');
    if (result.plan.doubleClick) count('browser: double click');
    totals.submitted += 1;
    totals.stored += Math.min(result.rows, 1);
    totals.duplicates += Math.max(0, result.rows - 1);
    if (result.rows === 0) totals.lost += 1;
    if (result.rows > 0 && (!result.confirmed || result.errorShown)) totals.falseFailures += 1;
    if (result.confirmed && !result.matches) totals.mismatched += 1;
    const bad = result.rows !== 1 || !result.confirmed || result.errorShown || !result.matches;
    if (bad) console.log(`sequence ${n}: ${JSON.stringify(result)}`);
    if (n % 10 === 0) console.log(`${n}/${SEQUENCES} sequences (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
} finally {
  await browser.close();
  server.close();
  await faulty.close();
}
console.log(`
fault campaign: ${SEQUENCES} sequences in ${((Date.now() - started) / 1000).toFixed(0)} s
  referrals submitted     ${totals.submitted}
  rows stored             ${totals.stored}
  duplicates              ${totals.duplicates}
  lost                    ${totals.lost}
  false failures shown    ${totals.falseFailures}
  confirmed ≠ stored      ${totals.mismatched}
faults exercised: ${[...exercised].sort().map(([what, n]) => `${what} ×${n}`).join(', ')}`);
process.exit(totals.duplicates || totals.lost || totals.falseFailures || totals.mismatched || totals.stored !== totals.submitted ? 1 : 0);
