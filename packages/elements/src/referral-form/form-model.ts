import { clean, fieldForPathIn, optional, withoutUndefined } from '../shared/form-values.js';
import type { IssuePath, QuestionnaireResponse, Referral, Referrer, ValidationIssue } from '@linkki/schema';

export type Mode = 'professional' | 'self';

/** What the person has typed, field by field, exactly as typed (this is what the draft stores). */
export interface FormValues {
  referrerType: string;
  referrerName: string;
  referrerOrganisation: string;
  referrerPhone: string;
  referrerEmail: string;
  wantsFeedback: boolean;
  name: string;
  phone: string;
  email: string;
  birthYearOrAge: string;
  gender: string;
  municipality: string;
  language: string;
  reasons: string[];
  otherReason: string;
  hopes: string;
  consent: boolean;
}

export type FieldId = keyof FormValues | 'contact' | 'swemwbs';

export const emptyValues = (municipality = '', language = 'fi'): FormValues => ({
  referrerType: '',
  referrerName: '',
  referrerOrganisation: '',
  referrerPhone: '',
  referrerEmail: '',
  wantsFeedback: false,
  name: '',
  phone: '',
  email: '',
  birthYearOrAge: '',
  gender: '',
  municipality,
  language,
  reasons: [],
  otherReason: '',
  hopes: '',
  consent: false,
});

/** A host-supplied referrer (logged in to the client system): these fields are then not shown. */
export type HostReferrer = Omit<Referrer, 'wantsFeedback'>;


/** "1948" is a birth year, "77" an age; text that is neither is reported by `typingIssues`. */
function ageFields(text: string): { birthYear?: number; age?: number } {
  const value = clean(text);
  if (!/^\d+$/.test(value)) return {};
  return value.length === 4 ? { birthYear: Number(value) } : { age: Number(value) };
}

/** Problems the schema cannot see because the typed text never became a value (e.g. "seventy"). */
export function typingIssues(values: FormValues): ValidationIssue[] {
  const age = clean(values.birthYearOrAge);
  return age && !/^\d+$/.test(age) ? [{ path: ['person', 'age'], code: 'notInteger' }] : [];
}

function contactOf(phone: string, email: string) {
  return withoutUndefined({ phone: optional(phone), email: optional(email) });
}

export interface BuildContext {
  mode: Mode;
  id: string;
  createdAt: string;
  hostReferrer?: HostReferrer | undefined;
  swemwbs?: QuestionnaireResponse | null | undefined;
}

/** Turns typed values into a `Referral` candidate for `validateReferral`; nothing typed is dropped silently. */
export function toReferral(values: FormValues, ctx: BuildContext): Referral {
  const person = withoutUndefined({
    name: clean(values.name),
    contact: contactOf(values.phone, values.email),
    ...ageFields(values.birthYearOrAge),
    gender: optional(values.gender),
    municipality: optional(values.municipality),
    language: optional(values.language),
  });
  const base = withoutUndefined({
    id: ctx.id,
    createdAt: ctx.createdAt,
    person,
    reasons: values.reasons,
    otherReason: values.reasons.includes('other') ? optional(values.otherReason) : undefined,
    hopes: optional(values.hopes),
    consent: values.consent,
  });
  if (ctx.mode === 'self') return { kind: 'self', ...base } as Referral;
  const typed = withoutUndefined({
    type: optional(values.referrerType),
    name: optional(values.referrerName),
    organisation: optional(values.referrerOrganisation),
    contact: values.referrerPhone.trim() || values.referrerEmail.trim() ? contactOf(values.referrerPhone, values.referrerEmail) : undefined,
  });
  const referrer = withoutUndefined({ ...(ctx.hostReferrer ?? typed), wantsFeedback: values.wantsFeedback || undefined });
  return withoutUndefined({ kind: 'professional', ...base, referrer, swemwbs: ctx.swemwbs ?? undefined }) as Referral;
}

const FIELD_BY_PATH: [string, FieldId][] = [
  ['person.name', 'name'],
  ['person.contact.phone', 'phone'],
  ['person.contact.email', 'email'],
  ['person.contact', 'contact'],
  ['person.birthYear', 'birthYearOrAge'],
  ['person.age', 'birthYearOrAge'],
  ['person.gender', 'gender'],
  ['person.municipality', 'municipality'],
  ['person.language', 'language'],
  ['reasons', 'reasons'],
  ['otherReason', 'otherReason'],
  ['hopes', 'hopes'],
  ['consent', 'consent'],
  ['referrer.type', 'referrerType'],
  ['referrer.name', 'referrerName'],
  ['referrer.organisation', 'referrerOrganisation'],
  ['referrer.contact.phone', 'referrerPhone'],
  ['referrer.contact.email', 'referrerEmail'],
  ['referrer.contact', 'referrerPhone'],
  ['referrer.wantsFeedback', 'wantsFeedback'],
  ['swemwbs', 'swemwbs'],
];

/**
 * The "send me feedback" box is offered once the referrer can be reached, and stays while it is
 * ticked, so that a problem with it (`feedbackNeedsContact`) is always visible and fixable.
 */
export const showsFeedbackChoice = (values: FormValues, hostReferrer: HostReferrer | undefined) =>
  values.wantsFeedback ||
  Boolean(hostReferrer?.name && hostReferrer.contact) ||
  Boolean(values.referrerName.trim() && (values.referrerPhone.trim() || values.referrerEmail.trim()));

/** The field an issue belongs to: the longest known prefix of its path, e.g. `reasons.2` → `reasons`. */
export const fieldForPath = (path: IssuePath): FieldId | undefined => fieldForPathIn(FIELD_BY_PATH, path);
