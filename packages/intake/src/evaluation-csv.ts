import {
  AGREEMENT_ANSWER_LABELS,
  BARRIER_LABELS,
  CASE_STATUS_LABELS,
  CONTINUING_LABELS,
  GENDER_LABELS,
  LANGUAGE_LABELS,
  LAPLAND_MUNICIPALITIES,
  MEETING_PLACE_LABELS,
  RECOMMEND_ANSWER_LABELS,
  REFERRAL_REASON_LABELS,
  REFERRER_TYPE_LABELS,
  ROUTE_LABELS,
  TIMEPOINT_LABELS,
  UNMET_NEED_LABELS,
  WHY_ENDED_LABELS,
  type CountTableId,
  type EvaluationReport,
  type PublishedCount,
  type SummaryId,
} from '@linkki/schema';

/** The CSV's languages: those a municipality's spreadsheet users read; the element has all six. */
export const CSV_LANGUAGES = ['fi', 'sv', 'en'] as const;
export type CsvLanguage = (typeof CSV_LANGUAGES)[number];

interface CsvWords {
  header: [string, string, string, string];
  report: string;
  period: string;
  basis: { received: string; active: string };
  municipalities: string;
  threshold: string;
  total: string;
  small: (threshold: number) => string;
  hidden: string;
  tables: Record<CountTableId, string>;
  rows: Record<string, string>;
  summaries: Record<SummaryId, string>;
  statistics: Record<'n' | 'sum' | 'mean' | 'sd' | 'median' | 'p90' | 'min' | 'max' | 'ciLow' | 'ciHigh' | 'share', string>;
  change: (to: string) => string;
}

const fi: CsvWords = {
  header: ['Taulukko', 'Rivi', 'Luku', 'Huomautus'],
  report: 'Hyvinvointilähetteen arviointiraportti',
  period: 'Ajanjakso',
  basis: { received: 'saapuneet lähetteet', active: 'käynnissä olleet asiakkuudet' },
  municipalities: 'Kunnat',
  threshold: 'Pienin näytettävä luku',
  total: 'Yhteensä',
  small: (t) => `alle ${t}`,
  hidden: 'piilotettu, jotta pientä lukua ei voi päätellä',
  tables: {
    status: 'Tila', route: 'Ohjaus', reason: 'Lähetteen syy', referrer: 'Lähettäjä', gender: 'Sukupuoli', ageBand: 'Ikäryhmä',
    municipality: 'Kunta', language: 'Asiointikieli', meetingPlace: 'Tapaamispaikka', whyEnded: 'Miksi päättyi kesken',
    recommend: 'Suosittelisi muille', wellbeingStrengthened: 'Hyvinvointi vahvistui', continuing: 'Miten jatkaa',
    barriers: 'Esteet osallistumiselle', unmetNeeds: 'Puuttuva tuki tai toiminta',
  },
  rows: { new: 'Uusi, ei vielä ohjattu', none: 'Ei ohjattu', self: 'Oma yhteydenotto', unknown: 'Ei tiedossa', 'not-asked': 'Ei vastausta', improved: 'Muutos vähintään 3 pistettä', other: 'Muut' },
  summaries: {
    age: 'Ikä vuosina', waitingDays: 'Odotus ohjaukseen, päivää', jointWorkDays: 'Työskentelyn kesto, päivää', meetings: 'Tapaamiset',
    linkWorkerHours: 'Linkkihenkilön tunnit', coordinatorHours: 'Koordinaattorin tunnit', kilometres: 'Kilometrit',
  },
  statistics: { n: 'Henkilöitä', sum: 'Yhteensä', mean: 'Keskiarvo', sd: 'Keskihajonta', median: 'Mediaani', p90: '90 %:n raja', min: 'Pienin', max: 'Suurin', ciLow: '95 %:n luottamusväli, alaraja', ciHigh: '95 %:n luottamusväli, yläraja', share: 'Osuus' },
  change: (to) => `muutos alusta: ${to}`,
};

const sv: CsvWords = {
  header: ['Tabell', 'Rad', 'Antal', 'Anmärkning'],
  report: 'Utvärdering av välfärdsremissen',
  period: 'Period',
  basis: { received: 'mottagna remisser', active: 'pågående klientrelationer' },
  municipalities: 'Kommuner',
  threshold: 'Minsta antal som visas',
  total: 'Totalt',
  small: (t) => `under ${t}`,
  hidden: 'dold så att ett litet antal inte kan räknas ut',
  tables: {
    status: 'Status', route: 'Hänvisning', reason: 'Orsak till remissen', referrer: 'Remittent', gender: 'Kön', ageBand: 'Åldersgrupp',
    municipality: 'Kommun', language: 'Språk', meetingPlace: 'Mötesplats', whyEnded: 'Varför det avbröts',
    recommend: 'Skulle rekommendera', wellbeingStrengthened: 'Välbefinnandet stärktes', continuing: 'Hur det fortsätter',
    barriers: 'Hinder för att delta', unmetNeeds: 'Stöd eller verksamhet som saknades',
  },
  rows: { new: 'Ny, inte hänvisad', none: 'Inte hänvisad', self: 'Egen kontakt', unknown: 'Okänt', 'not-asked': 'Inget svar', improved: 'Förändring minst 3 poäng', other: 'Övriga' },
  summaries: {
    age: 'Ålder i år', waitingDays: 'Väntetid till hänvisning, dagar', jointWorkDays: 'Arbetets längd, dagar', meetings: 'Möten',
    linkWorkerHours: 'Länkpersonens timmar', coordinatorHours: 'Koordinatorns timmar', kilometres: 'Kilometer',
  },
  statistics: { n: 'Personer', sum: 'Totalt', mean: 'Medelvärde', sd: 'Standardavvikelse', median: 'Median', p90: '90:e percentilen', min: 'Minsta', max: 'Största', ciLow: '95 % konfidensintervall, nedre gräns', ciHigh: '95 % konfidensintervall, övre gräns', share: 'Andel' },
  change: (to) => `förändring från början: ${to}`,
};

const en: CsvWords = {
  header: ['Table', 'Row', 'Value', 'Note'],
  report: 'Wellbeing referral evaluation report',
  period: 'Period',
  basis: { received: 'referrals received', active: 'cases active' },
  municipalities: 'Municipalities',
  threshold: 'Smallest count shown',
  total: 'Total',
  small: (t) => `under ${t}`,
  hidden: 'hidden so that a small number cannot be worked out',
  tables: {
    status: 'Status', route: 'Route', reason: 'Reason for referral', referrer: 'Referrer', gender: 'Gender', ageBand: 'Age group',
    municipality: 'Municipality', language: 'Language', meetingPlace: 'Place of meetings', whyEnded: 'Why it ended early',
    recommend: 'Would recommend', wellbeingStrengthened: 'Wellbeing strengthened', continuing: 'How it carries on',
    barriers: 'Barriers to taking part', unmetNeeds: 'Support or activity missing',
  },
  rows: { new: 'New, not yet routed', none: 'Not routed', self: 'Self-referral', unknown: 'Not known', 'not-asked': 'No answer', improved: 'Change of 3 points or more', other: 'Others' },
  summaries: {
    age: 'Age in years', waitingDays: 'Wait until routed, days', jointWorkDays: 'Length of joint work, days', meetings: 'Meetings',
    linkWorkerHours: 'Link worker hours', coordinatorHours: 'Coordinator hours', kilometres: 'Kilometres',
  },
  statistics: { n: 'People', sum: 'Total', mean: 'Mean', sd: 'Standard deviation', median: 'Median', p90: '90th percentile', min: 'Lowest', max: 'Highest', ciLow: '95 % confidence interval, lower', ciHigh: '95 % confidence interval, upper', share: 'Share' },
  change: (to) => `change from start: ${to}`,
};

const WORDS: Record<CsvLanguage, CsvWords> = { fi, sv, en };

/** The code lists' labels of each table in a language (tables without one: age bands, municipalities). */
const labelListsOf = (lang: CsvLanguage): Partial<Record<CountTableId, Record<string, string>>> => ({
  status: { ...CASE_STATUS_LABELS[lang], ...ROUTE_LABELS[lang] },
  route: ROUTE_LABELS[lang],
  reason: REFERRAL_REASON_LABELS[lang],
  referrer: REFERRER_TYPE_LABELS[lang],
  gender: GENDER_LABELS[lang],
  language: LANGUAGE_LABELS[lang],
  meetingPlace: MEETING_PLACE_LABELS[lang],
  whyEnded: WHY_ENDED_LABELS[lang],
  recommend: RECOMMEND_ANSWER_LABELS[lang],
  wellbeingStrengthened: AGREEMENT_ANSWER_LABELS[lang],
  continuing: CONTINUING_LABELS[lang],
  barriers: BARRIER_LABELS[lang],
  unmetNeeds: UNMET_NEED_LABELS[lang],
});

/** A code's label in a table; the code itself where no list has one (age bands). */
function rowLabel(table: CountTableId, code: string, lang: CsvLanguage, lists: ReturnType<typeof labelListsOf>, words: CsvWords): string {
  if (table === 'municipality') {
    const name = LAPLAND_MUNICIPALITIES.find((m) => m.code === code)?.name as Record<string, string> | undefined;
    return name?.[lang] ?? name?.fi ?? code;
  }
  return lists[table]?.[code] ?? words.rows[code] ?? code;
}

/** A cell for Finnish Excel: `;` inside quotes, quotes doubled, and no leading `=`, `+`, `-`, `@` read as a formula. */
const cell = (text: string) => {
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
  return /[;"\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

/**
 * The report as CSV for a spreadsheet: UTF-8 with a byte order mark, `;` between fields, decimal
 * comma in Finnish and Swedish, CRLF line ends — what Excel opens in Finland. One number a line:
 * table, row, value, and a note where the value is hidden. Only the published numbers.
 */
export function reportCsv(report: EvaluationReport, lang: CsvLanguage = 'fi'): string {
  const words = WORDS[lang];
  const lists = labelListsOf(lang);
  const decimal = lang === 'en' ? '.' : ',';
  const number = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value).replace('.', decimal));
  const lines: string[][] = [words.header];
  const count = (table: string, row: string, published: PublishedCount) =>
    lines.push([table, row, number(published.count), published.suppressed === 'small' ? words.small(report.threshold) : published.suppressed ? words.hidden : '']);
  lines.push([words.report, words.period, `${report.period.from}–${report.period.to}`, words.basis[report.period.basis]]);
  lines.push([words.report, words.municipalities, report.municipalities.join(', '), '']);
  lines.push([words.report, words.threshold, String(report.threshold), '']);
  for (const table of report.tables) {
    const title = words.tables[table.id];
    count(title, words.total, table.total);
    for (const row of table.rows) count(title, rowLabel(table.id, row.code, lang, lists, words), row);
  }
  for (const [id, summary] of Object.entries(report.summaries) as [SummaryId, EvaluationReport['summaries'][SummaryId]][]) {
    count(words.summaries[id], words.statistics.n, summary.n);
    for (const key of ['sum', 'mean', 'sd', 'median', 'p90', 'min', 'max'] as const) {
      if (key in summary) lines.push([words.summaries[id], words.statistics[key], number(summary[key]), '']);
    }
  }
  for (const measure of report.measures) {
    const name = measure.instrument === 'swemwbs' ? 'SWEMWBS' : 'ESIS';
    for (const [timepoint, summary] of Object.entries(measure.timepoints)) {
      const title = `${name}: ${TIMEPOINT_LABELS[lang][timepoint as keyof (typeof TIMEPOINT_LABELS)['fi']]}`;
      count(title, words.statistics.n, summary.n);
      for (const key of ['mean', 'sd', 'min', 'max'] as const) lines.push([title, words.statistics[key], number(summary[key]), '']);
    }
    for (const change of measure.changes) {
      const title = `${name}: ${words.change(TIMEPOINT_LABELS[lang][change.to])}`;
      count(title, words.statistics.n, change.n);
      for (const key of ['mean', 'ciLow', 'ciHigh'] as const) lines.push([title, words.statistics[key], number(change[key]), '']);
      for (const row of change.meaningful ?? []) count(title, words.rows[row.code]!, row);
      if ('meaningfulShare' in change) lines.push([title, words.statistics.share, number(change.meaningfulShare), '']);
    }
  }
  return `\ufeff${lines.map((line) => line.map(cell).join(';')).join('\r\n')}\r\n`;
}
