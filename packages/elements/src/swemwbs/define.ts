import { LinkkiSwemwbs } from './swemwbs.js';

export { LinkkiSwemwbs };

if (!customElements.get('linkki-swemwbs')) customElements.define('linkki-swemwbs', LinkkiSwemwbs);

declare global {
  interface HTMLElementTagNameMap {
    'linkki-swemwbs': LinkkiSwemwbs;
  }
}
