// Testing Library ships CommonJS dependencies the dev server cannot serve as ES modules;
// esbuild turns them into one ES module the browser tests import (test/helpers/queries.ts).
import { build } from 'esbuild';

await build({
  stdin: { contents: "export * from 'shadow-dom-testing-library';", resolveDir: process.cwd(), loader: 'js' },
  bundle: true,
  format: 'esm',
  target: 'es2022',
  outfile: 'test/helpers/vendor/testing-library.js',
  define: { 'process.env.NODE_ENV': '"test"' },
  logLevel: 'warning',
});
