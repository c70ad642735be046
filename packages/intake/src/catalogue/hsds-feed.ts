import { createHash } from 'node:crypto';
import { ACTIVITY_CATEGORY_LABELS, LAPLAND_MUNICIPALITIES, type Activity, type Language } from '@linkki/schema';

/**
 * The catalogue as Open Referral HSDS 3.0: one fully nested `service` per activity, in the shape
 * `fromHsds()` of @linkki/schema reads back (the round trip is tested). HSDS has one text per
 * field, so a service carries the texts of one language (`lang`, Finnish by default, else the
 * first the activity has). HSDS ids are UUIDs: the service id is the activity's id when that is a
 * UUID, else a name-based UUID (RFC 9562 version 5) made from it, stable across imports.
 */
type Json = Record<string, unknown>;

/** The namespace of Linkki's name-based UUIDs (itself a random UUID, fixed). */
const NAMESPACE = Buffer.from('6f1b0c4e2a7d4c59a3f08e2d71b5c9aa', 'hex');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** A version 5 UUID of `name` in Linkki's namespace. */
export function nameUuid(name: string): string {
  const hash = createHash('sha1').update(NAMESPACE).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const isUuid = (text: string) => UUID.test(text);

/** Memoised `nameUuid` for names that repeat across services (categories, organisations, roles). */
const remembered = new Map<string, string>();
function rememberedUuid(name: string): string {
  let uuid = remembered.get(name);
  if (uuid === undefined) {
    if (remembered.size > 50_000) remembered.clear();
    uuid = nameUuid(name);
    remembered.set(name, uuid);
  }
  return uuid;
}

/**
 * The id of a record nested in a service (its location, a schedule…): the service's UUID XOR the
 * UUID of the record's role, with the version and variant bits set again. Deterministic and distinct
 * per role, without a hash per record (the feed makes some twenty per service).
 */
const roles = new Map<string, Buffer>();
export function nestedUuid(serviceId: string, role: string): string {
  const a = Buffer.from(serviceId.replaceAll('-', ''), 'hex');
  let b = roles.get(role);
  if (!b) roles.set(role, (b = Buffer.from(nameUuid(`role:${role}`).replaceAll('-', ''), 'hex')));
  for (let i = 0; i < 16; i += 1) a[i]! ^= b[i]!;
  a[6] = (a[6]! & 0x0f) | 0x50;
  a[8] = (a[8]! & 0x3f) | 0x80;
  const hex = a.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
/** The HSDS service id of an activity. */
export const serviceIdOf = (activityId: string) => (isUuid(activityId) ? activityId.toLowerCase() : nameUuid(`activity:${activityId}`));
/** The HSDS taxonomy term id of a Linkki activity category. */
export const termIdOf = (category: string) => rememberedUuid(`category:${category}`);
export const TAXONOMY_ID = nameUuid('taxonomy:linkki-activity-categories');

const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
/** Words `fromHsds()` reads back as each attending type (no "remote": it would also read as video). */
const ATTENDING_WORDS: Record<Activity['attending'][number], string> = {
  'in-person': 'in person',
  'remote-phone': 'phone',
  'remote-video': 'online video',
  'home-visit': 'home visit',
  mobile: 'mobile service',
};
const ACCESSIBILITY_WORDS: Record<string, string> = {
  'step-free': 'step-free access',
  'accessible-toilet': 'accessible toilet',
  'hearing-loop': 'hearing loop',
  'parking-nearby': 'parking nearby',
  seating: 'seating',
  'companion-free': 'companion free of charge',
  'transport-help': 'transport help',
  'large-print': 'large print',
  quiet: 'quiet space',
  'guide-dog': 'guide dog welcome',
};

type Localised = Partial<Record<Language, string>> | undefined;
/** The text in `lang`, else Finnish, else the first language the text has. */
export function textIn(text: Localised, lang: Language): string | undefined {
  if (!text) return undefined;
  return text[lang] ?? text.fi ?? Object.values(text).find((v) => typeof v === 'string');
}

const municipalityName = (code: string) => LAPLAND_MUNICIPALITIES.find((m) => m.code === code)?.name.fi ?? code;
const defined = (value: Json): Json => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));

function schedulesOf(activity: Activity, serviceId: string, lang: Language): Json[] {
  const schedule = activity.schedule;
  const attending = activity.attending.map((a) => ATTENDING_WORDS[a]).join(', ');
  const validity = { valid_from: schedule?.validFrom, valid_to: schedule?.validTo };
  const rules = schedule?.rules ?? [];
  const description = textIn(schedule?.text, lang);
  if (rules.length === 0) return [defined({ id: nestedUuid(serviceId, `schedule`), service_id: serviceId, description, attending_type: attending, ...validity })];
  return rules.map((rule, index) =>
    defined({
      id: nestedUuid(serviceId, `schedule:${index}`),
      service_id: serviceId,
      freq: rule.frequency === 'monthly' ? 'MONTHLY' : 'WEEKLY',
      interval: rule.frequency === 'biweekly' ? 2 : 1,
      byday: `${rule.frequency === 'monthly' ? rule.weekOfMonth : ''}${DAYS[rule.weekday - 1]}`,
      dtstart: rule.anchor,
      opens_at: rule.start,
      closes_at: rule.end,
      wkst: 'MO',
      description: index === 0 ? description : undefined,
      attending_type: attending,
      ...validity,
    }),
  );
}

function locationOf(activity: Activity, serviceId: string, lang: Language): Json | undefined {
  const place = activity.location;
  if (!place || (!place.name && !place.address && !place.coordinates)) return undefined;
  const locationId = nestedUuid(serviceId, `location`);
  const address = place.address;
  const features = activity.accessibility?.features ?? [];
  return defined({
    id: locationId,
    // Where one goes; for an activity not attended in person (home visits, by phone) the organiser's address.
    location_type: activity.attending.includes('in-person') || activity.attending.includes('mobile') ? 'physical' : 'postal',
    name: place.name,
    transportation: textIn(activity.transport, lang),
    latitude: place.coordinates?.lat,
    longitude: place.coordinates?.lon,
    addresses: address
      ? [
          {
            id: nestedUuid(serviceId, `address`),
            location_id: locationId,
            // HSDS requires these five; a part the catalogue does not know is an empty string, not a guess.
            address_1: address.street ?? '',
            city: address.city ?? '',
            region: municipalityName(activity.municipality),
            state_province: 'Lappi',
            postal_code: address.postalCode ?? '',
            country: 'FI',
            address_type: 'physical',
          },
        ]
      : [],
    accessibility: features.map((feature) => ({ id: nestedUuid(serviceId, `accessibility:${feature}`), location_id: locationId, description: ACCESSIBILITY_WORDS[feature] ?? feature })),
  });
}

/** One activity as a fully nested HSDS 3.0 service. No personal data: the catalogue holds none. */
export function toHsdsService(activity: Activity, lang: Language = 'fi', lastModified?: string): Json {
  const id = serviceIdOf(activity.id);
  const location = locationOf(activity, id, lang);
  const organisationId = rememberedUuid(`organisation:${activity.organisation.name}`);
  const label = (code: Activity['categories'][number]) => ACTIVITY_CATEGORY_LABELS[lang][code] ?? code;
  return defined({
    id,
    organization_id: organisationId,
    name: textIn(activity.name, lang),
    description: textIn(activity.description, lang),
    url: activity.contact?.url,
    email: activity.contact?.email,
    status: 'active',
    fees_description: textIn(activity.cost.text, lang),
    minimum_age: activity.audience?.minAge,
    maximum_age: activity.audience?.maxAge,
    assured_date: activity.checked,
    last_modified: lastModified,
    organization: defined({ id: organisationId, name: activity.organisation.name, description: activity.organisation.name, website: activity.organisation.url }),
    phones: activity.contact?.phone ? [{ id: nestedUuid(id, `phone`), service_id: id, number: activity.contact.phone }] : [],
    schedules: schedulesOf(activity, id, lang),
    // The municipality whose catalogue it is (also for activities without a place, e.g. by phone).
    service_areas: [{ id: nestedUuid(id, `area`), service_id: id, name: municipalityName(activity.municipality) }],
    service_at_locations: location ? [{ id: nestedUuid(id, `service-at-location`), service_id: id, location_id: location.id, location }] : [],
    languages: activity.languages.map((code) => ({ id: nestedUuid(id, `language:${code}`), service_id: id, code })),
    cost_options: activity.cost.free ? [{ id: nestedUuid(id, `cost`), service_id: id, amount: 0, currency: 'EUR' }] : [],
    attributes: activity.categories.map((code) => ({
      id: nestedUuid(id, `attribute:${code}`),
      link_id: id,
      link_type: 'service',
      link_entity: 'service',
      taxonomy_term_id: termIdOf(code),
      taxonomy_term: { id: termIdOf(code), code, name: label(code), description: label(code), taxonomy: 'Linkki activity categories', taxonomy_id: TAXONOMY_ID, language: lang },
    })),
  });
}
