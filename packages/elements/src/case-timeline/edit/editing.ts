import { registerDefaults } from '../../i18n/i18n.js';
import '../../swemwbs/define.js';
import { fi } from './locales/fi.js';

/**
 * The timeline's edit forms, loaded only when a timeline is `editable`, so read-only embeds (most
 * client systems) do not download them. The close form embeds `<linkki-swemwbs timepoint="end">`.
 */
registerDefaults('timelineEdit', {
  fi,
  se: () => import('./locales/se.js').then((m) => m.se),
  smn: () => import('./locales/smn.js').then((m) => m.smn),
  sms: () => import('./locales/sms.js').then((m) => m.sms),
  sv: () => import('./locales/sv.js').then((m) => m.sv),
  en: () => import('./locales/en.js').then((m) => m.en),
});

export { EditSession } from './edit-session.js';
export { fieldStyles } from '../../shared/field.styles.js';
export { editStyles } from './edit.styles.js';
