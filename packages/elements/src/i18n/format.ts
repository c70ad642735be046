import { DEFAULT_LANGUAGE, type Language } from './languages.js';
import type { CalendarData } from './dates/calendar-data.js';

/** The table formatter, loaded with the first Sami table so that other pages do not download it. */
type CalendarFormat = typeof import('./dates/calendar-format.js');
let calendarFormat: CalendarFormat | undefined;

/**
 * Date tables for the Sami languages, whose date names Chromium lacks (CLDR se_FI and smn; Skolt
 * Sami from the giellalt lexicon). Loaded with the language's strings (`languageReady`), so only a
 * Sami page downloads one; until then, and for a shape not in the table, dates are digits only.
 */
const CALENDAR_LOADERS: Partial<Record<Language, () => Promise<CalendarData>>> = {
  se: () => import('./dates/locales/se.js').then((m) => m.se),
  smn: () => import('./dates/locales/smn.js').then((m) => m.smn),
  sms: () => import('./dates/locales/sms.js').then((m) => m.sms),
};
const calendars = new Map<Language, CalendarData>();

/** True for a language whose dates come from Linkki's own table rather than the browser's `Intl`. */
export function hasOwnCalendar(lang: Language): boolean {
  return lang in CALENDAR_LOADERS;
}

/** Loads the date table of `lang`, if it has one; resolves when it is in. */
export async function loadCalendar(lang: Language): Promise<void> {
  const load = CALENDAR_LOADERS[lang];
  if (!load || calendars.has(lang)) return;
  const [data, format] = await Promise.all([load(), import('./dates/calendar-format.js')]);
  calendarFormat = format;
  calendars.set(lang, data);
}

/** Only the digits of a date: what a Sami page shows for a shape its table lacks. */
function digitsOnly(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormatOptions {
  const { hour, minute } = options;
  const time = hour || minute ? { hour: 'numeric', minute: '2-digit', hourCycle: 'h23' } as const : {};
  const hasDate = options.dateStyle || options.year || options.month || options.day || options.weekday || !(hour || minute);
  return { ...(hasDate ? { day: 'numeric', month: 'numeric', year: 'numeric' } : {}), ...time };
}

const intlLocaleCache = new Map<Language, string>();

/**
 * The locale to hand to `Intl`: the UI language when the browser has formatting data for it,
 * else Finnish (Chromium has none for the Sami languages). Sami dates and lists do not use it
 * (they have their own tables, below); numbers do (digits and separators as in Finland).
 */
export function intlLocale(lang: Language): string {
  let locale = intlLocaleCache.get(lang);
  if (!locale) {
    locale = Intl.DateTimeFormat.supportedLocalesOf([lang]).length > 0 ? lang : DEFAULT_LANGUAGE;
    intlLocaleCache.set(lang, locale);
  }
  return locale;
}

/** Parses an ISO date (`2026-03-02`) as a local calendar day, not as UTC midnight. */
export function parseDay(isoDate: string): Date {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  return new Date(y!, (m ?? 1) - 1, d ?? 1);
}

// Creating an Intl formatter costs far more than using one; a result list formats hundreds of values.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat>(kind: string, lang: Language, options: object | undefined, make: (locale: string) => F): F {
  const key = `${kind}|${lang}|${JSON.stringify(options ?? {})}`;
  let formatter = formatters.get(key) as F | undefined;
  if (!formatter) formatters.set(key, (formatter = make(intlLocale(lang))));
  return formatter;
}

/**
 * A date in `lang`. Sami languages use their table (weekday and month names, patterns), never
 * Finnish names; the others use the browser's `Intl`.
 */
export function formatDate(lang: Language, value: Date | string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
  const date = typeof value === 'string' ? (value.length === 10 ? parseDay(value) : new Date(value)) : value;
  if (hasOwnCalendar(lang)) {
    const calendar = calendars.get(lang);
    const text = calendar && calendarFormat!.formatWithCalendar(calendar, date, options);
    if (text !== undefined) return text;
    const digits = digitsOnly(options);
    return cached('date', DEFAULT_LANGUAGE, digits, (locale) => new Intl.DateTimeFormat(locale, digits)).format(date);
  }
  return cached('date', lang, options, (locale) => new Intl.DateTimeFormat(locale, options)).format(date);
}

/**
 * The name of an ISO weekday (1 = Monday … 7 = Sunday). `context`: `'standAlone'` for a weekday on
 * its own (a filter option, a heading), `'format'` for one inside a sentence. The two differ in Inari
 * Sami (CLDR smn: stand-alone *tuorâstâh*, in a phrase *tuorâstuv*, as in lang-smn texts
 * "jyehi vuossaargâ tme 15.30"); other languages give the same word for both.
 */
export function formatWeekday(lang: Language, weekday: number, context: 'standAlone' | 'format' = 'standAlone'): string {
  const calendar = hasOwnCalendar(lang) ? calendars.get(lang) : undefined;
  if (calendar) return calendar.weekdays[context].wide[weekday % 7]!;
  return formatDate(lang, new Date(2024, 0, weekday), { weekday: 'long' });
}

export function formatNumber(lang: Language, value: number, options?: Intl.NumberFormatOptions): string {
  return cached('number', lang, options, (locale) => new Intl.NumberFormat(locale, options)).format(value);
}

export function formatList(lang: Language, values: string[], type: Intl.ListFormatType = 'conjunction'): string {
  const calendar = calendars.get(lang);
  if (calendar) return type === 'conjunction' ? calendarFormat!.formatListWithCalendar(calendar, values) : values.join(', ');
  const locale = Intl.ListFormat.supportedLocalesOf([lang]).length > 0 ? lang : DEFAULT_LANGUAGE;
  return new Intl.ListFormat(locale, { type }).format(values);
}

/** Sorts names the way the language does (Sami letters in their own places); from `@linkki/schema`. */
export { compareText } from '@linkki/schema';

/**
 * "3 viikkoa sitten": days ago in the largest unit that reads naturally. A Sami language whose
 * table has no relative times (Inari and Skolt Sami: CLDR has none) gets that day's date instead.
 */
export function formatDaysAgo(lang: Language, days: number): string {
  if (hasOwnCalendar(lang)) {
    const calendar = calendars.get(lang);
    const plural = new Intl.PluralRules(lang);
    const text = calendar && calendarFormat!.formatDaysAgoWithCalendar(calendar, days, plural, (n) => formatNumber(lang, n));
    if (text !== undefined) return text;
    const today = new Date();
    return formatDate(lang, new Date(today.getFullYear(), today.getMonth(), today.getDate() - days), { day: 'numeric', month: 'numeric', year: 'numeric' });
  }
  const locale = Intl.RelativeTimeFormat.supportedLocalesOf([lang]).length > 0 ? lang : DEFAULT_LANGUAGE;
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (days < 14) return format.format(-days, 'day');
  if (days < 60) return format.format(-Math.round(days / 7), 'week');
  if (days < 730) return format.format(-Math.round(days / 30), 'month');
  return format.format(-Math.round(days / 365), 'year');
}
