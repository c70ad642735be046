import type { EvaluationReportStrings } from './fi.js';
import type { WithDual } from '../../i18n/with-dual.js';

/** Any subset of the strings: a key left out shows in Finnish, the fallback language. */
type Some<T> = { [K in keyof T]?: T[K] extends string ? string : Some<T[K]> };

// Skolt Sami. A partial draft: only strings whose every word form was found by the giellalt lang-sms
// analyser or lexicon are here; the keys left out show in Finnish (listed in translation-status.json,
// sms, "evaluation report"). Not reviewed by a native speaker. A count of 2 has its own _two key.
export const sms = {
  query: {
    title: 'Vaʹlljed, mâʹst rapoort raajât',
    period: 'Ääiʹjkõskk',
    fromMonth: 'Alggmään',
    fromYear: 'Alggeeʹǩǩ',
    toMonth: 'Loppmään',
    toYear: 'Loppeeʹǩǩ',
    municipalities: 'Kååʹdd',
    submit: 'Čuäʹjet rapoort',
  },
  errors: {
    from: 'Vaʹlljed alggmannu da alggeeʹjj oʹđđest.',
    to: 'Vaʹlljed loppmannu da loppeeʹjj oʹđđest.',
    municipality: 'Taaʹrǩest vaʹlljuum kooʹddid.',
    signIn: 'Piâzz oʹđđest sizz',
    retry: 'Ǩiččâl oʹđđest',
    network: 'Rapoort ij vuäittam viǯǯâd. Ǩiččâl oʹđđest.',
  },
  loading: 'Rapoort ooʒʒât…',
  loaded: 'Rapoort lij vaalmâš: {{period}}.',
  about: {
    period: 'Ääiʹjkõskk: {{from}} – {{to}}',
    municipalities: 'Kååʹdd: {{list}}',
    generated: 'Rapoort rajjum {{date}}.',
  },
  cell: {
    smallMarker: '< {{threshold}}',
    hiddenMarker: '–',
    hidden: 'peittum',
    small: 'vuâlla {{threshold}}',
  },
  protection: {
    small: 'vuâlla {{threshold}} oummu',
  },
  download: {
    network: 'Taullõõǥǥ ij vuäittam viǯǯâd. Ǩiččâl oʹđđest.',
  },
  sections: {
    work: 'Rajjum tuâjj',
  },
  tables: {
    status: { column: 'Mäʹtt' },
    reason: { column: 'Vieʹrr' },
    gender: { caption: 'Sooǥǥbieʹll', column: 'Sooǥǥbieʹll' },
    ageBand: { caption: 'Ââʹǩǩ', column: 'Ââʹǩǩ' },
    municipality: { caption: 'Kååʹdd', column: 'Kåʹdd' },
    language: { caption: 'Ǩiõll', column: 'Ǩiõll' },
    meetingPlace: { column: 'Päiʹǩǩ' },
    whyEnded: { column: 'Vieʹrr' },
    recommend: { column: 'Vasttõs' },
    wellbeingStrengthened: { column: 'Vasttõs' },
    barriers: { caption: 'Cõgldõõzz', column: 'Cõgldõs' },
    unmetNeeds: { column: 'Taarbâs' },
  },
  columns: {
    count: 'Oummu',
    share: 'Vuässõs',
    total: 'Õhttsa',
    people: 'Oummu õhttsa',
  },
  rows: {
    new: 'Oođâs, ij veâl ohjjuum',
    routed: 'Ohjjuum: {{route}}',
    none: 'Ij veâl ohjjuum',
    self: 'Ooumaž jiõčč',
    notAsked: 'Ij kõččum',
    unknown: 'Tååbdtem',
    ageBand: {
      '18-29': '18–29 eeʹjj',
      '30-44': '30–44 eeʹjj',
      '45-64': '45–64 eeʹjj',
      '65-74': '65–74 eeʹjj',
      '75-84': '75–84 eeʹjj',
      '85+': '85 eeʹjj leʹbe jeänab',
    },
  },
  summaries: {
    n_one: 'Oummu: {{count}}.',
    n_two: 'Oummu: {{count}}.',
    n_other: 'Oummu: {{count}}.',
    stats: {
      sum: 'Õhttsa',
      mean: 'Kõskkärvv',
      min: 'Uuʹccmõs',
      max: 'Šoormõs',
    },
    age: { title: 'Ââʹǩǩ' },
    waitingDays: { title: 'Vueʹrddempodd' },
    meetings: { title: 'Kaaunõõttmõõžž' },
    kilometres: { title: 'Ǩilomettar' },
  },
  units: {
    age_one: '{{value}} eeʹǩǩ',
    age_two: '{{value}} eeʹjj',
    age_other: '{{value}} eeʹjj',
    days_one: '{{value}} peiʹvv',
    days_two: '{{value}} peeiʹv',
    days_other: '{{value}} peeiʹv',
    meetings_one: '{{value}} kaaunõõttmõš',
    meetings_two: '{{value}} kaaunõõttmõõžž',
    meetings_other: '{{value}} kaaunõõttmõõžž',
    hours_one: '{{value}} čiâss',
    hours_two: '{{value}} čiâss',
    hours_other: '{{value}} čiâss',
    kilometres_one: '{{value}} km',
    kilometres_two: '{{value}} km',
    kilometres_other: '{{value}} km',
  },
  measures: {
    swemwbs: {
      short: 'SWEMWBS',
      notice: 'Warwick Edinburgh Mental Well-Being Scale (WEMWBS) © University of Warwick and Terveyden ja hyvinvoinnin laitos all rights reserved.',
    },
    timepoints: {
      mean: 'Kõskkärvv',
      min: 'Uuʹccmõs',
      max: 'Šoormõs',
    },
    changes: {
      change: 'Muuttâs',
      n: 'Oummu',
      end: 'Aalǥâst loʹppe',
      followUp: 'Aalǥâst praavummša',
      ciRange: '{{low}} … {{high}}',
      improvedValue: '{{count}} ({{share}})',
    },
    chart: {
      notShown: 'ij čuäʹjet',
    },
    references: {
      source: 'Lädd: {{source}}',
    },
  },
} satisfies Some<WithDual<EvaluationReportStrings>>;
