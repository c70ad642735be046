// Prints the gzip size of every minified bundle and fails when one is over budget.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const dist = 'packages/elements/dist';
const KB = 1024;
const BUDGET = { all: 60 * KB, element: 45 * KB };

let bundles;
try {
  bundles = readdirSync(dist).filter((f) => f.endsWith('.min.js')).sort();
} catch {
  console.error(`No ${dist}: run npm run build first.`);
  process.exit(1);
}
if (bundles.length === 0) {
  console.error(`No *.min.js bundles in ${dist}: run npm run build first.`);
  process.exit(1);
}

const kb = (n) => `${(n / KB).toFixed(1)} kB`;
let failed = false;
console.log('bundle'.padEnd(36), 'raw'.padStart(10), 'gzip'.padStart(10), 'brotli'.padStart(10), 'budget (gzip)'.padStart(15));
for (const file of bundles) {
  const code = readFileSync(join(dist, file));
  const gzip = gzipSync(code, { level: 9 }).length;
  const brotli = brotliCompressSync(code).length;
  const budget = file === 'linkki.min.js' ? BUDGET.all : BUDGET.element;
  const over = gzip > budget;
  failed ||= over;
  console.log(file.padEnd(36), kb(code.length).padStart(10), kb(gzip).padStart(10), kb(brotli).padStart(10), `${over ? 'OVER ' : ''}${kb(budget)}`.padStart(15));
}
if (failed) {
  console.error('\nA bundle is over its gzip budget.');
  process.exit(1);
}
