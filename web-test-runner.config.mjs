import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { reactEsm } from './packages/react/test/react-esm.mjs';
import { faultyIntakeMiddleware } from './test/server/intake-faults.mjs';
import { forcedColorsPlugin } from './test/server/forced-colors.mjs';

/**
 * A worker is started from `new URL('./<name>-worker.js', import.meta.url)`, as the built bundles
 * have it; from sources that file is TypeScript, served (and transformed) as the .ts next to it.
 */
function workerSources(context, next) {
  if (/^\/packages\/elements\/src\/.+-worker\.js$/.test(context.path)) context.url = context.url.replace(/\.js(?=\?|$)/, '.ts');
  return next();
}

/** Element tests run in Debian's Chromium (no browser download): set CHROME_PATH to use another. */
export default {
  // @linkki/react's wrappers are tested in the same Chromium (React served as ES modules by reactEsm).
  files: ['packages/elements/src/**/*.test.ts', 'packages/react/src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  // Elements that post are tested against the real @linkki/intake (PGlite in memory, built by
  // `npm run build`) with faults injected around it: see test/server/intake-faults.mjs.
  middleware: [workerSources, faultyIntakeMiddleware({ base: '/faulty' })],
  plugins: [reactEsm(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), forcedColorsPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
        ],
      },
    }),
  ],
  concurrency: 1,
  // The slowest honest test (axe over one element state in six locales) takes ~3 s on an idle
  // 2-core machine and several times that at load 8: 60 s leaves a margin without hiding a hang.
  testFramework: { config: { timeout: 60000 } },
  testsFinishTimeout: 600000,
};
