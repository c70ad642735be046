import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, describe, it } from 'node:test';
import { openDatabase, type Database } from '@linkki/intake';
import type { Page } from 'puppeteer-core';
// @ts-expect-error -- a plain .mjs script without type declarations
import { DEMO_STAFF } from '../../scripts/serve.mjs';
import { demoInChromium } from './demo-browser.js';

/**
 * The model's whole loop in real Chromium, through the demo's pages and the real intake service:
 * a self-referral on the municipal page → the coordinator routes it and assigns a link worker in
 * the workspace → the link worker records a meeting and the start SWEMWBS → closes the case with the
 * person's own answers, the end SWEMWBS and consented feedback → the status link shows the feedback
 * → three months later the follow-up SWEMWBS pairs with start and end. Driven by roles and labels
 * (Puppeteer's ARIA queries pierce shadow roots). On PGlite always; on PostgreSQL too when
 * DATABASE_URL is set (CI), in a schema of its own that is dropped afterwards.
 */
const keyOf = (id: string): string => DEMO_STAFF.find((s: { id: string }) => s.id === id).key;
const COORDINATOR = keyOf('demo-coordinator');
const LINK_WORKER = keyOf('demo-link-worker-se');
const ADMIN = keyOf('demo-admin');
/** The answers given at each timepoint (1–5 per statement) and the metric scores they make. */
const START = [2, 2, 3, 2, 3, 2, 3];
const END = [4, 3, 4, 4, 4, 4, 4];
const FOLLOW_UP = [4, 4, 4, 4, 4, 4, 4];

/** Where the loop got to, printed when LINKKI_E2E_PROGRESS is set (a failing step names itself). */
const progress = (step: string) => process.env.LINKKI_E2E_PROGRESS && console.error(`step ${step}`);

const aria = (name: string, role?: string) => `::-p-aria(${role ? `[name="${name}"][role="${role}"]` : name})`;

async function click(page: Page, name: string, role = 'button') {
  progress(`click ${role} ${name}`);
  await page.locator(aria(name, role)).setTimeout(60000).click();
}

async function fill(page: Page, name: string, text: string) {
  progress(`fill ${name}`);
  await page.locator(aria(name, 'textbox')).setTimeout(60000).fill(text).catch(async (error) => {
    const names: string[] = [];
    const walk = (node: { role: string; name?: string; children?: unknown[] } | null) => {
      if (!node) return;
      if (node.role === 'textbox') names.push(JSON.stringify(node.name));
      for (const child of (node.children ?? []) as never[]) walk(child);
    };
    walk((await page.accessibility.snapshot({ interestingOnly: true })) as never);
    throw new Error(`${error.message}: no textbox "${name}" among ${names.join(', ')}`);
  });
}

/** The text of an element's shadow root, whitespace folded. */
const shadowText = (page: Page, selector: string) => page.$eval(selector, (el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '));

async function waitForText(page: Page, selector: string, text: string | RegExp, timeout = 60000) {
  progress(`wait for ${selector}: ${text}`);
  const source = typeof text === 'string' ? text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : text.source;
  await page.waitForFunction(
    (sel, pattern) => new RegExp(pattern).test((document.querySelector(sel)?.shadowRoot?.textContent ?? document.querySelector(sel)?.textContent ?? '').replace(/\s+/g, ' ')),
    { timeout },
    selector,
    source,
  );
}

/** Answers the workspace's SWEMWBS (stepper layout) one statement at a time and confirms. */
async function answerSwemwbs(page: Page, values: number[]) {
  const labels = ['En koskaan', 'Harvoin', 'Silloin tällöin', 'Usein', 'Koko ajan'];
  for (const [i, value] of values.entries()) {
    await click(page, labels[value - 1]!, 'radio');
    await click(page, i === values.length - 1 ? 'Tarkista vastaukset' : 'Seuraava');
  }
  await click(page, 'Vahvista vastaukset');
}

async function signIn(page: Page, origin: string, key: string) {
  await page.goto(`${origin}/workspace/`, { waitUntil: 'load' });
  await fill(page, 'Henkilökohtainen API-avain', key);
  await click(page, 'Kirjaudu');
  await page.locator('#workspace:not([hidden])').wait();
}

async function api(origin: string, key: string, path: string) {
  const res = await fetch(`${origin}/api${path}`, { headers: { authorization: `Bearer ${key}` } });
  assert.equal(res.status, 200, `${path}: ${res.status}`);
  return res.json();
}

function loop(backend: 'PGlite' | 'PostgreSQL') {
  describe(`the whole loop in Chromium on ${backend}`, () => {
    let database: Database | undefined;
    const schema = `linkki_loop_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
    const demo = demoInChromium(async () => {
      if (backend === 'PostgreSQL') database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: '', schema });
      return { database };
    });

    // After the demo has stopped (hooks run in the order they were added).
    after(async () => {
      if (database) {
        await database.query(`DROP SCHEMA ${schema} CASCADE`);
        await database.close();
      }
    });

    it('self-referral → assignment → meeting and start SWEMWBS → closure with her answers → status link → follow-up', { timeout: 300000 }, async () => {
      const page = await demo.browser.newPage();
      await page.setViewport({ width: 1024, height: 900 });
      page.setDefaultTimeout(60000);
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(String(error)));

      progress('1');
      // 1. The person refers herself on the municipal page and keeps the status link.
      await page.goto(`${demo.origin}/municipal/`, { waitUntil: 'networkidle0' });
      const form = 'linkki-referral-form >>> ';
      await page.locator(`${form}#name`).setTimeout(30000).fill('Silmukka Testihenkilö');
      await page.locator(`${form}#phone`).fill('040 000 0099');
      await page.locator(`${form}#birthYearOrAge`).fill('1948');
      await page.locator(`${form}#reason-loneliness`).click();
      await page.locator(`${form}#consent-input`).click();
      await page.locator(`${form}button[type="submit"]`).click();
      // Polled: waitForSelector watches the document's mutations and misses a shadow root's.
      await page.waitForFunction(() => document.querySelector('linkki-referral-form')?.shadowRoot?.querySelector('#status-link-url'), { timeout: 90000, polling: 250 });
      const statusLink = await page.$eval(`${form}#status-link-url`, (el) => (el as HTMLTextAreaElement).value);
      const reference = /LNK-\d{4}-\d{6}/.exec(await shadowText(page, 'linkki-referral-form'))![0];

      progress('2');
      // 2. The coordinator finds it in the case list, routes it to a link worker and assigns one.
      await signIn(page, demo.origin, COORDINATOR);
      await waitForText(page, '#cases', reference);
      await click(page, reference, 'link');
      await page.waitForFunction(() => location.hash.startsWith('#/case/'));
      const caseId = decodeURIComponent(await page.evaluate(() => location.hash.slice('#/case/'.length)));
      await waitForText(page, '#case-title', reference);
      await click(page, 'Ohjaa linkkihenkilölle');
      await waitForText(page, '#routing-state', 'Lähete ohjattiin');
      await page.select('#assign-worker', 'demo-link-worker-se');
      await click(page, 'Osoita');
      await waitForText(page, '#routing-state', 'Linkkihenkilö osoitettiin');
      assert.equal((await api(demo.origin, COORDINATOR, `/referrals/${caseId}`)).assignedTo, 'demo-link-worker-se');
      await click(page, 'Kirjaudu ulos');

      progress('3');
      // 3. The link worker sees only her cases, opens this one, records a meeting and the start SWEMWBS.
      await signIn(page, demo.origin, LINK_WORKER);
      await waitForText(page, '#cases', reference);
      await click(page, reference, 'link');
      await waitForText(page, '#timeline', 'Lisää tapaaminen');
      await click(page, 'Lisää tapaaminen');
      await click(page, 'Kotona', 'radio');
      await fill(page, 'Kesto minuutteina (vapaaehtoinen)', '60');
      await click(page, 'Tallenna');
      await waitForText(page, '#timeline', 'Tapaaminen: Kotona');
      await answerSwemwbs(page, START);
      await waitForText(page, '#measure-status', 'Vastaukset tallentuivat asiakkuuteen');

      progress('4');
      // 4. She closes the case: how it ended, the person's own answers, the end SWEMWBS, consented feedback.
      await click(page, 'Päätä asiakkuus');
      await click(page, 'Vietiin läpi suunnitellusti', 'radio');
      await fill(page, 'Tapaamisten määrä', '1');
      await click(page, 'Ehdottomasti', 'radio');
      await click(page, 'Jokseenkin samaa mieltä', 'radio');
      for (const [i, value] of END.entries()) {
        // Seven statements share the answer labels, so each is found by its statement, then its step.
        await page.locator(`#timeline >>> linkki-swemwbs >>> #statement-${i + 1} .scale > label:nth-child(${value}) input`).setTimeout(60000).click();
      }
      await fill(page, 'Palaute lähetteen tekijälle (vapaaehtoinen)', 'Yhteistyö sujui hyvin, ja hän jatkaa kahvipiirissä.');
      await click(page, 'Henkilö on antanut luvan kertoa tämän palautteen lähetteen tekijälle', 'checkbox');
      const closeButtons = await page.$$(aria('Päätä asiakkuus', 'button'));
      await closeButtons.at(-1)!.click();
      await waitForText(page, '#timeline', 'Asiakkuus päättyi: Vietiin läpi suunnitellusti');

      progress('5');
      // 5. The status link shows that it closed, and the feedback, and nothing about the person.
      await page.goto(statusLink, { waitUntil: 'networkidle0' });
      await waitForText(page, 'linkki-referral-status', 'Yhteistyö sujui hyvin');
      const status = await shadowText(page, 'linkki-referral-status');
      assert.ok(!status.includes('Silmukka'), 'the status page names no one');
      assert.ok(!status.includes('040 000 0099'), 'the status page shows no contact');

      progress('6');
      // 6. The follow-up is due three months after the closure, listed for the link worker; its SWEMWBS pairs with start and end.
      const { followUps } = await api(demo.origin, LINK_WORKER, '/follow-ups');
      const due = followUps.find((f: { id: string }) => f.id === caseId);
      assert.ok(due, 'the follow-up is listed for the assigned link worker');
      const closedOn = new Date(`${due.closedOn}T12:00:00Z`);
      const threeMonths = new Date(Date.UTC(closedOn.getUTCFullYear(), closedOn.getUTCMonth() + 3, closedOn.getUTCDate()));
      assert.ok(due.due <= threeMonths.toISOString().slice(0, 10) && due.daysLeft > 80, `due ${due.due}`);
      await signIn(page, demo.origin, LINK_WORKER);
      await waitForText(page, '#follow-ups', reference);
      await click(page, `${reference}, Silmukka Testihenkilö`, 'link');
      await waitForText(page, '#case-title', reference);
      await click(page, 'Seuranta 3 kk', 'radio');
      await answerSwemwbs(page, FOLLOW_UP);
      await waitForText(page, '#measure-status', 'Vastaukset tallentuivat asiakkuuteen');

      const { changes, measures } = await api(demo.origin, LINK_WORKER, `/referrals/${caseId}/responses`);
      assert.deepEqual(Object.keys(measures.swemwbs).sort(), ['end', 'follow-up', 'start']);
      assert.equal(changes.swemwbs['start→end'].from, measures.swemwbs.start.current.score.metric);
      assert.equal(changes.swemwbs['start→end'].to, measures.swemwbs.end.current.score.metric);
      assert.equal(changes.swemwbs['start→follow-up'].to, measures.swemwbs['follow-up'].current.score.metric);
      assert.ok(changes.swemwbs['start→end'].change > 0 && changes.swemwbs['start→follow-up'].change > 0);
      assert.equal((await api(demo.origin, LINK_WORKER, '/follow-ups')).followUps.some((f: { id: string }) => f.id === caseId), false, 'done follow-ups leave the list');

      // The audit names who read and changed the case.
      const { audit } = await api(demo.origin, ADMIN, `/audit?referral=${caseId}`);
      const actions = new Set(audit.map((row: { action: string; staffId: string }) => `${row.staffId}:${row.action}`));
      for (const expected of ['demo-coordinator:assign', 'demo-link-worker-se:read-referral', 'demo-link-worker-se:record-response']) assert.ok(actions.has(expected), expected);
      assert.deepEqual(problems, []);
      await page.close();
    });
  });
}

loop('PGlite');
if (process.env.DATABASE_URL) loop('PostgreSQL');
