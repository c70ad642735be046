/**
 * The all-in-one bundle for CMS pages. It holds the shared base (Lit, i18n, schema) and loads each
 * element's code the first time that element appears on the page, so a page with only the referral
 * form never downloads the case timeline — all of that element's chunks at once, in one round trip
 * (the map comes from the build), and for the finder its worker and catalogue alongside. What an
 * element needs only once it is used (the form's sending code, the SWEMWBS it embeds) comes right
 * after the element's own code. It also exposes the runtime API on `window.Linkki` for pages that
 * cannot write module code (e.g. to `registerStrings`).
 */
import { pageCatalogueSrc, startFinderEarly } from './activity-finder/early-start.js';
import * as api from './index.js';

const loaders: Record<string, () => Promise<unknown>> = {
  'linkki-swemwbs': () => import('./swemwbs/define.js'),
  'linkki-participation': () => import('./participation/define.js'),
  'linkki-referral-form': () => import('./referral-form/define.js'),
  'linkki-referral-status': () => import('./referral-status/define.js'),
  'linkki-case-timeline': () => import('./case-timeline/define.js'),
  'linkki-case-list': () => import('./case-list/define.js'),
  'linkki-evaluation-report': () => import('./evaluation-report/define.js'),
  'linkki-activity-finder': () => import('./activity-finder/define.js'),
};
/**
 * The form embeds <linkki-swemwbs> in its own shadow root, where the page observer cannot see it; it
 * is loaded once the form's own code is in (the questionnaire is further down the form).
 */
const loadedAfter: Record<string, string[]> = { 'linkki-referral-form': ['linkki-swemwbs'] };
const loading = new Map<string, Promise<unknown>>();

/**
 * Each element's chunks (its `define` chunk and every chunk that one imports), and the chunks of the
 * parts it asks for as soon as it is used, relative to this bundle; written into the built bundle by
 * rollup.config.mjs from the output's chunk graph. Absent when the sources run unbundled (tests,
 * Storybook): then each import finds its own imports.
 */
declare function __linkkiElementChunks(): Record<string, [string[], string[]]>;
const elementChunks: Record<string, [string[], string[]]> = typeof __linkkiElementChunks === 'function' ? __linkkiElementChunks() : {};
const preloaded = new Set<string>();

/**
 * Asks for these chunks at once — a `<link rel=modulepreload>` each (allowed by a CSP's `script-src`
 * like the bundle itself) — so they arrive in one round trip instead of one round trip per level of
 * imports (bundle → element → its parts). The `import()` then finds them fetched.
 */
function preload(files: readonly string[]) {
  for (const file of files) {
    const href = new URL(file, import.meta.url).href;
    if (preloaded.has(href)) continue;
    preloaded.add(href);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
}

/** Loads and registers one Linkki element (e.g. before creating it inside another shadow root). */
export function define(tag: string): Promise<unknown> {
  const load = loaders[tag];
  if (!load) return Promise.reject(new Error(`Unknown Linkki element: ${tag}`));
  if (!loading.has(tag)) {
    const [now = [], later = []] = elementChunks[tag] ?? [];
    if (tag === 'linkki-activity-finder') {
      // The finder's worker and its catalogue need not wait for the finder's code: start them now,
      // first, as they are the largest downloads.
      startFinderEarly(pageCatalogueSrc());
    }
    preload(now);
    const loaded = load().then(async (module) => {
      preload(later);
      await Promise.all((loadedAfter[tag] ?? []).map(define));
      return module;
    });
    loading.set(tag, loaded);
  }
  return loading.get(tag)!;
}

function defineWithin(root: ParentNode) {
  for (const tag of Object.keys(loaders)) {
    if (!loading.has(tag) && root.querySelector(tag)) void define(tag);
  }
}

function defineAdded(records: MutationRecord[]) {
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (!(node instanceof Element)) continue;
      if (node.localName in loaders) void define(node.localName);
      defineWithin(node);
    }
  }
}

defineWithin(document);
new MutationObserver(defineAdded).observe(document.documentElement, { childList: true, subtree: true });

const linkki = { ...api, define };

declare global {
  interface Window {
    Linkki?: typeof linkki;
  }
}

window.Linkki ??= linkki;
export * from './index.js';
