import * as z from 'zod/mini';
import {
  AGREEMENT_ANSWERS,
  BARRIERS,
  CONTINUING,
  GENDERS,
  LANGUAGES,
  MEETING_PLACES,
  RECOMMEND_ANSWERS,
  REFERRAL_REASONS,
  REFERRER_TYPES,
  ROUTES,
  UNMET_NEEDS,
  WHY_ENDED,
} from './codes/lists.js';
import { REFERRAL_STATUSES } from './case-summary.js';
import { isoDateTime, municipalityCode } from './primitives.js';
import { validatorFor } from './validation.js';

/** Age bands of the evaluation, from the age at receipt. */
export const AGE_BANDS = ['18-29', '30-44', '45-64', '65-74', '75-84', '85+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** The smallest count shown as a number (primary suppression); an embedder may raise it, never lower it. */
export const MIN_CELL = 5;
/** A change of at least this many SWEMWBS metric points counts as meaningful (see the README for the source). */
export const SWEMWBS_MEANINGFUL_CHANGE = 3;

/** Why a number is not shown. */
export const SUPPRESSIONS = [
  /** 1 to threshold − 1 people (shown as "< 5"). */
  'small',
  /** At least the threshold, hidden so that a small cell cannot be worked out by subtraction. */
  'complementary',
  /** The whole table is hidden: too few people to show it without naming someone. */
  'withheld',
] as const;
export type Suppression = (typeof SUPPRESSIONS)[number];

/** A count as published: a number (0 is shown), or null with the reason it is hidden. */
export const publishedCount = z.object({
  count: z.nullable(z.int().check(z.gte(0))),
  suppressed: z.optional(z.enum(SUPPRESSIONS)),
});
export type PublishedCount = z.infer<typeof publishedCount>;

/**
 * Who a count table counts. Every table counts people (referrals), never events, so one rule protects
 * them all: `referrals` (every referral in the report), `routed`, `closed`, `ended-early` (closed as
 * interrupted or no joint work), `paired` (the cases of a change).
 */
export const POPULATIONS = ['referrals', 'routed', 'closed', 'ended-early', 'paired'] as const;
export type Population = (typeof POPULATIONS)[number];

/**
 * The count tables, each with its row codes in display order. `unknown`: the field was not given;
 * `self`: a self-referral (no referrer); `none`: not routed; `not-asked`: no answer recorded.
 */
export const COUNT_TABLES = {
  status: { population: 'referrals', multiple: false, rows: REFERRAL_STATUSES },
  route: { population: 'referrals', multiple: false, rows: [...ROUTES, 'none'] },
  reason: { population: 'referrals', multiple: true, rows: REFERRAL_REASONS },
  referrer: { population: 'referrals', multiple: false, rows: [...REFERRER_TYPES, 'self'] },
  gender: { population: 'referrals', multiple: false, rows: [...GENDERS, 'unknown'] },
  ageBand: { population: 'referrals', multiple: false, rows: [...AGE_BANDS, 'unknown'] },
  /** Rows: the report's municipalities, in the order asked. */
  municipality: { population: 'referrals', multiple: false, rows: [] as readonly string[] },
  language: { population: 'referrals', multiple: false, rows: LANGUAGES },
  /** People met at least once at each place. */
  meetingPlace: { population: 'referrals', multiple: true, rows: MEETING_PLACES },
  whyEnded: { population: 'ended-early', multiple: false, rows: [...WHY_ENDED, 'unknown'] },
  recommend: { population: 'closed', multiple: false, rows: [...RECOMMEND_ANSWERS, 'not-asked'] },
  wellbeingStrengthened: { population: 'closed', multiple: false, rows: [...AGREEMENT_ANSWERS, 'not-asked'] },
  continuing: { population: 'closed', multiple: true, rows: CONTINUING },
  barriers: { population: 'referrals', multiple: true, rows: BARRIERS },
  unmetNeeds: { population: 'referrals', multiple: true, rows: UNMET_NEEDS },
} as const satisfies Record<string, { population: Population; multiple: boolean; rows: readonly string[] }>;
export type CountTableId = keyof typeof COUNT_TABLES;
export const COUNT_TABLE_IDS = Object.keys(COUNT_TABLES) as CountTableId[];

export const countRow = z.object({ code: z.string(), ...publishedCount.shape });
export type CountRow = z.infer<typeof countRow>;

/**
 * One distribution. Unless `multiple`, the rows add up to `total`; with `multiple` a person may be in
 * several rows (a referral counts once per reason) or in none.
 */
export const countTable = z.object({
  id: z.enum(COUNT_TABLE_IDS as [CountTableId, ...CountTableId[]]),
  population: z.enum(POPULATIONS),
  multiple: z.boolean(),
  total: publishedCount,
  rows: z.array(countRow),
});
export type CountTable = z.infer<typeof countTable>;

const statistic = z.nullable(z.number());

/**
 * Aggregates over `n` people; each is null when `n` is below the threshold or hidden. Only the
 * aggregates that make sense for the quantity are present (see `evaluationReport`).
 */
export const summary = z.object({
  n: publishedCount,
  sum: z.optional(statistic),
  mean: z.optional(statistic),
  sd: z.optional(statistic),
  median: z.optional(statistic),
  p90: z.optional(statistic),
  min: z.optional(statistic),
  max: z.optional(statistic),
});
export type Summary = z.infer<typeof summary>;

export const SUMMARY_IDS = ['age', 'waitingDays', 'jointWorkDays', 'meetings', 'linkWorkerHours', 'coordinatorHours', 'kilometres'] as const;
export type SummaryId = (typeof SUMMARY_IDS)[number];

/** The paired change between two timepoints over the cases that have both (`n`). */
export const change = z.object({
  from: z.literal('start'),
  to: z.enum(['end', 'follow-up']),
  n: publishedCount,
  mean: statistic,
  /** 95 % confidence interval of the mean change (t distribution, n − 1 degrees of freedom). */
  ciLow: statistic,
  ciHigh: statistic,
  /** SWEMWBS only: how many changed by at least `SWEMWBS_MEANINGFUL_CHANGE` points (`improved`) and how many not (`other`). */
  meaningful: z.optional(countTable.shape.rows),
  /** `improved` divided by `n`, 0–1; null when hidden. */
  meaningfulShare: z.optional(statistic),
});
export type Change = z.infer<typeof change>;

export const MEASURE_INSTRUMENTS = ['swemwbs', 'esis'] as const;
export const measure = z.object({
  instrument: z.enum(MEASURE_INSTRUMENTS),
  /** n, mean, sd, min and max of the metric score at each timepoint. */
  timepoints: z.object({ start: summary, end: summary, 'follow-up': summary }),
  changes: z.array(change),
});
export type Measure = z.infer<typeof measure>;

const month = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'invalidFormat' }));

/**
 * The municipality's evaluation report (`GET /evaluation`): aggregates only, protected against
 * recognising anyone. Counts of 1 to `threshold − 1` are hidden (`small`); further counts are hidden
 * (`complementary`, or the whole table `withheld`) until no hidden count can be worked out from the
 * published numbers to within two people. Aggregates over fewer than `threshold` people are null.
 * Free text never appears.
 *
 * - `period`: whole calendar months, `from` to `to` inclusive (Finnish time). `basis: received` counts
 *   referrals received in the period; `active` those received by its end and not closed before it began.
 * - `summaries`: `age` (median of the age at receipt, where still known), `waitingDays` (receipt to
 *   first routing: median, p90), `jointWorkDays` (link-worker routing to closure: median, p90),
 *   `meetings`, `linkWorkerHours`, `coordinatorHours`, `kilometres` (per closed case: sum, mean, median).
 */
export const evaluationReport = z.object({
  version: z.literal(1),
  generatedAt: isoDateTime,
  period: z.object({ from: month, to: month, basis: z.enum(['received', 'active']) }),
  municipalities: z.array(municipalityCode),
  threshold: z.int().check(z.gte(MIN_CELL)),
  tables: z.array(countTable),
  summaries: z.object(Object.fromEntries(SUMMARY_IDS.map((id) => [id, summary])) as Record<SummaryId, typeof summary>),
  measures: z.array(measure),
});
export type EvaluationReport = z.infer<typeof evaluationReport>;

// Pure: a bundle keeps the validator only where it is used.
export const validateEvaluationReport = /* @__PURE__ */ validatorFor(evaluationReport);
