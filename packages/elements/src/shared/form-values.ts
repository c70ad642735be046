import type { IssuePath } from '@linkki/schema';

/** Typed text with runs of spaces collapsed and ends trimmed. */
export const clean = (value: string) => value.trim().replace(/[ \t]+/g, ' ');

/** Typed text, or `undefined` when nothing but spaces was typed. */
export const optional = (value: string) => clean(value) || undefined;

export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * The form field a schema issue belongs to: the longest listed prefix of its path
 * (`['reasons', 2]` → the field listed for `reasons`).
 */
export function fieldForPathIn<F>(fields: readonly (readonly [string, F])[], path: IssuePath): F | undefined {
  const dotted = path.join('.');
  return fields.find(([prefix]) => dotted === prefix || dotted.startsWith(`${prefix}.`))?.[1];
}
