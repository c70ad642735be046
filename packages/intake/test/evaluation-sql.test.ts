import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Referral, Timepoint } from '@linkki/schema';
import type { Database } from '../src/index.js';
import { random, randomCase, storeCases } from './random-cases.js';
import { evaluationFacts, type EvaluationFacts } from '../src/evaluation-facts.js';
import { rawEvaluation, type RawEvaluation } from '../src/evaluation-sql.js';
import { Lifecycle } from '../src/retention.js';
import { DEFAULT_RETENTION } from '../src/config.js';
import { backends } from './backends.js';

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return null;
  const position = p * (sorted.length - 1);
  const low = Math.floor(position);
  return sorted[low]! + (position - low) * ((sorted[low + 1] ?? sorted[low]!) - sorted[low]!);
};
const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);
const sd = (values: number[]) => {
  if (values.length < 2) return null;
  const m = mean(values)!;
  return Math.sqrt(values.reduce((a, b) => a + (b - m) ** 2, 0) / (values.length - 1));
};
const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;
const finnishDay = (instant: string) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(new Date(instant));

/** The reference: the same aggregates in JavaScript over `evaluationFacts`, the definition the SQL must match. */
function reference(facts: (EvaluationFacts & { receivedOn: string; age: number | null; erased: boolean })[]) {
  const counts: Record<string, Record<string, number>> = {};
  const add = (table: string, code: string) => ((counts[table] ??= {})[code] = (counts[table]![code] ?? 0) + 1);
  const closed = facts.filter((f) => f.endingReason);
  for (const f of facts) {
    add('status', f.status);
    add('route', f.route ?? 'none');
    f.reasons.forEach((code) => add('reason', code));
    add('referrer', f.referrerType ?? 'self');
    add('gender', f.gender ?? 'unknown');
    add('ageBand', f.ageBand ?? 'unknown');
    add('municipality', f.municipality);
    add('language', f.language);
    (f.meetingPlaces ?? []).forEach((code) => add('meetingPlace', code));
    f.barriers.forEach((code) => add('barriers', code));
    f.unmetNeeds.forEach((code) => add('unmetNeeds', code));
    if (f.endingReason === 'interrupted' || f.endingReason === 'no-joint-work') add('whyEnded', f.whyEnded ?? 'unknown');
    if (f.endingReason) {
      add('recommend', String(f.recommend ?? 'not-asked'));
      add('wellbeingStrengthened', String(f.wellbeingStrengthened ?? 'not-asked'));
      f.continuing.forEach((code) => add('continuing', code));
    }
  }
  const values = (pick: (f: EvaluationFacts & { receivedOn: string; age: number | null }) => number | null | undefined, list = facts) =>
    list.map(pick).filter((v): v is number => v !== null && v !== undefined);
  const total = (list: number[]) => ({ n: list.length, sum: list.length ? list.reduce((a, b) => a + b, 0) : null, mean: mean(list), median: percentile(list, 0.5) });
  const days = (list: number[]) => ({ n: list.length, median: percentile(list, 0.5), p90: percentile(list, 0.9) });
  const spread = (list: number[]) => ({ n: list.length, mean: mean(list), sd: sd(list), min: list.length ? Math.min(...list) : null, max: list.length ? Math.max(...list) : null });
  const measure = (instrument: 'swemwbs' | 'esis') => {
    const s = (tp: Timepoint) => values((f) => f.scores[instrument][tp]);
    const change = (to: Timepoint) => {
      const list = values((f) => (f.scores[instrument].start !== null && f.scores[instrument][to] !== null ? f.scores[instrument][to]! - f.scores[instrument].start! : null));
      return { n: list.length, mean: mean(list), sd: sd(list), improved: list.filter((v) => v >= 3).length };
    };
    return { timepoints: { start: spread(s('start')), end: spread(s('end')), 'follow-up': spread(s('follow-up')) }, changes: { end: change('end'), 'follow-up': change('follow-up') } };
  };
  return {
    counts,
    populations: {
      referrals: facts.length,
      routed: facts.filter((f) => f.routedAt).length,
      closed: closed.length,
      'ended-early': facts.filter((f) => f.endingReason === 'interrupted' || f.endingReason === 'no-joint-work').length,
    },
    erased: facts.filter((f) => f.erased).length,
    summaries: {
      age: { n: values((f) => f.age).length, median: percentile(values((f) => f.age), 0.5) },
      waitingDays: days(values((f) => (f.routedAt ? Math.max(0, dayNumber(f.routedAt) - dayNumber(f.receivedOn)) : null))),
      jointWorkDays: days(values((f) => (f.route === 'link-worker' && f.closedAt && f.routedAt ? Math.max(0, dayNumber(f.closedAt) - dayNumber(f.routedAt)) : null))),
      meetings: total(values((f) => f.meetings)),
      linkWorkerHours: total(values((f) => f.hours?.linkWorker)),
      coordinatorHours: total(values((f) => f.hours?.coordinator)),
      kilometres: total(values((f) => f.kilometres)),
    },
    measures: { swemwbs: measure('swemwbs'), esis: measure('esis') },
  };
}

/** Rounds every number (floating sums differ in the last digits between SQL and JavaScript). */
function rounded(value: unknown): unknown {
  if (typeof value === 'number') return Math.round(value * 1e6) / 1e6;
  if (Array.isArray(value)) return value.map(rounded);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)]));
  return value;
}

function differences(a: unknown, b: unknown, path = ''): string[] {
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((k) => differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`));
  }
  return a === b ? [] : [`${path}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`];
}

const WIDE = { municipalities: ['758', '698', '583'], start: '2025-01-01T00:00:00Z', end: '2028-01-01T00:00:00Z', firstDay: '2025-01-01', basis: 'received' as const };

for (const [backend, open] of backends()) {
  describe(`evaluation aggregates in SQL (${backend})`, () => {
    let db: Database;
    before(async () => {
      db = await open();
      const r = random(20261202);
      await storeCases(db, Array.from({ length: 120 }, (_, n) => randomCase(r, n)));
    });
    after(() => db.close());

    const withDays = async () => {
      const facts = await evaluationFacts(db);
      const rows = await db.query<{ received_at: Date; body: Referral; erased_at: Date | null }>('SELECT received_at, body, erased_at FROM referrals ORDER BY received_at, reference');
      return facts.map((f, i) => {
        const row = rows[i]!;
        const { person } = row.body;
        const age = row.erased_at ? null : (person.age ?? (person.birthYear ? new Date(row.received_at).getUTCFullYear() - person.birthYear : null));
        return { ...f, receivedOn: finnishDay(new Date(row.received_at).toISOString()), age, erased: row.erased_at !== null };
      });
    };

    it('computes every count and aggregate the way factsOf defines them, for 120 random cases', async () => {
      const expected = reference(await withDays());
      const actual: RawEvaluation = await rawEvaluation(db, WIDE, 3);
      if (process.env.DIFF) for (const line of differences(rounded(actual), rounded(expected))) console.log(line);
      assert.deepEqual(rounded(actual), rounded(expected));
    });

    it('counts an erased case from what was kept of it, the same as before erasure', async () => {
      const before = await rawEvaluation(db, WIDE, 3);
      const [first, second] = await db.query<{ id: string }>("SELECT id FROM referrals WHERE status <> 'new' ORDER BY reference LIMIT 2");
      const lifecycle = new Lifecycle(db, DEFAULT_RETENTION);
      await lifecycle.erase(first!.id, 'request');
      await lifecycle.erase(second!.id, 'request');
      const afterErasure = await rawEvaluation(db, WIDE, 3);
      assert.equal(afterErasure.erased, 2);
      const { summaries: s1, erased: _e1, ...rest1 } = before;
      const { summaries: s2, erased: _e2, ...rest2 } = afterErasure;
      assert.deepEqual(rounded(rest2), rounded(rest1));
      assert.deepEqual(rounded({ ...s2, age: undefined }), rounded({ ...s1, age: undefined }));
      assert.deepEqual(rounded(afterErasure), rounded(reference(await withDays())));
    });

    it('keeps a period to the referrals received in it, or active during it', async () => {
      const march = { ...WIDE, start: '2026-02-28T22:00:00Z', end: '2026-03-31T21:00:00Z', firstDay: '2026-03-01' };
      const facts = await withDays();
      const received = facts.filter((f) => f.receivedOn >= '2026-03-01' && f.receivedOn <= '2026-03-31');
      const active = facts.filter((f) => f.receivedOn <= '2026-03-31' && (!f.closedAt || f.closedAt >= '2026-03-01'));
      assert.ok(received.length > 0 && active.length > received.length);
      assert.equal((await rawEvaluation(db, march, 3)).populations.referrals, received.length);
      assert.equal((await rawEvaluation(db, { ...march, basis: 'active' }, 3)).populations.referrals, active.length);
      assert.equal((await rawEvaluation(db, { ...WIDE, municipalities: ['583'] }, 3)).populations.referrals, facts.filter((f) => f.municipality === '583').length);
    });
  });
}
