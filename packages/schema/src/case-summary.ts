import * as z from 'zod/mini';
import { ENDING_REASONS, LANGUAGES, REFERRAL_REASONS, ROUTES } from './codes/lists.js';
import { identifier, isoDate, isoDateTime, MAX_SHORT_TEXT, municipalityCode } from './primitives.js';
import { MAX_AGE, MIN_AGE } from './referral.js';
import { validatorFor } from './validation.js';

/**
 * A referral's status as the intake keeps it: `new` until the coordinator routes it, then its route
 * (`direct`, `link-worker`), then, once closed, its ending reason.
 */
export const REFERRAL_STATUSES = ['new', ...ROUTES, ...ENDING_REASONS] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** The intake's reference for a referral, `LNK-<year>-<number>`. */
export const referenceCode = z.string().check(z.regex(/^LNK-\d{4}-\d{6,}$/, { error: 'invalidFormat' }));

/**
 * One row of the case list (`GET /referrals`): what a coordinator or link worker needs to pick the
 * next case, and nothing that names or reaches the person (no name, contact, birth year or free
 * text; age as a number, as the referral gives it). Unknown keys are dropped, so a newer service
 * may add fields without breaking older readers.
 */
export const caseSummary = z.object({
  id: identifier,
  reference: referenceCode,
  status: z.enum(REFERRAL_STATUSES),
  receivedAt: isoDateTime,
  kind: z.enum(['professional', 'self']),
  reasons: z.array(z.enum(REFERRAL_REASONS)),
  municipality: municipalityCode,
  /** Preferred language of service. */
  language: z.enum(LANGUAGES),
  age: z.optional(z.int().check(z.gte(MIN_AGE), z.lte(MAX_AGE))),
  /** The assigned link worker's staff id, and her name (staff data, not the person's). */
  assignedTo: z.nullable(identifier),
  assignedName: z.nullable(z.string().check(z.maxLength(MAX_SHORT_TEXT))),
  /** When the case was first routed (the first `routed` event), and when it last closed. */
  routedAt: z.nullable(isoDateTime),
  closedAt: z.nullable(isoDateTime),
  /** When the follow-up SWEMWBS is due (three months after the closure), while it is still to do. */
  followUpDue: z.nullable(isoDate),
  /** Whole days from receipt to routing, or to today (Finnish time) while the case waits to be routed. */
  waitingDays: z.int().check(z.gte(0)),
  /** How many events the case has. */
  events: z.int().check(z.gte(0)),
});
export type CaseSummary = z.infer<typeof caseSummary>;

/** One page of `GET /referrals`: the rows and, when there may be more, the reference to continue `before`. */
export const caseSummaryPage = z.object({
  referrals: z.array(caseSummary),
  next: z.optional(referenceCode),
});
export type CaseSummaryPage = z.infer<typeof caseSummaryPage>;

// Pure: a bundle keeps the validator only where it is used.
export const validateCaseSummary = /* @__PURE__ */ validatorFor(caseSummary);
