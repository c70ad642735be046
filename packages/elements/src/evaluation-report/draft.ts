import type { ReportQuery } from './report-source.js';

/** What the pickers hold, as typed: kept through every error. */
export interface ReportDraft {
  fromMonth: string;
  fromYear: string;
  toMonth: string;
  toYear: string;
  basis: ReportQuery['basis'];
  municipalities: string[];
}

/** Messages by control id (`toMonth`, `basis`, `municipalities` …), shown inline and in the summary. */
export type DraftErrors = Partial<Record<'fromMonth' | 'toMonth' | 'basis' | 'municipalities', string>>;

/** January of this year to this month. */
export function defaultDraft(): ReportDraft {
  const now = new Date();
  const year = String(now.getFullYear());
  return { fromMonth: '01', fromYear: year, toMonth: String(now.getMonth() + 1).padStart(2, '0'), toYear: year, basis: 'received', municipalities: [] };
}

/** `YYYY-MM` → the draft's month and year; anything else leaves them as they were. */
export function splitMonth(month: string | undefined, fallback: [string, string]): [string, string] {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month ?? '');
  return match ? [match[2]!, match[1]!] : fallback;
}
