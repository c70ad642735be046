// React ships CommonJS, which the test runner's dev server cannot serve as ES modules. This plugin
// serves `react`, `react-dom`, `react-dom/client` and `react-dom/server` (its browser build) from one ES module that esbuild bundles from
// them once (so the test, @lit/react and the wrappers share one React), re-exported per specifier.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

const SPECIFIERS = { react: 'React', 'react-dom': 'ReactDOM', 'react-dom/client': 'ReactDOMClient', 'react-dom/server': 'ReactDOMServer' };
const BASE = '/__react-esm/';
const fileOf = (specifier) => `${BASE}${specifier.replace('/', '__')}.js`;

let bundle;
async function bundled() {
  bundle ??= build({
    stdin: {
      contents: Object.entries(SPECIFIERS).map(([specifier, name]) => `export * as ${name} from '${specifier}';`).join('\n'),
      resolveDir: process.cwd(),
      loader: 'js',
    },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'warning',
  }).then((result) => result.outputFiles[0].text);
  return bundle;
}

/** A module that re-exports one package's names (read from the package itself) from the bundle. */
function facade(specifier) {
  const name = SPECIFIERS[specifier];
  // Read in a child process: React logs while it loads, and the runner's console is not a plain one.
  const script = `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(specifier)}))))`;
  const keys = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
  const names = keys.filter((key) => /^[A-Za-z_$][\w$]*$/.test(key) && key !== 'default');
  return [
    `import { ${name} } from '${BASE}all.js';`,
    `export default ${name};`,
    `export const { ${names.join(', ')} } = ${name};`,
  ].join('\n');
}

export function reactEsm() {
  return {
    name: 'react-esm',
    resolveImport({ source }) {
      if (source in SPECIFIERS) return fileOf(source);
    },
    async serve(context) {
      if (!context.path.startsWith(BASE)) return;
      if (context.path === `${BASE}all.js`) return { body: await bundled(), type: 'js' };
      const specifier = Object.keys(SPECIFIERS).find((s) => fileOf(s) === context.path);
      if (specifier) return { body: facade(specifier), type: 'js' };
    },
  };
}
