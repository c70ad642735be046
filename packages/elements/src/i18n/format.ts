import { DEFAULT_LANGUAGE, type Language } from './languages.js';

const intlLocaleCache = new Map<Language, string>();

/**
 * The locale to hand to `Intl`: the UI language when the browser has formatting data for it,
 * else Finnish (browsers often lack Inari and Skolt Sami date names).
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

export function formatDate(lang: Language, value: Date | string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
  const date = typeof value === 'string' ? (value.length === 10 ? parseDay(value) : new Date(value)) : value;
  return cached('date', lang, options, (locale) => new Intl.DateTimeFormat(locale, options)).format(date);
}

export function formatNumber(lang: Language, value: number, options?: Intl.NumberFormatOptions): string {
  return cached('number', lang, options, (locale) => new Intl.NumberFormat(locale, options)).format(value);
}

export function formatList(lang: Language, values: string[], type: Intl.ListFormatType = 'conjunction'): string {
  const locale = Intl.ListFormat.supportedLocalesOf([lang]).length > 0 ? lang : DEFAULT_LANGUAGE;
  return new Intl.ListFormat(locale, { type }).format(values);
}

/** Sorts names the way the language does (Sami letters in their own places); from `@linkki/schema`. */
export { compareText } from '@linkki/schema';

/** "3 viikkoa sitten": days ago in the largest unit that reads naturally. */
export function formatDaysAgo(lang: Language, days: number): string {
  const locale = Intl.RelativeTimeFormat.supportedLocalesOf([lang]).length > 0 ? lang : DEFAULT_LANGUAGE;
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (days < 14) return format.format(-days, 'day');
  if (days < 60) return format.format(-Math.round(days / 7), 'week');
  if (days < 730) return format.format(-Math.round(days / 30), 'month');
  return format.format(-Math.round(days / 365), 'year');
}
