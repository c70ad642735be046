import { LinkkiParticipation } from './participation.js';

export { LinkkiParticipation };

if (!customElements.get('linkki-participation')) customElements.define('linkki-participation', LinkkiParticipation);

declare global {
  interface HTMLElementTagNameMap {
    'linkki-participation': LinkkiParticipation;
  }
}
