import { LinkkiActivityFinder } from './activity-finder.js';

export { LinkkiActivityFinder };

if (!customElements.get('linkki-activity-finder')) customElements.define('linkki-activity-finder', LinkkiActivityFinder);

declare global {
  interface HTMLElementTagNameMap {
    'linkki-activity-finder': LinkkiActivityFinder;
  }
}
