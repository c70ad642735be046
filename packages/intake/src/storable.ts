import type { IssuePath, ValidationIssue } from '@linkki/schema';

// PostgreSQL text and jsonb cannot hold U+0000 or half of a surrogate pair; both pass JSON.parse and
// the schema, so without this check they would fail at INSERT as a 500 that the form keeps retrying.
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Whether PostgreSQL can store (or look up) this text. */
export const storable = (text: string) => !UNSTORABLE.test(text);

/** Issues (code `invalid`) at every string or key that PostgreSQL cannot store. */
export function unstorableText(value: unknown, path: IssuePath = []): ValidationIssue[] {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? [{ path, code: 'invalid' }] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => unstorableText(item, [...path, index]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) =>
      UNSTORABLE.test(key) ? [{ path: [...path, key], code: 'invalid' as const }] : unstorableText(item, [...path, key]),
    );
  }
  return [];
}
