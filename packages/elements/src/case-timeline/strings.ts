import * as fiLabels from '@linkki/schema/labels/fi';
import { registerCodeLabels, registerDefaults } from '../i18n/i18n.js';
import { fi } from './locales/fi.js';

// Finnish is built in; the other languages load when an element first shows them.
registerDefaults('timeline', {
  fi,
  se: () => import('./locales/se.js').then((m) => m.se),
  smn: () => import('./locales/smn.js').then((m) => m.smn),
  sms: () => import('./locales/sms.js').then((m) => m.sms),
  sv: () => import('./locales/sv.js').then((m) => m.sv),
  en: () => import('./locales/en.js').then((m) => m.en),
});
registerCodeLabels(['caseStatus', 'route', 'meetingPlace', 'recorderRole', 'timepoint', 'referralReason'], {
  fi: {
    caseStatus: fiLabels.caseStatus,
    route: fiLabels.route,
    meetingPlace: fiLabels.meetingPlace,
    recorderRole: fiLabels.recorderRole,
    timepoint: fiLabels.timepoint,
    referralReason: fiLabels.referralReason,
  },
  se: () => import('@linkki/schema/labels/se').then(({ caseStatus, route, meetingPlace, recorderRole, timepoint, referralReason }) => ({ caseStatus, route, meetingPlace, recorderRole, timepoint, referralReason })),
  smn: () => import('@linkki/schema/labels/smn').then(({ caseStatus, route, meetingPlace, recorderRole, timepoint, referralReason }) => ({ caseStatus, route, meetingPlace, recorderRole, timepoint, referralReason })),
  sms: () => import('@linkki/schema/labels/sms').then(({ caseStatus, route, meetingPlace, recorderRole, timepoint, referralReason }) => ({ caseStatus, route, meetingPlace, recorderRole, timepoint, referralReason })),
  sv: () => import('@linkki/schema/labels/sv').then(({ caseStatus, route, meetingPlace, recorderRole, timepoint, referralReason }) => ({ caseStatus, route, meetingPlace, recorderRole, timepoint, referralReason })),
  en: () => import('@linkki/schema/labels/en').then(({ caseStatus, route, meetingPlace, recorderRole, timepoint, referralReason }) => ({ caseStatus, route, meetingPlace, recorderRole, timepoint, referralReason })),
});
