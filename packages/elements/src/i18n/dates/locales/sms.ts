import type { CalendarData } from '../calendar-data.js';

// Skolt Sami. CLDR 48.0 has no sms locale, so this table is made by hand from the giellalt lang-sms
// lexicon (src/fst/morphology/stems/N_sms2x.lexc, commit 983e6ec, 2026-08-21): the month and weekday
// nouns with their Finnish glosses, each nominative singular generated with a lang-sms generator
// built from that lexicon (see /work/notes/status-dates.md), and the conjunction da (CC_sms2x.lexc,
// "ja"). Where the lexicon has two names for a month, the one in the Windows sms-FI locale is used:
// its month and weekday names (as copied into Kendo UI's culture file kendo.culture.sms-FI, written
// with ´ for ʹ) are exactly these, and its patterns give the time H:mm and the date d.M.yyyy.
// Not reviewed by a native speaker. Short forms are the full names (the lexicon has no
// abbreviations); long dates are digits (no checked source for their grammar); no relative times
// (a past day is shown as a date, see format.ts).
const months = [
  'ođđeeʹjjmään', // tammikuu
  'täʹlvvmään', // helmikuu
  'pâʹzzlâšttam-mään', // maaliskuu
  'njuhččmään', // huhtikuu
  'vueʹssmään', // toukokuu
  'ǩieʹssmään', // kesäkuu
  'sueiʹnnmään', // heinäkuu
  'påʹrǧǧmään', // elokuu
  'čõhččmään', // syyskuu
  'kålggmään', // lokakuu
  'skamm-mään', // marraskuu
  'rosttovmään', // joulukuu
];
const weekdays = [
  'pâʹsspeiʹvv', // sunnuntai
  'vuõssargg', // maanantai
  'mââibargg', // tiistai
  'seärad', // keskiviikko
  'neljdpeiʹvv', // torstai
  'piâtnâc', // perjantai
  'sueʹvet', // lauantai
];

export const sms: CalendarData = {
  source: 'giellalt lang-sms lexicon (N_sms2x.lexc, CC_sms2x.lexc) at 983e6ec; names and time pattern as in the Windows sms-FI locale; no CLDR data for sms',
  months: { format: { wide: months, abbreviated: months }, standAlone: { wide: months, abbreviated: months } },
  weekdays: { format: { wide: weekdays, abbreviated: weekdays }, standAlone: { wide: weekdays, abbreviated: weekdays } },
  patterns: {
    long: '{d}.{M}.{y}',
    weekday: '{cccc}',
    time: '{H}:{mm}',
    weekdayDayMonth: '{cccc} {d}.{M}.',
    monthYear: '{LLLL} {y}',
    numeric: '{d}.{M}.{y}',
    month: '{LLLL}',
  },
  and: 'da',
};
