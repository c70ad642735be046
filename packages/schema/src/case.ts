import * as z from 'zod/mini';
import { BARRIERS, CONTINUING, DECLINED, ENDING_REASONS, LIKERT_VALUES, MEETING_PLACES, RECORDER_ROLES, REFERRAL_REASONS, ROUTES, UNMET_NEEDS, WHY_ENDED } from './codes/lists.js';
import { withJsonSchema } from './json-extras.js';
import { identifier, isoDate, isoDateTime, MAX_SHORT_TEXT, optionalText, text, uniqueArray } from './primitives.js';
import { referral } from './referral.js';
import { questionnaireResponse } from './response.js';

const likert = z.literal(LIKERT_VALUES);
/** The person's own answer: 1–5 on the question's scale, or `declined` (she did not want to answer). */
const personAnswer = z.union([likert, z.literal(DECLINED)]);

const activityRef = z.strictObject({
  /** Catalogue id, when the activity is in the catalogue. */
  activityId: z.optional(identifier),
  /** The name as recorded, shown when the catalogue is not at hand. */
  name: text(MAX_SHORT_TEXT),
});
export type ActivityRef = z.infer<typeof activityRef>;

/** Endings that need a reason: the seeds ask "ja mistä syystä". */
export const ENDINGS_WITH_WHY = ['interrupted', 'no-joint-work'] as const;
const needsWhy = (reason: string) => (ENDINGS_WITH_WHY as readonly string[]).includes(reason);
const hours = z.number().check(z.gte(0), z.lte(2000), z.multipleOf(0.25));

/** The closure record (hyvinvointiresepti). */
export const closure = withJsonSchema(z
  .strictObject({
    endingReason: z.enum(ENDING_REASONS),
    /** Why, when the work was interrupted or never started: a code and, optionally, words. */
    whyEnded: z.optional(z.strictObject({ code: z.enum(WHY_ENDED), text: optionalText() })),
    meetings: z.int().check(z.gte(0), z.lte(1000)),
    /** Hours used, in quarter hours. */
    hours: z.optional(z.strictObject({ linkWorker: z.optional(hours), coordinator: z.optional(hours) })),
    /** Kilometres travelled for the meetings. */
    kilometres: z.optional(z.int().check(z.gte(0), z.lte(100000))),
    /** The person's answer to "Suosittelisitko hyvinvointilähetettä muille?" (1 = certainly not … 5 = certainly). */
    recommend: z.optional(personAnswer),
    /** The person's answer to "Koen hyvinvointini vahvistuneen…" (1 = strongly disagree … 5 = strongly agree). */
    wellbeingStrengthened: z.optional(personAnswer),
    /** What came into the person's everyday life. */
    whatCameIn: optionalText(),
    activitiesJoined: z.optional(z.array(activityRef)),
    /** How it goes on: in an activity, as a volunteer, with a support person, in a peer group. */
    continuing: z.optional(uniqueArray(z.enum(CONTINUING))),
    feedbackToReferrer: optionalText(),
    /**
     * The person agreed that `feedbackToReferrer` is shared with the referrer. Without it the
     * feedback stays on the case and never leaves it.
     */
    feedbackConsent: z.optional(z.boolean()),
  })
  .check(
    z.refine((c) => !needsWhy(c.endingReason) || c.whyEnded !== undefined, { error: 'whyEndedRequired', path: ['whyEnded'], when: () => true }),
    z.refine((c) => !c.feedbackConsent || Boolean(c.feedbackToReferrer), { error: 'feedbackRequired', path: ['feedbackToReferrer'], when: () => true }),
  ),
  {
    allOf: [
      { if: { properties: { endingReason: { enum: [...ENDINGS_WITH_WHY] } }, required: ['endingReason'] }, then: { required: ['whyEnded'] } },
      { if: { properties: { feedbackConsent: { const: true } }, required: ['feedbackConsent'] }, then: { required: ['feedbackToReferrer'] } },
    ],
  },
);
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
    kilometres: z.optional(z.int().check(z.gte(0), z.lte(2000))),
    note: optionalText(),
  }),
  event('activity-tried', { activity: activityRef, note: optionalText() }),
  event('activity-joined', { activity: activityRef, note: optionalText() }),
  event('questionnaire-completed', { response: questionnaireResponse }),
  event('note', { text: text() }),
  event('closed', { closure }),
  event('follow-up-due', { due: isoDate }),
  event('follow-up-done', { response: z.optional(questionnaireResponse) }),
  /** The agreed period of joint work ends on `until` (6 months from routing unless changed); `reason` when changed. */
  event('period-agreed', { until: isoDate, reason: z.optional(text(MAX_SHORT_TEXT)) }),
  /** The person's own goals, in her words; a later event replaces the list. */
  event('goals-set', { goals: z.array(text(MAX_SHORT_TEXT)).check(z.minLength(1), z.maxLength(20)) }),
  /** What kept her from taking part and what was missing: coded for the municipality, plus words. */
  event('needs-recorded', {
    barriers: z.optional(uniqueArray(z.enum(BARRIERS))),
    unmetNeeds: z.optional(uniqueArray(z.enum(UNMET_NEEDS))),
    text: optionalText(),
  }),
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
