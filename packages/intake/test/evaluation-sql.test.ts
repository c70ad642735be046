import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  AGREEMENT_ANSWERS,
  BARRIERS,
  CONTINUING,
  ENDING_REASONS,
  GENDERS,
  MEETING_PLACES,
  REFERRAL_REASONS,
  REFERRER_TYPES,
  UNMET_NEEDS,
  WHY_ENDED,
  scoreEsis,
  scoreSwemwbs,
  type CaseEvent,
  type QuestionnaireResponse,
  type Referral,
  type Timepoint,
} from '@linkki/schema';
import { professionalReferral, selfReferral } from '../../schema/test/fixtures.js';
import { IntakeStore, type Database } from '../src/index.js';
import { evaluationFacts, type EvaluationFacts } from '../src/evaluation-facts.js';
import { rawEvaluation, type RawEvaluation } from '../src/evaluation-sql.js';
import { Lifecycle } from '../src/retention.js';
import { DEFAULT_RETENTION } from '../src/config.js';
import { backends } from './backends.js';

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const some = <T>(list: readonly T[], p = 0.3): T[] => list.filter(() => next() < p);
  return { next, pick, some, int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)) };
}

const SWEMWBS_ITEMS = ['optimistic', 'useful', 'relaxed', 'problems', 'thinking', 'close', 'decisions'];
const ESIS_ITEMS = Array.from({ length: 10 }, (_, i) => `item${i + 1}`);

function response(instrument: 'swemwbs' | 'esis', timepoint: Timepoint, answers: number[], completedAt: string): QuestionnaireResponse {
  const items = instrument === 'swemwbs' ? SWEMWBS_ITEMS : ESIS_ITEMS;
  return {
    instrument: { id: instrument, version: '1.0' },
    language: 'fi',
    timepoint,
    answers: Object.fromEntries(items.map((item, i) => [item, answers[i]!])),
    score: (instrument === 'swemwbs' ? scoreSwemwbs(answers) : scoreEsis(answers))!,
    completedAt,
  };
}

const at = (day: number, hour = 12) => new Date(Date.UTC(2026, 0, 1 + day, hour - 2)).toISOString().replace('Z', '+00:00');

/** A random case: a referral received on `day` (days after 1 January 2026) and its events. */
function randomCase(r: ReturnType<typeof random>, n: number) {
  const day = r.int(0, 300);
  const reasons = [r.pick(REFERRAL_REASONS), ...r.some(REFERRAL_REASONS, 0.15)];
  const unique = [...new Set(reasons)];
  const person = {
    municipality: r.pick(['758', '698', '583']),
    language: r.pick(['fi', 'fi', 'se', 'sv'] as const),
    ...(r.next() < 0.8 ? { gender: r.pick(GENDERS) } : {}),
    ...(r.next() < 0.5 ? { age: r.int(18, 99) } : r.next() < 0.8 ? { birthYear: r.int(1925, 2000) } : {}),
  };
  const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  const base = r.next() < 0.7 ? professionalReferral : selfReferral;
  const referral = {
    ...base,
    id,
    person: { ...base.person, ...person, contact: base.person.contact },
    reasons: unique,
    ...(unique.includes('other') ? { otherReason: 'Muu syy' } : { otherReason: undefined }),
    ...(base.kind === 'professional'
      ? {
          referrer: { ...professionalReferral.referrer, type: r.pick(REFERRER_TYPES) },
          swemwbs: r.next() < 0.7 ? response('swemwbs', 'start', SWEMWBS_ITEMS.map(() => r.int(1, 5)), at(day, 9)) : undefined,
        }
      : {}),
  } as Referral;
  const events: CaseEvent[] = [];
  const event = (body: Omit<CaseEvent, 'id' | 'by'> & Record<string, unknown>) =>
    events.push({ id: `ev-${n}-${events.length}`, by: 'link-worker', ...body } as CaseEvent);
  let now = day;
  if (r.next() < 0.85) {
    now += r.int(0, 30);
    event({ type: 'routed', at: at(now), route: r.pick(['direct', 'link-worker'] as const) });
    if (r.next() < 0.2) event({ type: 'routed', at: at(now + 1), route: r.pick(['direct', 'link-worker'] as const) });
  }
  for (const timepoint of ['start', 'start', 'end', 'follow-up'] as const) {
    if (r.next() < 0.4) event({ type: 'questionnaire-completed', at: at(now, 14), response: response('swemwbs', timepoint, SWEMWBS_ITEMS.map(() => r.int(1, 5)), at(r.int(now - 2, now + 40), 10)) });
    if (r.next() < 0.2) event({ type: 'questionnaire-completed', at: at(now, 15), response: response('esis', timepoint, ESIS_ITEMS.map(() => r.int(1, 5)), at(r.int(now, now + 40), 11)) });
  }
  for (let m = r.int(0, 3); m > 0; m--) event({ type: 'meeting', at: at(now + m), place: r.pick(MEETING_PLACES), kilometres: r.int(0, 80) });
  if (r.next() < 0.5) event({ type: 'needs-recorded', at: at(now + 2), barriers: r.some(BARRIERS), unmetNeeds: r.some(UNMET_NEEDS) });
  if (r.next() < 0.3) event({ type: 'needs-recorded', at: at(now + 3), barriers: r.some(BARRIERS) });
  if (r.next() < 0.6) {
    const endingReason = r.pick(ENDING_REASONS);
    const answer = () => (r.next() < 0.2 ? undefined : (r.pick(AGREEMENT_ANSWERS) as string));
    const toAnswer = (a: string | undefined) => (a === undefined ? undefined : a === 'declined' ? a : Number(a));
    event({
      type: 'closed',
      at: at(now + r.int(10, 150)),
      closure: {
        endingReason,
        ...(['interrupted', 'no-joint-work'].includes(endingReason) ? { whyEnded: { code: r.pick(WHY_ENDED.filter((w) => w !== 'not-recorded')) } } : {}),
        meetings: r.int(0, 12),
        ...(r.next() < 0.7 ? { hours: { linkWorker: r.int(0, 40) / 4, ...(r.next() < 0.5 ? { coordinator: r.int(0, 8) / 4 } : {}) } } : {}),
        ...(r.next() < 0.6 ? { kilometres: r.int(0, 400) } : {}),
        recommend: toAnswer(answer()),
        wellbeingStrengthened: toAnswer(answer()),
        continuing: r.some(CONTINUING),
      },
    });
  }
  return { referral, events, receivedAt: at(day, 8) };
}

async function store(db: Database, cases: ReturnType<typeof randomCase>[]) {
  const intake = new IntakeStore(db);
  for (const [i, c] of cases.entries()) {
    const saved = await intake.saveReferral(`key-${i}`, JSON.parse(JSON.stringify(c.referral)));
    assert.equal(saved.outcome, 'created');
    await db.query('UPDATE referrals SET received_at = $2 WHERE id = $1', [c.referral.id, c.receivedAt]);
    for (const event of c.events) {
      const status = event.type === 'routed' ? event.route : event.type === 'closed' ? event.closure.endingReason : null;
      await db.query('INSERT INTO case_events (id, referral_id, body, recorded_at) VALUES ($1, $2, $3, $4)', [event.id, c.referral.id, JSON.stringify(event), event.at]);
      if (status) await db.query('UPDATE referrals SET status = $2 WHERE id = $1', [c.referral.id, status]);
    }
  }
}

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
      await store(db, Array.from({ length: 120 }, (_, n) => randomCase(r, n)));
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
