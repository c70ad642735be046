import type { Language } from './lists.js';
import * as en from './labels/en.js';
import * as fi from './labels/fi.js';
import * as se from './labels/se.js';
import * as smn from './labels/smn.js';
import * as sms from './labels/sms.js';
import * as sv from './labels/sv.js';
import type { CodeLabels, CodeListName } from './labels/types.js';

export type { CodeLabels, CodeListName };

/** One code list's labels in every UI language. */
export type ListLabels<L extends CodeListName> = Record<Language, CodeLabels[L]>;

// One constant per list, so a bundle carries only the lists its elements use.
export const LANGUAGE_LABELS: ListLabels<'language'> = { fi: fi.language, se: se.language, smn: smn.language, sms: sms.language, sv: sv.language, en: en.language };
export const REFERRAL_REASON_LABELS: ListLabels<'referralReason'> = { fi: fi.referralReason, se: se.referralReason, smn: smn.referralReason, sms: sms.referralReason, sv: sv.referralReason, en: en.referralReason };
export const REFERRER_TYPE_LABELS: ListLabels<'referrerType'> = { fi: fi.referrerType, se: se.referrerType, smn: smn.referrerType, sms: sms.referrerType, sv: sv.referrerType, en: en.referrerType };
export const GENDER_LABELS: ListLabels<'gender'> = { fi: fi.gender, se: se.gender, smn: smn.gender, sms: sms.gender, sv: sv.gender, en: en.gender };
export const CASE_STATUS_LABELS: ListLabels<'caseStatus'> = { fi: fi.caseStatus, se: se.caseStatus, smn: smn.caseStatus, sms: sms.caseStatus, sv: sv.caseStatus, en: en.caseStatus };
export const ROUTE_LABELS: ListLabels<'route'> = { fi: fi.route, se: se.route, smn: smn.route, sms: sms.route, sv: sv.route, en: en.route };
export const TIMEPOINT_LABELS: ListLabels<'timepoint'> = { fi: fi.timepoint, se: se.timepoint, smn: smn.timepoint, sms: sms.timepoint, sv: sv.timepoint, en: en.timepoint };
export const MEETING_PLACE_LABELS: ListLabels<'meetingPlace'> = { fi: fi.meetingPlace, se: se.meetingPlace, smn: smn.meetingPlace, sms: sms.meetingPlace, sv: sv.meetingPlace, en: en.meetingPlace };
export const RECORDER_ROLE_LABELS: ListLabels<'recorderRole'> = { fi: fi.recorderRole, se: se.recorderRole, smn: smn.recorderRole, sms: sms.recorderRole, sv: sv.recorderRole, en: en.recorderRole };
export const ATTENDING_TYPE_LABELS: ListLabels<'attendingType'> = { fi: fi.attendingType, se: se.attendingType, smn: smn.attendingType, sms: sms.attendingType, sv: sv.attendingType, en: en.attendingType };
export const ACTIVITY_CATEGORY_LABELS: ListLabels<'activityCategory'> = { fi: fi.activityCategory, se: se.activityCategory, smn: smn.activityCategory, sms: sms.activityCategory, sv: sv.activityCategory, en: en.activityCategory };
export const ACCESSIBILITY_LABELS: ListLabels<'accessibility'> = { fi: fi.accessibility, se: se.accessibility, smn: smn.accessibility, sms: sms.accessibility, sv: sv.accessibility, en: en.accessibility };
export const RECOMMEND_ANSWER_LABELS: ListLabels<'recommendAnswer'> = { fi: fi.recommendAnswer, se: se.recommendAnswer, smn: smn.recommendAnswer, sms: sms.recommendAnswer, sv: sv.recommendAnswer, en: en.recommendAnswer };
export const AGREEMENT_ANSWER_LABELS: ListLabels<'agreementAnswer'> = { fi: fi.agreementAnswer, se: se.agreementAnswer, smn: smn.agreementAnswer, sms: sms.agreementAnswer, sv: sv.agreementAnswer, en: en.agreementAnswer };
export const WHY_ENDED_LABELS: ListLabels<'whyEnded'> = { fi: fi.whyEnded, se: se.whyEnded, smn: smn.whyEnded, sms: sms.whyEnded, sv: sv.whyEnded, en: en.whyEnded };
export const CONTINUING_LABELS: ListLabels<'continuing'> = { fi: fi.continuing, se: se.continuing, smn: smn.continuing, sms: sms.continuing, sv: sv.continuing, en: en.continuing };
export const BARRIER_LABELS: ListLabels<'barrier'> = { fi: fi.barrier, se: se.barrier, smn: smn.barrier, sms: sms.barrier, sv: sv.barrier, en: en.barrier };
export const UNMET_NEED_LABELS: ListLabels<'unmetNeed'> = { fi: fi.unmetNeed, se: se.unmetNeed, smn: smn.unmetNeed, sms: sms.unmetNeed, sv: sv.unmetNeed, en: en.unmetNeed };

/** Every list by name (servers, reports and tests; elements register only the lists they use). */
export const CODE_LIST_LABELS: { [L in CodeListName]: ListLabels<L> } = {
  language: LANGUAGE_LABELS,
  referralReason: REFERRAL_REASON_LABELS,
  referrerType: REFERRER_TYPE_LABELS,
  gender: GENDER_LABELS,
  caseStatus: CASE_STATUS_LABELS,
  route: ROUTE_LABELS,
  timepoint: TIMEPOINT_LABELS,
  meetingPlace: MEETING_PLACE_LABELS,
  recorderRole: RECORDER_ROLE_LABELS,
  attendingType: ATTENDING_TYPE_LABELS,
  activityCategory: ACTIVITY_CATEGORY_LABELS,
  accessibility: ACCESSIBILITY_LABELS,
  recommendAnswer: RECOMMEND_ANSWER_LABELS,
  agreementAnswer: AGREEMENT_ANSWER_LABELS,
  whyEnded: WHY_ENDED_LABELS,
  continuing: CONTINUING_LABELS,
  barrier: BARRIER_LABELS,
  unmetNeed: UNMET_NEED_LABELS,
};

/** The label of `code` in `list`, in `lang`; Finnish when missing, the code itself as a last resort. */
export function codeLabel<L extends CodeListName>(list: L, code: keyof CodeLabels[L] & string, lang: Language = 'fi'): string {
  const labels = CODE_LIST_LABELS[list] as Record<Language, Record<string, string>>;
  return labels[lang]?.[code] ?? labels.fi[code] ?? code;
}
