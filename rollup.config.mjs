import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

const src = 'packages/elements/src';
const out = 'packages/elements/dist';

/** Every component folder with a `define.ts` is an element entry: `<folder>` → `linkki-<folder>`. */
const elements = readdirSync(src, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(src, d.name, 'define.ts')))
  .map((d) => d.name);

const resolve = () => nodeResolve({ exportConditions: ['source', 'browser', 'import', 'default'], extensions: ['.ts', '.js'] });
const typescript = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', sourceMap: true });
// Terser with two passes saves ~5 % gzip over esbuild's minifier on these bundles.
const minify = () => terser({ module: true, ecma: 2020, compress: { passes: 2 }, format: { comments: false } });

/**
 * Lit's `css` literals go into the bundle as written. This drops comments, indentation and spaces
 * around `{ } ; , >` inside them (never around `:`, where a space is a descendant combinator; never
 * on a line with a quoted string), line by line, so line numbers and source maps stay right.
 */
const compactCss = (css) =>
  css
    .replace(/\/\*[^]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ''))
    .split('\n')
    // A line with a quoted string (`content: ' > '`) is only trimmed.
    .map((line) => (/['"]/.test(line) ? line.trim() : line.trim().replace(/\s+/g, ' ').replace(/ ?([{};,>]) ?/g, '$1')))
    .join('\n');
const minifyCssLiterals = () => ({
  name: 'minify-css-literals',
  transform(code, id) {
    if (!id.includes('/packages/elements/src/') || !code.includes('css`')) return null;
    return { code: code.replace(/\bcss`([^`$]*)`/g, (_, body) => `css\`${compactCss(body)}\``), map: null };
  },
});

/**
 * The finder's module worker is one self-contained file, `linkki-finder-worker.min.js`, built first
 * (below). Code that starts it writes `new Worker(new URL('./finder-worker.js', import.meta.url), …)`
 * as the sources have it; in every other build this plugin emits the built worker next to the
 * bundles and points the URL at it, relative to wherever the starting code ends up (an entry or a
 * chunk), as `new URL('../linkki-finder-worker.min.js', import.meta.url)` — a pattern Vite and
 * webpack also recognise. No blob: or data: URL, so a CSP needs only `worker-src 'self'`.
 */
const WORKER_FILE = 'linkki-finder-worker.min.js';
const workerUrl = () => ({
  name: 'finder-worker-url',
  transform(code, id) {
    const pattern = /new URL\((['"])\.\/finder-worker\.js\1,\s*import\.meta\.url\)/g;
    if (!id.includes('/packages/elements/src/') || !pattern.test(code)) return null;
    const source = readFileSync(join(out, WORKER_FILE), 'utf8').replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n');
    const ref = this.emitFile({ type: 'asset', fileName: WORKER_FILE, source });
    return { code: code.replace(pattern, `import.meta.ROLLUP_FILE_URL_${ref}`), map: null };
  },
  resolveFileUrl({ relativePath, fileName }) {
    if (fileName !== WORKER_FILE) return null;
    return `new URL(${JSON.stringify(relativePath.startsWith('.') ? relativePath : `./${relativePath}`)}, import.meta.url)`;
  },
});

// Bundler users get ES modules that import every package @linkki/elements depends on (lit, i18next,
// fuse.js and @linkki/schema, which brings zod) instead of a copy, so their app holds one of each —
// zod in one place, behind @linkki/schema. The list is the package's own `dependencies`, so the build
// cannot import what the package does not declare (test/node/package-imports.test.ts checks dist/).
const { dependencies } = JSON.parse(readFileSync('packages/elements/package.json', 'utf8'));
const external = (id) => Object.keys(dependencies).some((dep) => id === dep || id.startsWith(`${dep}/`));

/**
 * The all-in-one loader requests all of an element's chunks at once when it first sees the element
 * (`<link rel=modulepreload>` for each, in parallel with the `import()`), instead of learning each
 * chunk's imports only after the one before arrived. This writes the map it uses, `{ tag: [chunk
 * files, later files] }` (relative to the bundle) — each element's `define` chunk and every chunk it
 * imports statically, except what the loader itself holds — from the output bundle graph, as a
 * function declaration appended to the entry (hoisted, so the loader can call it from the start;
 * appended after the last line, so the source map stays right). Language chunks and parts an element
 * loads on demand are not in it, except the parts `preloadedParts` names (and what they import):
 * those an element asks for as soon as the person starts using it. They are the "later" files, which
 * the loader requests once the element's own code has arrived, so that on a slow connection they do
 * not share the bandwidth with what the element needs to appear.
 */
const preloadedParts = /\/referral-form\/after-send\.ts$/;
const elementChunkMap = () => ({
  name: 'element-chunk-map',
  generateBundle(_, bundle) {
    const entry = Object.values(bundle).find((file) => file.type === 'chunk' && file.isEntry);
    const loaded = new Set([entry.fileName]);
    const closure = (fileName, into) => {
      if (into.has(fileName) || loaded.has(fileName)) return into;
      into.add(fileName);
      for (const next of bundle[fileName].imports) closure(next, into);
      return into;
    };
    for (const next of entry.imports) loaded.add(next);
    const map = {};
    for (const fileName of entry.dynamicImports) {
      // By the modules in it, not `facadeModuleId`: that is null when a chunk also holds other code.
      for (const id of bundle[fileName].moduleIds) {
        const folder = id.match(/\/([a-z-]+)\/define\.ts$/)?.[1];
        if (!folder) continue;
        const files = closure(fileName, new Set());
        const later = new Set(files);
        for (const file of files) {
          for (const part of bundle[file].dynamicImports) {
            if (bundle[part]?.moduleIds.some((m) => preloadedParts.test(m))) closure(part, later);
          }
        }
        // Largest first: a browser opens at most six connections to a server over HTTP/1.1, and a
        // large chunk queued behind small ones would start its download one round trip later.
        const bySize = (list) => list.sort((a, b) => bundle[b].code.length - bundle[a].code.length);
        map[`linkki-${folder}`] = [bySize([...files]), bySize([...later].filter((file) => !files.has(file)))];
      }
    }
    const missing = elements.filter((name) => !map[`linkki-${name}`]);
    if (missing.length) this.error(`element-chunk-map: no chunk for ${missing.join(', ')}`);
    const declaration = `function __linkkiElementChunks(){return${JSON.stringify(map)}}\n`;
    const comment = entry.code.match(/\n\/\/# sourceMappingURL=[^\n]*\n?$/);
    entry.code = comment
      ? `${entry.code.slice(0, comment.index)}\n${declaration.trimEnd()}${entry.code.slice(comment.index)}`
      : `${entry.code}\n${declaration}`;
  },
});

// @linkki/schema has no side effects (its package.json says so; rollup needs telling for its sources).
const treeshake = { moduleSideEffects: (id) => !id.includes('/packages/schema/src/') };

/** @type {import('rollup').RollupOptions[]} */
export default [
  // The finder's worker first: the other builds copy it next to themselves. What it needs for the
  // first results (reading, validating, ordering the catalogue) is the worker file; the search index
  // code, fuse.js and the HSDS mapping are chunks it loads when it gets to them (finder-engine.ts), so
  // on a slow connection they do not share the bandwidth with the catalogue and the finder's code.
  {
    input: { 'linkki-finder-worker': `${src}/activity-finder/finder-worker.ts` },
    treeshake,
    plugins: [resolve(), typescript(), minify()],
    output: { dir: out, format: 'es', sourcemap: true, entryFileNames: '[name].min.js', chunkFileNames: 'chunks/linkki-finder-worker-[name]-[hash].min.js' },
  },
  {
    input: {
      index: `${src}/index.ts`,
      ...Object.fromEntries(elements.map((name) => [name, `${src}/${name}/define.ts`])),
    },
    external,
    treeshake,
    plugins: [resolve(), typescript(), workerUrl()],
    output: { dir: out, format: 'es', sourcemap: true, chunkFileNames: 'chunks/[name]-[hash].js' },
  },
  // CMS users paste one <script type="module"> tag. Each bundle stands alone; Finnish is built in
  // and each other language is one chunk, downloaded only when an element shows it.
  ...[
    ['linkki', `${src}/all.ts`],
    ...elements.map((name) => [`linkki-${name}`, `${src}/${name}/define.ts`]),
  ].map(([name, input]) => ({
    input: { [name]: input },
    treeshake,
    // Code shared by the entry and its chunks stays in the entry (which may then export more than
    // its source does), so a page requests the bundle and then its chunks, not a facade → shared
    // chunk → chunks chain: one round trip less on a slow connection.
    preserveEntrySignatures: 'allow-extension',
    plugins: [resolve(), minifyCssLiterals(), typescript(), workerUrl(), minify(), ...(name === 'linkki' ? [elementChunkMap()] : [])],
    output: {
      dir: out,
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].min.js',
      chunkFileNames: `chunks/${name}-[name]-[hash].min.js`,
      // The all-in-one's elements share many small modules (styles, the live region, labels); without
      // this each set of sharers is a chunk, and the referral form needed 12 requests — more than the
      // six connections a browser opens over HTTP/1.1, so half of them waited a round trip. Rollup
      // merges a chunk under 2 000 bytes into one that is loaded with it, only where that runs no side
      // effect earlier than before; the bytes each element loads stay within a kilobyte of before.
      ...(name === 'linkki' ? { experimentalMinChunkSize: 2000 } : {}),
      manualChunks: (id) => {
        const lang = id.match(/\/(?:locales|labels)\/(se|smn|sms|sv|en)\.ts$/)?.[1];
        return lang ? `strings-${lang}` : undefined;
      },
    },
  })),
];
