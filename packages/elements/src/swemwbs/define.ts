import type { ElementEvents } from '../shared/events.js';
import { LinkkiSwemwbs } from './swemwbs.js';

export { LinkkiSwemwbs };
export type * from '../shared/events.js';

if (!customElements.get('linkki-swemwbs')) customElements.define('linkki-swemwbs', LinkkiSwemwbs);

declare global {
  interface HTMLElementTagNameMap {
    'linkki-swemwbs': LinkkiSwemwbs;
  }
  /** The events `<linkki-swemwbs>` fires, with their `detail` types (shared/events.ts). */
  interface HTMLElementEventMap extends ElementEvents<'linkki-swemwbs'> {}
}
