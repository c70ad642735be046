import type fc from 'fast-check';
import {
  validateActivity,
  validateCase,
  validateCatalogue,
  validateClosure,
  validateInstrumentDefinition,
  validateQuestionnaireResponse,
  validateReferral,
  type ExportedSchemaName,
  type ValidationResult,
} from '../src/index.js';
import * as arb from './arbitraries.js';

/** Generators and validators for each exported document, shared by the property and JSON Schema tests. */
export const SAMPLES: Partial<Record<ExportedSchemaName, { arbitrary: fc.Arbitrary<unknown>; validate: (v: unknown) => ValidationResult<unknown> }>> = {
  referral: { arbitrary: arb.referral, validate: validateReferral },
  'questionnaire-response': { arbitrary: arb.questionnaireResponse, validate: validateQuestionnaireResponse },
  'instrument-definition': { arbitrary: arb.instrumentDefinition, validate: validateInstrumentDefinition },
  activity: { arbitrary: arb.activity, validate: validateActivity },
  catalogue: { arbitrary: arb.catalogue, validate: validateCatalogue },
  case: { arbitrary: arb.caseRecord, validate: validateCase },
  closure: { arbitrary: arb.closure, validate: validateClosure },
};
