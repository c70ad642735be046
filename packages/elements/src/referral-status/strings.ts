import * as fiLabels from '@linkki/schema/labels/fi';
import { registerCodeLabels, registerDefaults } from '../i18n/i18n.js';
import { fi } from './locales/fi.js';

// Finnish is built in; the other languages load when an element first shows them.
registerDefaults('status', {
  fi,
  se: () => import('./locales/se.js').then((m) => m.se),
  smn: () => import('./locales/smn.js').then((m) => m.smn),
  sms: () => import('./locales/sms.js').then((m) => m.sms),
  sv: () => import('./locales/sv.js').then((m) => m.sv),
  en: () => import('./locales/en.js').then((m) => m.en),
});
// "Linkkihenkilölle" / "Suoraan toimintaan": the route's label from @linkki/schema's code lists.
registerCodeLabels(['route'], {
  fi: { route: fiLabels.route },
  se: () => import('@linkki/schema/labels/se').then(({ route }) => ({ route })),
  smn: () => import('@linkki/schema/labels/smn').then(({ route }) => ({ route })),
  sms: () => import('@linkki/schema/labels/sms').then(({ route }) => ({ route })),
  sv: () => import('@linkki/schema/labels/sv').then(({ route }) => ({ route })),
  en: () => import('@linkki/schema/labels/en').then(({ route }) => ({ route })),
});
