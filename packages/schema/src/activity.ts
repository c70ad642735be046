import * as z from 'zod/mini';
import { ACCESSIBILITY_FEATURES, ACTIVITY_CATEGORIES, ATTENDING_TYPES, LANGUAGES } from './codes/lists.js';
import { withJsonSchema } from './json-extras.js';
import { email, identifier, isoDate, localisedText, MAX_SHORT_TEXT, municipalityCode, phone, text, uniqueArray, url } from './primitives.js';

const time = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'invalidFormat' }));

/** A structured recurring time, HSDS `schedule` (freq/interval/byday) in a smaller form. */
export const scheduleRule = withJsonSchema(
  z
    .strictObject({
      /** `biweekly` = every other week, counted from `anchor`. */
      frequency: z.enum(['weekly', 'biweekly', 'monthly']),
      /** ISO weekday, 1 = Monday … 7 = Sunday. */
      weekday: z.int().check(z.gte(1), z.lte(7)),
      /** For `monthly`: which occurrence of the weekday in the month, 1–4, or -1 for the last. */
      weekOfMonth: z.optional(z.int().check(z.gte(-1), z.lte(4), z.refine((n) => n !== 0, { error: 'invalidOption' }))),
      start: time,
      end: z.optional(time),
      /** A date on which a `biweekly` rule occurs. */
      anchor: z.optional(isoDate),
    })
    .check(
      z.refine((r) => r.frequency !== 'biweekly' || r.anchor !== undefined, { error: 'required', path: ['anchor'] }),
      z.refine((r) => r.frequency !== 'monthly' || r.weekOfMonth !== undefined, { error: 'required', path: ['weekOfMonth'] }),
    ),
  {
    allOf: [
      { if: { properties: { frequency: { const: 'biweekly' } } }, then: { required: ['anchor'] } },
      { if: { properties: { frequency: { const: 'monthly' } } }, then: { required: ['weekOfMonth'] } },
      { properties: { weekOfMonth: { not: { const: 0 } } } },
    ],
  },
);
export type ScheduleRule = z.infer<typeof scheduleRule>;

const pause = z.strictObject({ from: isoDate, to: isoDate, reason: z.optional(localisedText) });

export const schedule = z.object({
  /** The schedule in words, as the provider wrote it. */
  text: z.optional(localisedText),
  rules: z.optional(z.array(scheduleRule)),
  validFrom: z.optional(isoDate),
  validTo: z.optional(isoDate),
  /** Seasonal breaks, e.g. summer. */
  pauses: z.optional(z.array(pause)),
});

/**
 * One activity in the catalogue (palvelutarjotin). Field names follow Open Referral HSDS 3.0
 * where one exists; `fromHsds()` maps an HSDS service onto this shape.
 */
export const activity = z.object({
  id: identifier,
  name: localisedText,
  description: z.optional(localisedText),
  organisation: z.object({ name: text(MAX_SHORT_TEXT), url: z.optional(url) }),
  categories: uniqueArray(z.enum(ACTIVITY_CATEGORIES)),
  municipality: municipalityCode,
  location: z.optional(
    z.object({
      name: z.optional(text(MAX_SHORT_TEXT)),
      address: z.optional(
        z.object({
          street: z.optional(text(MAX_SHORT_TEXT)),
          postalCode: z.optional(z.string().check(z.regex(/^\d{5}$/, { error: 'invalidFormat' }))),
          city: z.optional(text(MAX_SHORT_TEXT)),
        }),
      ),
      coordinates: z.optional(
        z.object({
          lat: z.number().check(z.gte(-90), z.lte(90)),
          lon: z.number().check(z.gte(-180), z.lte(180)),
        }),
      ),
    }),
  ),
  /** How to get there: bus, taxi service, lift from the village house… */
  transport: z.optional(localisedText),
  schedule: z.optional(schedule),
  cost: z.object({ free: z.boolean(), text: z.optional(localisedText) }),
  attending: uniqueArray(z.enum(ATTENDING_TYPES), 1),
  accessibility: z.optional(
    z.object({ features: uniqueArray(z.enum(ACCESSIBILITY_FEATURES)), text: z.optional(localisedText) }),
  ),
  /** Languages the activity is given in (not the languages its text is written in). */
  languages: uniqueArray(z.enum(LANGUAGES), 1),
  audience: z.optional(
    z.object({
      minAge: z.optional(z.int().check(z.gte(0), z.lte(120))),
      maxAge: z.optional(z.int().check(z.gte(0), z.lte(120))),
    }),
  ),
  contact: z.optional(z.object({ phone: z.optional(phone), email: z.optional(email), url: z.optional(url) })),
  /** The date the entry was last confirmed with its provider. */
  checked: isoDate,
});
export type Activity = z.infer<typeof activity>;

/**
 * A catalogue. Entries are validated one by one by the elements (`validateActivity`) so one bad
 * entry never hides the good ones; `validateCatalogue` checks the whole document strictly.
 */
export const catalogue = z.object({
  publisher: z.optional(text(MAX_SHORT_TEXT)),
  updated: z.optional(isoDate),
  activities: z.array(activity),
});
export type Catalogue = z.infer<typeof catalogue>;
