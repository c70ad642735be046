import * as z from 'zod/mini';
import { GENDERS, LANGUAGES, REFERRAL_REASONS, REFERRER_TYPES } from './codes/lists.js';
import { withJsonSchema } from './json-extras.js';
import { contact, isoDateTime, MAX_SHORT_TEXT, municipalityCode, optionalText, text, uniqueArray, uuid } from './primitives.js';
import { questionnaireResponse } from './response.js';

/** People referred are adults. */
export const MIN_AGE = 18;
export const MAX_AGE = 120;
const EARLIEST_BIRTH_YEAR = 1900;

/** The person the referral is for (lähetteen saaja). Age or birth year, whichever is known. */
export const referredPerson = withJsonSchema(
  z
    .strictObject({
      name: text(MAX_SHORT_TEXT),
      contact,
      birthYear: z.optional(z.int().check(z.gte(EARLIEST_BIRTH_YEAR), z.lte(2100))),
      age: z.optional(z.int().check(z.gte(MIN_AGE), z.lte(MAX_AGE))),
      gender: z.optional(z.enum(GENDERS)),
      municipality: municipalityCode,
      /** Preferred language of service. */
      language: z.enum(LANGUAGES),
    })
    .check(
      z.superRefine(
        (person, ctx) => {
        if (!person || typeof person !== 'object') return;
        if (person.age === undefined && person.birthYear === undefined) {
          ctx.addIssue({ code: 'custom', message: 'ageRequired', path: ['birthYear'], input: person });
          return;
        }
        // Depends on today's date, so JSON Schema cannot say it; documented as a semantic rule.
        const thisYear = new Date().getFullYear();
        if (person.birthYear !== undefined && person.birthYear > thisYear) {
          ctx.addIssue({ code: 'custom', message: 'birthYearInFuture', path: ['birthYear'], input: person });
        } else if (person.birthYear !== undefined && thisYear - person.birthYear < MIN_AGE) {
          ctx.addIssue({ code: 'custom', message: 'tooYoung', path: ['birthYear'], input: person });
        }
        },
        // Run even when other fields have problems, so the person sees every problem at once.
        { when: () => true },
      ),
    ),
  { anyOf: [{ required: ['birthYear'] }, { required: ['age'] }] },
);
export type ReferredPerson = z.infer<typeof referredPerson>;

export const referrer = withJsonSchema(
  z
    .strictObject({
      type: z.enum(REFERRER_TYPES),
      name: z.optional(text(MAX_SHORT_TEXT)),
      organisation: z.optional(text(MAX_SHORT_TEXT)),
      contact: z.optional(contact),
      /** "Send me feedback on how the referral went"; only possible when the referrer can be reached. */
      wantsFeedback: z.optional(z.boolean()),
    })
    .check(
      z.refine((r) => !r.wantsFeedback || Boolean(r.name && r.contact), {
        error: 'feedbackNeedsContact',
        path: ['wantsFeedback'],
      }),
    ),
  {
    if: { properties: { wantsFeedback: { const: true } }, required: ['wantsFeedback'] },
    then: { required: ['name', 'contact'] },
  },
);
export type Referrer = z.infer<typeof referrer>;

const otherReasonRule = {
  if: { properties: { reasons: { contains: { const: 'other' } } }, required: ['reasons'] },
  then: { required: ['otherReason'] },
};

const referralFields = {
  /** Made by the client; the same id on every retry, so servers can de-duplicate. */
  id: uuid,
  createdAt: isoDateTime,
  person: referredPerson,
  reasons: uniqueArray(z.enum(REFERRAL_REASONS), 1),
  /** Required when `reasons` contains `other`. */
  otherReason: z.optional(text()),
  /** What the person hopes for. */
  hopes: optionalText(),
  /** The person has agreed to the referral and knows what happens next. */
  consent: z.literal(true, { error: 'consentRequired' }),
};

function otherReasonGiven(value: { reasons: readonly string[]; otherReason?: string | undefined }) {
  if (!value || !Array.isArray(value.reasons)) return true;
  return !value.reasons.includes('other') || Boolean(value.otherReason);
}
const otherReasonCheck = () =>
  z.refine<{ reasons: readonly string[]; otherReason?: string | undefined }>(otherReasonGiven, { error: 'otherReasonRequired', path: ['otherReason'], when: () => true });

export const professionalReferral = withJsonSchema(
  z
    .strictObject({
      kind: z.literal('professional'),
      ...referralFields,
      referrer,
      /** SWEMWBS at the start, if it was filled with the referral. */
      swemwbs: z.optional(questionnaireResponse),
    })
    .check(otherReasonCheck()),
  otherReasonRule,
);

export const selfReferral = withJsonSchema(
  z
    .strictObject({ kind: z.literal('self'), ...referralFields })
    .check(otherReasonCheck()),
  otherReasonRule,
);

export const referral = z.discriminatedUnion('kind', [professionalReferral, selfReferral]);

export type ProfessionalReferral = z.infer<typeof professionalReferral>;
export type SelfReferral = z.infer<typeof selfReferral>;
export type Referral = z.infer<typeof referral>;
