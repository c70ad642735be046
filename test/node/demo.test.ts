import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { IntakeStore, openDatabase } from '@linkki/intake';
import { LAPLAND_MUNICIPALITIES, type EvaluationReport } from '@linkki/schema';
import { assertValid, loadCases, makeEvaluationCases, municipalityCounts } from '../../scripts/evaluation-data.mjs';
// @ts-expect-error -- a plain .mjs script without type declarations
import { DEMO_EVALUATION, DEMO_STAFF } from '../../scripts/serve.mjs';
import { demoInChromium } from './demo-browser.js';

const keyOf = (id: string): string => DEMO_STAFF.find((s: { id: string }) => s.id === id).key;

/** The fictional cases behind the demo's evaluation report (scripts/evaluation-data.mjs). */
describe('evaluation seeds', () => {
  const cases = makeEvaluationCases(DEMO_EVALUATION.count, DEMO_EVALUATION);

  it('are the same fictional cases on every start, valid against @linkki/schema with computed scores', () => {
    assert.deepEqual(makeEvaluationCases(DEMO_EVALUATION.count, DEMO_EVALUATION), cases);
    assertValid(cases);
    for (const { referral } of cases) {
      const { phone, email } = referral.person.contact;
      assert.ok(phone ? /^040 000 \d{4}$/.test(phone) : email?.endsWith('@example.invalid'), 'test numbers and reserved addresses only');
    }
    const statuses = new Set(cases.map((c) => c.status));
    for (const status of ['link-worker', 'completed', 'interrupted', 'no-joint-work', 'referred-elsewhere', 'may-start-later']) assert.ok(statuses.has(status), status);
  });

  it("spread over Lapland's 21 municipalities: most in the pilots and Rovaniemi, a few in Pelkosenniemi and Savukoski", () => {
    const counts: Record<string, number> = {};
    for (const { referral } of cases) counts[referral.person.municipality] = (counts[referral.person.municipality] ?? 0) + 1;
    assert.deepEqual(counts, municipalityCounts(DEMO_EVALUATION.count));
    assert.equal(Object.keys(counts).length, LAPLAND_MUNICIPALITIES.length);
    for (const small of ['583', '742']) assert.ok(counts[small]! >= 1 && counts[small]! < 5, `${small}: ${counts[small]}`);
    for (const large of ['758', '320', '698']) assert.ok(counts[large]! >= 12, `${large}: ${counts[large]}`);
    const women = cases.filter((c) => c.referral.person.gender === 'female').length;
    assert.ok(women > cases.length / 2, 'mostly women');
  });

  it('load in bulk once, numbered in order of receipt, and the intake numbers on after them', async () => {
    const db = await openDatabase({ databaseUrl: undefined, dataDir: 'memory://' });
    try {
      const events = cases.reduce((n, c) => n + c.events.length, 0);
      assert.deepEqual(await loadCases(db, cases), { referrals: cases.length, events });
      assert.deepEqual(await loadCases(db, cases), { referrals: 0, events: 0 }, 'a second start adds nothing');
      const rows = await db.query<{ reference: string; received_at: Date }>('SELECT reference, received_at FROM referrals ORDER BY received_at, reference');
      assert.deepEqual(
        rows.map((r) => r.reference),
        cases.map((c, i) => `LNK-${c.receivedAt.slice(0, 4)}-${String(i + 1).padStart(6, '0')}`),
      );
      const next = await new IntakeStore(db).saveReferral('after-seeds', { ...cases[0]!.referral, id: 'de300000-0000-4000-8000-0000000000ff' });
      assert.ok(next.outcome === 'created' && next.value.reference.endsWith(`-${String(cases.length + 1).padStart(6, '0')}`));
    } finally {
      await db.close();
    }
  });
});

/** The demo as `npm start` serves it: every page loads under the strict CSP with no console error. */
describe('demo pages', () => {
  const demo = demoInChromium();

  const pages: [string, string[]][] = [
    ['/', []],
    ['/municipal/', ['linkki-referral-form', 'linkki-activity-finder']],
    ['/municipal/tila.html', ['linkki-referral-status']],
    ['/client-system/', ['linkki-referral-form', 'linkki-swemwbs', 'linkki-case-timeline']],
    ['/workspace/', []],
    // The React app: @linkki/react's components, each element loaded from /dist/ on first mount.
    ['/react/', ['linkki-referral-form', 'linkki-swemwbs', 'linkki-activity-finder']],
  ];

  for (const [path, elements] of pages) {
    it(`${path} renders its elements with no console error or CSP violation`, async () => {
      const page = await demo.browser.newPage();
      const problems: string[] = [];
      page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
      page.on('pageerror', (error) => problems.push(String(error)));
      const response = await page.goto(`${demo.origin}${path}`, { waitUntil: 'networkidle0' });
      assert.equal(response?.status(), 200);
      assert.match(response?.headers()['content-security-policy'] ?? '', /script-src 'self'/);
      for (const tag of elements) {
        const rendered = await page.$eval(tag, (el) => (el.shadowRoot?.textContent ?? '').trim().length);
        assert.ok(rendered > 0, `${tag} rendered nothing`);
      }
      assert.deepEqual(problems, []);
      await page.close();
    });
  }

  it('the municipal page’s finder (linkki.min.js) answers a search with words, typed key by key, from the search code its worker loads after the first results', async () => {
    const page = await demo.browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('pageerror', (error) => problems.push(String(error)));
    await page.goto(`${demo.origin}/municipal/`, { waitUntil: 'networkidle0' });
    const names = () => page.$eval('linkki-activity-finder', (el) => [...el.shadowRoot!.querySelectorAll('[part="result"] [id^="name-"]')].map((n) => n.textContent!.trim()));
    await page.waitForFunction(() => document.querySelector('linkki-activity-finder')?.shadowRoot?.querySelector('[part="result"]'), { timeout: 30000 });
    const first = await names();
    await page.focus('linkki-activity-finder >>> input[type="search"]');
    await page.keyboard.type('sauvakävely');
    await page.waitForFunction(
      (before: string[]) => {
        const shown = [...document.querySelector('linkki-activity-finder')!.shadowRoot!.querySelectorAll('[part="result"] [id^="name-"]')].map((n) => n.textContent!.trim());
        return shown.length > 0 && shown.join('|') !== before.join('|');
      },
      { timeout: 30000 },
      first,
    );
    assert.ok((await names()).some((name) => /sauvakävely/i.test(name)), (await names()).join(', '));
    assert.deepEqual(problems, []);
    await page.close();
  });

  it("the county evaluator's report shows numbers and hides the small cells of Pelkosenniemi and Savukoski", async () => {
    const res = await fetch(`${demo.origin}/api/evaluation?from=2025-12&to=2026-11`, { headers: { authorization: `Bearer ${keyOf('demo-evaluator-lapland')}` } });
    assert.equal(res.status, 200);
    const report = (await res.json()) as EvaluationReport;
    assert.equal(report.municipalities.length, 21);
    const cells = report.tables.flatMap((t) => [t.total, ...t.rows]);
    assert.ok(cells.some((c) => c.count !== null && c.count >= 5), 'numbers');
    assert.ok(cells.some((c) => c.suppressed === 'small'), 'hidden small cells');
    const municipality = report.tables.find((t) => t.id === 'municipality')!;
    for (const code of ['583', '742']) assert.equal(municipality.rows.find((r) => r.code === code)?.count, null, code);
    assert.ok(municipality.rows.filter((r) => r.count !== null && r.count >= 5).length >= 5, 'the larger municipalities are shown');
  });

  it('the workspace shows the evaluator the report, and the coordinator a link to the report of her municipalities', async () => {
    const page = await demo.browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('pageerror', (error) => problems.push(String(error)));
    const report = () => page.$eval('linkki-evaluation-report', (el) => el.shadowRoot!.textContent!.replace(/\s+/g, ' '));
    const loaded = () => page.waitForFunction(() => (document.querySelector('linkki-evaluation-report')?.shadowRoot?.textContent ?? '').includes('Raportti tehty'), { timeout: 60000 });
    const signIn = async (key: string) => {
      await page.goto(`${demo.origin}/workspace/`, { waitUntil: 'networkidle0' });
      await page.type('#key', key);
      await page.click('#sign-in-form button[type="submit"]');
      await page.waitForSelector('#workspace:not([hidden])');
    };
    await signIn(keyOf('demo-evaluator-lapland'));
    await loaded();
    assert.match(await report(), /Aikaväli: joulukuu 2025 – marraskuu 2026 .* Kunnat: Enontekiö, Inari, Kemi, .* ja Ylitornio/);
    assert.match(await report(), /< 5/);
    assert.equal(await page.$eval('#list-view', (el) => (el as HTMLElement).hidden), true, 'no case list for an evaluator');
    await page.click('#sign-out');
    await signIn(keyOf('demo-coordinator'));
    await page.click('#report-link a');
    await loaded();
    assert.match(await report(), /Kunnat: Sodankylä, Enontekiö ja Inari/);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'report-title');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('shows the stored SWEMWBS result in the client system', async () => {
    const page = await demo.browser.newPage();
    await page.goto(`${demo.origin}/client-system/`, { waitUntil: 'networkidle0' });
    const text = await page.$eval('#swemwbs-end', (el) => el.shadowRoot!.textContent!);
    assert.match(text, /28,13 pistettä asteikolla 7–35/);
    assert.match(text, /\+7,4/);
    await page.close();
  });

  it('shows the case timelines with valid fictional cases', async () => {
    const page = await demo.browser.newPage();
    await page.goto(`${demo.origin}/client-system/`, { waitUntil: 'networkidle0' });
    const closed = await page.$eval('#timeline', (el) => el.shadowRoot!.textContent!.replace(/\s+/g, ' '));
    assert.match(closed, /Tilanne: päättynyt 24\.8\.2026 \(Vietiin läpi suunnitellusti\)/);
    assert.match(closed, /Alussa 20,73 pistettä, lopussa 28,13 pistettä\. Muutos \+7,4 pistettä\./);
    await page.close();
  });

  it('the municipal confirmation shows the status link once; its page shows the stage and takes the token off the address bar', async () => {
    const page = await demo.browser.newPage();
    await page.goto(`${demo.origin}/municipal/`, { waitUntil: 'networkidle0' });
    const form = 'linkki-referral-form >>> ';
    await page.type(`${form}#name`, 'Testi Kuntalainen');
    await page.type(`${form}#phone`, '040 000 0003');
    await page.type(`${form}#birthYearOrAge`, '1950');
    await page.click(`${form}#reason-loneliness`);
    await page.click(`${form}#consent-input`);
    await page.click(`${form}button[type="submit"]`);
    await page.waitForFunction(() => document.querySelector('linkki-referral-form')!.shadowRoot!.querySelector('#status-link-url'), { timeout: 20000 });
    const link = await page.$eval('linkki-referral-form', (el) => el.shadowRoot!.querySelector<HTMLTextAreaElement>('#status-link-url')!.value);
    assert.match(link, new RegExp(`^${demo.origin}/municipal/tila\\.html#[\\w-]{43}$`));
    const token = link.split('#')[1]!;
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    assert.ok(!stored.includes(token), 'the token is kept in no storage');

    await page.goto(link, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => document.querySelector('linkki-referral-status')!.shadowRoot!.textContent!.includes('Vastaanotettu'));
    assert.equal(page.url(), `${demo.origin}/municipal/tila.html`);
    const shown = await page.$eval('linkki-referral-status', (el) => el.shadowRoot!.textContent!.replace(/\s+/g, ' '));
    assert.match(shown, /Hyvinvointilähetteen vaihe/);
    assert.match(shown, /Ohjattu eteenpäin Ei vielä/);
    assert.ok(!shown.includes('Testi Kuntalainen'), 'nothing about the person');
    await page.close();
  });
});
