import { readdirSync, existsSync } from 'node:fs';
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

// Bundler users get ES modules that share lit, i18next and zod with the rest of their app.
const external = [/^lit/, /^@lit\//, /^i18next/, /^fuse\.js/, /^zod/];

// @linkki/schema has no side effects (its package.json says so; rollup needs telling for its sources).
const treeshake = { moduleSideEffects: (id) => !id.includes('/packages/schema/src/') };

/** @type {import('rollup').RollupOptions[]} */
export default [
  {
    input: {
      index: `${src}/index.ts`,
      ...Object.fromEntries(elements.map((name) => [name, `${src}/${name}/define.ts`])),
    },
    external,
    treeshake,
    plugins: [resolve(), typescript()],
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
    plugins: [resolve(), minifyCssLiterals(), typescript(), minify()],
    output: {
      dir: out,
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].min.js',
      chunkFileNames: `chunks/${name}-[name]-[hash].min.js`,
      manualChunks: (id) => {
        const lang = id.match(/\/(?:locales|labels)\/(se|smn|sms|sv|en)\.ts$/)?.[1];
        return lang ? `strings-${lang}` : undefined;
      },
    },
  })),
];
