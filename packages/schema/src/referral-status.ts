import * as z from 'zod/mini';
import { ROUTES } from './codes/lists.js';
import { withJsonSchema } from './json-extras.js';
import { isoDateTime, MAX_SHORT_TEXT, optionalText } from './primitives.js';
import { validatorFor } from './validation.js';

/** Where a referral stands, as its status link shows it: received, routed onward, closed. */
export const REFERRAL_STAGES = ['received', 'routed', 'closed'] as const;
export type ReferralStage = (typeof REFERRAL_STAGES)[number];

const has = (value: unknown) => value !== undefined;

/**
 * What `GET /status/{token}` answers: a referral's stage and its dates, and the feedback to the
 * referrer only when the person consented to share it. Nothing else about the person, so the
 * object is strict: a reply with any other field is refused, never shown.
 *
 * - `received`: only `reference` and `receivedAt`;
 * - `routed`: also `routedAt` and `route` (to a link worker, or directly to an activity);
 * - `closed`: also `closedAt`; `routedAt` and `route` when it was routed first; `feedback` when shared.
 */
export const referralStatus = withJsonSchema(
  z
    .strictObject({
      /** The reference the service gave the referral, e.g. `LNK-2026-000123`. */
      reference: z.string().check(z.minLength(1), z.maxLength(MAX_SHORT_TEXT)),
      receivedAt: isoDateTime,
      stage: z.enum(REFERRAL_STAGES),
      routedAt: z.optional(isoDateTime),
      route: z.optional(z.enum(ROUTES)),
      closedAt: z.optional(isoDateTime),
      /** The closure's feedback to the referrer; present only when the person agreed to share it. */
      feedback: optionalText(),
    })
    .check(
      z.refine((s) => s.stage !== 'routed' || has(s.routedAt), { error: 'required', path: ['routedAt'], when: () => true }),
      z.refine((s) => !has(s.routedAt) || has(s.route), { error: 'required', path: ['route'], when: () => true }),
      z.refine((s) => !has(s.route) || has(s.routedAt), { error: 'required', path: ['routedAt'], when: () => true }),
      z.refine((s) => s.stage !== 'closed' || has(s.closedAt), { error: 'required', path: ['closedAt'], when: () => true }),
      z.refine((s) => s.stage === 'closed' || !has(s.closedAt), { error: 'unknownField', path: ['closedAt'], when: () => true }),
      z.refine((s) => s.stage !== 'received' || !has(s.routedAt), { error: 'unknownField', path: ['routedAt'], when: () => true }),
      z.refine((s) => s.stage === 'closed' || !has(s.feedback), { error: 'unknownField', path: ['feedback'], when: () => true }),
    ),
  {
    dependentRequired: { routedAt: ['route'], route: ['routedAt'] },
    allOf: [
      { if: { properties: { stage: { const: 'received' } }, required: ['stage'] }, then: { not: { anyOf: [{ required: ['routedAt'] }, { required: ['closedAt'] }, { required: ['feedback'] }] } } },
      { if: { properties: { stage: { const: 'routed' } }, required: ['stage'] }, then: { required: ['routedAt', 'route'], not: { anyOf: [{ required: ['closedAt'] }, { required: ['feedback'] }] } } },
      { if: { properties: { stage: { const: 'closed' } }, required: ['stage'] }, then: { required: ['closedAt'] } },
    ],
  },
);
/** The status a link shows (named apart from `ReferralStatus`, the case list's status code). */
export type ReferralStatusReply = z.infer<typeof referralStatus>;

export const validateReferralStatus = /* @__PURE__ */ validatorFor(referralStatus);
