import { MIN_CELL, SWEMWBS_MEANINGFUL_CHANGE, type EvaluationReport } from '@linkki/schema';
import type { Database } from './database.js';
import { assembleReport, cellsOf } from './evaluation-build.js';
import { rawEvaluation, type EvaluationScope } from './evaluation-sql.js';
import { protect } from './suppression.js';

export interface EvaluationQuery {
  /** First month, `YYYY-MM`. */
  from: string;
  /** Last month, `YYYY-MM`, inclusive. */
  to: string;
  basis: 'received' | 'active';
  municipalities: string[];
  /** Raises the smallest count shown (never below the service's own). */
  threshold?: number;
}

export interface EvaluationOptions {
  /** The service's smallest count shown (`LINKKI_INTAKE_MIN_CELL`, at least 5). */
  threshold?: number;
  now?: Date;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
/** The longest period a report covers: ten years. */
export const MAX_MONTHS = 120;

/** The offset of Finnish time at an instant, in minutes. */
function helsinkiOffset(at: number): number {
  const name = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Helsinki', timeZoneName: 'longOffset' }).formatToParts(at).find((p) => p.type === 'timeZoneName')!.value;
  const [, sign, hours, minutes] = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name) ?? [];
  return sign ? (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes ?? 0)) : 0;
}

/** Midnight on Finnish time at the start of a month, as an ISO instant. */
function monthStart(year: number, month: number): string {
  const utcMidnight = Date.UTC(year, month - 1, 1);
  return new Date(utcMidnight - helsinkiOffset(utcMidnight) * 60_000).toISOString();
}

const monthIndex = (month: string) => {
  const [, year, m] = MONTH.exec(month)!;
  return Number(year) * 12 + Number(m) - 1;
};

/** Whether `from`–`to` is a period the report can cover: real months, in order, at most `MAX_MONTHS`. */
export function validPeriod(from: string, to: string): boolean {
  if (!MONTH.test(from) || !MONTH.test(to) || Number(from.slice(0, 4)) < 2000) return false;
  const months = monthIndex(to) - monthIndex(from) + 1;
  return months >= 1 && months <= MAX_MONTHS;
}

/**
 * The period as instants. Periods are whole calendar months on Finnish time: two reports differ by
 * at least a month, so no one can subtract one from another to find the few people of a few days.
 */
export function evaluationScopeOf(query: EvaluationQuery): EvaluationScope {
  const after = monthIndex(query.to) + 1;
  return {
    municipalities: query.municipalities,
    start: monthStart(Number(query.from.slice(0, 4)), Number(query.from.slice(5, 7))),
    end: monthStart(Math.floor(after / 12), (after % 12) + 1),
    firstDay: `${query.from}-01`,
    basis: query.basis,
  };
}

/**
 * The protected evaluation report of the municipalities over the period (see `evaluationReport` in
 * @linkki/schema): aggregates computed in SQL, then counts hidden by `protect` (suppression.ts).
 */
export async function evaluationReport(db: Database, query: EvaluationQuery, options: EvaluationOptions = {}): Promise<EvaluationReport> {
  const threshold = Math.max(MIN_CELL, options.threshold ?? MIN_CELL, query.threshold ?? MIN_CELL);
  const raw = await rawEvaluation(db, evaluationScopeOf(query), SWEMWBS_MEANINGFUL_CHANGE);
  const frame = {
    period: { from: query.from, to: query.to, basis: query.basis },
    municipalities: query.municipalities,
    threshold,
    generatedAt: (options.now ?? new Date()).toISOString(),
  };
  const input = cellsOf(raw, frame);
  return assembleReport(raw, frame, await protect(input), input);
}
