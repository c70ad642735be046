import { withoutEmpty } from './compact.js';
import { activity, type Activity, type ScheduleRule } from './activity.js';
import { LANGUAGES, type Language } from './codes/lists.js';
import { LAPLAND_MUNICIPALITIES } from './codes/municipalities.js';
import { PHONE_PATTERN } from './primitives.js';
import { foldForSearch } from './text.js';
import { validatorFor, type ValidationIssue } from './validation.js';

/**
 * Suomi.fi Palvelutietovaranto (PTV) Open API v11 input: services (`GET /api/v11/Service/list`,
 * `V11VmOpenApiService`) and their service channels (`GET /api/v11/ServiceChannel/list`:
 * ServiceLocation, Phone, WebPage…) mapped to Linkki activities. Only the fields listed in the README
 * ("PTV import") are read; everything else PTV carries is left out. One activity per service and
 * service location (a service with no service location but a phone channel is one activity attended
 * by phone). Every service left out is reported with a reason.
 */
type Json = Record<string, unknown>;

export type PtvSkipReason = 'notAService' | 'notPublished' | 'noPlaceOrPhone' | 'noMunicipality' | 'noLanguage' | 'noOrganisation' | 'invalid';

export interface PtvSkipped {
  /** Position of the service in the input. */
  index: number;
  id: string | undefined;
  reason: PtvSkipReason;
  /** In Finnish, for the people who run the import. */
  message: string;
  issues?: ValidationIssue[];
}

export interface PtvOptions {
  /** `checked` for a service without `modified` (ISO date); today by default. */
  today?: string;
}

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);
const str = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
const isLanguage = (code: unknown): code is Language => (LANGUAGES as readonly unknown[]).includes(code);

/** Items of a PTV list answer: an array, or the paged `{ pageNumber, itemList }` form. */
function itemsOf(value: unknown): Json[] {
  if (Array.isArray(value)) return list(value);
  if (isObject(value) && Array.isArray(value.itemList)) return list(value.itemList);
  return [];
}

/** A channel as PTV lists it, or inside the `V11VmOpenApiServiceChannels` wrapper (`locationChannel`…). */
function channelOf(item: Json): Json | undefined {
  if (str(item.serviceChannelType)) return item;
  return [item.locationChannel, item.phoneChannel, item.webPageChannel, item.electronicChannel, item.printableFormChannel].find(isObject);
}

/** PTV's localised items (`{ language, value, type? }`) of one `type` as Linkki text, in our six languages. */
function localised(items: unknown, type?: string, max = 2000): Partial<Record<Language, string>> | undefined {
  const text: Partial<Record<Language, string>> = {};
  for (const item of list(items)) {
    if (type && item.type !== type) continue;
    const value = str(item.value);
    if (value && isLanguage(item.language) && !text[item.language]) text[item.language] = value.length > max ? `${value.slice(0, max - 1)}…` : value;
  }
  return Object.keys(text).length ? text : undefined;
}

/** One text of a localised list: Finnish, else Swedish, else English, else the first. */
function oneText(items: unknown, type?: string): string | undefined {
  const text = localised(items, type);
  return text && (text.fi ?? text.sv ?? text.en ?? Object.values(text)[0]);
}

/** Description: PTV's long description where it fits (2 000 characters), else its summary. */
function descriptionOf(service: Json): Activity['description'] {
  const long = localised(service.serviceDescriptions, 'Description', Infinity);
  const summary = localised(service.serviceDescriptions, 'Summary');
  const text: Partial<Record<Language, string>> = {};
  for (const lang of LANGUAGES) {
    const value = long?.[lang] && long[lang]!.length <= 2000 ? long[lang] : (summary?.[lang] ?? (long?.[lang] ? `${long[lang]!.slice(0, 1999)}…` : undefined));
    if (value) text[lang] = value;
  }
  return Object.keys(text).length ? (text as Activity['description']) : undefined;
}

/** Words in PTV's service classes, ontology terms and keywords that mean one of our categories (folded). */
const CATEGORY_WORDS: [string, Activity['categories'][number]][] = [
  ['liikunta', 'exercise'], ['urheilu', 'exercise'], ['kuntosali', 'exercise'], ['idrott', 'exercise'], ['motion', 'exercise'], ['sport', 'exercise'], ['exercise', 'exercise'],
  ['ulkoilu', 'outdoors'], ['luonto', 'outdoors'], ['retkeily', 'outdoors'], ['friluft', 'outdoors'], ['outdoor', 'outdoors'],
  ['kulttuuri', 'culture'], ['taide', 'culture'], ['kultur', 'culture'], ['culture', 'culture'],
  ['musiikki', 'music'], ['kuoro', 'music'], ['laulu', 'music'], ['musik', 'music'], ['music', 'music'],
  ['kasityo', 'crafts'], ['hantverk', 'crafts'], ['craft', 'crafts'],
  ['kansalaisopisto', 'learning'], ['tyovaenopisto', 'learning'], ['aikuiskoulutus', 'learning'], ['kurssi', 'learning'], ['vuxenutbildning', 'learning'], ['course', 'learning'],
  ['kirjasto', 'library'], ['bibliotek', 'library'], ['library', 'library'],
  ['digituki', 'digital-help'], ['digitaidot', 'digital-help'], ['digistod', 'digital-help'], ['digital support', 'digital-help'],
  ['vertaistuki', 'peer-group'], ['vertaisryhma', 'peer-group'], ['kamratstod', 'peer-group'], ['peer support', 'peer-group'],
  ['kohtaamispaikka', 'meeting-place'], ['olohuone', 'meeting-place'], ['motesplats', 'meeting-place'], ['meeting place', 'meeting-place'],
  ['seurakunta', 'parish'], ['forsamling', 'parish'], ['parish', 'parish'],
  ['vapaaehtoi', 'volunteering'], ['frivillig', 'volunteering'], ['volunteer', 'volunteering'],
  ['kylatalo', 'village'], ['kylatoiminta', 'village'], ['byaverksamhet', 'village'],
  ['saame', 'sami-culture'], ['saamelai', 'sami-culture'], ['sami', 'sami-culture'], ['samisk', 'sami-culture'],
];

function categoriesOf(service: Json): Activity['categories'] {
  const names = [...list(service.serviceClasses), ...list(service.ontologyTerms)].flatMap((term) => list(term.name).map((n) => str(n.value)));
  const words = list(service.keywords).map((k) => str(k.value));
  const folded = ` ${foldForSearch([...names, ...words].filter(Boolean).join(' | '))} `;
  return [...new Set(CATEGORY_WORDS.filter(([word]) => folded.includes(word)).map(([, category]) => category))];
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const clock = (value: unknown) => {
  const text = str(value)?.slice(0, 5);
  return text && /^([01]\d|2[0-3]):[0-5]\d$/.test(text) ? text : undefined;
};
const date = (value: unknown) => {
  const text = str(value)?.slice(0, 10);
  return text && /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : undefined;
};

/**
 * Service hours → schedule: regular hours (`DaysOfTheWeek`, not closed) as weekly rules, one per day
 * from `dayFrom` to `dayTo`; their validity; closed exceptional hours as pauses; additional
 * information as the schedule's text. Over-midnight and always-open hours are left out.
 */
function scheduleOf(hours: Json[]): Activity['schedule'] {
  const regular = hours
    .filter((h) => h.serviceHourType === 'DaysOfTheWeek' && h.isClosed !== true && h.isAlwaysOpen !== true)
    .sort((a, b) => Number(a.orderNumber ?? 0) - Number(b.orderNumber ?? 0));
  const rules: ScheduleRule[] = [];
  for (const hour of regular) {
    for (const opening of list(hour.openingHour)) {
      const first = WEEKDAYS.indexOf(String(opening.dayFrom));
      const last = opening.dayTo === undefined || opening.dayTo === null ? first : WEEKDAYS.indexOf(String(opening.dayTo));
      const start = clock(opening.from);
      if (first < 0 || last < first || !start) continue;
      const end = clock(opening.to);
      for (let day = first; day <= last; day += 1) {
        if (!rules.some((r) => r.weekday === day + 1 && r.start === start)) rules.push({ frequency: 'weekly', weekday: day + 1, start, ...(end && end > start ? { end } : {}) });
      }
    }
  }
  const dated = regular.find((h) => h.validForNow !== true && date(h.validFrom));
  const pauses = hours
    .filter((h) => h.serviceHourType === 'Exceptional' && h.isClosed === true && date(h.validFrom))
    .map((h) => withoutEmpty({ from: date(h.validFrom)!, to: date(h.validTo) ?? date(h.validFrom)!, reason: localised(h.additionalInformation, undefined, 2000) }));
  const text = regular.map((h) => localised(h.additionalInformation)).find(Boolean);
  return withoutEmpty({
    text,
    rules: rules.length ? rules : undefined,
    validFrom: dated ? date(dated.validFrom) : undefined,
    validTo: dated ? date(dated.validTo) : undefined,
    pauses: pauses.length ? pauses : undefined,
  }) as Activity['schedule'];
}

/** `+358` and `40 123 4567` → `+358 40 123 4567`; a Finnish service number as it is. Left out unless it looks like a phone number. */
function phoneOf(channels: Json[]): string | undefined {
  for (const channel of channels) {
    for (const phone of list(channel.phoneNumbers)) {
      if (phone.type !== undefined && phone.type !== 'Phone') continue;
      const number = str(phone.number);
      if (!number) continue;
      const prefix = phone.isFinnishServiceNumber === true ? undefined : str(phone.prefixNumber);
      const full = prefix && !number.startsWith('+') ? `${prefix} ${number.replace(/^0/, '')}` : number;
      if (PHONE_PATTERN.test(full)) return full;
    }
  }
  return undefined;
}

const webPageOf = (channels: Json[]) =>
  channels.flatMap((c) => list(c.webPages)).map((p) => str(p.url)).find((url) => url && /^https?:\/\//i.test(url) && url.length <= 2000);
const emailOf = (channels: Json[]) =>
  channels.flatMap((c) => list(c.supportEmails)).map((e) => str(e.value)).find((email) => email && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email));

/**
 * ETRS-TM35FIN (EPSG:3067, what PTV gives as `latitude`/`longitude`: northing and easting in metres)
 * → WGS84 degrees, by the inverse Gauss–Krüger series of JHS 197 (GRS80, central meridian 27° E,
 * scale 0.9996, false easting 500 000 m). Millimetre-level within Finland.
 */
export function tm35finToWgs84(northing: number, easting: number): { lat: number; lon: number } {
  const f = 1 / 298.257222101;
  const a = 6378137;
  const k0 = 0.9996;
  const n = f / (2 - f);
  const A1 = (a / (1 + n)) * (1 + n ** 2 / 4 + n ** 4 / 64);
  const e = Math.sqrt(f * (2 - f));
  const h = [n / 2 - (2 / 3) * n ** 2 + (37 / 96) * n ** 3 - (1 / 360) * n ** 4, (1 / 48) * n ** 2 + (1 / 15) * n ** 3 - (437 / 1440) * n ** 4, (17 / 480) * n ** 3 - (37 / 840) * n ** 4, (4397 / 161280) * n ** 4];
  const xi = northing / (A1 * k0);
  const eta = (easting - 500000) / (A1 * k0);
  let xi0 = xi;
  let eta0 = eta;
  h.forEach((hi, i) => {
    const j = 2 * (i + 1);
    xi0 -= hi * Math.sin(j * xi) * Math.cosh(j * eta);
    eta0 -= hi * Math.cos(j * xi) * Math.sinh(j * eta);
  });
  const beta = Math.asin(Math.sin(xi0) / Math.cosh(eta0));
  const l = Math.asin(Math.tanh(eta0) / Math.cos(beta));
  const Q = Math.asinh(Math.tan(beta));
  let Qp = Q + e * Math.atanh(e * Math.tanh(Q));
  for (let i = 0; i < 10; i += 1) Qp = Q + e * Math.atanh(e * Math.tanh(Qp));
  return { lat: (Math.atan(Math.sinh(Qp)) * 180) / Math.PI, lon: 27 + (l * 180) / Math.PI };
}

function coordinatesOf(street: Json | undefined): { lat: number; lon: number } | undefined {
  const y = Number(str(street?.latitude));
  const x = Number(str(street?.longitude));
  if (!Number.isFinite(y) || !Number.isFinite(x) || (y === 0 && x === 0)) return undefined;
  // Degrees already (some exports convert), else ETRS-TM35FIN metres as the API gives them.
  if (Math.abs(y) <= 90 && Math.abs(x) <= 180) return { lat: y, lon: x };
  if (y > 6_500_000 && y < 7_850_000 && x > 0 && x < 800_000) {
    const { lat, lon } = tm35finToWgs84(y, x);
    return { lat: Math.round(lat * 1e6) / 1e6, lon: Math.round(lon * 1e6) / 1e6 };
  }
  return undefined;
}

const laplandCode = (code: unknown) => LAPLAND_MUNICIPALITIES.find((m) => m.code === str(code))?.code;

/** The visiting address of a service location: the first `Location`/`Visiting` street address. */
function streetAddressOf(channel: Json): Json | undefined {
  const address = list(channel.addresses).find((a) => (a.type === 'Location' || a.type === 'Visiting') && isObject(a.streetAddress)) ?? list(channel.addresses).find((a) => isObject(a.streetAddress));
  return address?.streetAddress as Json | undefined;
}

/** PTV writes post offices in capitals (`SODANKYLÄ`): as a place name, `Sodankylä`. */
const placeName = (text: string | undefined) =>
  text && text === text.toUpperCase() ? text.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase()) : text;

function locationOf(channel: Json): Activity['location'] {
  const street = streetAddressOf(channel);
  const streetName = oneText(street?.street);
  const postalCode = str(street?.postalCode);
  return withoutEmpty({
    name: oneText(channel.serviceChannelNames, 'Name')?.slice(0, 200),
    address: street
      ? withoutEmpty({
          street: streetName ? [streetName, str(street.streetNumber)].filter(Boolean).join(' ').slice(0, 200) : undefined,
          postalCode: postalCode && /^\d{5}$/.test(postalCode) ? postalCode : undefined,
          city: placeName(oneText(street.postOffice))?.slice(0, 200),
        })
      : undefined,
    coordinates: coordinatesOf(street),
  }) as Activity['location'];
}

const MESSAGES: Record<PtvSkipReason, string> = {
  notAService: 'Ei PTV-palvelu: tunniste (id) tai nimi (serviceNames) puuttuu.',
  notPublished: 'Palvelua ei ole julkaistu (publishingStatus ei ole Published).',
  noPlaceOrPhone: 'Palvelulla ei ole palvelupistettä eikä puhelinkanavaa, joten sitä ei voi tarjota toimintana.',
  noMunicipality: 'Palvelupiste tai palvelu ei ole minkään Lapin kunnan (kuntakoodi puuttuu tai on muu).',
  noLanguage: 'Palvelun kielistä yksikään ei ole fi, sv, en, se, smn tai sms.',
  noOrganisation: 'Vastuuorganisaation nimi puuttuu.',
  invalid: 'Tiedot eivät kelpaa toiminnaksi.',
};

const validateActivity = /* @__PURE__ */ validatorFor(activity);

/**
 * Maps PTV Open API v11 services and service channels onto Linkki activities. `json` is
 * `{ services, serviceChannels }` (each an array or a paged `{ itemList }` answer), or services
 * alone. Never throws.
 */
export function fromPtv(json: unknown, options: PtvOptions = {}): { activities: Activity[]; skipped: PtvSkipped[] } {
  const bundle = isObject(json) && ('services' in json || 'serviceChannels' in json) ? json : { services: json };
  const channels = new Map<string, Json>();
  for (const item of itemsOf(bundle.serviceChannels)) {
    const channel = channelOf(item);
    const id = str(channel?.id);
    if (channel && id) channels.set(id.toLowerCase(), channel);
  }
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const activities: Activity[] = [];
  const skipped: PtvSkipped[] = [];
  itemsOf(bundle.services).forEach((service, index) => {
    const id = str(service.id);
    const skip = (reason: PtvSkipReason, issues?: ValidationIssue[]) => skipped.push({ index, id, reason, message: MESSAGES[reason], ...(issues ? { issues } : {}) });
    const name = localised(service.serviceNames, 'Name', 200);
    if (!id || !name) return skip('notAService');
    if (service.publishingStatus !== undefined && service.publishingStatus !== 'Published') return skip('notPublished');
    const linked = list(service.serviceChannels)
      .map((link) => ({ link, channel: channels.get(String(str((link.serviceChannel as Json | undefined)?.id) ?? '').toLowerCase()) }))
      .filter((c): c is { link: Json; channel: Json } => c.channel !== undefined && (c.channel.publishingStatus === undefined || c.channel.publishingStatus === 'Published'));
    const locations = linked.filter((c) => c.channel.serviceChannelType === 'ServiceLocation');
    const phones = linked.filter((c) => c.channel.serviceChannelType === 'Phone').map((c) => c.channel);
    const webPages = linked.filter((c) => c.channel.serviceChannelType === 'WebPage' || c.channel.serviceChannelType === 'EChannel').map((c) => c.channel);
    if (locations.length === 0 && phones.length === 0) return skip('noPlaceOrPhone');
    const organisation = str((list(service.organizations).find((o) => o.roleType === 'Responsible')?.organization as Json | undefined)?.name) ?? str((service.mainOrganization as Json | undefined)?.name);
    if (!organisation) return skip('noOrganisation');
    // The service's languages; its channels' only when the service names none.
    const serviceLanguages = Array.isArray(service.languages) ? service.languages : [];
    const channelLanguages = linked.flatMap((c) => (Array.isArray(c.channel.languages) ? c.channel.languages : []));
    const languages = [...new Set((serviceLanguages.length ? serviceLanguages : channelLanguages).filter(isLanguage))];
    if (languages.length === 0) return skip('noLanguage');
    const serviceMunicipality = list(service.municipalities).map((m) => laplandCode(m.code)).find(Boolean);
    const free = service.serviceChargeType === 'FreeOfCharge';
    const costText = localised(service.serviceDescriptions, 'ChargeTypeAdditionalInfo', 2000);
    const places = locations.length ? locations : [undefined];
    for (const place of places) {
      const municipality =
        laplandCode((streetAddressOf(place?.channel ?? {})?.municipality as Json | undefined)?.code) ??
        list(place?.channel.areaMunicipalities).map((m) => laplandCode(m.code)).find(Boolean) ??
        serviceMunicipality ??
        phones.flatMap((p) => list(p.areaMunicipalities)).map((m) => laplandCode(m.code)).find(Boolean);
      if (!municipality) {
        skip('noMunicipality');
        continue;
      }
      const contactChannels = [...(place ? [place.channel] : []), ...phones, ...webPages];
      const hours = [...list(place?.link.serviceHours), ...list(place?.channel.serviceHours), ...(place ? [] : phones.flatMap((p) => list(p.serviceHours)))];
      const candidate = withoutEmpty({
        id: locations.length > 1 ? `${id}:${str(place!.channel.id)}` : id,
        name,
        description: descriptionOf(service),
        organisation: { name: organisation.slice(0, 200) },
        categories: categoriesOf(service),
        municipality,
        location: place ? locationOf(place.channel) : undefined,
        schedule: scheduleOf(hours),
        cost: withoutEmpty({ free, text: costText }),
        attending: [...(place ? ['in-person'] : []), ...(phones.length ? ['remote-phone'] : [])],
        languages,
        contact: withoutEmpty({ phone: phoneOf(contactChannels), email: emailOf(contactChannels), url: webPageOf([...webPages, ...(place ? [place.channel] : []), ...phones]) }),
        checked: date(service.modified) ?? today,
      });
      const result = validateActivity(candidate);
      if (result.ok) activities.push(result.value);
      else skip('invalid', result.issues);
    }
  });
  return { activities, skipped };
}
