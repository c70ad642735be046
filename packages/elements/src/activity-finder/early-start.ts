import type { ToEngine } from './finder-protocol.js';

let early: { worker: Worker; failed: boolean; taken: boolean } | undefined;

/**
 * Starts the finder's worker — and, given the catalogue's address (absolute), the catalogue's
 * download on this thread — before the finder's own code has arrived. The all-in-one loader calls it
 * when it first sees a finder, so that on a slow connection the worker script and the catalogue come
 * in parallel with the finder's code instead of one after the other. The first finder created adopts
 * the worker (`takeEarlyWorker`); the engine uses the downloaded catalogue when that finder asks for
 * the same address. Where a worker cannot start (no `Worker`, a CSP without `worker-src`), nothing
 * happens and the finder starts as it would have.
 */
export function startFinderEarly(src: string | undefined): void {
  if (early || typeof Worker === 'undefined') return;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./finder-worker.js', import.meta.url), { type: 'module', name: 'linkki-finder' });
  } catch {
    return;
  }
  const started = { worker, failed: false, taken: false };
  early = started;
  worker.addEventListener('error', (event) => {
    if (started.taken) return;
    event.preventDefault();
    started.failed = true;
  });
  if (!src) return;
  worker.postMessage({ type: 'early-catalogue', src } satisfies ToEngine);
  fetch(src, { headers: { accept: 'application/json' } })
    .then(async (response) => ({ status: response.status, body: response.ok ? await response.arrayBuffer() : undefined }))
    // A network failure: the engine fetches the catalogue itself, and reports what it gets.
    .catch(() => ({ status: 0, body: undefined }))
    .then(({ status, body }) => worker.postMessage({ type: 'early-catalogue-body', src, status, body } satisfies ToEngine, body ? [body] : []));
}

/** The worker `startFinderEarly` started, once, unless it failed to load. */
export function takeEarlyWorker(): Worker | undefined {
  if (!early || early.taken) return undefined;
  early.taken = true;
  if (!early.failed) return early.worker;
  early.worker.terminate();
  return undefined;
}

/** The address of the catalogue of the page's first finder with a `src`, resolved against the page. */
export function pageCatalogueSrc(): string | undefined {
  const src = document.querySelector('linkki-activity-finder[src]')?.getAttribute('src');
  return src ? new URL(src, document.baseURI).href : undefined;
}
