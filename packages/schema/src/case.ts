import * as z from 'zod/mini';
import { ENDING_REASONS, LIKERT_VALUES, MEETING_PLACES, RECORDER_ROLES, REFERRAL_REASONS, ROUTES } from './codes/lists.js';
import { identifier, isoDate, isoDateTime, MAX_SHORT_TEXT, optionalText, text } from './primitives.js';
import { referral } from './referral.js';
import { questionnaireResponse } from './response.js';

const likert = z.literal(LIKERT_VALUES);

const activityRef = z.strictObject({
  /** Catalogue id, when the activity is in the catalogue. */
  activityId: z.optional(identifier),
  /** The name as recorded, shown when the catalogue is not at hand. */
  name: text(MAX_SHORT_TEXT),
});
export type ActivityRef = z.infer<typeof activityRef>;

/** The closure record (hyvinvointiresepti). */
export const closure = z.strictObject({
  endingReason: z.enum(ENDING_REASONS),
  meetings: z.int().check(z.gte(0), z.lte(1000)),
  /** "Would you recommend the wellbeing referral to others?" 1–5. */
  recommend: z.optional(likert),
  /** "I feel my wellbeing has strengthened because of what followed from the referral." 1–5. */
  wellbeingStrengthened: z.optional(likert),
  /** What came into the person's everyday life. */
  whatCameIn: optionalText(),
  activitiesJoined: z.optional(z.array(activityRef)),
  feedbackToReferrer: optionalText(),
});
export type Closure = z.infer<typeof closure>;

const base = {
  id: identifier,
  at: isoDateTime,
  /** Who recorded it: a role, not a name. */
  by: z.enum(RECORDER_ROLES),
};

const event = <T extends string, S extends z.core.$ZodLooseShape>(type: T, shape: S) =>
  z.strictObject({ type: z.literal(type), ...base, ...shape });

export const caseEvent = z.discriminatedUnion('type', [
  event('referral-received', {
    referralKind: z.enum(['professional', 'self']),
    reasons: z.optional(z.array(z.enum(REFERRAL_REASONS))),
  }),
  /** Joint work with a link worker starts at a `link-worker` routing. */
  event('routed', { route: z.enum(ROUTES) }),
  event('meeting', {
    place: z.enum(MEETING_PLACES),
    durationMinutes: z.optional(z.int().check(z.gte(1), z.lte(1440))),
    note: optionalText(),
  }),
  event('activity-tried', { activity: activityRef, note: optionalText() }),
  event('activity-joined', { activity: activityRef, note: optionalText() }),
  event('questionnaire-completed', { response: questionnaireResponse }),
  event('note', { text: text() }),
  event('closed', { closure }),
  event('follow-up-due', { due: isoDate }),
  event('follow-up-done', { response: z.optional(questionnaireResponse) }),
]);
export type CaseEvent = z.infer<typeof caseEvent>;
export type CaseEventType = CaseEvent['type'];

/** One person's case: optionally the referral, and the events recorded on it. */
export const caseRecord = z
  .strictObject({
    id: identifier,
    referral: z.optional(referral),
    events: z.array(caseEvent),
  })
  .check(
    z.refine((c) => new Set(c.events.map((e) => e.id)).size === c.events.length, {
      error: 'notUnique',
      path: ['events'],
    }),
  );
export type Case = z.infer<typeof caseRecord>;
