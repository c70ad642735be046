/**
 * The Storybook static build (storybook-static/) served by the demo server at /storybook/, Debian's
 * Chromium, and a page that opens one story at a time in the preview iframe and says when it is drawn.
 * Used by the story-render test and the screenshot suite (test/visual/).
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { type AddressInfo, createServer as createNetServer } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
// @ts-expect-error -- a plain .mjs script without type declarations
import { startServer } from '../../scripts/serve.mjs';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The static build as the demo server finds it: storybook-static/ in the working directory. */
const STATIC = `${resolve('storybook-static')}/`;
const IN_PAGE = readFileSync(fileURLToPath(new URL('./in-page.js', import.meta.url)), 'utf8');

export interface StoryEntry {
  id: string;
  title: string;
  name: string;
  tags: string[];
}

/** Every story of the static build, in index order (docs pages left out). */
export function storyEntries(): StoryEntry[] {
  const file = `${STATIC}index.json`;
  if (!existsSync(file)) throw new Error('No storybook-static/index.json: run `npm run build-storybook` first.');
  const index = JSON.parse(readFileSync(file, 'utf8')) as { entries: Record<string, StoryEntry & { type: string }> };
  return Object.values(index.entries).filter((entry) => entry.type === 'story');
}

export interface Visual {
  server: Server;
  browser: Browser;
  /** The demo server's origin as the browser sees it (`http://visual.linkki.test`). */
  origin: string;
  /** The same server as Node reaches it (127.0.0.1 and its port). */
  serverOrigin: string;
  close(): Promise<void>;
}

/** The host name the browser uses for the demo server (mapped to its port on 127.0.0.1). */
const HOST = 'visual.linkki.test';

/** A free TCP port on 127.0.0.1, so that the browser's host mapping can be set before the server has started. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createNetServer().once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => done(port));
    });
  });
}

/** The time the pages and the demo's intake see (in-page.js freezes the pages' clock at the same instant). */
export const FROZEN_TIME = Date.parse('2026-10-13T06:30:00Z');

/**
 * The demo server (scripts/serve.mjs: the /storybook/ route with its CSP, and the intake at /api that
 * the referral-status stories send their fictional referrals to; in memory, its clock frozen) and a
 * headless Chromium with repeatable rendering, started side by side.
 */
export async function startVisual(): Promise<Visual> {
  if (!existsSync(`${STATIC}index.json`)) throw new Error('No storybook-static/: run `npm run build-storybook` first.');
  const port = await freePort();
  const starting: Promise<Server> = startServer(port, { dataDir: 'memory://', envDatabase: false, now: () => new Date(FROZEN_TIME) });
  const launching = puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    // Text without anti-aliasing (fonts.conf): small, repeatable screenshots with the same layout.
    env: { ...process.env, FONTCONFIG_FILE: fileURLToPath(new URL('./fonts.conf', import.meta.url)) },
    args: [
      '--no-sandbox',
      '--headless=new',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--hide-scrollbars',
      '--font-render-hinting=none',
      '--force-color-profile=srgb',
      '--disable-lcd-text',
      '--lang=fi-FI',
      // The pages see one fixed origin whatever port the server got, so addresses a story shows (the
      // finder's shortlist link) are the same in every run; it counts as secure, as 127.0.0.1 would.
      `--host-resolver-rules=MAP ${HOST} 127.0.0.1:${port}`,
      `--unsafely-treat-insecure-origin-as-secure=http://${HOST}`,
    ],
  });
  const [server, browser] = await Promise.all([starting, launching]);
  const origin = `http://${HOST}`;
  const serverOrigin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    server,
    browser,
    origin,
    serverOrigin,
    async close() {
      await browser.close();
      await new Promise((done) => server.close(done));
    },
  };
}

/**
 * One server and browser shared by the test files of one run (`npm run test:visual` imports both
 * files into one process): the first `acquire` starts them, the last `release` stops them.
 */
export const visualSession = (() => {
  let users = 0;
  let started: Promise<Visual> | undefined;
  return {
    acquire(): Promise<Visual> {
      users++;
      started ??= startVisual();
      return started;
    },
    async release() {
      if (--users > 0 || !started) return;
      const visual = await started;
      started = undefined;
      await visual.close();
    },
  };
})();

/** What went wrong in a page while a story was open: uncaught errors and console errors. */
export interface StoryPage {
  page: Page;
  errors: string[];
  /** The UI language the preview was loaded in (undefined before the first story). */
  locale?: string;
  /** Resolves once no request of the page has been open for `quiet` ms. */
  networkQuiet(quiet?: number, timeout?: number): Promise<void>;
}

/** A page with the frozen clock and no motion (in-page.js), Helsinki time, and error listeners. */
export async function storyPage(visual: Visual): Promise<StoryPage> {
  const page = await visual.browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error instanceof Error ? error.message : String(error)}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location()?.url ? ` (${message.location().url?.replace(visual.origin, '')})` : '';
    errors.push(`console error: ${message.text()}${where}`);
  });
  // Requests still open. Puppeteer's waitForNetworkIdle never sees Storybook's preloaded fonts end
  // when they 404, so a request counts as done at its response, its end or its failure.
  const open = new Set<HTTPRequest>();
  let lastChange = Date.now();
  const done = (request: HTTPRequest) => {
    if (open.delete(request)) lastChange = Date.now();
  };
  page.on('request', (request) => {
    open.add(request);
    lastChange = Date.now();
  });
  page.on('response', (response) => done(response.request()));
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  const networkQuiet = async (quiet = 100, timeout = 10_000) => {
    const start = Date.now();
    while (open.size > 0 || Date.now() - lastChange < quiet) {
      if (Date.now() - start > timeout) throw new Error(`requests still open after ${timeout} ms: ${[...open].map((r) => r.url()).join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  await page.evaluateOnNewDocument(IN_PAGE);
  await page.emulateTimezone('Europe/Helsinki');
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  return { page, errors, networkQuiet };
}

/** The preview iframe's address of a story, in a UI language (the `lang` global of .storybook/preview.ts). */
export const storyUrl = (origin: string, id: string, locale: string) =>
  `${origin}/storybook/iframe.html?id=${encodeURIComponent(id)}&viewMode=story&globals=lang:${locale}`;

/**
 * Opens a story and waits until Storybook has rendered it and run its play function, then until its
 * elements have updated and the network is quiet. Throws with Storybook's error when the story fails.
 * In the language already loaded, the next story is shown in the same preview (as Storybook's manager
 * does), which is many times faster than loading the preview again; `fresh` loads it anyway.
 */
export async function openStory(story: StoryPage, origin: string, id: string, locale: string, { timeout = 20_000, fresh = false } = {}) {
  const { page } = story;
  if (fresh || story.locale !== locale) {
    story.locale = undefined;
    await page.goto(storyUrl(origin, id, locale), { waitUntil: 'load', timeout });
    story.locale = locale;
  } else {
    await page.evaluate(`window.__linkkiVisual.showStory(${JSON.stringify(id)})`);
  }
  const state = await page.waitForFunction(
    (storyId: string) => {
      const s = (window as unknown as { __linkkiVisual?: { storyState(id: string): string } }).__linkkiVisual?.storyState(storyId);
      return s && s !== 'loading' ? s : false;
    },
    { timeout, polling: 20 },
    id,
  );
  const result = (await state.jsonValue()) as string;
  if (result !== 'ready') {
    story.locale = undefined; // load the preview afresh after a failed story
    throw new Error(result);
  }
  await story.networkQuiet(100, timeout);
  await settle(page);
}

/** Lit updates done, fonts and images loaded, animations finished, two frames drawn. */
export const settle = (page: Page) => page.evaluate('window.__linkkiVisual.settle()');
