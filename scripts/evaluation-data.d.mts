import type { Database } from '@linkki/intake';
import type { CaseEvent, Referral } from '@linkki/schema';

/** One fictional case as it stands at the generator's `asOf`. */
export interface EvaluationCase {
  referral: Referral;
  /** When the intake received it, ISO 8601 with Finland's offset. */
  receivedAt: string;
  /** `new`, the route, or the ending reason once closed. */
  status: string;
  /** Oldest first. */
  events: CaseEvent[];
}

/** Municipality code, relative number of referrals, languages of service by weight. */
export const MUNICIPALITY_WEIGHTS: readonly [string, number, Record<string, number>][];

/** How many of `count` cases each municipality gets (by weight, at least one each when there are enough). */
export function municipalityCounts(count: number, weights?: typeof MUNICIPALITY_WEIGHTS): Record<string, number>;

/** `count` fictional cases received from `from` to `to` (ISO dates), as they stand at `asOf`; deterministic per seed. */
export function makeEvaluationCases(count: number, options?: { seed?: number; from?: string; to?: string; asOf?: string }): EvaluationCase[];

/** Throws unless every referral and event is valid against @linkki/schema. */
export function assertValid(cases: readonly EvaluationCase[]): void;

/** Stores the cases in bulk with their own times; skips those already stored. Returns how many rows were added. */
export function loadCases(
  db: Database,
  cases: readonly EvaluationCase[],
  options?: { assign?: (c: EvaluationCase) => string | null; batch?: number },
): Promise<{ referrals: number; events: number }>;
