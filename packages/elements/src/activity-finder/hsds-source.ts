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
