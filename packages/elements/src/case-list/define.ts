import { LinkkiCaseList, type CaseListErrorDetail, type CaseOpenedDetail } from './case-list.js';

export { LinkkiCaseList, type CaseListErrorDetail, type CaseOpenedDetail };

if (!customElements.get('linkki-case-list')) customElements.define('linkki-case-list', LinkkiCaseList);

declare global {
  interface HTMLElementTagNameMap {
    'linkki-case-list': LinkkiCaseList;
  }
  interface HTMLElementEventMap {
    'linkki-case-opened': CustomEvent<CaseOpenedDetail>;
    'linkki-sign-in': CustomEvent<undefined>;
  }
}
