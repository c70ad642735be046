import type { ElementEvents } from '../shared/events.js';
import { LinkkiCaseList, type CaseListErrorDetail } from './case-list.js';

export { LinkkiCaseList, type CaseListErrorDetail };
export type * from '../shared/events.js';

if (!customElements.get('linkki-case-list')) customElements.define('linkki-case-list', LinkkiCaseList);

declare global {
  interface HTMLElementTagNameMap {
    'linkki-case-list': LinkkiCaseList;
  }
  /** The events `<linkki-case-list>` fires, with their `detail` types (shared/events.ts). */
  interface HTMLElementEventMap extends ElementEvents<'linkki-case-list'> {}
}
