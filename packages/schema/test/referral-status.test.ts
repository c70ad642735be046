import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { toJsonSchema, validateReferralStatus } from '../src/index.js';

const ajv = new Ajv2020({ strict: false, allErrors: true });
(addFormats as unknown as (a: Ajv2020) => void)(ajv);
const check = ajv.compile(toJsonSchema('referral-status'));

const received = { reference: 'LNK-2026-000123', receivedAt: '2026-12-02T08:15:00.000Z', stage: 'received' };
const routed = { ...received, stage: 'routed', routedAt: '2026-12-04T10:00:00.000Z', route: 'link-worker' };
const closed = { ...routed, stage: 'closed', closedAt: '2027-05-30T12:00:00.000Z', feedback: 'Hän kävi kuorossa koko kevään.' };

const VALID: [string, unknown][] = [
  ['received', received],
  ['routed to a link worker', routed],
  ['routed directly', { ...routed, route: 'direct' }],
  ['closed with shared feedback', closed],
  ['closed without feedback', { ...routed, stage: 'closed', closedAt: closed.closedAt }],
  ['closed without having been routed', { ...received, stage: 'closed', closedAt: closed.closedAt }],
  ['a date-time with an offset', { ...received, receivedAt: '2026-12-02T10:15:00+02:00' }],
];

const INVALID: [string, unknown, (string | number)[]][] = [
  ['anything else about the person', { ...received, name: 'Aino Esimerkki' }, ['name']],
  ['an unknown stage', { ...received, stage: 'started' }, ['stage']],
  ['routed without its date', { ...received, stage: 'routed', route: 'direct' }, ['routedAt']],
  ['routed without a route', { ...received, stage: 'routed', routedAt: routed.routedAt }, ['route']],
  ['an unknown route', { ...routed, route: 'somewhere' }, ['route']],
  ['closed without its date', { ...routed, stage: 'closed' }, ['closedAt']],
  ['feedback before the closure', { ...routed, feedback: 'Hyvin menee.' }, ['feedback']],
  ['a closing date before the closure', { ...routed, closedAt: closed.closedAt }, ['closedAt']],
  ['a routing date while only received', { ...received, routedAt: routed.routedAt, route: 'direct' }, ['routedAt']],
  ['a date that is not a date', { ...received, receivedAt: 'eilen' }, ['receivedAt']],
  ['no reference', { ...received, reference: '' }, ['reference']],
];

describe('referral-status (GET /status/{token})', () => {
  for (const [name, value] of VALID) {
    it(`zod and the JSON Schema accept: ${name}`, () => {
      assert.deepEqual(validateReferralStatus(value), { ok: true, value });
      assert.ok(check(value), JSON.stringify(check.errors));
    });
  }

  for (const [name, value, path] of INVALID) {
    it(`zod and the JSON Schema refuse: ${name}`, () => {
      const result = validateReferralStatus(value);
      assert.equal(result.ok, false);
      if (!result.ok) assert.ok(result.issues.some((issue) => issue.path.join('.') === path.join('.')), JSON.stringify(result.issues));
      assert.equal(check(value), false);
    });
  }

  it('never throws, whatever it is given', () => {
    for (const value of [null, undefined, 'LNK-2026-000123', 42, [], { stage: 'closed' }]) assert.equal(validateReferralStatus(value).ok, false);
  });
});
