import { takeEarlyWorker } from './early-start.js';
import { yieldToEventLoop } from './event-loop.js';
import type { EngineSettings, FromEngine, ToEngine } from './finder-protocol.js';

/** Entries of a catalogue given as a property go to the worker this many at a time, one short task each. */
const CHUNK = 500;

interface Engine {
  receive(message: ToEngine): void;
}

/**
 * The element's side of the finder engine. The engine runs in a module worker started from
 * `linkki-finder-worker.min.js` next to the bundle (a strict CSP needs `worker-src 'self'`, or the
 * origin the bundles are served from when it is the page's); where that is not possible — no
 * `Worker`, a CSP without it, bundles on another origin, the worker failing — the same engine is
 * loaded on the main thread, where it works in slices, and `restart` asks the element to load again.
 */
export class FinderEngineClient {
  private worker: Worker | undefined;
  private local: Promise<Engine> | undefined;
  private closed = false;

  constructor(
    private readonly deliver: (message: FromEngine) => void,
    private readonly restart: () => void,
  ) {
    try {
      const worker = takeEarlyWorker() ?? new Worker(new URL('./finder-worker.js', import.meta.url), { type: 'module', name: 'linkki-finder' });
      worker.addEventListener('message', (event: MessageEvent<FromEngine>) => this.deliver(event.data));
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        this.fallBack();
      });
      worker.addEventListener('messageerror', () => this.fallBack());
      this.worker = worker;
    } catch {
      this.useMainThread();
    }
  }

  /** True while the engine runs in a worker; false when it runs on the main thread. */
  get inWorker(): boolean {
    return this.worker !== undefined;
  }

  configure(settings: EngineSettings) {
    this.send({ type: 'configure', settings });
  }

  loadUrl(load: number, src: string, options: { defaultMunicipality: string | undefined; today: string }) {
    this.send({ type: 'load-url', load, src, ...options });
  }

  /** Activities given as an array: to a worker in chunks, giving the main thread back between them. */
  async loadEntries(load: number, entries: readonly unknown[], current: () => number) {
    if (!this.worker) return this.send({ type: 'entries', load, entries: [...entries], done: true });
    const worker = this.worker;
    for (let start = 0; start < entries.length || start === 0; start += CHUNK) {
      if (start > 0) await yieldToEventLoop();
      if (load !== current() || worker !== this.worker) return;
      try {
        worker.postMessage({ type: 'entries', load, entries: entries.slice(start, start + CHUNK), done: start + CHUNK >= entries.length } satisfies ToEngine);
      } catch {
        // Something in the entries cannot be copied to a worker (a function, a DOM node): validate here.
        return this.fallBack();
      }
    }
  }

  search(run: number, query: string, filters: Extract<ToEngine, { type: 'search' }>['filters'], want: number) {
    this.send({ type: 'search', run, query, filters, want });
  }

  /** Asks for activities by index (more results) or id (a shortlist); they come as an `activities` message. */
  activities(load: number, indexes: number[], ids: string[]) {
    if (indexes.length || ids.length) this.send({ type: 'activities', load, indexes, ids });
  }

  /** Stops the worker (the element left the page); the client is not used again. */
  close() {
    this.closed = true;
    this.worker?.terminate();
    this.worker = undefined;
  }

  private send(message: ToEngine) {
    if (this.worker) {
      try {
        this.worker.postMessage(message);
      } catch {
        // Something in the message cannot be copied to a worker: the engine moves to this thread.
        this.fallBack();
      }
    } else void this.local?.then((engine) => !this.closed && engine.receive(message));
  }

  private useMainThread() {
    this.local ??= import('./finder-engine.js').then(({ FinderEngine }) => new FinderEngine((message) => !this.closed && this.deliver(message)));
  }

  private fallBack() {
    if (this.closed || !this.worker) return;
    this.worker.terminate();
    this.worker = undefined;
    this.useMainThread();
    this.restart();
  }
}
