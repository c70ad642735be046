import { LinkkiCaseTimeline } from './case-timeline.js';

export { LinkkiCaseTimeline };

if (!customElements.get('linkki-case-timeline')) customElements.define('linkki-case-timeline', LinkkiCaseTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'linkki-case-timeline': LinkkiCaseTimeline;
  }
}
