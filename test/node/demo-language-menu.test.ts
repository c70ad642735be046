/**
 * The demo's language switch (examples/site.js): every language named in itself, Inari and Skolt
 * Sami marked as drafts with a note tied to the menu, and the header passes axe with the switch.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { demoInChromium } from './demo-browser.js';

describe('demo language switch', () => {
  const demo = demoInChromium();

  for (const path of ['/', '/municipal/', '/client-system/', '/workspace/']) {
    it(`${path}: names the languages in themselves, marks smn and sms as drafts, and passes axe`, async () => {
      const page = await demo.browser.newPage();
      // axe is injected for the check only; the page itself runs under its strict CSP in demo.test.ts.
      await page.setBypassCSP(true);
      await page.goto(`${demo.origin}${path}`, { waitUntil: 'networkidle0' });
      const menu = await page.$eval('header.site select', (select) => ({
        options: [...(select as HTMLSelectElement).options].map((o) => [o.value, o.text]),
        note: document.getElementById(select.getAttribute('aria-describedby') ?? '')?.textContent ?? '',
        noteLang: document.getElementById(select.getAttribute('aria-describedby') ?? '')?.lang,
      }));
      assert.deepEqual(menu.options, [
        ['fi', 'suomi'],
        ['se', 'davvisámegiella'],
        ['smn', 'anarâškielâ (luonnos)'],
        ['sms', 'nuõrttsääʹmǩiõll (luonnos)'],
        ['sv', 'svenska'],
        ['en', 'English'],
      ]);
      assert.match(menu.note, /äidinkielinen puhuja ei ole vielä tarkistanut/);
      assert.equal(menu.noteLang, 'fi');
      await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (context: string) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
        const result = await axe.run('header.site');
        return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
      });
      assert.deepEqual(violations, []);
      await page.close();
    });
  }
});
