import { fromHsds, isHsds, type HsdsOptions } from '@linkki/schema';
import type { SkippedEntry } from './catalogue-source.js';

/**
 * Open Referral HSDS 3.0 input, loaded only when a `src` document is not a Linkki catalogue. Returns
 * the mapped entries and the services that could not be mapped, or undefined when it is not HSDS.
 */
export function hsdsEntries(json: unknown, options: HsdsOptions): { entries: unknown[]; skipped: SkippedEntry[] } | undefined {
  if (!isHsds(json)) return undefined;
  const { activities, issues } = fromHsds(json, options);
  const byIndex = new Map<number, SkippedEntry>();
  for (const issue of issues) {
    const entry = byIndex.get(issue.index) ?? { index: issue.index, id: issue.id, paths: [] };
    entry.paths.push(issue.path);
    byIndex.set(issue.index, entry);
  }
  return { entries: activities, skipped: [...byIndex.values()] };
}

/** At most this many pages are followed (at the feed's largest page, 1 000, a catalogue of 200 000). */
export const MAX_PAGES = 200;
const PARALLEL = 4;

interface HsdsPage {
  contents: unknown[];
  total_pages?: unknown;
  page_number?: unknown;
  number?: unknown;
  last_page?: unknown;
}
const isPage = (json: unknown): json is HsdsPage => typeof json === 'object' && json !== null && Array.isArray((json as HsdsPage).contents);

/**
 * The services of every page of a paged HSDS answer (`GET /services`: `contents`, `total_pages`,
 * `page_number` or `number`, `last_page`): the later pages are fetched from `src` with `page=n`
 * (other parameters kept), a few at a time. A document that is not a first page is returned as it is.
 */
export async function allPages(json: unknown, src: string, fetchPage: typeof fetch = fetch): Promise<unknown> {
  if (!isPage(json) || json.last_page === true) return json;
  const current = Number(json.page_number ?? json.number ?? 1);
  const total = Math.min(Number(json.total_pages), MAX_PAGES);
  if (!Number.isInteger(current) || !Number.isInteger(total) || current !== 1 || total <= 1) return json;
  const base = new URL(src, (globalThis as { location?: { href: string } }).location?.href ?? 'http://localhost/');
  const pages: unknown[][] = [json.contents];
  for (let next = 2; next <= total; next += PARALLEL) {
    const batch = Array.from({ length: Math.min(PARALLEL, total - next + 1) }, async (_, i) => {
      const url = new URL(base);
      url.searchParams.set('page', String(next + i));
      const response = await fetchPage(url.href, { headers: { accept: 'application/json' } });
      if (!response.ok) throw Object.assign(new Error('HTTP'), { status: response.status });
      const page: unknown = await response.json();
      return isPage(page) ? page.contents : [];
    });
    pages.push(...(await Promise.all(batch)));
  }
  return { ...json, contents: pages.flat(), page_number: 1, total_pages: 1, last_page: true };
}

/** `hsdsEntries` of all the pages of a paged feed (see `allPages`). */
export async function hsdsEntriesFrom(json: unknown, src: string, options: HsdsOptions): Promise<ReturnType<typeof hsdsEntries>> {
  return hsdsEntries(await allPages(json, src), options);
}
