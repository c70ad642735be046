import * as z from 'zod/mini';
import { TIMEPOINTS } from './codes/lists.js';
import { withJsonSchema } from './json-extras.js';
import { identifier, isoDateTime, languageTag, text } from './primitives.js';
import { ESIS_ITEM_COUNT, ESIS_MAX, ESIS_MIN, scoreEsis } from './scoring/esis.js';
import { scoreSwemwbs, SWEMWBS_ITEM_COUNT, SWEMWBS_MAX, SWEMWBS_MIN } from './scoring/swemwbs.js';

/** Built-in scoring rules by instrument id: item count, answer range and the scoring function. */
const scoringRules = {
  swemwbs: { count: SWEMWBS_ITEM_COUNT, min: SWEMWBS_MIN, max: SWEMWBS_MAX, score: scoreSwemwbs },
  esis: { count: ESIS_ITEM_COUNT, min: ESIS_MIN, max: ESIS_MAX, score: scoreEsis },
} as const;

const score = z.strictObject({
  /** Sum of the answers. */
  raw: z.number().check(z.gte(0), z.lte(500)),
  /** The instrument's reported score: SWEMWBS metric score 7–35, ESIS 0–100. */
  metric: z.number().check(z.gte(0), z.lte(100)),
});

const answerShape = (count: number, min: number, max: number) => ({
  type: 'object',
  minProperties: count,
  maxProperties: count,
  additionalProperties: { type: 'integer', minimum: min, maximum: max },
});

/**
 * A completed questionnaire. Records what was shown: instrument id and version, the language the
 * items were shown in (Finnish items under a Sami UI record `fi`), and when in the case it was filled.
 */
export const questionnaireResponse = withJsonSchema(
  z
    .strictObject({
      instrument: z.strictObject({ id: identifier, version: text(50) }),
      /** Language the statements were shown in. */
      language: languageTag,
      timepoint: z.enum(TIMEPOINTS),
      /** Answer per item id. */
      answers: z.record(identifier, z.int().check(z.gte(0), z.lte(10))),
      score,
      completedAt: isoDateTime,
    })
    .check(
      z.superRefine((response, ctx) => {
        const rule = scoringRules[response.instrument.id as keyof typeof scoringRules];
        if (!rule) return;
        const values = Object.values(response.answers);
        if (values.length !== rule.count) {
          ctx.addIssue({ code: 'custom', message: 'answerMissing', path: ['answers'], input: response.answers });
          return;
        }
        const outOfScale = Object.entries(response.answers).find(([, v]) => v < rule.min || v > rule.max);
        if (outOfScale) {
          ctx.addIssue({ code: 'custom', message: 'answerOutOfScale', path: ['answers', outOfScale[0]], input: outOfScale[1] });
          return;
        }
        const expected = rule.score(values);
        if (!expected || expected.raw !== response.score.raw || expected.metric !== response.score.metric) {
          ctx.addIssue({ code: 'custom', message: 'scoreMismatch', path: ['score'], input: response.score });
        }
      }),
    ),
  {
    allOf: Object.entries(scoringRules).map(([id, rule]) => ({
      if: { properties: { instrument: { properties: { id: { const: id } } } } },
      then: { properties: { answers: answerShape(rule.count, rule.min, rule.max) } },
    })),
  },
);
export type QuestionnaireResponse = z.infer<typeof questionnaireResponse>;
