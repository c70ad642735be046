import * as fiLabels from '@linkki/schema/labels/fi';
import { registerCodeLabels, registerDefaults } from '../i18n/i18n.js';
import { fi } from './locales/fi.js';

// Finnish is built in; the other languages load when an element first shows them.
registerDefaults('evaluationReport', {
  fi,
  se: () => import('./locales/se.js').then((m) => m.se),
  smn: () => import('./locales/smn.js').then((m) => m.smn),
  sms: () => import('./locales/sms.js').then((m) => m.sms),
  sv: () => import('./locales/sv.js').then((m) => m.sv),
  en: () => import('./locales/en.js').then((m) => m.en),
});
// The rows of the count tables and the timepoints are named by @linkki/schema's code lists;
// registerCodeLabels keeps only these lists of each language's module.
const LISTS = ['caseStatus', 'route', 'referralReason', 'referrerType', 'gender', 'language', 'meetingPlace', 'whyEnded', 'recommendAnswer', 'agreementAnswer', 'continuing', 'barrier', 'unmetNeed', 'timepoint'] as const;
registerCodeLabels([...LISTS], {
  fi: {
    caseStatus: fiLabels.caseStatus,
    route: fiLabels.route,
    referralReason: fiLabels.referralReason,
    referrerType: fiLabels.referrerType,
    gender: fiLabels.gender,
    language: fiLabels.language,
    meetingPlace: fiLabels.meetingPlace,
    whyEnded: fiLabels.whyEnded,
    recommendAnswer: fiLabels.recommendAnswer,
    agreementAnswer: fiLabels.agreementAnswer,
    continuing: fiLabels.continuing,
    barrier: fiLabels.barrier,
    unmetNeed: fiLabels.unmetNeed,
    timepoint: fiLabels.timepoint,
  },
  se: () => import('@linkki/schema/labels/se'),
  smn: () => import('@linkki/schema/labels/smn'),
  sms: () => import('@linkki/schema/labels/sms'),
  sv: () => import('@linkki/schema/labels/sv'),
  en: () => import('@linkki/schema/labels/en'),
});
