import {
  ACCESSIBILITY_FEATURES,
  ACTIVITY_CATEGORIES,
  AGREEMENT_ANSWERS,
  ATTENDING_TYPES,
  BARRIERS,
  CASE_STATUSES,
  CODE_LIST_LABELS,
  CONTINUING,
  GENDERS,
  LANGUAGES,
  MEETING_PLACES,
  RECOMMEND_ANSWERS,
  RECORDER_ROLES,
  REFERRAL_REASONS,
  REFERRAL_STATUSES,
  REFERRER_TYPES,
  ROUTES,
  TIMEPOINTS,
  UNMET_NEEDS,
  WHY_ENDED,
  type CodeLabels,
  type CodeListName,
  type Language,
} from '@linkki/schema';
import type { CodeableConcept, CodeSystem, CodeSystemConcept, Coding } from '@medplum/fhirtypes';
import { fail } from './errors.js';
import { codeSystemUrl } from './urls.js';

/** Every code list of `@linkki/schema`, in the order its codes were added (codes are never renamed). */
const LISTS = {
  language: LANGUAGES,
  referralReason: REFERRAL_REASONS,
  referrerType: REFERRER_TYPES,
  gender: GENDERS,
  caseStatus: CASE_STATUSES,
  route: ROUTES,
  timepoint: TIMEPOINTS,
  meetingPlace: MEETING_PLACES,
  recorderRole: RECORDER_ROLES,
  attendingType: ATTENDING_TYPES,
  activityCategory: ACTIVITY_CATEGORIES,
  accessibility: ACCESSIBILITY_FEATURES,
  recommendAnswer: RECOMMEND_ANSWERS,
  agreementAnswer: AGREEMENT_ANSWERS,
  whyEnded: WHY_ENDED,
  continuing: CONTINUING,
  barrier: BARRIERS,
  unmetNeed: UNMET_NEEDS,
} as const satisfies { [L in CodeListName]: readonly (keyof CodeLabels[L])[] };

/**
 * The intake's status of a referral (`new`, its route, then its ending reason), which is not a
 * labelled list of its own: its labels come from the route and case-status lists; `new` has none.
 */
const REFERRAL_STATUS = 'referralStatus';
export type CodeSystemName = CodeListName | typeof REFERRAL_STATUS;
export const CODE_SYSTEM_NAMES = [...(Object.keys(LISTS) as CodeListName[]), REFERRAL_STATUS] as const satisfies readonly CodeSystemName[];

/** Designations in the order Linkki lists its languages; Finnish is also the display. */
const DESIGNATION_LANGUAGES = ['fi', 'sv', 'en', 'se', 'smn', 'sms'] as const satisfies readonly Language[];

/** `referralReason` → `referral-reason`. */
const slug = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
export const codeSystemUrlOf = (name: CodeSystemName) => codeSystemUrl(slug(name));

function codesOf(name: CodeSystemName): readonly string[] {
  return name === REFERRAL_STATUS ? REFERRAL_STATUSES : LISTS[name];
}

/** The label of `code` in `lang`, only where the schema has one. */
function labelOf(name: CodeSystemName, code: string, lang: Language): string | undefined {
  const lists: readonly CodeListName[] = name === REFERRAL_STATUS ? ['route', 'caseStatus'] : [name];
  for (const list of lists) {
    const label = (CODE_LIST_LABELS[list][lang] as Record<string, string>)[code];
    if (label) return label;
  }
  return undefined;
}

const TITLES: Record<CodeSystemName, string> = {
  language: 'Linkki languages of service',
  referralReason: 'Linkki referral reasons',
  referrerType: 'Linkki referrer organisation types',
  gender: 'Linkki genders',
  caseStatus: 'Linkki case statuses',
  route: 'Linkki routes',
  timepoint: 'Linkki questionnaire timepoints',
  meetingPlace: 'Linkki meeting places',
  recorderRole: 'Linkki recorder roles',
  attendingType: 'Linkki ways of attending',
  activityCategory: 'Linkki activity categories',
  accessibility: 'Linkki accessibility features',
  recommendAnswer: 'Linkki answers to “would you recommend”',
  agreementAnswer: 'Linkki agreement answers',
  whyEnded: 'Linkki reasons why joint work ended',
  continuing: 'Linkki ways of continuing',
  barrier: 'Linkki barriers to taking part',
  unmetNeed: 'Linkki unmet needs',
  referralStatus: 'Linkki referral statuses',
};

/**
 * One of Linkki's code lists as a FHIR R4 CodeSystem: every code, its Finnish label as the display
 * and a designation in each language (fi, sv, en, se, smn, sms) the schema has a label in. The Sami
 * labels are the project's drafts (see the schema's translation status), not reviewed terminology.
 */
export function codeSystem(name: CodeSystemName): CodeSystem {
  const concept = codesOf(name).map((code): CodeSystemConcept => {
    const designation = DESIGNATION_LANGUAGES.flatMap((language) => {
      const value = labelOf(name, code, language);
      return value ? [{ language, value }] : [];
    });
    const display = labelOf(name, code, 'fi');
    return { code, ...(display ? { display } : {}), ...(designation.length ? { designation } : {}) };
  });
  return {
    resourceType: 'CodeSystem',
    id: `linkki-${slug(name)}`,
    url: codeSystemUrlOf(name),
    version: '0.1.0',
    name: `Linkki${name[0]!.toUpperCase()}${name.slice(1)}`,
    title: TITLES[name],
    status: 'active',
    experimental: false,
    publisher: 'Linkki',
    description: `Codes of the \`${name}\` list of @linkki/schema. Codes are never renamed; new ones are added at the end.`,
    caseSensitive: true,
    language: 'fi',
    content: 'complete',
    count: concept.length,
    concept,
  };
}

/** All of Linkki's code lists as CodeSystems. */
export const codeSystems = (): CodeSystem[] => CODE_SYSTEM_NAMES.map(codeSystem);

/** The CodeSystem of referral reasons, used in `ServiceRequest.reasonCode`. */
export const referralReasonCodeSystem = (): CodeSystem => codeSystem('referralReason');

/** A Coding of `code` from a Linkki list, with its Finnish label as the display. */
export function coding(name: CodeSystemName, code: string): Coding {
  const display = labelOf(name, code, 'fi');
  return { system: codeSystemUrlOf(name), code, ...(display ? { display } : {}) };
}

export const concept = (name: CodeSystemName, code: string): CodeableConcept => ({ coding: [coding(name, code)] });

/** The code from a Linkki list among `codings`, checked against the list; `undefined` when none is. */
export function codeFrom<T extends string>(name: CodeSystemName, codings: readonly Coding[] | undefined): T | undefined {
  const system = codeSystemUrlOf(name);
  const found = codings?.find((c) => c.system === system);
  if (!found) return undefined;
  if (!found.code || !codesOf(name).includes(found.code)) fail(`${found.code ?? '(no code)'} is not a code of ${system}`);
  return found.code as T;
}
