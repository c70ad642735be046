import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'puppeteer-core';
import { demoInChromium } from './demo-browser.js';

/** Pages of a PDF as Chromium writes it: one `/Type /Page` object per page. */
const pageCount = (pdf: Uint8Array) => (Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;

/** The texts a reader would see, walked through the shadow roots, each with whether it is inside a chosen card. */
function visibleTexts(page: Page) {
  // One loop over a stack: no inner named function, which the TypeScript loader would wrap in a helper the page lacks.
  return page.evaluate(() => {
    const texts: { text: string; inCard: boolean }[] = [];
    const stack: Node[] = [document.body];
    while (stack.length) {
      const root = stack.pop()!;
      for (const node of root.childNodes) {
        if (node.nodeType === Node.TEXT_NODE && node.textContent!.trim()) {
          const parent = node.parentElement!;
          if (parent.checkVisibility() && parent.getClientRects().length > 0) texts.push({ text: node.textContent!.trim(), inCard: Boolean(parent.closest('[part="shortlist-card"]')) });
        }
        if (node instanceof Element && node.shadowRoot) stack.push(node.shadowRoot);
        stack.push(node);
      }
    }
    return texts;
  });
}

/**
 * "Tulosta valitut" on a host page that also shows a person's case timeline (the client-system demo,
 * under its strict CSP): the PDF Chromium makes has one A4 page per chosen activity and nothing of
 * the timeline.
 */
describe('the finder printing the chosen activities', () => {
  const demo = demoInChromium();

  it('prints one A4 page per chosen card and nothing else of the host page, and the whole page again after', { timeout: 120000 }, async () => {
    const page = await demo.browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(String(error)));
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`${demo.origin}/client-system/`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => (document.querySelector('linkki-case-timeline')?.shadowRoot?.textContent ?? '').trim().length > 0, { timeout: 60000 });
    // The finder beside the timeline, as a link worker's page has it.
    await page.evaluate(() => {
      const finder = document.createElement('linkki-activity-finder');
      finder.id = 'print-finder';
      for (const [name, value] of Object.entries({ src: '/data/catalogue.json', mode: 'link-worker', municipality: '758', lang: 'fi', 'heading-level': '2' })) finder.setAttribute(name, value);
      document.querySelector('linkki-case-timeline')!.after(finder);
    });
    const addButtons = () => page.evaluate(() => [...document.querySelector('#print-finder')!.shadowRoot!.querySelectorAll('button')].filter((b) => (b.getAttribute('aria-label') ?? '').startsWith('Lisää valittuihin')).length);
    await page.waitForFunction(() => [...(document.querySelector('#print-finder')?.shadowRoot?.querySelectorAll('button') ?? [])].some((b) => (b.getAttribute('aria-label') ?? '').startsWith('Lisää valittuihin')), { timeout: 60000 });
    assert.ok((await addButtons()) >= 3);
    for (let i = 0; i < 3; i++) {
      await page.evaluate(() => [...document.querySelector('#print-finder')!.shadowRoot!.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? '').startsWith('Lisää valittuihin'))!.click());
      await page.waitForFunction((n) => document.querySelector('#print-finder')!.shadowRoot!.querySelectorAll('[part="shortlist-card"]').length === n, {}, i + 1);
    }
    // The dialog itself is the browser's; the test stands in for it and prints with page.pdf().
    await page.evaluate(() => {
      const counted = window as unknown as { printCalls: number };
      counted.printCalls = 0;
      window.print = () => void counted.printCalls++;
      [...document.querySelector('#print-finder')!.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Tulosta valitut')!.click();
    });
    // The print root is loaded on the first print, so the dialog opens a moment after the click.
    await page.waitForFunction(() => (window as unknown as { printCalls: number }).printCalls > 0, { timeout: 20000 });
    assert.equal(await page.evaluate(() => (window as unknown as { printCalls: number }).printCalls), 1);

    await page.emulateMediaType('print');
    const texts = await visibleTexts(page);
    assert.deepEqual(texts.filter((t) => !t.inCard).map((t) => t.text), [], 'only the cards are on paper');
    assert.ok(texts.length >= 9, `the three cards have their name, time and place: ${texts.length} texts`);
    assert.equal(await page.$eval('linkki-case-timeline', (el) => getComputedStyle(el).display), 'none', 'the case timeline is not printed');
    // No emulation: page.pdf() prints with print media (with 'screen' emulated it would print the screen).
    await page.emulateMediaType(undefined);

    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: false });
    assert.equal(pageCount(pdf), 3, 'one A4 page per chosen activity');

    // After the dialog closes the page prints as a whole again, and nothing is left on it.
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    assert.equal(
      await page.evaluate(() => document.adoptedStyleSheets.filter((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.includes('data-linkki-print-root'))).length + document.querySelectorAll('[data-linkki-print-root]').length),
      0,
    );
    const whole = await page.pdf({ format: 'A4' });
    assert.ok(pageCount(whole) > 3, `the whole page again: ${pageCount(whole)} pages`);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
