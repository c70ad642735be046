import * as fiLabels from '@linkki/schema/labels/fi';
import { registerCodeLabels, registerDefaults } from '../i18n/i18n.js';
import { fi } from './locales/fi.js';

// Finnish is built in; the other languages load when an element first shows them.
registerDefaults('finder', {
  fi,
  se: () => import('./locales/se.js').then((m) => m.se),
  smn: () => import('./locales/smn.js').then((m) => m.smn),
  sms: () => import('./locales/sms.js').then((m) => m.sms),
  sv: () => import('./locales/sv.js').then((m) => m.sv),
  en: () => import('./locales/en.js').then((m) => m.en),
});
registerCodeLabels(['activityCategory', 'accessibility', 'language', 'attendingType'], {
  fi: { activityCategory: fiLabels.activityCategory, accessibility: fiLabels.accessibility, language: fiLabels.language, attendingType: fiLabels.attendingType },
  se: () => import('@linkki/schema/labels/se').then(({ activityCategory, accessibility, language, attendingType }) => ({ activityCategory, accessibility, language, attendingType })),
  smn: () => import('@linkki/schema/labels/smn').then(({ activityCategory, accessibility, language, attendingType }) => ({ activityCategory, accessibility, language, attendingType })),
  sms: () => import('@linkki/schema/labels/sms').then(({ activityCategory, accessibility, language, attendingType }) => ({ activityCategory, accessibility, language, attendingType })),
  sv: () => import('@linkki/schema/labels/sv').then(({ activityCategory, accessibility, language, attendingType }) => ({ activityCategory, accessibility, language, attendingType })),
  en: () => import('@linkki/schema/labels/en').then(({ activityCategory, accessibility, language, attendingType }) => ({ activityCategory, accessibility, language, attendingType })),
});
