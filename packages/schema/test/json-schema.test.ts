import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { EXPORTED_SCHEMAS, toJsonSchema, type ExportedSchemaName } from '../src/index.js';
import { MUTATIONS } from './mutations.js';
import { SAMPLES } from './samples.js';
import * as fixtures from './fixtures.js';

function compile(name: ExportedSchemaName) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  return ajv.compile(toJsonSchema(name));
}

describe('JSON Schema export', () => {
  it('exports every top-level document as draft 2020-12 with an $id', () => {
    for (const name of Object.keys(EXPORTED_SCHEMAS) as ExportedSchemaName[]) {
      const schema = toJsonSchema(name);
      assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
      assert.match(String(schema.$id), new RegExp(`${name}\\.schema\\.json$`));
    }
  });

  it('accepts the hand-written fixtures', () => {
    assert.ok(compile('referral')(fixtures.professionalReferral));
    assert.ok(compile('referral')(fixtures.selfReferral));
    assert.ok(compile('activity')(fixtures.activity));
    assert.ok(compile('case')(fixtures.caseRecord));
  });
});

describe('ajv agrees with zod', () => {
  for (const [name, { arbitrary, validate }] of Object.entries(SAMPLES) as [ExportedSchemaName, NonNullable<(typeof SAMPLES)[ExportedSchemaName]>][]) {
    const check = compile(name);

    it(`${name}: both accept generated valid samples`, () => {
      fc.assert(
        fc.property(arbitrary, (value) => {
          assert.ok(validate(value).ok);
          assert.ok(check(value), `ajv rejected a valid ${name}: ${JSON.stringify(check.errors)}`);
        }),
        { numRuns: 100 },
      );
    });

    const structural = MUTATIONS.filter((m) => m.schema === name && !m.semanticOnly);
    if (structural.length === 0) continue;
    it(`${name}: both reject ${structural.length} kinds of invalid samples`, () => {
      for (const mutation of structural) {
        fc.assert(
          fc.property(arbitrary, (value) => {
            const doc = structuredClone(value) as Record<string, unknown>;
            fc.pre(mutation.apply(doc));
            assert.equal(validate(doc).ok, false, `zod accepted: ${mutation.name}`);
            assert.equal(check(doc), false, `ajv accepted: ${mutation.name}`);
          }),
          { numRuns: 40 },
        );
      }
    });
  }

  it('both reject the same arbitrary non-objects', () => {
    const check = compile('referral');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.integer())), (value) => {
        assert.equal(validate(value), false);
        assert.equal(check(value), false);
      }),
    );
    function validate(value: unknown) {
      return SAMPLES.referral!.validate(value).ok;
    }
  });
});
