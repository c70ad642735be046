import * as z from 'zod/mini';
import { activity, catalogue } from './activity.js';
import { caseEvent, caseRecord, closure } from './case.js';
import { caseSummary, caseSummaryPage } from './case-summary.js';
import { instrumentDefinition } from './instrument.js';
import { jsonSchemaExtrasOf } from './json-extras.js';
import { professionalReferral, referral, selfReferral } from './referral.js';
import { referralStatus } from './referral-status.js';
import { evaluationReport } from './evaluation-report.js';
import { questionnaireResponse } from './response.js';

/** The top-level documents that cross a system boundary, by the file name they are exported under. */
export const EXPORTED_SCHEMAS = {
  referral,
  'professional-referral': professionalReferral,
  'self-referral': selfReferral,
  'questionnaire-response': questionnaireResponse,
  'instrument-definition': instrumentDefinition,
  activity,
  catalogue,
  case: caseRecord,
  'case-event': caseEvent,
  closure,
  'case-summary': caseSummary,
  'case-summary-page': caseSummaryPage,
  'referral-status': referralStatus,
  'evaluation-report': evaluationReport,
} as const;
export type ExportedSchemaName = keyof typeof EXPORTED_SCHEMAS;

/**
 * Rules that JSON Schema cannot state. A server validating with the JSON Schemas alone should
 * check these too (or call `@linkki/schema` where it runs JavaScript).
 */
export const SEMANTIC_RULES = [
  'questionnaire-response: `score` equals the instrument scoring of `answers` (SWEMWBS conversion table, ESIS 0–100).',
  'referral: `person.birthYear` is not in the future and makes the person at least 18 this year.',
  'case: event ids are unique within a case.',
  'instrument-definition: item ids are unique; scale labels run from `min` to `max` in order.',
] as const;

const BASE_URI = 'https://linkki.example/schema/';

/** JSON Schema (draft 2020-12) for one exported document, with the cross-field rules merged in. */
export function toJsonSchema(name: ExportedSchemaName): Record<string, unknown> {
  const json = z.toJSONSchema(EXPORTED_SCHEMAS[name], {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      const extra = jsonSchemaExtrasOf(zodSchema);
      if (extra) Object.assign(jsonSchema, extra);
    },
  }) as Record<string, unknown>;
  return { ...json, $id: `${BASE_URI}${name}.schema.json`, title: name };
}
