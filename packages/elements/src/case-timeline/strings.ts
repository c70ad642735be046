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
const LISTS = ['caseStatus', 'route', 'meetingPlace', 'recorderRole', 'timepoint', 'referralReason', 'recommendAnswer', 'agreementAnswer', 'whyEnded', 'continuing', 'barrier', 'unmetNeed'] as const;
registerCodeLabels([...LISTS], {
  fi: {
    caseStatus: fiLabels.caseStatus,
    route: fiLabels.route,
    meetingPlace: fiLabels.meetingPlace,
    recorderRole: fiLabels.recorderRole,
    timepoint: fiLabels.timepoint,
    referralReason: fiLabels.referralReason,
    recommendAnswer: fiLabels.recommendAnswer,
    agreementAnswer: fiLabels.agreementAnswer,
    whyEnded: fiLabels.whyEnded,
    continuing: fiLabels.continuing,
    barrier: fiLabels.barrier,
    unmetNeed: fiLabels.unmetNeed,
  },
  se: () => import('@linkki/schema/labels/se').then(({ caseStatus, route, meetingPlace, recorderRole, timepoint, referralReason, recommendAnswer, agreementAnswer, whyEnded, continuing, barrier, unmetNeed }) => ({ caseStatus, route, meetingPlace, recorderRole, timepoint, referralReason, recommendAnswer, agreementAnswer, whyEnded, continuing, barrier, unmetNeed })),
  smn: () => import('@linkki/schema/labels/smn').then(({ caseStatus, route, meetingPlace, recorderRole, timepoint, referralReason, recommendAnswer, agreementAnswer, whyEnded, continuing, barrier, unmetNeed }) => ({ caseStatus, route, meetingPlace, recorderRole, timepoint, referralReason, recommendAnswer, agreementAnswer, whyEnded, continuing, barrier, unmetNeed })),
  sms: () => import('@linkki/schema/labels/sms').then(({ caseStatus, route, meetingPlace, recorderRole, timepoint, referralReason, recommendAnswer, agreementAnswer, whyEnded, continuing, barrier, unmetNeed }) => ({ caseStatus, route, meetingPlace, recorderRole, timepoint, referralReason, recommendAnswer, agreementAnswer, whyEnded, continuing, barrier, unmetNeed })),
  sv: () => import('@linkki/schema/labels/sv').then(({ caseStatus, route, meetingPlace, recorderRole, timepoint, referralReason, recommendAnswer, agreementAnswer, whyEnded, continuing, barrier, unmetNeed }) => ({ caseStatus, route, meetingPlace, recorderRole, timepoint, referralReason, recommendAnswer, agreementAnswer, whyEnded, continuing, barrier, unmetNeed })),
  en: () => import('@linkki/schema/labels/en').then(({ caseStatus, route, meetingPlace, recorderRole, timepoint, referralReason, recommendAnswer, agreementAnswer, whyEnded, continuing, barrier, unmetNeed }) => ({ caseStatus, route, meetingPlace, recorderRole, timepoint, referralReason, recommendAnswer, agreementAnswer, whyEnded, continuing, barrier, unmetNeed })),
});
