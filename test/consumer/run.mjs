// The packages as a consumer gets them: `npm pack` every publishable package, install the tarballs
// from a folder outside the workspace (the npm registry for everything else, the local cache first)
// into scratch apps, build them, and load the built pages in Chromium.
//
//   vanilla  a Vite app that already has zod 3 (as many tools bring it), with <linkki-swemwbs>,
//            <linkki-referral-form> and <linkki-activity-finder> (its worker bundled by Vite)
//   react    a Vite React app: the @linkki/react wrappers when that package is built, else the
//            custom elements written straight in JSX
//   node     a Node script that validates referrals with @linkki/schema and imports @linkki/intake
//   types    `tsc --noEmit` (typescript@5 from npm, and the workspace's TypeScript 7) over code that
//            uses the elements' and the schema's types, moduleResolution bundler and nodenext, skipLibCheck off
//
// Each page must upgrade its elements and render them (a first control; the finder's results) with
// no console error, under a strict Content-Security-Policy. Needs `npm run build` first.
// Usage: node test/consumer/run.mjs [--keep]  (--keep leaves the scratch folder for a look)
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import puppeteer from 'puppeteer-core';

const exec = promisify(execFile);
const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const keep = process.argv.includes('--keep');
const started = Date.now();
const seconds = (since = started) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const log = (message) => console.log(`[${seconds()}] ${message}`);

// Versions the apps install, as a new project would pick them today (the workspace's, where it has them).
const installed = (name) => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
const VITE = `^${installed('vite')}`;
const REACT = `^${installed('react')}`;
const ZOD3 = '^3.25.0';
const TYPESCRIPT = '^5.9.0';

/** Publishable packages (not private) that are built. */
const packages = ['schema', 'elements', 'intake', 'react', 'fhir']
  .map((folder) => ({ folder, dir: join(root, 'packages', folder) }))
  .filter(({ dir }) => existsSync(join(dir, 'package.json')))
  .map((p) => ({ ...p, manifest: JSON.parse(readFileSync(join(p.dir, 'package.json'), 'utf8')) }))
  .filter(({ manifest }) => !manifest.private);
// A package is built when everything its manifest points at exists (code and, where it has them, types).
const unbuilt = packages.filter(({ dir, manifest }) => ![manifest.main, manifest.types].filter(Boolean).every((file) => existsSync(join(dir, file))));
for (const { manifest } of unbuilt) console.warn(`${manifest.name} is not built (${[manifest.main, manifest.types].filter(Boolean).join(', ')} missing; npm run build): not packed.`);
const built = packages.filter((p) => !unbuilt.includes(p));
if (!['@linkki/schema', '@linkki/elements'].every((name) => built.some(({ manifest }) => manifest.name === name))) {
  console.error('@linkki/schema or @linkki/elements is not built (its dist/ code or types missing): run npm run build first.');
  process.exit(1);
}
const has = (name) => built.some(({ manifest }) => manifest.name === name);

const scratch = mkdtempSync(join(tmpdir(), 'linkki-consumer-'));
const tarballs = join(scratch, 'tarballs');
mkdirSync(tarballs);

async function run(cwd, cmd, args, label = `${cmd} ${args.join(' ')}`) {
  const since = Date.now();
  try {
    const { stdout } = await exec(cmd, args, { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NODE_OPTIONS: '', npm_config_update_notifier: 'false' } });
    log(`${relative(scratch, cwd) || '.'}: ${label} (${seconds(since)})`);
    return stdout;
  } catch (error) {
    throw new Error(`${relative(scratch, cwd) || '.'}: ${label} failed\n${error.stdout ?? ''}${error.stderr ?? ''}`);
  }
}

// 1. Pack, as `npm publish` would (the `files` lists, no workspace links).
const packed = JSON.parse(await run(root, 'npm', ['pack', '--json', '--pack-destination', tarballs, ...built.flatMap(({ folder }) => ['-w', `packages/${folder}`])], 'npm pack'));
const tarball = Object.fromEntries(packed.map((p) => [p.name, `file:${join(tarballs, p.filename)}`]));
for (const p of packed) log(`  ${p.filename}: ${(p.size / 1024).toFixed(0)} kB, ${p.entryCount} files`);

/**
 * A scratch app: its package.json and files. Our packages depend on each other by version
 * (`"@linkki/schema": "0.1.0"`): the overrides point those at the tarballs too, never the registry.
 */
function app(name, dependencies, files) {
  const dir = join(scratch, name);
  const overrides = Object.fromEntries(Object.entries(tarball).map(([dep, spec]) => [dep, dependencies[dep] ? `$${dep}` : spec]));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `linkki-consumer-${name}`, private: true, type: 'module', dependencies, overrides }, null, 2));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}
const install = (dir) => run(dir, 'npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], 'npm install');

const page = (title, script) => `<!doctype html>
<html lang="fi">
<head><meta charset="utf-8"><title>${title}</title></head>
<body><div id="app"></div><script type="module" src="${script}"></script></body>
</html>
`;

// 2. The apps.
const vanilla = app(
  'vanilla',
  { '@linkki/elements': tarball['@linkki/elements'], '@linkki/schema': tarball['@linkki/schema'], zod: ZOD3, vite: VITE },
  {
    'index.html': page('Linkki in a Vite app with zod 3', '/src/main.js'),
    'src/main.js': `// The app's own zod is zod 3; the elements bring @linkki/schema, which brings zod 4 for itself.
import { z } from 'zod';
import '@linkki/elements/swemwbs.js';
import '@linkki/elements/referral-form.js';
import '@linkki/elements/activity-finder.js';
import { registerStrings } from '@linkki/elements';
import { validateReferral } from '@linkki/schema';

const appSettings = z.object({ title: z.string() }).parse({ title: 'Hyvinvointilähete' });
registerStrings('fi', {});
if (validateReferral({}).ok) throw new Error('an empty referral passed validation');
document.querySelector('#app').innerHTML = \`<h1>\${appSettings.title}</h1>
  <linkki-swemwbs></linkki-swemwbs>
  <linkki-referral-form></linkki-referral-form>
  <linkki-activity-finder src="/catalogue.json" today="2026-11-24"></linkki-activity-finder>\`;
`,
    'public/catalogue.json': readFileSync(join(root, 'examples/data/catalogue.json'), 'utf8'),
  },
);

const withWrappers = has('@linkki/react');
const react = app(
  'react',
  {
    '@linkki/elements': tarball['@linkki/elements'],
    ...(withWrappers ? { '@linkki/react': tarball['@linkki/react'] } : {}),
    react: REACT,
    'react-dom': REACT,
    vite: VITE,
  },
  {
    'index.html': page('Linkki in a Vite React app', '/src/main.jsx'),
    'vite.config.js': `export default { oxc: { jsx: { runtime: 'automatic' } } };\n`,
    'src/main.jsx': withWrappers
      ? `import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LinkkiReferralForm, LinkkiSwemwbs } from '@linkki/react';

function App() {
  return (
    <main>
      <h1>Hyvinvointilähete</h1>
      <LinkkiSwemwbs timepoint="start" onLinkkiCompleted={(event) => console.log(event.detail)} />
      <LinkkiReferralForm />
    </main>
  );
}
createRoot(document.getElementById('app')).render(<StrictMode><App /></StrictMode>);
`
      : `import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@linkki/elements/swemwbs.js';
import '@linkki/elements/referral-form.js';

function App() {
  return (
    <main>
      <h1>Hyvinvointilähete</h1>
      <linkki-swemwbs timepoint="start"></linkki-swemwbs>
      <linkki-referral-form></linkki-referral-form>
    </main>
  );
}
createRoot(document.getElementById('app')).render(<StrictMode><App /></StrictMode>);
`,
  },
);

const node = app(
  'node',
  {
    '@linkki/schema': tarball['@linkki/schema'],
    ...(has('@linkki/intake') ? { '@linkki/intake': tarball['@linkki/intake'] } : {}),
    ...(has('@linkki/fhir') ? { '@linkki/fhir': tarball['@linkki/fhir'] } : {}),
  },
  {
    'check.js': `import assert from 'node:assert/strict';
import { validateReferral, scoreSwemwbs } from '@linkki/schema';

// A fictional self-referral (no real person).
const referral = {
  kind: 'self',
  id: 'de300000-0000-4000-8000-0000000c0de1',
  createdAt: '2026-11-24T09:10:00+02:00',
  person: { name: 'Testi Esimerkki', contact: { phone: '040 000 0000' }, age: 70, municipality: '758', language: 'fi' },
  reasons: ['loneliness'],
  consent: true,
};
const valid = validateReferral(referral);
assert.equal(valid.ok, true, JSON.stringify(valid));
const invalid = validateReferral({ ...referral, person: { ...referral.person, contact: {} } });
assert.equal(invalid.ok, false);
assert.ok(invalid.issues.length > 0);
assert.equal(scoreSwemwbs([3, 3, 3, 3, 3, 3, 3]).raw, 21);
${has('@linkki/intake') ? `const intake = await import('@linkki/intake');
assert.equal(typeof intake.createIntake, 'function');
assert.equal(typeof intake.configFromEnv, 'function');
` : ''}${has('@linkki/fhir') ? `const fhir = await import('@linkki/fhir');
assert.ok(Object.keys(fhir).length > 0, '@linkki/fhir exports nothing');
if (typeof fhir.toFhir === 'function') assert.equal(fhir.toFhir(referral).resourceType, 'Bundle');
` : ''}console.log('node: @linkki/schema validates a referral${has('@linkki/intake') ? ', @linkki/intake imports' : ''}${has('@linkki/fhir') ? ', @linkki/fhir imports' : ''}');
`,
  },
);

const typesSource = `import '@linkki/elements/referral-form.js';
import '@linkki/elements/swemwbs.js';
import '@linkki/elements/activity-finder.js';
import { registerStrings, type LinkkiElement } from '@linkki/elements';
import { validateReferral, type Referral } from '@linkki/schema';

type IsAny<T> = 0 extends 1 & T ? true : false;

const form = document.createElement('linkki-referral-form');
const asElement: LinkkiElement = form;
const questionnaire = document.createElement('linkki-swemwbs');
const finder = document.createElement('linkki-activity-finder');
finder.src = '/catalogue.json';

// Events come typed from each element's HTMLElementEventMap, never \`any\`.
questionnaire.addEventListener('linkki-error', (event) => {
  const notAny: IsAny<typeof event.detail> = false;
  console.log(notAny, event.detail);
});

const result = validateReferral({} as unknown);
if (result.ok) {
  const referral: Referral = result.value;
  console.log(referral.person);
}
registerStrings('fi', {});
console.log(asElement, form, finder);
`;
const types = app(
  'types',
  { '@linkki/elements': tarball['@linkki/elements'], '@linkki/schema': tarball['@linkki/schema'], typescript: TYPESCRIPT },
  {
    'src/use.ts': typesSource,
    'tsconfig.json': JSON.stringify({ compilerOptions: { target: 'es2022', module: 'esnext', moduleResolution: 'bundler', lib: ['es2022', 'dom', 'dom.iterable'], strict: true, noEmit: true, skipLibCheck: false }, include: ['src'] }, null, 2),
    'tsconfig.nodenext.json': JSON.stringify({ extends: './tsconfig.json', compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext' } }, null, 2),
  },
);

// 3. Install (in parallel: npm's cache is safe to share) and build.
const failures = [];
const step = async (name, work) => {
  try {
    await work();
  } catch (error) {
    failures.push(`${name}: ${error.message}`);
  }
};
await Promise.all([
  step('vanilla', async () => {
    await install(vanilla);
    // The app has zod 3 at the top; @linkki/schema gets its zod 4 of its own.
    assert(JSON.parse(readFileSync(join(vanilla, 'node_modules/zod/package.json'), 'utf8')).version.startsWith('3.'), 'the vanilla app should have zod 3');
    await run(vanilla, 'npx', ['vite', 'build', '--logLevel', 'warn'], 'vite build');
  }),
  step('react', async () => {
    await install(react);
    await run(react, 'npx', ['vite', 'build', '--logLevel', 'warn'], 'vite build');
  }),
  step('node', async () => {
    await install(node);
    process.stdout.write(await run(node, 'node', ['check.js']));
  }),
  step('types', async () => {
    await install(types);
    await Promise.all([
      run(types, 'npx', ['tsc', '-p', 'tsconfig.json'], 'tsc --noEmit (moduleResolution bundler)'),
      run(types, 'npx', ['tsc', '-p', 'tsconfig.nodenext.json'], 'tsc --noEmit (moduleResolution nodenext)'),
      // The workspace's TypeScript 7 (native; its CLI works, it has no JS API) reads the same types.
      run(types, join(root, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], 'TypeScript 7 tsc --noEmit (moduleResolution bundler)'),
    ]);
  }),
]);

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

// 4. The built pages in Chromium, under a strict CSP.
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; worker-src 'self'; connect-src 'self'; img-src 'self' data:";
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml' };
async function serve(dir) {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    const file = normalize(join(dir, path === '/' ? 'index.html' : decodeURIComponent(path)));
    if (!file.startsWith(dir) || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Security-Policy': CSP }).end(readFileSync(file));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

const CONTROL = 'a[href], button, input, select, textarea, summary';
const checks = [
  ['vanilla', vanilla, { 'linkki-swemwbs': CONTROL, 'linkki-referral-form': CONTROL, 'linkki-activity-finder': '[part="result"]' }],
  ['react', react, { 'linkki-swemwbs': CONTROL, 'linkki-referral-form': CONTROL }],
].filter(([name]) => !failures.some((f) => f.startsWith(`${name}:`)));

if (checks.length) {
  const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
  try {
    for (const [name, dir, elements] of checks) {
      await step(name, async () => {
        const { server, url } = await serve(join(dir, 'dist'));
        const tab = await browser.newPage();
        const errors = [];
        tab.on('pageerror', (error) => errors.push(String(error)));
        tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
        tab.on('requestfailed', (request) => errors.push(`${request.url()}: ${request.failure()?.errorText}`));
        tab.on('response', (response) => response.status() >= 400 && errors.push(`${response.url()}: HTTP ${response.status()}`));
        try {
          await tab.goto(url, { waitUntil: 'load' });
          for (const [tag, selector] of Object.entries(elements)) {
            await tab
              .waitForFunction(
                (tag, selector) => {
                  const host = document.querySelector(tag);
                  return !!host && customElements.get(tag) === host.constructor && !!host.shadowRoot?.querySelector(selector);
                },
                { timeout: 20_000 },
                tag,
                selector,
              )
              .catch(() => {
                throw new Error(`<${tag}> did not upgrade and render (${selector}) in the built page${errors.length ? `; console: ${errors.join(' | ')}` : ''}`);
              });
          }
          // The finder's search code is a chunk its worker loads after the first results: a search
          // with words must find it in the app's own build of the worker too.
          if ('linkki-activity-finder' in elements) {
            const heading = () => tab.evaluate(() => document.querySelector('linkki-activity-finder').shadowRoot.querySelector('#results-title')?.textContent?.trim() ?? '');
            const before = await heading();
            await tab.evaluate(() => {
              const box = document.querySelector('linkki-activity-finder').shadowRoot.querySelector('input[type="search"]');
              box.value = 'kävely';
              box.dispatchEvent(new Event('input'));
            });
            await tab
              .waitForFunction((before) => {
                const text = document.querySelector('linkki-activity-finder').shadowRoot.querySelector('#results-title')?.textContent?.trim() ?? '';
                return text !== before && /[1-9]/.test(text);
              }, { timeout: 20_000 }, before)
              .catch(() => {
                throw new Error(`<linkki-activity-finder> did not answer a search with words in the built page${errors.length ? `; console: ${errors.join(' | ')}` : ''}`);
              });
          }
          // A moment for late errors (the finder's worker, language chunks).
          await new Promise((done) => setTimeout(done, 300));
          assert(errors.length === 0, `console errors: ${errors.join(' | ')}`);
          log(`${name}: ${Object.keys(elements).map((tag) => `<${tag}>`).join(', ')} upgraded and rendered in Chromium${'linkki-activity-finder' in elements ? ', the finder answered a search with words' : ''}, no console errors`);
        } finally {
          await tab.close();
          server.close();
        }
      });
    }
  } finally {
    await browser.close();
  }
}

if (!keep) rmSync(scratch, { recursive: true, force: true });
else log(`scratch apps kept in ${scratch}`);
if (failures.length) {
  console.error(`\n${failures.length} consumer check(s) failed:\n\n${failures.join('\n\n')}`);
  process.exit(1);
}
log(`every scratch app installed, built and ran (${[withWrappers ? 'React through @linkki/react' : 'React with the elements in JSX', ...unbuilt.map(({ manifest }) => `${manifest.name} not built, not packed`)].join('; ')})`);
