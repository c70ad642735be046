/**
 * Screenshot regression suite for #17: every element state (one story = one state) at 320, 768 and
 * 1280 px in Finnish and Northern Sami, and each element's main states at 200 % zoom, in forced
 * colours and in print, compared with the PNG baselines in test/visual/baselines/. At 320 px (and at
 * 200 % zoom) every state is also checked for sideways scrolling, text outside its box and controls
 * under 44 × 44 px (in-page.js).
 *
 * Run: `npm run build-storybook && npm run test:visual`; new or changed baselines:
 * `npm run test:visual -- --update` (or UPDATE_BASELINES=1). A failing comparison writes the actual,
 * expected and diff images to test-results/visual/.
 */
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import type { CDPSession } from 'puppeteer-core';
import { ROOT, openStory, settle, storyEntries, storyPage, type StoryEntry, type StoryPage, type Visual, visualSession } from './harness.js';

const UPDATE = process.argv.includes('--update') || process.env.UPDATE_BASELINES === '1';
const BASELINES = `${ROOT}test/visual/baselines/`;
const RESULTS = `${ROOT}test-results/visual/`;
const LOCALES = ['fi', 'se'];

/** Not screenshotted (the story-render test still opens them), with the reason. */
const SKIP: Record<string, string> = {
  'elements-linkki-activity-finder--large-catalogue': 'a 10 000-activity catalogue: a performance fixture, not a state',
  'elements-linkki-case-timeline--from-the-intake': 'needs a real case and a staff key in a running intake',
  'foundations--design-tokens': 'a documentation page, not an element',
  'foundations--languages': 'a documentation page, not an element',
};

/**
 * Each element's main states, also taken at 200 % zoom, in forced colours and in print (the rest of
 * its states at the three widths only). The form-controls page shows every state of the shared
 * controls, for forced colours above all.
 */
const MAIN = new Set([
  'elements-linkki-activity-finder--citizen',
  'elements-linkki-activity-finder--shortlist',
  'elements-linkki-case-list--cases',
  'elements-linkki-case-timeline--mid-way',
  'elements-linkki-case-timeline--with-chart',
  'elements-linkki-evaluation-report--report',
  'elements-linkki-participation--with-wording-errors',
  'elements-linkki-referral-form--error-summary',
  'elements-linkki-referral-status--finished-with-feedback',
  'elements-linkki-swemwbs--errors',
  'foundations--form-controls',
]);

interface Variant {
  name: string;
  /** CSS px wide. */
  width: number;
  deviceScaleFactor: number;
  forcedColors?: boolean;
  print?: boolean;
  /** Controls ≥ 44 × 44 px checked here (sideways scroll and text in its box are checked everywhere but print). */
  targets?: boolean;
  /** Which states get a screenshot here: all, the main ones, or all in the first UI language only. */
  shots: 'all' | 'main' | 'all-first-locale';
  /** Only the main states are opened in this variant at all. */
  mainOnly?: boolean;
}

/**
 * The matrix, chosen so the suite stays within about three minutes on two cores and the baselines
 * small: the layout checks run for every state at 320, 768 and 1280 px in both languages (they cost
 * no image), screenshots of every state at 320 px in both languages (narrow is where text breaks and
 * Northern Sami words are longest) and at 1280 px in Finnish, and of each element's main states at 768
 * px, at 200 % zoom, in forced colours and in print in both languages.
 *
 * 200 % zoom is what a browser does when zoomed in a 1280 px window: a 640 px CSS viewport drawn at
 * device pixel ratio 2 (deviceScaleFactor alone would only sharpen the same 1280 px layout).
 * Print is drawn at A4 portrait's printable width at 96 dpi with 1 cm margins (718 px).
 */
const VARIANTS: Variant[] = [
  { name: '320', width: 320, deviceScaleFactor: 1, targets: true, shots: 'all' },
  { name: '768', width: 768, deviceScaleFactor: 1, shots: 'main' },
  { name: '1280', width: 1280, deviceScaleFactor: 1, shots: 'all-first-locale' },
  { name: 'zoom200', width: 640, deviceScaleFactor: 2, shots: 'main', mainOnly: true },
  { name: 'forced-colors', width: 320, deviceScaleFactor: 1, forcedColors: true, shots: 'main', mainOnly: true },
  { name: 'print', width: 718, deviceScaleFactor: 1, print: true, shots: 'main', mainOnly: true },
];

/** Pixels may differ by pixelmatch's colour threshold; at most this share of them (and 16 px) may differ. */
const THRESHOLD = 0.1;
const MAX_DIFF_RATIO = 0.0002;

/** Media emulation through CDP: reduced motion always, forced colours and print as the variant asks. */
async function emulate(cdp: CDPSession, variant: Variant) {
  await cdp.send('Emulation.setEmulatedMedia', {
    media: variant.print ? 'print' : '',
    features: [
      { name: 'prefers-reduced-motion', value: 'reduce' },
      { name: 'forced-colors', value: variant.forcedColors ? 'active' : 'none' },
    ],
  });
}

/**
 * Screenshots stop at this many device pixels from the top: the layout checks cover the whole page,
 * and the start of a state shows its styling; long reports and lists would make baselines of megabytes.
 */
const MAX_HEIGHT = 2000;

/** The page from the top as drawn (beyond the viewport, without resizing it), as decoded RGBA. */
async function capture(story: StoryPage, variant: Variant): Promise<PNG> {
  const { page } = story;
  const size = (await page.evaluate('({ w: innerWidth, h: Math.ceil(document.scrollingElement.scrollHeight) })')) as { w: number; h: number };
  const height = Math.min(size.h, Math.floor(MAX_HEIGHT / variant.deviceScaleFactor));
  const png = await page.screenshot({ clip: { x: 0, y: 0, width: size.w, height }, captureBeyondViewport: true, type: 'png', optimizeForSpeed: true });
  return PNG.sync.read(Buffer.from(png));
}

type Comparison = { outcome: 'same' } | { outcome: 'new' | 'updated' } | { outcome: 'different'; detail: string };

/** Compares with the baseline (writing it in update mode); on a difference writes actual, expected and diff. */
function compare(name: string, actual: PNG, update: boolean): Comparison {
  const file = `${BASELINES}${name}.png`;
  // RGB without alpha (the page is opaque), best compression: baselines stay small.
  const save = () => writeFileSync(file, PNG.sync.write(actual, { colorType: 2, inputHasAlpha: true, deflateLevel: 9 }));
  if (!existsSync(file)) {
    if (!update) return { outcome: 'different', detail: 'no baseline (run `npm run test:visual -- --update`)' };
    save();
    return { outcome: 'new' };
  }
  const expected = PNG.sync.read(readFileSync(file));
  let detail: string;
  if (expected.width !== actual.width || expected.height !== actual.height) {
    detail = `size ${actual.width}×${actual.height}, baseline ${expected.width}×${expected.height}`;
  } else if (expected.data.equals(actual.data)) {
    return { outcome: 'same' };
  } else {
    const diff = new PNG({ width: actual.width, height: actual.height });
    const pixels = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, { threshold: THRESHOLD });
    const allowed = Math.max(16, Math.round(actual.width * actual.height * MAX_DIFF_RATIO));
    if (pixels <= allowed) return { outcome: 'same' };
    detail = `${pixels} pixels differ (${allowed} allowed)`;
    if (!update) writeFileSync(`${RESULTS}${name}.diff.png`, PNG.sync.write(diff));
  }
  if (update) {
    save();
    return { outcome: 'updated' };
  }
  writeFileSync(`${RESULTS}${name}.actual.png`, PNG.sync.write(actual));
  copyFileSync(file, `${RESULTS}${name}.expected.png`);
  return { outcome: 'different', detail };
}

const counts = { screenshots: 0, same: 0, new: 0, updated: 0, different: 0, checked: 0, states: new Set<string>(), started: Date.now() };

/**
 * States taken at once, each in a page of its own (VISUAL_CONCURRENCY). 1: headless Chromium draws no
 * frames for a page in the background, so a second page's screenshot waits until the protocol times out.
 */
const CONCURRENCY = Math.max(1, Number(process.env.VISUAL_CONCURRENCY) || 1);

interface Tab {
  story: StoryPage;
  cdp: CDPSession;
}

describe('screenshots', { concurrency: CONCURRENCY }, () => {
  const stories = storyEntries().filter((entry) => !SKIP[entry.id]);
  let visual: Visual;
  const idle: Tab[] = [];
  const all: Tab[] = [];
  /** A page of the pool for one state; `release` gives it back. */
  const takeTab = async (): Promise<Tab> => {
    const tab = idle.pop();
    if (tab) return tab;
    const story = await storyPage(visual);
    const cdp = await story.page.createCDPSession();
    // Every page behaves as the focused one, so focus rings show alike whichever page is in front.
    await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: true });
    all.push({ story, cdp });
    return all.at(-1)!;
  };
  before(async () => {
    mkdirSync(BASELINES, { recursive: true });
    rmSync(RESULTS, { recursive: true, force: true });
    mkdirSync(RESULTS, { recursive: true });
    visual = await visualSession.acquire();
  });
  after(async () => {
    for (const tab of all) await tab.story.page.close();
    await visualSession.release();
    const seconds = Math.round((Date.now() - counts.started) / 1000);
    console.log(
      `\nScreenshots: ${counts.screenshots} (${counts.same} same, ${counts.new} new, ${counts.updated} updated, ${counts.different} different) of ` +
        `${counts.states.size} states × languages; layout checks in ${counts.checked} state × width × language views; ${seconds} s. Baselines: ${baselineSize()}.`,
    );
  });

  it('lists its main states among the stories', () => {
    const ids = new Set(stories.map((entry) => entry.id));
    assert.deepEqual([...MAIN].filter((id) => !ids.has(id)), [], 'main states without a story');
  });

  for (const locale of LOCALES) {
    for (const entry of stories) {
      it(`${entry.title.replace(/^Elements\//, '')} › ${entry.name} [${locale}]`, async (t) => {
        const tab = await takeTab();
        try {
          const problems = await shootStory(t, tab, entry, locale);
          assert.deepEqual(problems, [], `${entry.id} [${locale}]`);
        } finally {
          idle.push(tab);
        }
      });
    }
  }

  /** All variants of one state in one language; returns what failed. */
  async function shootStory(t: { skip(message?: string): void }, { story, cdp }: Tab, entry: StoryEntry, locale: string): Promise<string[]> {
    const { page } = story;
    await emulate(cdp, VARIANTS[0]!);
    await page.setViewport({ width: 320, height: 720, deviceScaleFactor: 1 });
    await openStory(story, visual.origin, entry.id, locale);
    // A story that sets its own language looks the same under either UI language: taken once, in its own.
    const own = (await page.evaluate('window.__linkkiVisual.ownLanguage()')) as string | null;
    if (own && locale !== LOCALES[0]) {
      t.skip(`the story is in ${own} whatever the UI language; taken under ${LOCALES[0]}`);
      return [];
    }
    const label = own ?? locale;
    counts.states.add(`${entry.id} ${label}`);
    const problems: string[] = [];
    for (const variant of VARIANTS) {
      const main = MAIN.has(entry.id);
      if (variant.mainOnly && !main) continue;
      await emulate(cdp, variant);
      await page.setViewport({ width: variant.width, height: 720, deviceScaleFactor: variant.deviceScaleFactor });
      await settle(page);
      if (!variant.print) {
        counts.checked++;
        const found = (await page.evaluate(`window.__linkkiVisual.checks({ targets: ${Boolean(variant.targets)} })`)) as string[];
        problems.push(...found.map((p) => `${variant.name}: ${p}`));
      }
      const shoot = variant.shots === 'all' || (variant.shots === 'main' && main) || (variant.shots === 'all-first-locale' && (own || locale === LOCALES[0]));
      if (!shoot) continue;
      const name = `${entry.id}.${label}.${variant.name}`;
      let result = compare(name, await capture(story, variant), false);
      if (result.outcome === 'different' && (existsSync(`${BASELINES}${name}.png`) || UPDATE)) {
        // One more look after another settle, for a late frame (a chart drawn at its box width, a font).
        await settle(page);
        result = compare(name, await capture(story, variant), UPDATE);
      }
      counts.screenshots++;
      counts[result.outcome]++;
      if (result.outcome === 'different') problems.push(`${variant.name}: screenshot ${name}: ${result.detail}`);
    }
    return problems;
  }
});

function baselineSize() {
  if (!existsSync(BASELINES)) return 'none';
  const files = readdirPng(BASELINES);
  const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
  return `${files.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function readdirPng(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.png'))
    .map((name) => `${dir}${name}`);
}
