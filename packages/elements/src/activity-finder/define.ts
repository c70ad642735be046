import type { ElementEvents } from '../shared/events.js';
import { LinkkiActivityFinder } from './activity-finder.js';
import { pageCatalogueSrc, startFinderEarly } from './early-start.js';

export { LinkkiActivityFinder };
export type * from '../shared/events.js';

if (!customElements.get('linkki-activity-finder')) {
  // A finder already on the page: its worker and its catalogue download side by side from here, rather
  // than the catalogue once the worker has arrived (linkki.min.js starts them earlier still).
  const src = pageCatalogueSrc();
  if (src) startFinderEarly(src);
  customElements.define('linkki-activity-finder', LinkkiActivityFinder);
}

declare global {
  interface HTMLElementTagNameMap {
    'linkki-activity-finder': LinkkiActivityFinder;
  }
  /** The events `<linkki-activity-finder>` fires, with their `detail` types (shared/events.ts). */
  interface HTMLElementEventMap extends ElementEvents<'linkki-activity-finder'> {}
}
