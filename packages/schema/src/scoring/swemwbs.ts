/**
 * SWEMWBS raw sum (7–35) → metric score, the published Rasch conversion table
 * (Stewart-Brown et al. 2009; the table the Warwick Medical School distributes).
 * Index = raw sum − 7.
 */
export const SWEMWBS_METRIC_TABLE: readonly number[] = [
  7.0, 9.51, 11.25, 12.4, 13.33, 14.08, 14.75, 15.32, 15.84, 16.36, 16.88, 17.43, 17.98, 18.59, 19.25, 19.98,
  20.73, 21.54, 22.35, 23.21, 24.11, 25.03, 26.02, 27.03, 28.13, 29.31, 30.7, 32.55, 35.0,
];

export const SWEMWBS_ITEM_COUNT = 7;
export const SWEMWBS_MIN = 1;
export const SWEMWBS_MAX = 5;

export interface SwemwbsScore {
  /** Sum of the seven answers, 7–35. */
  raw: number;
  /** Metric score from the conversion table, 7.00–35.00. */
  metric: number;
}

/** Answers as an array in item order or as a record keyed by item id. */
export type Answers = readonly (number | null | undefined)[] | Readonly<Record<string, number | null | undefined>>;

function answerValues(answers: Answers): (number | null | undefined)[] {
  return Array.isArray(answers) ? [...answers] : Object.values(answers);
}

function isAnswer(value: unknown, min: number, max: number): value is number {
  return Number.isInteger(value) && (value as number) >= min && (value as number) <= max;
}

/** Sum of exactly `count` answers within `min`–`max`, or `null` when any is missing or out of range. */
export function completeSum(answers: Answers, count: number, min: number, max: number): number | null {
  const values = answerValues(answers);
  if (values.length !== count || !values.every((v) => isAnswer(v, min, max))) return null;
  return (values as number[]).reduce((sum, v) => sum + v, 0);
}

/** Scores SWEMWBS. A score exists only when all seven items are answered 1–5; otherwise `null`. */
export function scoreSwemwbs(answers: Answers): SwemwbsScore | null {
  const raw = completeSum(answers, SWEMWBS_ITEM_COUNT, SWEMWBS_MIN, SWEMWBS_MAX);
  if (raw === null) return null;
  return { raw, metric: SWEMWBS_METRIC_TABLE[raw - SWEMWBS_ITEM_COUNT]! };
}
