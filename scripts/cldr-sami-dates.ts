/**
 * Writes packages/elements/src/i18n/dates/locales/se.ts and smn.ts from CLDR, as the ICU inside Node
 * carries it (Node with full ICU: `process.versions.cldr` is printed into the files). Northern Sami
 * uses CLDR's `se_FI` (the Finnish variant: day.month.year dates, Finnish-Sami relative times), Inari
 * Sami `smn`. Chromium ships neither, so the elements load these tables for Sami pages.
 *
 *   node --import tsx --conditions=source scripts/cldr-sami-dates.ts
 *
 * Every table is checked before it is written: formatting each shape with the table gives exactly
 * what `Intl` gives in Node (dates in all 12 months and on all 7 weekdays, relative times 0–40).
 */
import { writeFileSync } from 'node:fs';
import { DATE_SHAPES, type CalendarData, type DateShape, type NameSet, type RelativeUnit, type RelativeUnitName } from '../packages/elements/src/i18n/dates/calendar-data.js';
import { fillPattern, formatDaysAgoWithCalendar, formatListWithCalendar } from '../packages/elements/src/i18n/dates/calendar-format.js';

const OUT = 'packages/elements/src/i18n/dates/locales';
const CLDR = process.versions.cldr;
const ICU = process.versions.icu;

/** Sunday 2026-03-01 … Saturday 2026-03-07; months on the 5th (single-digit day and month show padding). */
const WEEK = Array.from({ length: 7 }, (_, i) => new Date(2026, 2, 1 + i, 5, 7));
const YEAR = Array.from({ length: 12 }, (_, i) => new Date(2026, i, 5, 5, 7));

function part(locale: string, options: Intl.DateTimeFormatOptions, date: Date, type: Intl.DateTimeFormatPartTypes): string {
  const found = new Intl.DateTimeFormat(locale, options).formatToParts(date).find((p) => p.type === type);
  if (!found) throw new Error(`${locale} ${JSON.stringify(options)}: no ${type}`);
  return found.value;
}

function names(locale: string): { months: NameSet<string[]>; weekdays: NameSet<string[]> } {
  const month = (options: Intl.DateTimeFormatOptions) => YEAR.map((d) => part(locale, options, d, 'month'));
  const weekday = (options: Intl.DateTimeFormatOptions) => WEEK.map((d) => part(locale, options, d, 'weekday'));
  return {
    months: {
      format: { wide: month({ month: 'long', day: 'numeric' }), abbreviated: month({ month: 'short', day: 'numeric' }) },
      standAlone: { wide: month({ month: 'long' }), abbreviated: month({ month: 'short' }) },
    },
    weekdays: {
      format: { wide: weekday({ weekday: 'long', day: 'numeric' }), abbreviated: weekday({ weekday: 'short', day: 'numeric' }) },
      standAlone: { wide: weekday({ weekday: 'long' }), abbreviated: weekday({ weekday: 'short' }) },
    },
  };
}

/** The pattern behind one shape, read back from `formatToParts` of a date with single digits. */
function patternOf(locale: string, options: Intl.DateTimeFormatOptions, table: ReturnType<typeof names>): string {
  const date = YEAR[2]!; // Thursday 5 March 2026, 05:07
  const m = date.getMonth();
  const wd = date.getDay();
  return new Intl.DateTimeFormat(locale, options)
    .formatToParts(date)
    .map(({ type, value }) => {
      switch (type) {
        case 'literal':
          return value;
        case 'day':
          return value.length === 2 ? '{dd}' : '{d}';
        case 'year':
          return '{y}';
        case 'hour':
          return value.length === 2 ? '{HH}' : '{H}';
        case 'minute':
          return '{mm}';
        case 'month': {
          if (/^\d+$/.test(value)) return value.length === 2 ? '{MM}' : '{M}';
          const { format, standAlone } = table.months;
          const candidates: [string, string[]][] = [['{MMMM}', format.wide], ['{LLLL}', standAlone.wide], ['{MMM}', format.abbreviated], ['{LLL}', standAlone.abbreviated]];
          const token = candidates.find(([, list]) => list[m] === value);
          if (!token) throw new Error(`${locale}: month ${value} not in the tables`);
          return token[0];
        }
        case 'weekday': {
          const { format, standAlone } = table.weekdays;
          const candidates: [string, string[]][] = [['{EEEE}', format.wide], ['{cccc}', standAlone.wide], ['{EEE}', format.abbreviated], ['{ccc}', standAlone.abbreviated]];
          const token = candidates.find(([, list]) => list[wd] === value);
          if (!token) throw new Error(`${locale}: weekday ${value} not in the tables`);
          return token[0];
        }
        default:
          throw new Error(`${locale} ${JSON.stringify(options)}: unexpected part ${type}`);
      }
    })
    .join('');
}

/** Relative times from CLDR, or undefined when the locale has none (ICU then answers in another language). */
function relative(locale: string): Record<RelativeUnitName, RelativeUnit> | undefined {
  if (Intl.RelativeTimeFormat.supportedLocalesOf([locale]).length === 0) return undefined;
  const auto = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const always = new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
  const plural = new Intl.PluralRules(locale);
  const units = ['day', 'week', 'month', 'year'] as const;
  return Object.fromEntries(
    units.map((unit) => {
      const exact: RelativeUnit['exact'] = {};
      for (const n of [0, -1, -2] as const) {
        const text = auto.format(n, unit);
        if (text !== always.format(n, unit)) exact[String(n) as '0' | '-1' | '-2'] = text;
      }
      const past: RelativeUnit['past'] = {};
      for (let n = 1; n < 200; n++) {
        const category = plural.select(n);
        if (past[category]) continue;
        past[category] = always.formatToParts(-n, unit).map((p) => (p.type === 'integer' ? '{0}' : p.value)).join('');
      }
      return [unit, { exact, past }];
    }),
  ) as Record<RelativeUnitName, RelativeUnit>;
}

function and(locale: string): string {
  if (Intl.ListFormat.supportedLocalesOf([locale]).length === 0) throw new Error(`${locale}: no list patterns`);
  const text = new Intl.ListFormat(locale, { type: 'conjunction' }).format(['A', 'B', 'C']);
  const word = text.match(/^A, B (\S+) C$/)?.[1];
  if (!word) throw new Error(`${locale}: unexpected list pattern ${text}`);
  return word;
}

/** Fails when the table formats anything differently from `Intl`. */
function check(locale: string, data: CalendarData) {
  const differences: string[] = [];
  for (const [shape, options] of Object.entries(DATE_SHAPES) as [DateShape, Intl.DateTimeFormatOptions][]) {
    for (const date of [...YEAR, ...WEEK, new Date(2026, 10, 26, 13, 0), new Date(2031, 11, 31, 23, 59)]) {
      const expected = new Intl.DateTimeFormat(locale, options).format(date);
      const actual = fillPattern(data, data.patterns[shape], date);
      if (actual !== expected) differences.push(`${shape} ${date.toISOString()}: ${actual} ≠ ${expected}`);
    }
  }
  if (data.relative) {
    const plural = new Intl.PluralRules(locale);
    const number = (n: number) => new Intl.NumberFormat(locale).format(n);
    const auto = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    for (let days = 0; days <= 800; days++) {
      const [unit, count] = days < 14 ? ['day', days] as const : days < 60 ? ['week', Math.round(days / 7)] as const : days < 730 ? ['month', Math.round(days / 30)] as const : ['year', Math.round(days / 365)] as const;
      const expected = auto.format(-count, unit);
      const actual = formatDaysAgoWithCalendar(data, days, plural, number);
      if (actual !== expected) differences.push(`${days} days ago: ${actual} ≠ ${expected}`);
    }
  }
  // Only where CLDR has list patterns for the locale (ICU answers in English otherwise).
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  const hasList = Intl.ListFormat.supportedLocalesOf([locale]).length > 0;
  for (const values of hasList ? [['A', 'B'], ['A', 'B', 'C'], ['A', 'B', 'C', 'D']] : []) {
    if (formatListWithCalendar(data, values) !== list.format(values)) differences.push(`list ${values}: ${formatListWithCalendar(data, values)} ≠ ${list.format(values)}`);
  }
  if (differences.length) throw new Error(`${locale}:\n${differences.join('\n')}`);
}

function write(lang: string, locale: string, data: CalendarData, note: string) {
  check(locale, data);
  const body = JSON.stringify(data, null, 2)
    .replace(/\[\n\s*([^\]]*?)\n\s*\]/g, (_, items: string) => `[${items.replace(/,\n\s*/g, ', ')}]`)
    .replace(/"(\w+)":/g, '$1:')
    .replace(/"(-\d)":/g, "'$1':");
  writeFileSync(
    `${OUT}/${lang}.ts`,
    `import type { CalendarData } from '../calendar-data.js';\n\n` +
      `// Generated by scripts/cldr-sami-dates.ts from CLDR ${CLDR} (ICU ${ICU}), locale ${locale}; do not edit.\n` +
      `// ${note}\n` +
      `export const ${lang}: CalendarData = ${body};\n`,
  );
  console.log(`${OUT}/${lang}.ts: ${locale}, CLDR ${CLDR}`);
}

/** `hasRelative`: false where the CLDR file has no <fields> (ICU then says "-2 d", "yesterday"). */
function build(locale: string, source: string, hasRelative: boolean, andWord?: string): CalendarData {
  const table = names(locale);
  const patterns = Object.fromEntries(
    (Object.entries(DATE_SHAPES) as [DateShape, Intl.DateTimeFormatOptions][]).map(([shape, options]) => [shape, patternOf(locale, options, table)]),
  ) as Record<DateShape, string>;
  const rel = hasRelative ? relative(locale) : undefined;
  return { source, ...table, patterns, ...(rel ? { relative: rel } : {}), and: andWord ?? and(locale) };
}

write(
  'se',
  'se-FI',
  build('se-FI', `CLDR ${CLDR} common/main/se.xml and se_FI.xml (Northern Sami in Finland)`, true),
  'CLDR se_FI: dates as day.month.year, as in Finland; relative times and the list word "ja" from CLDR.',
);
// CLDR smn.xml has no <fields> (no relative times) and no list patterns: a past day is shown as a date (format.ts),
// and the list word is the conjunction "já" (giellalt lang-smn analyser: já+CC).
write(
  'smn',
  'smn',
  build('smn', `CLDR ${CLDR} common/main/smn.xml; list word "já" from the giellalt lang-smn analyser (já+CC)`, false, 'já'),
  'CLDR smn has no relative times and no list patterns (see the source line).',
);
