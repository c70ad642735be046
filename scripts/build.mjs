// Builds the packages: @linkki/schema (ES modules, types, JSON Schemas), @linkki/elements
// (per-element ES modules, minified CMS bundles, types, custom-elements.json), @linkki/intake
// (plain ES modules that run on Node without a TypeScript loader) and @linkki/fhir (ES modules, types).
//
// Skips everything when no input changed since the last complete build (a hash of the sources and
// build settings is kept in node_modules/.cache); `--force` builds anyway.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { rollup } from 'rollup';

const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const bin = (name) => join('node_modules', '.bin', name);
const run = (cmd, args) => {
  const since = Date.now();
  execFileSync(cmd, args, { stdio: 'inherit' });
  console.log(`  ${[cmd.replace('node_modules/.bin/', ''), ...args].join(' ')} (${seconds(since)})`);
};

function files(dir, keep = () => true) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path, keep);
    return keep(path) ? [path] : [];
  });
}
const sources = (dir) => files(dir, (path) => path.endsWith('.ts') && !path.endsWith('.test.ts'));

// Tests and harnesses are not built, so editing them needs no rebuild.
const built = (path) => !/\.(test|harness)\.ts$/.test(path);
const INPUTS = [
  ...['schema', 'elements', 'intake', 'fhir'].flatMap((pkg) => [...files(`packages/${pkg}/src`, built), `packages/${pkg}/package.json`]),
  ...files('packages', (path) => /packages\/\w+\/tsconfig[^/]*\.json$/.test(path)),
  'scripts/build.mjs',
  'scripts/export-json-schemas.ts',
  'rollup.config.mjs',
  'custom-elements-manifest.config.mjs',
  'tsconfig.json',
  'package-lock.json',
  ...files('packages/react/src', built),
  'packages/react/package.json',
  ...files('examples/react', (path) => !path.includes('/build/')),
];
const OUTPUTS = ['packages/schema/dist', 'packages/elements/dist', 'packages/elements/custom-elements.json', 'packages/intake/dist', 'packages/fhir/dist', 'packages/react/dist', 'examples/react/build'];
const stampFile = 'node_modules/.cache/linkki-build.sha256';

function inputHash() {
  const hash = createHash('sha256').update(process.version);
  for (const file of INPUTS.filter((f) => existsSync(f))) hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

const hash = inputHash();
const force = process.argv.includes('--force');
if (!force && OUTPUTS.every((out) => existsSync(out)) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === hash) {
  console.log('Build is up to date (no source changed since the last build; `npm run build -- --force` rebuilds).');
  process.exit(0);
}
rmSync(stampFile, { force: true });
for (const pkg of ['schema', 'elements', 'intake', 'fhir']) rmSync(`packages/${pkg}/dist`, { recursive: true, force: true });

console.log('@linkki/schema');
await build({
  entryPoints: sources('packages/schema/src'),
  outdir: 'packages/schema/dist',
  outbase: 'packages/schema/src',
  format: 'esm',
  target: 'es2022',
  logLevel: 'warning',
});
run(bin('tsc'), ['-p', 'packages/schema/tsconfig.build.json']);
run(bin('tsx'), ['scripts/export-json-schemas.ts', 'packages/schema/dist/json-schema']);

// The service before the elements: it needs only the schema, and element tests mount it.
console.log('@linkki/intake');
await build({
  entryPoints: sources('packages/intake/src'),
  outdir: 'packages/intake/dist',
  outbase: 'packages/intake/src',
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
});

// The FHIR mapping needs only the schema too: browsers and Node alike, like the schema.
console.log('@linkki/fhir');
await build({
  entryPoints: sources('packages/fhir/src'),
  outdir: 'packages/fhir/dist',
  outbase: 'packages/fhir/src',
  format: 'esm',
  target: 'es2022',
  logLevel: 'warning',
});
run(bin('tsc'), ['-p', 'packages/fhir/tsconfig.build.json']);

console.log('@linkki/elements');
const { default: configs } = await import('../rollup.config.mjs');
// One process, one module cache per set of externals: each standalone bundle after the first reuses
// the modules the ones before it parsed and transformed, so only bundling and minifying are repeated.
// (A cache also remembers which imports were external, so it is never shared across other settings.)
const caches = new Map();
for (const [index, { output, ...input }] of configs.entries()) {
  const since = Date.now();
  // The worker build has no DOM and no CSS: a cache of its own.
  const key = `${String(input.external ?? '')}|${input.plugins.map((p) => p.name).join()}`;
  const bundle = await rollup({ ...input, cache: caches.get(key), onLog: (level, log) => level === 'warn' && console.warn(`  ${log.message}`) });
  caches.set(key, bundle.cache);
  for (const out of [output].flat()) await bundle.write(out);
  await bundle.close();
  console.log(`  rollup ${index + 1}/${configs.length}: ${Object.keys(input.input).join(', ')} (${seconds(since)})`);
}
run(bin('tsc'), ['-p', 'packages/elements/tsconfig.build.json']);
// tsc writes an inferred `TemplateResult` as `import("lit-html").TemplateResult`, a package the
// elements do not depend on (lit does); `lit` re-exports it, so the declarations name `lit` instead.
for (const file of files('packages/elements/dist/types', (path) => path.endsWith('.d.ts'))) {
  const text = readFileSync(file, 'utf8');
  if (text.includes('import("lit-html")')) writeFileSync(file, text.replaceAll('import("lit-html")', 'import("lit")'));
}
run(bin('custom-elements-manifest'), ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet']);

// After the elements (its types import theirs): plain ES modules (react, @lit/react and the
// elements stay imports, the elements' only as dynamic imports made in the browser) and types.
console.log('@linkki/react');
rmSync('packages/react/dist', { recursive: true, force: true });
await build({
  entryPoints: sources('packages/react/src'),
  outdir: 'packages/react/dist',
  outbase: 'packages/react/src',
  format: 'esm',
  target: 'es2022',
  logLevel: 'warning',
});
run(bin('tsc'), ['-p', 'packages/react/tsconfig.build.json']);

// The React example page (examples/react/): the app with React and @linkki/react in one module;
// each element is imported from /dist/ as its standalone bundle when its component first mounts.
console.log('examples/react');
rmSync('examples/react/build', { recursive: true, force: true });
await build({
  entryPoints: ['examples/react/app.tsx'],
  outfile: 'examples/react/build/app.js',
  bundle: true,
  format: 'esm',
  target: 'es2022',
  jsx: 'automatic',
  minify: true,
  sourcemap: true,
  define: { 'process.env.NODE_ENV': '"production"' },
  plugins: [
    {
      name: 'element-bundles',
      setup(build) {
        build.onResolve({ filter: /^@linkki\/elements\/[\w-]+\.js$/ }, ({ path }) => ({ path: `/dist/linkki-${path.split('/').pop().replace(/\.js$/, '.min.js')}`, external: true }));
      },
    },
  ],
  logLevel: 'warning',
});

mkdirSync('node_modules/.cache', { recursive: true });
writeFileSync(stampFile, hash);
console.log(`Built in ${seconds(started)}.`);
