// Builds the packages: @linkki/schema (ES modules, types, JSON Schemas), @linkki/elements
// (per-element ES modules, minified CMS bundles, types, custom-elements.json) and @linkki/intake
// (plain ES modules that run on Node without a TypeScript loader).
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const bin = (name) => join('node_modules', '.bin', name);
const run = (cmd, args) => {
  const started = Date.now();
  execFileSync(cmd, args, { stdio: 'inherit' });
  console.log(`  ${[cmd.replace('node_modules/.bin/', ''), ...args].join(' ')} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
};

function sources(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

for (const pkg of ['schema', 'elements', 'intake']) rmSync(`packages/${pkg}/dist`, { recursive: true, force: true });

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

console.log('@linkki/elements');
run(bin('rollup'), ['-c', 'rollup.config.mjs', '--silent']);
run(bin('tsc'), ['-p', 'packages/elements/tsconfig.build.json']);
run(bin('custom-elements-manifest'), ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet']);

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
