import type { ElementEvents } from '../shared/events.js';
import { LinkkiCaseTimeline } from './case-timeline.js';

export { LinkkiCaseTimeline };
export type * from '../shared/events.js';

if (!customElements.get('linkki-case-timeline')) customElements.define('linkki-case-timeline', LinkkiCaseTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'linkki-case-timeline': LinkkiCaseTimeline;
  }
  /** The events `<linkki-case-timeline>` fires, with their `detail` types (shared/events.ts). */
  interface HTMLElementEventMap extends ElementEvents<'linkki-case-timeline'> {}
}
