import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import type { Referral } from '@linkki/schema';
import { caseStateOf, fromFhir, toFhir } from '../src/index.js';
import * as arb from './arbitraries.js';
import { assertValidFhir, validatedCount } from './fhir-schema.js';

/** Runs per property; `FHIR_RUNS=2000` tries harder. */
const numRuns = Number(process.env.FHIR_RUNS ?? 300);
const runs = { total: 0 };
const property = <T>(arbitrary: fc.Arbitrary<T>, check: (value: T) => void) =>
  fc.assert(
    fc.property(arbitrary, (value) => {
      runs.total++;
      check(value);
    }),
    { numRuns },
  );

/** What the README marks as not mapped: an empty `hopes` (FHIR has no empty strings). */
function mappedPart(referral: Referral): Referral {
  const { hopes, ...rest } = referral;
  return hopes === '' ? rest : referral;
}
/** Generated records may lack a prototype; compare as JSON values. */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('fromFhir(toFhir(x)) gives x back, and every resource is valid FHIR R4', () => {
  after(() => console.log(`round trips: ${runs.total} runs; resources validated against the FHIR R4 schema: ${validatedCount.resources}`));

  it('referrals ↔ transaction Bundle', () => {
    property(arb.referral, (referral) => {
      const bundle = toFhir(referral);
      assertValidFhir(bundle);
      assert.deepEqual(plain(fromFhir(bundle)), plain(mappedPart(referral)));
    });
  });

  it('referrals survive JSON: the bundle is sent as text and read back', () => {
    property(arb.referral, (referral) => {
      const sent = JSON.parse(JSON.stringify(toFhir(referral)));
      assert.deepEqual(plain(fromFhir(sent)), plain(mappedPart(referral)));
    });
  });

  it('instrument definitions ↔ Questionnaire', () => {
    property(arb.instrumentDefinition, (def) => {
      const questionnaire = toFhir(def);
      assertValidFhir(questionnaire);
      assert.deepEqual(plain(fromFhir(questionnaire)), plain(def));
    });
  });

  it('questionnaire responses ↔ QuestionnaireResponse', () => {
    property(arb.questionnaireResponse(), (response) => {
      const resource = toFhir(response);
      assertValidFhir(resource);
      assert.deepEqual(plain(fromFhir(resource)), plain(response));
    });
  });

  it('a case’s status ↔ Task', () => {
    property(arb.caseRecord, (record) => {
      const task = toFhir(record);
      assertValidFhir(task);
      assert.deepEqual(plain(fromFhir(task)), plain(caseStateOf(record)));
    });
  });
});
