/**
 * The all-in-one bundle for CMS pages: registers every Linkki element and exposes the runtime API
 * on `window.Linkki` for pages that cannot write module code (e.g. to `registerStrings`).
 */
import * as api from './index.js';
import './swemwbs/define.js';
import './participation/define.js';
import './referral-form/define.js';

declare global {
  interface Window {
    Linkki?: typeof api;
  }
}

window.Linkki ??= api;
export * from './index.js';
