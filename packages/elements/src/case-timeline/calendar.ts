/**
 * Calendar days as plain numbers (days since 1970-01-01), so that "six months from 31 August" and
 * "days left" never depend on time zones or daylight saving.
 */
export type Day = number;

export interface MonthsAndDays {
  months: number;
  days: number;
}

const MS_PER_DAY = 86_400_000;

const utcDay = (year: number, monthIndex: number, date: number): Day => Date.UTC(year, monthIndex, date) / MS_PER_DAY;

/**
 * The calendar day of an ISO date (`2026-03-02`) as written, or of an ISO date-time on the
 * reader's local calendar (an event at 23:30 on the 1st is on the 1st where it was recorded).
 */
export function dayOf(value: string): Day {
  if (value.length === 10) {
    const [year, month, date] = value.split('-').map(Number);
    return utcDay(year!, month! - 1, date!);
  }
  const local = new Date(value);
  return utcDay(local.getFullYear(), local.getMonth(), local.getDate());
}

export function isoDateOf(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Adds calendar months; a day that does not exist in the target month falls on its last day (31.8. + 6 kk = 28./29.2.). */
export function addMonths(day: Day, months: number): Day {
  const date = new Date(day * MS_PER_DAY);
  const year = date.getUTCFullYear();
  const monthIndex = date.getUTCMonth() + months;
  const lastOfTarget = new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
  return utcDay(year, monthIndex, Math.min(date.getUTCDate(), lastOfTarget));
}

/** Whole calendar months and the days after them, from `from` to `to` (`to` ≥ `from`). */
export function monthsAndDays(from: Day, to: Day): MonthsAndDays {
  let months = 0;
  while (addMonths(from, months + 1) <= to) months += 1;
  return { months, days: to - addMonths(from, months) };
}

/** A `Date` at local midnight of the day, for `Intl` formatting. */
export function localDateOf(day: Day): Date {
  const date = new Date(day * MS_PER_DAY);
  return new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

/** Today on the reader's calendar. */
export function today(): Day {
  const now = new Date();
  return utcDay(now.getFullYear(), now.getMonth(), now.getDate());
}
