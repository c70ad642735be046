import type * as z from 'zod/mini';

/**
 * Cross-field rules written with `superRefine` are invisible to `z.toJSONSchema`.
 * Each such rule registers the JSON Schema keywords that express it, next to the rule,
 * and the exporter merges them in — so zod and the JSON Schemas say the same thing.
 */
const extras = new WeakMap<object, Record<string, unknown>>();

export function withJsonSchema<T extends z.ZodMiniType>(schema: T, keywords: Record<string, unknown>): T {
  extras.set(schema, { ...extras.get(schema), ...keywords });
  return schema;
}

export function jsonSchemaExtrasOf(schema: object): Record<string, unknown> | undefined {
  return extras.get(schema);
}
