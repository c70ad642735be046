import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { validateReferral } from '../src/index.js';
import { SAMPLES } from './samples.js';
import { MUTATIONS, pathOf } from './mutations.js';


describe('every valid generated object parses', () => {
  for (const [name, { arbitrary, validate }] of Object.entries(SAMPLES)) {
    it(name, () => {
      fc.assert(
        fc.property(arbitrary, (value) => {
          const result = validate(value);
          assert.ok(result.ok, `${name} rejected: ${JSON.stringify(!result.ok && result.issues)}`);
          // Parsing returns the same data (compared as JSON: generated records may lack a prototype).
          assert.deepEqual(JSON.parse(JSON.stringify(result.value)), JSON.parse(JSON.stringify(value)));
        }),
        { numRuns: 150 },
      );
    });
  }
});

describe('targeted mutations are rejected with the right path and code', () => {
  for (const mutation of MUTATIONS) {
    it(`${mutation.schema}: ${mutation.name}`, () => {
      const { arbitrary, validate } = SAMPLES[mutation.schema]!;
      fc.assert(
        fc.property(arbitrary, (value) => {
          const doc = structuredClone(value) as Record<string, unknown>;
          fc.pre(mutation.apply(doc));
          const result = validate(doc);
          assert.equal(result.ok, false, 'mutated object was accepted');
          const issues = result.ok ? [] : result.issues;
          assert.ok(
            issues.some((i) => i.code === mutation.code && JSON.stringify(i.path) === JSON.stringify(pathOf(mutation, doc))),
            `expected ${mutation.code} at ${JSON.stringify(pathOf(mutation, doc))}, got ${JSON.stringify(issues)}`,
          );
        }),
        { numRuns: 60 },
      );
    });
  }
});

describe('no input of any shape throws', () => {
  for (const [name, { validate }] of Object.entries(SAMPLES)) {
    it(name, () => {
      fc.assert(
        fc.property(fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true }), (input) => {
          const result = validate(input);
          assert.equal(result.ok, false);
          assert.ok(result.ok || result.issues.length > 0);
        }),
        { numRuns: 300 },
      );
    });
  }

  it('survives objects whose getters throw', () => {
    const hostile = Object.defineProperty({}, 'kind', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    assert.deepEqual(validateReferral(hostile), { ok: false, issues: [{ path: [], code: 'invalid' }] });
  });
});
