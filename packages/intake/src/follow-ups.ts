import { caseMeasures, type CaseEvent } from '@linkki/schema';

/** The follow-up SWEMWBS is due this many calendar months after the case closes (DOMAIN.md: +3 months). */
export const FOLLOW_UP_MONTHS = 3;
const MS_PER_DAY = 86_400_000;

/** A calendar day as days since 1970-01-01: no time zones, no daylight saving. */
const dayOfIso = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / MS_PER_DAY;
const isoOfDay = (day: number) => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

/**
 * Adds calendar months to an ISO date; a day the target month lacks falls on its last day
 * (31 Aug + 3 months = 30 Nov, 30 Nov 2027 + 3 months = 29 Feb 2028), as the case timeline counts.
 */
export function addMonths(date: string, months: number): string {
  const year = Number(date.slice(0, 4));
  const monthIndex = Number(date.slice(5, 7)) - 1 + months;
  const lastOfTarget = new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, monthIndex, Math.min(Number(date.slice(8, 10)), lastOfTarget))).toISOString().slice(0, 10);
}

/** Whole days from one ISO date to another (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string) => dayOfIso(to) - dayOfIso(from);

/**
 * The calendar day of an ISO date-time where it was recorded: its own offset's date
 * (`2026-07-31T23:30:00+03:00` is on the 31st), as the timeline reads it on a Finnish device.
 */
export const recordedOn = (at: string) => at.slice(0, 10);

/** Today on Finnish time (the service's users), as an ISO date. */
export function todayIn(timeZone = 'Europe/Helsinki', now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The latest event of a type by its `at` (when it happened, not when it was recorded), or undefined. */
export const latestOfType = <T extends CaseEvent['type']>(events: readonly CaseEvent[], type: T) =>
  events.filter((e): e is Extract<CaseEvent, { type: T }> => e.type === type).sort((a, b) => Date.parse(a.at) - Date.parse(b.at)).at(-1);

export interface FollowUpDue {
  closedOn: string;
  due: string;
}

/**
 * When the case's follow-up SWEMWBS is due, or undefined when the case is not closed or the
 * follow-up is done. The latest `closed` event counts; a `follow-up-due` event sets another date;
 * a follow-up SWEMWBS (questionnaire or `follow-up-done` with a response) or a `follow-up-done`
 * on or after the closure means it is done — the rules of the case timeline.
 */
export function followUpDue(events: readonly CaseEvent[]): FollowUpDue | undefined {
  const closed = latestOfType(events, 'closed');
  if (!closed) return undefined;
  const closedOn = recordedOn(closed.at);
  if (caseMeasures({ id: 'case', events: [...events] }).swemwbs?.['follow-up']) return undefined;
  if (events.some((e) => e.type === 'follow-up-done' && recordedOn(e.at) >= closedOn)) return undefined;
  const scheduled = latestOfType(events, 'follow-up-due');
  return { closedOn, due: scheduled ? scheduled.due : addMonths(closedOn, FOLLOW_UP_MONTHS) };
}
