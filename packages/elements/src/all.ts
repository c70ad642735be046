/**
 * The all-in-one bundle for CMS pages. It holds the shared base (Lit, i18n, schema) and loads each
 * element's code the first time that element appears on the page, so a page with only the referral
 * form never downloads the case timeline. It also exposes the runtime API on `window.Linkki` for
 * pages that cannot write module code (e.g. to `registerStrings`).
 */
import * as api from './index.js';

const loaders: Record<string, () => Promise<unknown>> = {
  'linkki-swemwbs': () => import('./swemwbs/define.js'),
  'linkki-participation': () => import('./participation/define.js'),
  // The form can embed <linkki-swemwbs> in its own shadow root, where the page observer cannot see it.
  'linkki-referral-form': () => Promise.all([import('./referral-form/define.js'), import('./swemwbs/define.js')]),
  'linkki-referral-status': () => import('./referral-status/define.js'),
  'linkki-case-timeline': () => import('./case-timeline/define.js'),
  'linkki-case-list': () => import('./case-list/define.js'),
  'linkki-evaluation-report': () => import('./evaluation-report/define.js'),
  'linkki-activity-finder': () => import('./activity-finder/define.js'),
};
const loading = new Map<string, Promise<unknown>>();

/** Loads and registers one Linkki element (e.g. before creating it inside another shadow root). */
export function define(tag: string): Promise<unknown> {
  const load = loaders[tag];
  if (!load) return Promise.reject(new Error(`Unknown Linkki element: ${tag}`));
  if (!loading.has(tag)) loading.set(tag, load());
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
