// Every publishable package declares exactly what its built files import. A consumer installs only a
// package's `dependencies` (and peers), so every bare import in dist/ — static, dynamic and in the
// type declarations — must name one of them, and must resolve from the package folder the way Node
// and bundlers resolve it (the `exports` maps included: `zod/mini` from an app with zod 3 fails with
// ERR_PACKAGE_PATH_NOT_EXPORTED). A declared dependency that nothing in dist/ imports is reported
// too: it costs every consumer an install for nothing.
//
// Needs the build (`npm run build`): it reads each package's dist/, never its sources.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

interface Manifest {
  name: string;
  private?: boolean;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

/** Every package under packages/ that is published (not `private`). */
const packages = readdirSync(join(root, 'packages'))
  .map((folder) => join(root, 'packages', folder))
  .filter((dir) => existsSync(join(dir, 'package.json')))
  .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest }))
  .filter(({ manifest }) => !manifest.private);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** `@scope/name/sub/path` → `@scope/name`; `lit/decorators.js` → `lit`. */
const packageName = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
const isBare = (specifier: string) => !/^(\.|\/|[a-z][a-z0-9+.-]*:)/i.test(specifier) && !isBuiltin(specifier);

interface BareImport {
  file: string;
  specifier: string;
  kind: string;
}

/**
 * Bare imports of built JavaScript, found by esbuild's parser (static `import`/`export … from`,
 * `import()` with a string, `require()`): every import is marked external, so nothing is bundled.
 */
async function javascriptImports(files: string[]): Promise<BareImport[]> {
  const found: BareImport[] = [];
  const collect: Plugin = {
    name: 'collect-imports',
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        if (args.kind === 'entry-point') return undefined;
        if (isBare(args.path)) found.push({ file: args.importer, specifier: args.path, kind: args.kind });
        return { path: args.path, external: true };
      });
    },
  };
  if (files.length === 0) return found;
  await build({ entryPoints: files, bundle: true, write: false, outdir: '/nonexistent', format: 'esm', platform: 'neutral', logLevel: 'silent', plugins: [collect] });
  return found;
}

/**
 * Bare imports of type declarations (`import … from`, `export … from`, `import("…")` types,
 * `/// <reference types>`), comments removed first so that examples in JSDoc do not count.
 */
function declarationImports(file: string): BareImport[] {
  const text = readFileSync(file, 'utf8');
  const references = [...text.matchAll(/^\/\/\/\s*<reference\s+types=["']([^"']+)["']/gm)].map((m) => m[1]!);
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const specifiers = [
    ...references,
    ...[...code.matchAll(/\bfrom\s*["']([^"']+)["']/g)].map((m) => m[1]!),
    ...[...code.matchAll(/\bimport\s*\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!),
    ...[...code.matchAll(/^\s*import\s*["']([^"']+)["']/gm)].map((m) => m[1]!),
  ];
  return specifiers.filter(isBare).map((specifier) => ({ file, specifier, kind: 'type' }));
}

/**
 * Resolves specifiers from `dir` as an ES module there would (`import.meta.resolve`: the `import`,
 * `node` and `default` conditions, exports maps enforced), in a plain Node without this test's
 * `--conditions=source`. Returns an error code (ERR_MODULE_NOT_FOUND, ERR_PACKAGE_PATH_NOT_EXPORTED…)
 * for each specifier that does not resolve.
 */
function unresolvable(dir: string, specifiers: string[]): Map<string, string> {
  const script = `
    const failed = {};
    for (const specifier of JSON.parse(process.argv[1])) {
      try { import.meta.resolve(specifier); } catch (error) { failed[specifier] = error.code ?? String(error); }
    }
    process.stdout.write(JSON.stringify(failed));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(specifiers)], { cwd: dir, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
  return new Map(Object.entries(JSON.parse(out) as Record<string, string>));
}

/** The folder a package name resolves to from `dir`, looking up node_modules folders as Node does. */
function installedFolder(dir: string, name: string): string | undefined {
  for (let at = dir; ; at = dirname(at)) {
    const candidate = join(at, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(at) === at) return undefined;
  }
}

const where = (imports: BareImport[]) =>
  [...new Set(imports.map(({ file, kind }) => `${relative(root, file)} (${kind})`))].slice(0, 3).join(', ');

test('there are publishable packages to check', () => {
  assert.ok(packages.some(({ manifest }) => manifest.name === '@linkki/elements'), 'packages/elements is missing');
  assert.ok(packages.length >= 3, `only ${packages.map(({ manifest }) => manifest.name).join(', ')}`);
});

for (const { dir, manifest } of packages) {
  const dist = join(dir, 'dist');
  const declared = new Set(Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies, ...manifest.optionalDependencies }));

  test(`${manifest.name} declares every package its dist/ imports, and each resolves from ${relative(root, dir)}`, async () => {
    assert.ok(existsSync(dist), `${relative(root, dist)} does not exist: run npm run build`);
    const files = filesUnder(dist);
    const js = files.filter((f) => /\.[cm]?js$/.test(f));
    assert.ok(js.length > 0, `no built JavaScript in ${relative(root, dist)}`);
    const imports = [...(await javascriptImports(js)), ...files.filter((f) => /\.d\.[cm]?ts$/.test(f)).flatMap(declarationImports)];

    const undeclared = imports.filter(({ specifier }) => packageName(specifier) !== manifest.name && !declared.has(packageName(specifier)));
    const byName = new Map<string, BareImport[]>();
    for (const found of undeclared) byName.set(packageName(found.specifier), [...(byName.get(packageName(found.specifier)) ?? []), found]);
    assert.deepEqual(
      [...byName].map(([name, list]) => `${name} — imported by ${where(list)}`),
      [],
      `${manifest.name} imports packages its package.json does not declare`,
    );

    // Code must resolve through the exports maps; declarations must at least find their package.
    const code = [...new Set(imports.filter(({ kind }) => kind !== 'type').map(({ specifier }) => specifier))];
    const failed = unresolvable(dir, code);
    assert.deepEqual(
      [...failed].map(([specifier, error]) => `${specifier}: ${error} — imported by ${where(imports.filter((i) => i.specifier === specifier))}`),
      [],
      `bare imports of ${manifest.name} that do not resolve from ${relative(root, dir)}`,
    );
    const typesOnly = [...new Set(imports.filter(({ kind }) => kind === 'type').map(({ specifier }) => packageName(specifier)))];
    assert.deepEqual(
      typesOnly.filter((name) => name !== manifest.name && !installedFolder(dir, name)),
      [],
      `packages the type declarations of ${manifest.name} import but that are not installed`,
    );
  });

  test(`${manifest.name} depends on nothing its dist/ does not import`, async () => {
    assert.ok(existsSync(dist), `${relative(root, dist)} does not exist: run npm run build`);
    const files = filesUnder(dist);
    const imports = [...(await javascriptImports(files.filter((f) => /\.[cm]?js$/.test(f)))), ...files.filter((f) => /\.d\.[cm]?ts$/.test(f)).flatMap(declarationImports)];
    const used = new Set(imports.map(({ specifier }) => packageName(specifier)));
    assert.deepEqual(
      [...declared].filter((name) => !used.has(name)),
      [],
      `${manifest.name} declares dependencies that nothing in its dist/ imports`,
    );
  });
}
