import * as fiLabels from '@linkki/schema/labels/fi';
import { registerCodeLabels, registerDefaults } from '../i18n/i18n.js';
import { fi } from './locales/fi.js';

// Finnish is built in; the other languages load when an element first shows them.
registerDefaults('caseList', {
  fi,
  se: () => import('./locales/se.js').then((m) => m.se),
  smn: () => import('./locales/smn.js').then((m) => m.smn),
  sms: () => import('./locales/sms.js').then((m) => m.sms),
  sv: () => import('./locales/sv.js').then((m) => m.sv),
  en: () => import('./locales/en.js').then((m) => m.en),
});
// Status (route, ending reason) and the referral's reasons come from @linkki/schema's code lists.
registerCodeLabels(['caseStatus', 'route', 'referralReason'], {
  fi: { caseStatus: fiLabels.caseStatus, route: fiLabels.route, referralReason: fiLabels.referralReason },
  se: () => import('@linkki/schema/labels/se').then(({ caseStatus, route, referralReason }) => ({ caseStatus, route, referralReason })),
  smn: () => import('@linkki/schema/labels/smn').then(({ caseStatus, route, referralReason }) => ({ caseStatus, route, referralReason })),
  sms: () => import('@linkki/schema/labels/sms').then(({ caseStatus, route, referralReason }) => ({ caseStatus, route, referralReason })),
  sv: () => import('@linkki/schema/labels/sv').then(({ caseStatus, route, referralReason }) => ({ caseStatus, route, referralReason })),
  en: () => import('@linkki/schema/labels/en').then(({ caseStatus, route, referralReason }) => ({ caseStatus, route, referralReason })),
});
