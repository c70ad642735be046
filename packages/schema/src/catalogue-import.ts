import { withoutEmpty } from './compact.js';
import { activity, type Activity, type Catalogue } from './activity.js';
import { accessibility, activityCategory, attendingType, language } from './codes/labels/fi.js';
import { LAPLAND_MUNICIPALITIES } from './codes/municipalities.js';
import { parseCsv } from './csv.js';
import { foldForSearch } from './text.js';
import { validatorFor, type IssueCode } from './validation.js';

type Row = Record<string, string>;

/** One spreadsheet column: its Finnish header, what it holds, and where it goes in an `Activity`. */
export interface CsvColumn {
  header: string;
  /** In Finnish, for the README and for the people who fill in the sheet. */
  help: string;
  required?: boolean;
  /** Dotted path of the field it fills, to point schema issues back at the column. */
  path: string;
}

export const CSV_COLUMNS: CsvColumn[] = [
  { header: 'tunnus', help: 'Pysyvä tunnus, esim. sod-kuoro-1 (kirjaimia, numeroita, -._:)', required: true, path: 'id' },
  { header: 'nimi', help: 'Nimi suomeksi', required: true, path: 'name' },
  { header: 'nimi_sv', help: 'Nimi ruotsiksi', path: 'name.sv' },
  { header: 'nimi_en', help: 'Nimi englanniksi', path: 'name.en' },
  { header: 'nimi_se', help: 'Nimi pohjoissaameksi', path: 'name.se' },
  { header: 'nimi_smn', help: 'Nimi inarinsaameksi', path: 'name.smn' },
  { header: 'nimi_sms', help: 'Nimi koltansaameksi', path: 'name.sms' },
  { header: 'kuvaus', help: 'Lyhyt kuvaus suomeksi', path: 'description' },
  { header: 'järjestäjä', help: 'Järjestäjän nimi', required: true, path: 'organisation.name' },
  { header: 'järjestäjän_verkkosivu', help: 'https://…', path: 'organisation.url' },
  { header: 'aiheet', help: 'Yksi tai useampi, pilkulla erotettuna: Liikunta, Kulttuuri… tai koodit exercise, culture…', required: true, path: 'categories' },
  { header: 'kunta', help: 'Kunnan nimi tai numero, esim. Sodankylä tai 758', required: true, path: 'municipality' },
  { header: 'paikka', help: 'Paikan nimi, esim. Kylätalo', path: 'location.name' },
  { header: 'katuosoite', help: 'Katuosoite', path: 'location.address.street' },
  { header: 'postinumero', help: 'Viisi numeroa', path: 'location.address.postalCode' },
  { header: 'postitoimipaikka', help: 'Esim. Sodankylä', path: 'location.address.city' },
  { header: 'leveysaste', help: 'Desimaalilukuna, esim. 67,42', path: 'location.coordinates.lat' },
  { header: 'pituusaste', help: 'Desimaalilukuna, esim. 26,59', path: 'location.coordinates.lon' },
  { header: 'kulkuyhteys', help: 'Miten paikalle pääsee', path: 'transport' },
  { header: 'aikataulu', help: 'Aikataulu omin sanoin', path: 'schedule.text' },
  { header: 'toistuvuus', help: 'viikoittain, joka toinen viikko tai kuukausittain', path: 'schedule.rules.0.frequency' },
  { header: 'viikonpäivä', help: 'ma, ti, ke, to, pe, la tai su', path: 'schedule.rules.0.weekday' },
  { header: 'kuukauden_viikko', help: 'Kuukausittaisille: 1–4 tai viimeinen', path: 'schedule.rules.0.weekOfMonth' },
  { header: 'alkaa', help: 'Kellonaika, esim. 13.00', path: 'schedule.rules.0.start' },
  { header: 'päättyy', help: 'Kellonaika, esim. 15.00', path: 'schedule.rules.0.end' },
  { header: 'ensimmäinen_kerta', help: 'Joka toinen viikko: yksi päivä, jona toimintaa on', path: 'schedule.rules.0.anchor' },
  { header: 'voimassa_alkaen', help: 'Päivämäärä, esim. 1.9.2026', path: 'schedule.validFrom' },
  { header: 'voimassa_asti', help: 'Päivämäärä', path: 'schedule.validTo' },
  { header: 'maksuton', help: 'kyllä tai ei', required: true, path: 'cost.free' },
  { header: 'hinta', help: 'Hinta omin sanoin, esim. 5 € kerta', path: 'cost.text' },
  { header: 'osallistuminen', help: 'Paikan päällä, Puhelimessa, Videoyhteydellä, Kotikäynti, Liikkuva palvelu', path: 'attending' },
  { header: 'saavutettavuus', help: 'Esim. Esteetön kulku, Induktiosilmukka', path: 'accessibility.features' },
  { header: 'saavutettavuus_lisätiedot', help: 'Muuta saavutettavuudesta', path: 'accessibility.text' },
  { header: 'kielet', help: 'Kielet, joilla toimintaa järjestetään: suomi, pohjoissaame… tai fi, se…', path: 'languages' },
  { header: 'ikä_alkaen', help: 'Vähimmäisikä vuosina', path: 'audience.minAge' },
  { header: 'ikä_asti', help: 'Enimmäisikä vuosina', path: 'audience.maxAge' },
  { header: 'puhelin', help: 'Esim. 040 123 4567', path: 'contact.phone' },
  { header: 'sähköposti', help: 'Sähköpostiosoite', path: 'contact.email' },
  { header: 'verkkosivu', help: 'https://…', path: 'contact.url' },
  { header: 'tarkistettu', help: 'Milloin tiedot tarkistettiin, esim. 24.11.2026', required: true, path: 'checked' },
];

export interface CsvError {
  line: number;
  /** The column header, or none for the whole row or file. */
  column: string | undefined;
  message: string;
}

const MESSAGES: Partial<Record<IssueCode, string>> & { fallback: string } = {
  required: 'Tieto puuttuu.',
  invalidOption: 'Arvo ei ole sallittu. Katso sallitut arvot ohjeesta.',
  invalidDate: 'Päivämäärä ei kelpaa. Kirjoita esim. 24.11.2026.',
  invalidEmail: 'Sähköpostiosoite ei kelpaa.',
  invalidPhone: 'Puhelinnumero ei kelpaa. Kirjoita numeroina, esim. 040 123 4567.',
  invalidUrl: 'Verkko-osoitteen pitää alkaa https:// tai http://.',
  invalidFormat: 'Muoto ei kelpaa.',
  tooLong: 'Teksti on liian pitkä.',
  tooSmall: 'Luku on liian pieni.',
  tooBig: 'Luku on liian suuri.',
  notInteger: 'Kirjoita kokonaisluku.',
  notUnique: 'Sama arvo on mukana kahdesti.',
  invalidType: 'Arvo ei kelpaa.',
  fallback: 'Tieto ei kelpaa.',
};

const fold = (text: string) => foldForSearch(text).trim();
const splitList = (text: string) => text.split(/[|,;]/).map((s) => s.trim()).filter(Boolean);
/** A code or its Finnish label, matched without case or diacritics; unknown text is kept so the schema reports it. */
const codeOf = (labels: Record<string, string>, text: string) =>
  Object.keys(labels).find((code) => fold(code) === fold(text) || fold(labels[code]!) === fold(text)) ?? text;
const WEEKDAYS = ['ma', 'ti', 'ke', 'to', 'pe', 'la', 'su'];
const FREQUENCIES: Record<string, 'weekly' | 'biweekly' | 'monthly'> = {
  viikoittain: 'weekly', 'joka viikko': 'weekly', 'joka toinen viikko': 'biweekly', 'joka toinen': 'biweekly', kuukausittain: 'monthly', weekly: 'weekly', biweekly: 'biweekly', monthly: 'monthly',
};

/** "24.11.2026" or "2026-11-24" → "2026-11-24"; anything else is returned as typed. */
function isoDate(text: string): string {
  const fi = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  return fi ? `${fi[3]}-${fi[2]!.padStart(2, '0')}-${fi[1]!.padStart(2, '0')}` : text;
}
const clock = (text: string) => text.replace('.', ':').replace(/^(\d):/, '0$1:');
const number = (text: string) => (text === '' ? undefined : /^-?\d+([.,]\d+)?$/.test(text) ? Number(text.replace(',', '.')) : text);

function municipalityOf(text: string): string {
  const found = LAPLAND_MUNICIPALITIES.find((m) => m.code === text || Object.values(m.name).some((n) => n && fold(n) === fold(text)));
  return found?.code ?? text;
}


function toActivity(row: Row): unknown {
  const get = (header: string) => (row[header] ?? '').trim();
  const frequency = FREQUENCIES[fold(get('toistuvuus'))] ?? (get('toistuvuus') || undefined);
  const weekOfMonth = fold(get('kuukauden_viikko')) === 'viimeinen' ? -1 : number(get('kuukauden_viikko'));
  const rule = get('viikonpäivä') || get('alkaa') || frequency
    ? withoutEmpty({
        frequency: frequency ?? 'weekly',
        weekday: WEEKDAYS.indexOf(fold(get('viikonpäivä')).slice(0, 2)) + 1 || get('viikonpäivä'),
        weekOfMonth,
        start: get('alkaa') && clock(get('alkaa')),
        end: get('päättyy') && clock(get('päättyy')),
        anchor: get('ensimmäinen_kerta') && isoDate(get('ensimmäinen_kerta')),
      })
    : undefined;
  const free = fold(get('maksuton'));
  const names = withoutEmpty({ fi: get('nimi'), sv: get('nimi_sv'), en: get('nimi_en'), se: get('nimi_se'), smn: get('nimi_smn'), sms: get('nimi_sms') });
  const lat = number(get('leveysaste'));
  const lon = number(get('pituusaste'));
  return withoutEmpty({
    id: get('tunnus'),
    name: Object.keys(names).length ? names : undefined,
    description: get('kuvaus') ? { fi: get('kuvaus') } : undefined,
    organisation: withoutEmpty({ name: get('järjestäjä'), url: get('järjestäjän_verkkosivu') }),
    categories: splitList(get('aiheet')).map((c) => codeOf(activityCategory, c)),
    municipality: get('kunta') ? municipalityOf(get('kunta')) : undefined,
    location: withoutEmpty({
      name: get('paikka'),
      address: withoutEmpty({ street: get('katuosoite'), postalCode: get('postinumero'), city: get('postitoimipaikka') }),
      coordinates: lat !== undefined || lon !== undefined ? { lat, lon } : undefined,
    }),
    transport: get('kulkuyhteys') ? { fi: get('kulkuyhteys') } : undefined,
    schedule: withoutEmpty({
      text: get('aikataulu') ? { fi: get('aikataulu') } : undefined,
      rules: rule ? [rule] : undefined,
      validFrom: get('voimassa_alkaen') && isoDate(get('voimassa_alkaen')),
      validTo: get('voimassa_asti') && isoDate(get('voimassa_asti')),
    }),
    cost: withoutEmpty({
      free: free === 'kylla' || free === 'k' || free === 'true' ? true : free === 'ei' || free === 'e' || free === 'false' ? false : get('maksuton') || undefined,
      text: get('hinta') ? { fi: get('hinta') } : undefined,
    }),
    attending: get('osallistuminen') ? splitList(get('osallistuminen')).map((a) => codeOf(attendingType, a)) : ['in-person'],
    accessibility: get('saavutettavuus') || get('saavutettavuus_lisätiedot')
      ? withoutEmpty({
          features: splitList(get('saavutettavuus')).map((f) => codeOf(accessibility, f)),
          text: get('saavutettavuus_lisätiedot') ? { fi: get('saavutettavuus_lisätiedot') } : undefined,
        })
      : undefined,
    languages: get('kielet') ? splitList(get('kielet')).map((l) => codeOf(language, l)) : ['fi'],
    audience: withoutEmpty({ minAge: number(get('ikä_alkaen')), maxAge: number(get('ikä_asti')) }),
    contact: withoutEmpty({ phone: get('puhelin'), email: get('sähköposti'), url: get('verkkosivu') }),
    checked: get('tarkistettu') && isoDate(get('tarkistettu')),
  });
}

function columnFor(path: (string | number)[]): string | undefined {
  const dotted = path.join('.');
  const matches = CSV_COLUMNS.filter((c) => dotted === c.path || dotted.startsWith(`${c.path}.`) || c.path.startsWith(`${dotted}.`));
  // The most specific column; for `name` (an object) the Finnish name.
  return matches.sort((a, b) => b.path.length - a.path.length).find((c) => dotted.startsWith(c.path))?.header ?? matches[0]?.header;
}

const validateActivity = validatorFor(activity);

/**
 * Turns a spreadsheet export (CSV, headers as in `CSV_COLUMNS`) into a catalogue. Every problem is
 * reported with its line and column in plain Finnish; the catalogue holds only the valid rows.
 */
export function importCatalogueCsv(text: string): { catalogue: Catalogue; errors: CsvError[] } {
  const [header, ...records] = parseCsv(text);
  const errors: CsvError[] = [];
  if (!header) return { catalogue: { activities: [] }, errors: [{ line: 1, column: undefined, message: 'Tiedosto on tyhjä.' }] };
  const headers = header.cells.map((h) => h.trim().toLowerCase());
  const known = new Set(CSV_COLUMNS.map((c) => c.header));
  for (const unknown of headers.filter((h) => h && !known.has(h))) errors.push({ line: header.line, column: unknown, message: 'Tuntematon sarake. Tarkista otsikon kirjoitusasu ohjeesta.' });
  for (const column of CSV_COLUMNS.filter((c) => c.required && !headers.includes(c.header))) errors.push({ line: header.line, column: column.header, message: 'Pakollinen sarake puuttuu.' });
  if (errors.length) return { catalogue: { activities: [] }, errors };

  const activities: Activity[] = [];
  const seen = new Map<string, number>();
  for (const record of records) {
    if (record.cells.length > headers.length) errors.push({ line: record.line, column: undefined, message: `Rivillä on ${record.cells.length} solua, otsikoita ${headers.length}. Tarkista erottimet ja lainausmerkit.` });
    const row: Row = Object.fromEntries(headers.map((h, i) => [h, record.cells[i] ?? '']));
    const result = validateActivity(toActivity(row));
    if (!result.ok) {
      for (const issue of result.issues) errors.push({ line: record.line, column: columnFor(issue.path), message: MESSAGES[issue.code] ?? MESSAGES.fallback });
      continue;
    }
    const earlier = seen.get(result.value.id);
    if (earlier !== undefined) errors.push({ line: record.line, column: 'tunnus', message: `Sama tunnus on jo rivillä ${earlier}.` });
    else {
      seen.set(result.value.id, record.line);
      activities.push(result.value);
    }
  }
  return { catalogue: { activities }, errors };
}
