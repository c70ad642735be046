// Prints what a page downloads for each minified entry, gzipped: the bundle with the chunks it
// imports statically (Finnish strings are built in), and the largest language chunk that a page in
// another language fetches on demand. The budget applies to the bundle; the total is printed too.
// For the all-in-one `linkki.min.js`, which loads elements on demand, "bundle" is the loader plus the
// heaviest single element; the loader alone and a page with every element are printed below.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = 'packages/elements/dist';
const KB = 1024;
// 47 kB (was 45) since the shared outbox (a referral kept pending across reloads, re-sent byte for byte,
// one entry per element), the privacy-notice link and focus keeping added ~2 kB to the referral form.
// 48 kB since the case timeline shows the closure as the seeds record it (why it ended, hours,
// kilometres, the person's own answers on their two scales, how she carries on, consent) and the
// agreed period in read mode, where nothing can be loaded later (47.3 kB; its forms stay lazy).
// To win back: i18next is the largest single part of every bundle.
// The finder's worker (linkki-finder-worker.min.js) is fetched once, off the main thread, when a
// finder loads a catalogue: its own budget, 36 kB. The file holds what the first results need
// (validation, facets, name order: 13.4 kB); the search index with the Finnish stemmer and related
// words, fuse.js and the HSDS mapping are chunks it loads after (31 kB with all of them).
const BUDGET = { all: 60 * KB, element: 48 * KB, worker: 36 * KB };
const kb = (n) => `${(n / KB).toFixed(1)} kB`;

if (!existsSync(dist) || !readdirSync(dist).some((f) => f.endsWith('.min.js'))) {
  console.error(`No minified bundles in ${dist}: run npm run build first.`);
  process.exit(1);
}

const gz = new Map();
const gzipOf = (file) => {
  if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(file), { level: 9 }).length);
  return gz.get(file);
};

/** Relative imports of a module: `import … from "./x.js"` / `export … from` (static) and `import("./x.js")` (lazy). */
function importsOf(file) {
  const code = readFileSync(file, 'utf8');
  const resolve = (spec) => normalize(join(dirname(file), spec));
  const lazy = [...code.matchAll(/import\(\s*["'](\.[^"']+)["']\s*\)/g)].map((m) => resolve(m[1]));
  const staticOnes = [...code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.[^"']+)["']/g)].map((m) => resolve(m[1]));
  return { static: staticOnes, lazy };
}

/** `followLazy`: also count code loaded on demand, except language chunks (the all-in-one's elements). */
function closure(entry, followLazy = false, alreadyLoaded = []) {
  const seen = new Set(alreadyLoaded);
  const lazy = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const { static: deps, lazy: later } = importsOf(file);
    deps.forEach(visit);
    later.forEach((f) => (followLazy && !/strings-/.test(f) ? visit(f) : lazy.add(f)));
  };
  visit(entry);
  const files = [...seen].filter((f) => !alreadyLoaded.includes(f));
  return { files, lazy: [...lazy].filter((f) => !seen.has(f)) };
}

const sum = (list) => list.reduce((total, f) => total + gzipOf(f), 0);
let failed = false;
let allElements = 0;
console.log('entry'.padEnd(30), 'bundle (fi)'.padStart(13), '+ language'.padStart(11), 'total'.padStart(9), 'budget'.padStart(12));
for (const file of readdirSync(dist).filter((f) => f.endsWith('.min.js')).sort()) {
  const { files, lazy } = closure(join(dist, file));
  let initial = sum(files);
  if (file === 'linkki.min.js') {
    // The all-in-one loads an element's code when the element appears: measure the heaviest page
    // with one element (loader + that element), counted like the per-element bundles (parts an
    // element itself loads on demand, such as fuse.js or edit forms, are not), and report all of them.
    const elementPages = lazy.filter((f) => !/strings-/.test(f)).map((f) => new Set([...files, ...closure(f, false, files).files]));
    initial = Math.max(...elementPages.map((page) => sum([...page])));
    allElements = sum(closure(join(dist, file), true).files);
  }
  const language = Math.max(0, ...lazy.filter((f) => /strings-/.test(f)).map(gzipOf));
  const total = initial + language;
  const budget = file === 'linkki.min.js' ? BUDGET.all : file.endsWith('-worker.min.js') ? BUDGET.worker : BUDGET.element;
  const over = initial > budget;
  failed ||= over;
  console.log(file.padEnd(30), kb(initial).padStart(13), kb(language).padStart(11), kb(total).padStart(9), `${over ? 'OVER ' : ''}${kb(budget)}`.padStart(12));
}
console.log(`\nlinkki.min.js: the loader alone ${kb(sum(closure(join(dist, 'linkki.min.js')).files))}; every element on one page, with everything they load on demand, ${kb(allElements)}.`);
const worker = join(dist, 'linkki-finder-worker.min.js');
console.log(`linkki-finder-worker.min.js: ${kb(sum(closure(worker).files))} before the first results; ${kb(sum(closure(worker, true).files))} with the search code, fuse.js and the HSDS mapping it loads after them.`);
if (failed) console.error('\nAn entry is over its gzip budget.');

// Bytes are half of it: on a rural connection round trips count as much. scripts/slow-3g.mjs loads
// each element in Chromium on simulated slow 3G and fails when one takes over 3 s through the
// all-in-one (`--sizes-only` skips it).
let slow = 0;
if (!process.argv.includes('--sizes-only')) {
  slow = spawnSync(process.execPath, ['scripts/slow-3g.mjs'], { stdio: 'inherit' }).status ?? 1;
}
process.exit(failed || slow ? 1 : 0);
