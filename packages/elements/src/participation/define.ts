import type { ElementEvents } from '../shared/events.js';
import { LinkkiParticipation } from './participation.js';

export { LinkkiParticipation };
export type * from '../shared/events.js';

if (!customElements.get('linkki-participation')) customElements.define('linkki-participation', LinkkiParticipation);

declare global {
  interface HTMLElementTagNameMap {
    'linkki-participation': LinkkiParticipation;
  }
  /** The events `<linkki-participation>` fires, with their `detail` types (shared/events.ts). */
  interface HTMLElementEventMap extends ElementEvents<'linkki-participation'> {}
}
