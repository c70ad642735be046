import * as z from 'zod/mini';
import { TIMEPOINTS } from './codes/lists.js';
import { identifier, languageTag, MAX_SHORT_TEXT, text } from './primitives.js';

export const SCORING_METHODS = ['swemwbs', 'esis'] as const;
export type ScoringMethod = (typeof SCORING_METHODS)[number];

const scaleStep = z.strictObject({ value: z.int().check(z.gte(0), z.lte(10)), label: text(MAX_SHORT_TEXT) });

const scale = z
  .strictObject({
    min: z.int().check(z.gte(0), z.lte(10)),
    max: z.int().check(z.gte(1), z.lte(10)),
    /** Labels for each step from `min` to `max`, in order. */
    labels: z.array(scaleStep).check(z.minLength(2), z.maxLength(11)),
  })
  .check(
    z.refine(
      (s) => s.min < s.max && s.labels.length === s.max - s.min + 1 && s.labels.every((l, i) => l.value === s.min + i),
      { error: 'invalidOption', path: ['labels'] },
    ),
  );

const item = z.strictObject({ id: identifier, text: text(500) });

/**
 * A questionnaire as data: items, response scale, recall period, the notice that must be shown,
 * the language the items are written in and a licence note. Licensed wording is supplied, never invented.
 */
export const instrumentDefinition = z
  .strictObject({
    id: identifier,
    version: text(50),
    title: text(MAX_SHORT_TEXT),
    /** Language the items are written in (may differ from the UI language). */
    language: languageTag,
    scoring: z.enum(SCORING_METHODS),
    instructions: z.optional(text(1000)),
    /** The recall period, e.g. "Viimeisen kahden viikon aikana". */
    period: z.optional(text(MAX_SHORT_TEXT)),
    items: z.array(item).check(z.minLength(1), z.maxLength(50)),
    scale,
    /** Copyright notice that must be shown with the items. */
    notice: z.optional(text(1000)),
    /** Who licensed this wording to whom, for what. */
    licence: z.optional(text(1000)),
  })
  .check(
    z.refine((def) => new Set(def.items.map((i) => i.id)).size === def.items.length, {
      error: 'notUnique',
      path: ['items'],
    }),
  );
export type InstrumentDefinition = z.infer<typeof instrumentDefinition>;

export const timepoint = z.enum(TIMEPOINTS);
