import { completeSum, type Answers } from './swemwbs.js';

export const ESIS_ITEM_COUNT = 10;
export const ESIS_MIN = 1;
export const ESIS_MAX = 5;

export interface EsisScore {
  /** Sum of the ten answers, 10–50. */
  raw: number;
  /** The sum rescaled linearly to 0–100, one decimal. */
  metric: number;
}

/**
 * Scores THL's Experiences of Social Inclusion Scale: ten statements answered 1–5, the sum
 * rescaled to 0–100 ((sum − 10) / 40 × 100). `null` unless all ten are answered.
 */
export function scoreEsis(answers: Answers): EsisScore | null {
  const raw = completeSum(answers, ESIS_ITEM_COUNT, ESIS_MIN, ESIS_MAX);
  if (raw === null) return null;
  const span = ESIS_ITEM_COUNT * (ESIS_MAX - ESIS_MIN);
  const metric = Math.round(((raw - ESIS_ITEM_COUNT * ESIS_MIN) / span) * 1000) / 10;
  return { raw, metric };
}
