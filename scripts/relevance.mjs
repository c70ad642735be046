// The finder's search relevance: each query of test/relevance/queries.json — words people type,
// inflected, compound parts, typos, related words, Sami with and without diacritics, village names,
// two words — must have its expected activity in the top 3 of the fixed test catalogue
// (test/relevance/catalogue.json), searched the way <linkki-activity-finder> searches it (Finnish
// UI: documents from searchDocumentOf, candidates in name order, its typo matching).
//
// `relevanceRow()` returns { hits, total, misses: [{ query, expected, got }] }; run directly, this
// prints hits/total and the misses. Plain node: the TypeScript search code is bundled with esbuild
// in memory, so scripts/bench.mjs can import this file without tsx.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const TOP = 3;

let searchCode;
/** The finder's search modules, bundled once. */
async function searchModules() {
  searchCode ??= build({
    stdin: {
      contents: [
        "export { SearchIndex } from './packages/elements/src/activity-finder/search-index.ts';",
        "export { searchDocumentOf } from './packages/elements/src/activity-finder/search/search-document.ts';",
        "export { fuzzyWords } from './packages/elements/src/activity-finder/fuzzy-words.ts';",
        "export { activityCategory } from './packages/schema/src/codes/labels/fi.ts';",
      ].join('\n'),
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    conditions: ['source'],
    logLevel: 'silent',
  }).then(({ outputFiles }) => import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`));
  return searchCode;
}

const readJson = (path) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));

/**
 * Searches `catalogue` (an object with `activities`) as the finder does in Finnish and returns a
 * function from a query to the ids of its results, best first, and whether they are partial.
 */
export async function catalogueSearch(catalogue) {
  const { SearchIndex, searchDocumentOf, fuzzyWords, activityCategory } = await searchModules();
  const activities = catalogue.activities;
  const index = await SearchIndex.build(activities.map((activity) => searchDocumentOf(activity, 'fi', [activityCategory])));
  const collator = new Intl.Collator('fi');
  const byName = activities.map((_, i) => i).sort((a, b) => collator.compare(activities[a].name.fi ?? '', activities[b].name.fi ?? ''));
  return async (query) => {
    const { results, partial } = await index.find(query, byName, { fuzzy: fuzzyWords });
    return { ids: results.map((i) => activities[i].id), partial };
  };
}

/** Hits (expected activity in the top 3) over all queries of the relevance set, and the misses. */
export async function relevanceRow({ catalogue = 'test/relevance/catalogue.json', queries = 'test/relevance/queries.json' } = {}) {
  const search = await catalogueSearch(readJson(catalogue));
  const misses = [];
  const set = readJson(queries);
  for (const { query, expected } of set) {
    const { ids } = await search(query);
    if (!ids.slice(0, TOP).includes(expected)) misses.push({ query, expected, got: ids.slice(0, TOP) });
  }
  return { hits: set.length - misses.length, total: set.length, misses };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { hits, total, misses } = await relevanceRow();
  console.log(`Relevance: ${hits}/${total} queries find their activity in the top ${TOP} (${((100 * hits) / total).toFixed(1)} %)`);
  for (const { query, expected, got } of misses) console.log(`  miss: "${query}" → expected ${expected}, got ${got.join(', ') || 'nothing'}`);
}
