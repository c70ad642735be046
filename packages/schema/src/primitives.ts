import * as z from 'zod/mini';
import { LANGUAGES } from './codes/lists.js';
import { MUNICIPALITY_CODES } from './codes/municipalities.js';
import { withJsonSchema } from './json-extras.js';

/** Longest free text we accept in one field; long enough for a note, short enough for a form. */
export const MAX_TEXT = 2000;
export const MAX_SHORT_TEXT = 200;

const hasContent = /\S/;

/** Free text that must contain something other than white space. */
export function text(max = MAX_TEXT) {
  return z.string().check(z.regex(hasContent, { error: 'required' }), z.maxLength(max));
}

/** Optional free text: absent, or at most `max` characters (may be empty). */
export function optionalText(max = MAX_TEXT) {
  return z.optional(z.string().check(z.maxLength(max)));
}

/**
 * Phone numbers as people write them in Finland: `040 123 4567`, `+358 40 123 4567`, `(016) 123 456`.
 * Five to fifteen digits, with spaces, dashes and brackets allowed between them.
 */
export const PHONE_PATTERN = /^(?=(?:\D*\d){5,15}\D*$)\+?[0-9 ()-]+$/;
export const phone = z.string().check(z.regex(PHONE_PATTERN, { error: 'invalidPhone' }));
export const email = z.email({ error: 'invalidEmail' }).check(z.maxLength(254));
/** Web addresses only: `javascript:`, `data:` and the like are rejected, so catalogue links stay inert. */
export const url = withJsonSchema(z.url({ protocol: /^https?$/, error: 'invalidUrl' }).check(z.maxLength(2000)), {
  pattern: '^[Hh][Tt][Tt][Pp][Ss]?://',
});
export const isoDate = z.iso.date({ error: 'invalidDate' });
export const isoDateTime = z.iso.datetime({ offset: true, error: 'invalidDate' });
export const identifier = z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/, { error: 'invalidFormat' }));
export const uuid = z.uuid({ error: 'invalidFormat' });
/** A BCP 47 language tag such as `fi`, `se`, `en-GB`. */
export const languageTag = z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: 'invalidFormat' }));
export const language = z.enum(LANGUAGES);

/** Text in one or more of the six languages; at least one must be given. */
export const localisedText = withJsonSchema(
  z
    .object({
      fi: optionalText(),
      se: optionalText(),
      smn: optionalText(),
      sms: optionalText(),
      sv: optionalText(),
      en: optionalText(),
    })
    .check(
      z.refine((value) => LANGUAGES.some((lang) => typeof value[lang] === 'string'), { error: 'textRequired' }),
    ),
  { anyOf: LANGUAGES.map((lang) => ({ required: [lang] })) },
);
export type LocalisedText = z.infer<typeof localisedText>;

/** Phone first, email second: at least one of them. */
export const contact = withJsonSchema(
  z
    .strictObject({ phone: z.optional(phone), email: z.optional(email) })
    .check(z.refine((value) => Boolean(value.phone || value.email), { error: 'contactRequired' })),
  { anyOf: [{ required: ['phone'] }, { required: ['email'] }] },
);
export type Contact = z.infer<typeof contact>;

/** An array without repeated values; JSON Schema's `uniqueItems`. */
export function uniqueArray<T extends z.ZodMiniType>(item: T, min = 0) {
  return withJsonSchema(
    z
      .array(item)
      .check(
        z.minLength(min),
        z.refine((values) => new Set(values).size === values.length, { error: 'notUnique' }),
      ),
    { uniqueItems: true },
  );
}

/** A municipality by its Statistics Finland code (kuntanumero), e.g. `698` for Rovaniemi. */
export const municipalityCode = z.enum(MUNICIPALITY_CODES as [string, ...string[]]);
