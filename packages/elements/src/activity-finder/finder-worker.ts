// The finder's module worker: the catalogue is fetched, parsed, validated and indexed here, and every
// keystroke is searched here, so the page's main thread only draws. Built to
// dist/linkki-finder-worker.min.js, next to the bundles that start it (see rollup.config.mjs).
import { FinderEngine } from './finder-engine.js';
import type { FromEngine, ToEngine } from './finder-protocol.js';

// The DOM types describe a window; in a dedicated worker `self` posts to the page that started it.
const scope = self as unknown as { postMessage(message: FromEngine): void; addEventListener(type: 'message', listener: (event: MessageEvent<ToEngine>) => void): void };

// The catalogue stays here: the page is sent only the activities it draws (a page of results, a
// shortlist), so it never spends long taking in a copy, nor holds one.
const engine = new FinderEngine((message: FromEngine) => scope.postMessage(message));

scope.addEventListener('message', (event) => engine.receive(event.data));
