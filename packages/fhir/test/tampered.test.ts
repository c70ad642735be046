import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { validateInstrumentDefinition, validateQuestionnaireResponse, validateReferral } from '@linkki/schema';
import { FhirMappingError, fromFhir, toFhir } from '../src/index.js';
import * as arb from './arbitraries.js';

/**
 * FHIR that arrives from another system may be anything. Whatever is changed in a resource the
 * mapping made — an element removed, replaced by another JSON value, a string edited — `fromFhir`
 * either gives back a document that `@linkki/schema` accepts, or throws a FhirMappingError; never a
 * TypeError, never an invalid document.
 */
const numRuns = Number(process.env.FHIR_RUNS ?? 300);
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside `value`. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [prefix, ...keys.flatMap((k) => paths((value as Record<string | number, Json>)[k]!, [...prefix, k]))];
}

const replacement = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.constantFrom('', 'x', '1', '2026-13-40', 'urn:uuid:nope', 'other'),
  fc.integer({ min: -5, max: 50 }),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
  fc.jsonValue({ maxDepth: 2 }),
);

function tamper(resource: Json, pathIndex: number, value: unknown): Json {
  const copy = structuredClone(resource);
  const all = paths(copy).filter((p) => p.length > 0);
  const path = all[pathIndex % all.length]!;
  let parent = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = path.at(-1)!;
  if (value === undefined) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else parent[last] = value as Json;
  return copy;
}

function readsSafely(resource: Json, validate?: (value: unknown) => { ok: boolean }) {
  try {
    const value = fromFhir(resource as never);
    if (validate) assert.ok(validate(value).ok, 'fromFhir returned a document the schema rejects');
  } catch (error) {
    assert.ok(error instanceof FhirMappingError, `expected a FhirMappingError, got ${(error as Error)?.stack ?? String(error)}`);
  }
}

const tampered = <T>(source: fc.Arbitrary<T>, validate?: (value: unknown) => { ok: boolean }) =>
  fc.assert(
    fc.property(source, fc.nat(), replacement, (doc, pathIndex, value) => {
      const resource = JSON.parse(JSON.stringify(toFhir(doc as never))) as Json;
      readsSafely(tamper(resource, pathIndex, value), validate);
    }),
    { numRuns },
  );

describe('fromFhir on tampered resources: a valid document or a FhirMappingError', () => {
  it('referral bundles', () => tampered(arb.referral, validateReferral));
  it('Questionnaires', () => tampered(arb.instrumentDefinition, validateInstrumentDefinition));
  it('QuestionnaireResponses', () => tampered(arb.questionnaireResponse(), validateQuestionnaireResponse));
  it('Tasks', () => tampered(arb.caseRecord));
  it('anything at all', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom('Bundle', 'Questionnaire', 'QuestionnaireResponse', 'Task', 'Patient'), (value, resourceType) => {
        readsSafely((value !== null && typeof value === 'object' && !Array.isArray(value) ? { ...value, resourceType } : value) as Json);
      }),
      { numRuns },
    );
  });
});
