import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import puppeteer, { type Browser } from 'puppeteer-core';
// @ts-expect-error -- a plain .mjs script without type declarations
import { startServer } from '../../scripts/serve.mjs';

/** The demo as `npm start` serves it: every page loads under the strict CSP with no console error. */
describe('demo pages', () => {
  let server: Server;
  let browser: Browser;
  let origin: string;

  before(async () => {
    server = await startServer(0, { dataDir: 'memory://', envDatabase: false });
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await puppeteer.launch({
      executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    });
  });

  after(async () => {
    await browser?.close();
    server?.close();
  });

  const pages: [string, string[]][] = [
    ['/', []],
    ['/municipal/', ['linkki-referral-form', 'linkki-activity-finder']],
    ['/municipal/tila.html', ['linkki-referral-status']],
    ['/client-system/', ['linkki-referral-form', 'linkki-swemwbs', 'linkki-case-timeline']],
    ['/workspace/', []],
  ];

  for (const [path, elements] of pages) {
    it(`${path} renders its elements with no console error or CSP violation`, async () => {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
      page.on('pageerror', (error) => problems.push(String(error)));
      const response = await page.goto(`${origin}${path}`, { waitUntil: 'networkidle0' });
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

  it('shows the stored SWEMWBS result in the client system', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/client-system/`, { waitUntil: 'networkidle0' });
    const text = await page.$eval('#swemwbs-end', (el) => el.shadowRoot!.textContent!);
    assert.match(text, /28,13 pistettä asteikolla 7–35/);
    assert.match(text, /\+7,4/);
    await page.close();
  });

  it('shows the case timelines with valid fictional cases', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/client-system/`, { waitUntil: 'networkidle0' });
    const closed = await page.$eval('#timeline', (el) => el.shadowRoot!.textContent!.replace(/\s+/g, ' '));
    assert.match(closed, /Tilanne: päättynyt 24\.8\.2026 \(Vietiin läpi suunnitellusti\)/);
    assert.match(closed, /Alussa 20,73 pistettä, lopussa 28,13 pistettä\. Muutos \+7,4 pistettä\./);
    await page.close();
  });

  it('the municipal confirmation shows the status link once; its page shows the stage and takes the token off the address bar', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/municipal/`, { waitUntil: 'networkidle0' });
    const form = 'linkki-referral-form >>> ';
    await page.type(`${form}#name`, 'Testi Kuntalainen');
    await page.type(`${form}#phone`, '040 000 0003');
    await page.type(`${form}#birthYearOrAge`, '1950');
    await page.click(`${form}#reason-loneliness`);
    await page.click(`${form}#consent-input`);
    await page.click(`${form}button[type="submit"]`);
    await page.waitForFunction(() => document.querySelector('linkki-referral-form')!.shadowRoot!.querySelector('#status-link-url'), { timeout: 20000 });
    const link = await page.$eval('linkki-referral-form', (el) => el.shadowRoot!.querySelector<HTMLTextAreaElement>('#status-link-url')!.value);
    assert.match(link, new RegExp(`^${origin}/municipal/tila\\.html#[\\w-]{43}$`));
    const token = link.split('#')[1]!;
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    assert.ok(!stored.includes(token), 'the token is kept in no storage');

    await page.goto(link, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => document.querySelector('linkki-referral-status')!.shadowRoot!.textContent!.includes('Vastaanotettu'));
    assert.equal(page.url(), `${origin}/municipal/tila.html`);
    const shown = await page.$eval('linkki-referral-status', (el) => el.shadowRoot!.textContent!.replace(/\s+/g, ' '));
    assert.match(shown, /Hyvinvointilähetteen vaihe/);
    assert.match(shown, /Ohjattu eteenpäin Ei vielä/);
    assert.ok(!shown.includes('Testi Kuntalainen'), 'nothing about the person');
    await page.close();
  });
});
