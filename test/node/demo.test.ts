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
    server = await startServer(0);
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
    ['/municipal/', ['linkki-referral-form']],
    ['/client-system/', ['linkki-referral-form', 'linkki-swemwbs', 'linkki-case-timeline']],
    ['/link-worker/', ['linkki-case-timeline', 'linkki-swemwbs', 'linkki-participation']],
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
    await page.goto(`${origin}/link-worker/`, { waitUntil: 'networkidle0' });
    const midway = await page.$eval('#timeline', (el) => el.shadowRoot!.textContent!.replace(/\s+/g, ' '));
    assert.match(midway, /3 kk 26 pv jäljellä/);
    await page.close();
  });
});
