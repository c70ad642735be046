import { withoutEmpty } from './compact.js';
import { activity, type Activity } from './activity.js';
import { ACCESSIBILITY_FEATURES, ACTIVITY_CATEGORIES, type Language } from './codes/lists.js';
import { LAPLAND_MUNICIPALITIES } from './codes/municipalities.js';
import { foldForSearch } from './text.js';
import { validatorFor, type IssueCode, type IssuePath } from './validation.js';

/**
 * Open Referral HSDS 3.0 input: the services of `GET /services` (full objects with nested
 * organization, service_at_locations → location, schedules, languages, cost_options, attributes →
 * taxonomy_term), as an array or in the paginated `{ contents: [...] }` form. The field table is in
 * the README ("Activity catalogue data").
 */
type Json = Record<string, unknown>;

export interface HsdsOptions {
  /** The language the provider's texts are in (HSDS has one): `fi` by default. */
  language?: Language;
  /** Municipality code for services whose address names no Lapland municipality. */
  defaultMunicipality?: string;
  /** `checked` when a service has neither `last_modified` nor `assured_date` (ISO date). */
  today?: string;
}

export interface HsdsIssue {
  /** Position of the service in the input. */
  index: number;
  id: string | undefined;
  path: IssuePath;
  code: IssueCode;
}

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);
const str = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
const looksLikeService = (value: unknown) => isObject(value) && typeof value.name === 'string' && ('service_at_locations' in value || 'organization' in value || 'schedules' in value);

/** The services of an HSDS document, or `undefined` when it is not one. */
function servicesOf(json: unknown): unknown[] | undefined {
  const items = Array.isArray(json) ? json : isObject(json) && Array.isArray(json.contents) ? json.contents : undefined;
  return items && items.length > 0 && looksLikeService(items[0]) ? items : undefined;
}

/** Whether `json` is HSDS 3.0 services (array or paginated), as opposed to a Linkki catalogue. */
export function isHsds(json: unknown): boolean {
  return servicesOf(json) !== undefined;
}

/** Taxonomy terms and words that mean one of our categories (folded, so `käsityö` = `kasityo`). */
const CATEGORY_WORDS: [string, (typeof ACTIVITY_CATEGORIES)[number]][] = [
  ['liikunta', 'exercise'], ['sport', 'exercise'], ['exercise', 'exercise'], ['jumppa', 'exercise'],
  ['ulkoilu', 'outdoors'], ['luonto', 'outdoors'], ['outdoor', 'outdoors'],
  ['kulttuuri', 'culture'], ['culture', 'culture'], ['taide', 'culture'], ['art', 'culture'],
  ['musiikki', 'music'], ['laulu', 'music'], ['music', 'music'], ['choir', 'music'],
  ['kasityo', 'crafts'], ['craft', 'crafts'],
  ['kurssi', 'learning'], ['opisto', 'learning'], ['course', 'learning'], ['education', 'learning'],
  ['kirjasto', 'library'], ['library', 'library'],
  ['digi', 'digital-help'], ['digital', 'digital-help'],
  ['vertais', 'peer-group'], ['peer', 'peer-group'], ['support group', 'peer-group'],
  ['kohtaamispaikka', 'meeting-place'], ['meeting place', 'meeting-place'], ['cafe', 'meeting-place'],
  ['seurakunta', 'parish'], ['parish', 'parish'], ['church', 'parish'],
  ['vapaaehtois', 'volunteering'], ['volunteer', 'volunteering'],
  ['kyla', 'village'], ['village', 'village'],
  ['saame', 'sami-culture'], ['sami', 'sami-culture'], ['sapmi', 'sami-culture'],
];

const ACCESSIBILITY_WORDS: [string, (typeof ACCESSIBILITY_FEATURES)[number]][] = [
  ['wheelchair', 'step-free'], ['step-free', 'step-free'], ['step free', 'step-free'], ['esteeton kulku', 'step-free'], ['pyoratuoli', 'step-free'],
  ['toilet', 'accessible-toilet'], ['wc', 'accessible-toilet'],
  ['induction loop', 'hearing-loop'], ['hearing loop', 'hearing-loop'], ['induktio', 'hearing-loop'],
  ['parking', 'parking-nearby'], ['pysakointi', 'parking-nearby'],
  ['seating', 'seating'], ['istuma', 'seating'],
  ['companion', 'companion-free'], ['avustaja', 'companion-free'],
  ['transport', 'transport-help'], ['kuljetus', 'transport-help'],
  ['large print', 'large-print'], ['isokokoinen', 'large-print'],
  ['quiet', 'quiet'], ['rauhallinen', 'quiet'],
  ['guide dog', 'guide-dog'], ['opaskoira', 'guide-dog'],
];

/** ISO 639-1 and 639-3 codes of the languages an activity can be given in. */
const LANGUAGE_CODES: Record<string, Language> = { fi: 'fi', fin: 'fi', sv: 'sv', swe: 'sv', en: 'en', eng: 'en', se: 'se', sme: 'se', smn: 'smn', sms: 'sms' };
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

const wordsIn = <T>(text: string, table: [string, T][]): T[] => {
  const folded = ` ${foldForSearch(text)} `;
  return [...new Set(table.filter(([word]) => folded.includes(word)).map(([, value]) => value))];
};

function municipalityOf(addresses: Json[], fallback: string | undefined): string | undefined {
  for (const address of addresses) {
    for (const field of [address.city, address.region, address.state_province]) {
      const name = str(field);
      if (!name) continue;
      const folded = foldForSearch(name);
      const found = LAPLAND_MUNICIPALITIES.find((m) => m.code === name || Object.values(m.name).some((n) => n && foldForSearch(n) === folded));
      if (found) return found.code;
    }
  }
  return fallback;
}

const time = (value: unknown) => str(value)?.slice(0, 5);

/** HSDS schedules → our rules: WEEKLY (interval 1 or 2) and MONTHLY with `byday` like `2TH` or `-1FR`. */
function scheduleOf(schedules: Json[], lang: Language): Activity['schedule'] {
  const rules: NonNullable<NonNullable<Activity['schedule']>['rules']> = [];
  for (const s of schedules) {
    const freq = str(s.freq)?.toUpperCase();
    const start = time(s.opens_at);
    if (!start || (freq !== 'WEEKLY' && freq !== 'MONTHLY')) continue;
    const end = time(s.closes_at);
    for (const day of (str(s.byday) ?? '').split(',')) {
      const match = /^(-?\d)?([A-Z]{2})$/.exec(day.trim().toUpperCase());
      const weekday = match ? DAYS.indexOf(match[2]!) + 1 : 0;
      if (weekday === 0) continue;
      const common = { weekday, start, ...(end ? { end } : {}) };
      if (freq === 'MONTHLY' && match?.[1]) rules.push({ frequency: 'monthly', weekOfMonth: Number(match[1]), ...common });
      else if (freq === 'WEEKLY' && num(s.interval) === 2) {
        const anchor = str(s.dtstart) ?? str(s.valid_from);
        if (anchor) rules.push({ frequency: 'biweekly', anchor: anchor.slice(0, 10), ...common });
      } else if (freq === 'WEEKLY') rules.push({ frequency: 'weekly', ...common });
    }
  }
  const text = schedules.map((s) => str(s.description)).filter(Boolean).join(' ');
  const first = schedules[0];
  const schedule = {
    ...(text ? { text: { [lang]: text } } : {}),
    ...(rules.length ? { rules } : {}),
    ...(str(first?.valid_from) ? { validFrom: str(first!.valid_from)!.slice(0, 10) } : {}),
    ...(str(first?.valid_to) ? { validTo: str(first!.valid_to)!.slice(0, 10) } : {}),
  };
  return Object.keys(schedule).length ? schedule : undefined;
}

function costOf(service: Json, lang: Language): Activity['cost'] {
  const options = list(service.cost_options);
  const fees = str(service.fees_description);
  if (options.length && options.every((o) => num(o.amount) === 0)) return fees ? { free: true, text: { [lang]: fees } } : { free: true };
  const described = options
    .filter((o) => num(o.amount))
    .map((o) => [num(o.amount), str(o.currency)?.toUpperCase(), str(o.amount_description), str(o.option) && `(${str(o.option)})`].filter(Boolean).join(' '));
  const text = [...described, fees].filter(Boolean).join('. ');
  // Unknown cost is not promised as free.
  return text ? { free: false, text: { [lang]: text } } : { free: false };
}

function attendingOf(service: Json, location: Json | undefined): Activity['attending'] {
  const text = [...list(service.schedules), ...list(service.service_at_locations).flatMap((s) => list(s.schedules))]
    .map((s) => str(s.attending_type) ?? '')
    .join(' ');
  const folded = foldForSearch(text);
  const types = new Set<Activity['attending'][number]>();
  const mobile = /mobile service|liikkuva palvelu/.test(folded);
  // A physical place is attended in person, unless it is a mobile service's stop (a library bus); a postal one is not.
  if (location && str(location.location_type) !== 'virtual' && str(location.location_type) !== 'postal' && !mobile) types.add('in-person');
  if (/video|online|remote|etana|verkossa/.test(folded) || str(location?.location_type) === 'virtual') types.add('remote-video');
  if (/phone|puhelin/.test(folded)) types.add('remote-phone');
  if (/home visit|kotikaynti/.test(folded)) types.add('home-visit');
  if (/in-person|in person|paikan paalla/.test(folded)) types.add('in-person');
  if (mobile) types.add('mobile');
  return types.size ? [...types] : ['in-person'];
}

const httpUrl = (value: unknown) => {
  const text = str(value);
  return text && /^https?:\/\//i.test(text) ? text : undefined;
};

function phoneOf(service: Json): string | undefined {
  const sal = list(service.service_at_locations);
  const phones = [...list(service.phones), ...sal.flatMap((s) => list(s.phones)), ...list(service.contacts).flatMap((c) => list(c.phones))];
  return phones.map((p) => str(p.number)?.replace(/^"+|"+$/g, '')).find(Boolean);
}


/** One HSDS service as a candidate `Activity` (validated by the caller). */
function toActivity(service: Json, options: HsdsOptions): unknown {
  const lang = options.language ?? 'fi';
  const location = list(service.service_at_locations).map((s) => s.location).find(isObject);
  const addresses = list(location?.addresses);
  const address = addresses.find((a) => str(a.address_type) !== 'postal') ?? addresses[0];
  const organization = isObject(service.organization) ? service.organization : undefined;
  const terms = list(service.attributes).map((a) => (isObject(a.taxonomy_term) ? a.taxonomy_term : {}));
  // A term whose code is one of our categories is that category (in the feed's order); others by their words.
  const isCategory = (t: Json) => (ACTIVITY_CATEGORIES as readonly unknown[]).includes(t.code);
  const termText = terms.filter((t) => !isCategory(t)).map((t) => [str(t.code), str(t.name)].filter(Boolean).join(' ')).join(' | ');
  const categories = [...new Set([...terms.filter(isCategory).map((t) => t.code as (typeof ACTIVITY_CATEGORIES)[number]), ...wordsIn(termText, CATEGORY_WORDS)])];
  const accessibility = list(location?.accessibility);
  const accessibilityText = accessibility.map((a) => [str(a.description), str(a.details)].filter(Boolean).join(' ')).join(' ');
  const languages = [...new Set(list(service.languages).map((l) => LANGUAGE_CODES[str(l.code)?.toLowerCase() ?? '']).filter(Boolean))] as Language[];
  const lat = num(location?.latitude);
  const lon = num(location?.longitude);
  const postalCode = str(address?.postal_code);
  return withoutEmpty({
    id: str(service.id),
    name: str(service.name) && { [lang]: str(service.name) },
    description: str(service.description) ? { [lang]: str(service.description) } : undefined,
    organisation: withoutEmpty({ name: str(organization?.name) ?? str(service.name), url: httpUrl(organization?.website) }),
    categories: categories.length ? categories : ['meeting-place'],
    // The service area (whose catalogue it is) first, then the address.
    municipality: municipalityOf([...list(service.service_areas).map((area) => ({ city: area.name })), ...addresses], options.defaultMunicipality),
    location: location
      ? withoutEmpty({
          name: str(location.name),
          address: address
            ? withoutEmpty({ street: str(address.address_1), postalCode: postalCode && /^\d{5}$/.test(postalCode) ? postalCode : undefined, city: str(address.city) })
            : undefined,
          // Out-of-range coordinates (the HSDS example has latitude 100) are left out, not guessed.
          coordinates: lat !== undefined && lon !== undefined && Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? { lat, lon } : undefined,
        })
      : undefined,
    transport: str(location?.transportation) ? { [lang]: str(location!.transportation) } : undefined,
    schedule: scheduleOf([...list(service.schedules), ...list(service.service_at_locations).flatMap((s) => list(s.schedules))], lang),
    cost: costOf(service, lang),
    attending: attendingOf(service, location),
    accessibility: accessibility.length
      ? withoutEmpty({ features: wordsIn(accessibilityText, ACCESSIBILITY_WORDS), text: accessibilityText ? { [lang]: accessibilityText } : undefined })
      : undefined,
    languages: languages.length ? languages : [lang],
    audience:
      num(service.minimum_age) !== undefined || num(service.maximum_age) !== undefined
        ? withoutEmpty({ minAge: num(service.minimum_age), maxAge: num(service.maximum_age) })
        : undefined,
    contact: withoutEmpty({ phone: phoneOf(service), email: str(service.email), url: httpUrl(service.url) }),
    // assured_date is HSDS's "last checked"; last_modified is when the record changed.
    checked: (str(service.assured_date) ?? str(service.last_modified) ?? options.today)?.slice(0, 10),
  });
}

const validateActivity = validatorFor(activity);

/**
 * Maps HSDS 3.0 services onto Linkki activities. Never throws: a service that cannot be mapped into
 * a valid `Activity` is left out and reported with the path and code of each problem.
 */
export function fromHsds(json: unknown, options: HsdsOptions = {}): { activities: Activity[]; issues: HsdsIssue[] } {
  const activities: Activity[] = [];
  const issues: HsdsIssue[] = [];
  (servicesOf(json) ?? []).forEach((service, index) => {
    const id = isObject(service) ? str(service.id) : undefined;
    const result = validateActivity(isObject(service) ? toActivity(service, options) : service);
    if (result.ok) activities.push(result.value);
    else for (const issue of result.issues) issues.push({ index, id, path: issue.path, code: issue.code });
  });
  return { activities, issues };
}
