import type {
  AccessibilityFeature,
  AgreementAnswer,
  Barrier,
  Continuing,
  RecommendAnswer,
  UnmetNeed,
  WhyEnded,
  ActivityCategory,
  AttendingType,
  CaseStatus,
  Gender,
  Language,
  MeetingPlace,
  RecorderRole,
  ReferralReason,
  ReferrerType,
  Route,
  Timepoint,
} from '../lists.js';

/** Labels for every code list in one language. The type makes a missing label a compile error. */
export interface CodeLabels {
  language: Record<Language, string>;
  referralReason: Record<ReferralReason, string>;
  referrerType: Record<ReferrerType, string>;
  gender: Record<Gender, string>;
  caseStatus: Record<CaseStatus, string>;
  route: Record<Route, string>;
  timepoint: Record<Timepoint, string>;
  meetingPlace: Record<MeetingPlace, string>;
  recorderRole: Record<RecorderRole, string>;
  attendingType: Record<AttendingType, string>;
  activityCategory: Record<ActivityCategory, string>;
  accessibility: Record<AccessibilityFeature, string>;
  recommendAnswer: Record<RecommendAnswer, string>;
  agreementAnswer: Record<AgreementAnswer, string>;
  whyEnded: Record<WhyEnded, string>;
  continuing: Record<Continuing, string>;
  barrier: Record<Barrier, string>;
  unmetNeed: Record<UnmetNeed, string>;
}

export type CodeListName = keyof CodeLabels;
