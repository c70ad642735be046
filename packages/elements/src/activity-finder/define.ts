import type { ElementEvents } from '../shared/events.js';
import { LinkkiActivityFinder } from './activity-finder.js';

export { LinkkiActivityFinder };
export type * from '../shared/events.js';

if (!customElements.get('linkki-activity-finder')) customElements.define('linkki-activity-finder', LinkkiActivityFinder);

declare global {
  interface HTMLElementTagNameMap {
    'linkki-activity-finder': LinkkiActivityFinder;
  }
  /** The events `<linkki-activity-finder>` fires, with their `detail` types (shared/events.ts). */
  interface HTMLElementEventMap extends ElementEvents<'linkki-activity-finder'> {}
}
