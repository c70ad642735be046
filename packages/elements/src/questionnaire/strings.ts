import * as fiLabels from '@linkki/schema/labels/fi';
import { registerCodeLabels, registerDefaults } from '../i18n/i18n.js';
import { fi } from './locales/fi.js';

// Finnish is built in; the other languages load when an element first shows them.
registerDefaults('questionnaire', {
  fi,
  se: () => import('./locales/se.js').then((m) => m.se),
  smn: () => import('./locales/smn.js').then((m) => m.smn),
  sms: () => import('./locales/sms.js').then((m) => m.sms),
  sv: () => import('./locales/sv.js').then((m) => m.sv),
  en: () => import('./locales/en.js').then((m) => m.en),
});
registerCodeLabels(['language', 'timepoint'], {
  fi: { language: fiLabels.language, timepoint: fiLabels.timepoint },
  se: () => import('@linkki/schema/labels/se').then(({ language, timepoint }) => ({ language, timepoint })),
  smn: () => import('@linkki/schema/labels/smn').then(({ language, timepoint }) => ({ language, timepoint })),
  sms: () => import('@linkki/schema/labels/sms').then(({ language, timepoint }) => ({ language, timepoint })),
  sv: () => import('@linkki/schema/labels/sv').then(({ language, timepoint }) => ({ language, timepoint })),
  en: () => import('@linkki/schema/labels/en').then(({ language, timepoint }) => ({ language, timepoint })),
});
