import * as fiLabels from '@linkki/schema/labels/fi';
import { registerCodeLabels, registerDefaults } from '../i18n/i18n.js';
import { fi } from './locales/fi.js';

// Finnish is built in; the other languages load when an element first shows them.
registerDefaults('referral', {
  fi,
  se: () => import('./locales/se.js').then((m) => m.se),
  smn: () => import('./locales/smn.js').then((m) => m.smn),
  sms: () => import('./locales/sms.js').then((m) => m.sms),
  sv: () => import('./locales/sv.js').then((m) => m.sv),
  en: () => import('./locales/en.js').then((m) => m.en),
});
registerCodeLabels(['language', 'gender', 'referralReason', 'referrerType'], {
  fi: { language: fiLabels.language, gender: fiLabels.gender, referralReason: fiLabels.referralReason, referrerType: fiLabels.referrerType },
  se: () => import('@linkki/schema/labels/se').then(({ language, gender, referralReason, referrerType }) => ({ language, gender, referralReason, referrerType })),
  smn: () => import('@linkki/schema/labels/smn').then(({ language, gender, referralReason, referrerType }) => ({ language, gender, referralReason, referrerType })),
  sms: () => import('@linkki/schema/labels/sms').then(({ language, gender, referralReason, referrerType }) => ({ language, gender, referralReason, referrerType })),
  sv: () => import('@linkki/schema/labels/sv').then(({ language, gender, referralReason, referrerType }) => ({ language, gender, referralReason, referrerType })),
  en: () => import('@linkki/schema/labels/en').then(({ language, gender, referralReason, referrerType }) => ({ language, gender, referralReason, referrerType })),
});
