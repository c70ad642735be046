import type { Activity, ScheduleRule } from '@linkki/schema';

type Schedule = NonNullable<Activity['schedule']>;
const DAY = 86_400_000;

const utc = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
const isoOf = (time: number) => new Date(time).toISOString().slice(0, 10);
/** ISO weekday of a UTC day: 1 = Monday … 7 = Sunday. */
const weekdayOf = (time: number) => ((new Date(time).getUTCDay() + 6) % 7) + 1;

function occursOn(rule: ScheduleRule, time: number): boolean {
  if (weekdayOf(time) !== rule.weekday) return false;
  if (rule.frequency === 'weekly') return true;
  if (rule.frequency === 'biweekly') return Math.round((time - utc(rule.anchor!)) / DAY / 7) % 2 === 0;
  const date = new Date(time);
  const nth = Math.ceil(date.getUTCDate() / 7);
  const daysInMonth = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  return rule.weekOfMonth === -1 ? date.getUTCDate() + 7 > daysInMonth : nth === rule.weekOfMonth;
}

const paused = (schedule: Schedule, iso: string) =>
  (schedule.validFrom !== undefined && iso < schedule.validFrom) ||
  (schedule.validTo !== undefined && iso > schedule.validTo) ||
  (schedule.pauses ?? []).some((p) => iso >= p.from && iso <= p.to);

/** The next date (on or after `from`, within a year) the activity meets, and the rule it meets by. */
export function nextOccurrence(schedule: Schedule | undefined, from: string): { date: string; rule: ScheduleRule } | undefined {
  const rules = schedule?.rules ?? [];
  if (!schedule || rules.length === 0) return undefined;
  const start = utc(from);
  for (let day = 0; day < 366; day += 1) {
    const time = start + day * DAY;
    const iso = isoOf(time);
    if (paused(schedule, iso)) continue;
    const rule = [...rules].sort((a, b) => a.start.localeCompare(b.start)).find((r) => occursOn(r, time));
    if (rule) return { date: iso, rule };
  }
  return undefined;
}

export type TimeOfDay = 'morning' | 'afternoon' | 'evening';
export const timeOfDay = (start: string): TimeOfDay => (start < '12:00' ? 'morning' : start < '17:00' ? 'afternoon' : 'evening');
