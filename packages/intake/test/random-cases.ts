import assert from 'node:assert/strict';
import {
  AGREEMENT_ANSWERS,
  BARRIERS,
  CONTINUING,
  ENDING_REASONS,
  ENDINGS_WITH_WHY,
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
import { random as seeded } from '../../../scripts/catalogue-generator.mjs';

/** Random fictional cases for the evaluation tests: every field the report counts, in realistic mixes. */

/** Deterministic draws from the scripts' seeded generator (mulberry32), so a failure can be replayed. */
export function random(seed: number) {
  const next = seeded(seed);
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
export function randomCase(r: ReturnType<typeof random>, n: number) {
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
        ...((ENDINGS_WITH_WHY as readonly string[]).includes(endingReason) ? { whyEnded: { code: r.pick(WHY_ENDED.filter((w) => w !== 'not-recorded')) } } : {}),
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

/** Stores cases as received and recorded at their own times (the store would stamp them now). */
export async function storeCases(db: Database, cases: ReturnType<typeof randomCase>[]) {
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

