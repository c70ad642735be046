import { DATE_SHAPES, type CalendarData, type DateShape, type RelativeUnitName } from './calendar-data.js';

const SHAPE_BY_KEY = new Map<string, DateShape>(
  (Object.entries(DATE_SHAPES) as [DateShape, Intl.DateTimeFormatOptions][]).map(([shape, options]) => [keyOf(options), shape]),
);

/** Options compared by content, not key order. */
function keyOf(options: Intl.DateTimeFormatOptions): string {
  return JSON.stringify(Object.entries(options).sort(([a], [b]) => a.localeCompare(b)));
}

/** The named shape these `Intl` options ask for, or undefined for a shape Linkki does not use. */
export function shapeOf(options: Intl.DateTimeFormatOptions): DateShape | undefined {
  return SHAPE_BY_KEY.get(keyOf(options));
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** Fills a pattern of `CalendarData.patterns` for `date`, in local time. */
export function fillPattern(data: CalendarData, pattern: string, date: Date): string {
  const { months, weekdays } = data;
  const month = date.getMonth();
  const day = date.getDay();
  const tokens: Record<string, string> = {
    d: String(date.getDate()),
    dd: pad(date.getDate()),
    M: String(month + 1),
    MM: pad(month + 1),
    MMMM: months.format.wide[month]!,
    MMM: months.format.abbreviated[month]!,
    LLLL: months.standAlone.wide[month]!,
    LLL: months.standAlone.abbreviated[month]!,
    EEEE: weekdays.format.wide[day]!,
    EEE: weekdays.format.abbreviated[day]!,
    cccc: weekdays.standAlone.wide[day]!,
    ccc: weekdays.standAlone.abbreviated[day]!,
    y: String(date.getFullYear()),
    H: String(date.getHours()),
    HH: pad(date.getHours()),
    mm: pad(date.getMinutes()),
  };
  return pattern.replace(/\{(\w+)\}/g, (token, name: string) => tokens[name] ?? token);
}

/** `date` in one of Linkki's shapes, or undefined when `options` are not one of them. */
export function formatWithCalendar(data: CalendarData, date: Date, options: Intl.DateTimeFormatOptions): string | undefined {
  const shape = shapeOf(options);
  return shape && fillPattern(data, data.patterns[shape], date);
}

/**
 * "3 days ago" in the largest unit that reads naturally (the same steps as for languages with
 * `Intl` data), or undefined when the table has no relative times.
 */
export function formatDaysAgoWithCalendar(data: CalendarData, days: number, plural: Intl.PluralRules, number: (n: number) => string): string | undefined {
  if (!data.relative) return undefined;
  const [unit, count]: [RelativeUnitName, number] =
    days < 14 ? ['day', days] : days < 60 ? ['week', Math.round(days / 7)] : days < 730 ? ['month', Math.round(days / 30)] : ['year', Math.round(days / 365)];
  const { exact, past } = data.relative[unit];
  const fixed = exact[String(-count) as keyof typeof exact];
  if (fixed) return fixed;
  const pattern = past[plural.select(count)] ?? past.other;
  return pattern?.replace('{0}', number(count));
}

/** "A, B ja C" with the table's word for 'and'. */
export function formatListWithCalendar(data: CalendarData, values: string[]): string {
  if (values.length < 2) return values.join('');
  return `${values.slice(0, -1).join(', ')} ${data.and} ${values.at(-1)}`;
}
