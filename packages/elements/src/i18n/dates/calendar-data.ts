/**
 * Date names and patterns for a language the browser's `Intl` has no data for (Chromium ships none
 * for Northern, Inari or Skolt Sami). One small table per language in `./locales/<lang>.ts`, loaded
 * with the language's strings; `./calendar-format.ts` formats with it.
 */

/** The date shapes Linkki's elements ask for, by name, with the `Intl` options each stands for. */
export const DATE_SHAPES = {
  /** The default of `formatDate`: "26 skábmamánnu 2026". */
  long: { dateStyle: 'long' },
  /** A weekday on its own (finder filters, "every Thursday"). */
  weekday: { weekday: 'long' },
  /** A clock time (finder schedules). */
  time: { hour: 'numeric', minute: '2-digit' },
  /** The finder's next meeting: short weekday, day and month. */
  weekdayDayMonth: { weekday: 'short', day: 'numeric', month: 'numeric' },
  /** A month heading (case timeline, evaluation report). */
  monthYear: { month: 'long', year: 'numeric' },
  /** Day, month and year in digits. */
  numeric: { day: 'numeric', month: 'numeric', year: 'numeric' },
  /** A month name on its own (evaluation report's month pickers). */
  month: { month: 'long' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

export type DateShape = keyof typeof DATE_SHAPES;

/** Twelve names, January first. */
export type MonthNames = readonly string[];
/** Seven names, Sunday first (as `Date#getDay`). */
export type WeekdayNames = readonly string[];

/** CLDR's two contexts: `format` inside a date, `standAlone` on its own (a heading, a list). */
export interface NameSet<T> {
  format: { wide: T; abbreviated: T };
  standAlone: { wide: T; abbreviated: T };
}

/** "3 days ago" for one unit: fixed words for some offsets (`0`, `-1`, `-2`) and a pattern per plural category. */
export interface RelativeUnit {
  exact: Partial<Record<'0' | '-1' | '-2', string>>;
  /** `{0}` is the number; categories as `Intl.PluralRules` gives them for the language. */
  past: Partial<Record<Intl.LDMLPluralRule, string>>;
}

export type RelativeUnitName = 'day' | 'week' | 'month' | 'year';

export interface CalendarData {
  /** Where the data comes from, for the reader of the file. */
  source: string;
  months: NameSet<MonthNames>;
  weekdays: NameSet<WeekdayNames>;
  /**
   * One pattern per shape. Tokens in braces: {d} {dd} day, {M} {MM} month number, {MMMM} {MMM}
   * month name in a date, {LLLL} {LLL} on its own, {EEEE} {EEE} weekday in a date, {cccc} {ccc} on
   * its own, {y} year, {H} {HH} hour, {mm} minute. Everything else is literal.
   */
  patterns: Record<DateShape, string>;
  /** Relative times, when the source has them; without them a past day is given as a date. */
  relative?: Record<RelativeUnitName, RelativeUnit>;
  /** The word joining the last two items of a list ("A, B ja C"). */
  and: string;
}
