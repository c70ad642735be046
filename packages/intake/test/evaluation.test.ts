import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { scoreSwemwbs, validateEvaluationReport, type CaseEvent, type CountTable, type EvaluationReport, type Referral } from '@linkki/schema';
import { professionalReferral, selfReferral } from '../../schema/test/fixtures.js';
import { createIntake, type Database, type Intake, type IntakeConfig } from '../src/index.js';
import { t975 } from '../src/evaluation-build.js';
import { evaluationScopeOf } from '../src/evaluation.js';
import { backends, testConfig } from './backends.js';

const BOOTSTRAP = 'evaluation-test-bootstrap-key';
const config = (overrides: Partial<IntakeConfig> = {}): IntakeConfig =>
  testConfig({
    token: BOOTSTRAP,
    ...overrides,
  });

/** Answers summing to `raw` (7–35), so the metric score is the conversion table's entry for it. */
const answersFor = (raw: number) => Array.from({ length: 7 }, (_, i) => Math.floor(raw / 7) + (i < raw % 7 ? 1 : 0));
const ITEMS = ['optimistic', 'useful', 'relaxed', 'problems', 'thinking', 'close', 'decisions'];
const swemwbsEvent = (n: number, timepoint: 'start' | 'end', raw: number, at: string): CaseEvent => ({
  type: 'questionnaire-completed',
  id: `ev-${n}-${timepoint}`,
  at,
  by: 'link-worker',
  response: {
    instrument: { id: 'swemwbs', version: '1.0' },
    language: 'fi',
    timepoint,
    answers: Object.fromEntries(ITEMS.map((item, i) => [item, answersFor(raw)[i]!])),
    score: scoreSwemwbs(answersFor(raw))!,
    completedAt: at,
  },
});

/**
 * Twelve people of Sodankylä received on 2 February 2026 (fictional). Per person: gender, age,
 * extra reasons (besides loneliness), self-referral, route, ending, start and end SWEMWBS raw sums,
 * meetings and link-worker hours at closure, days from receipt to routing and from routing to closure.
 * `caseOf` adds the rest by position: meeting places, barriers, the closure answers, how she carries on.
 */
const PEOPLE = [
  { gender: 'female', age: 70, extra: ['participation'], self: false, route: 'link-worker', ending: 'completed', start: 17, end: 23, meetings: 6, hours: 6, wait: 1, work: 30 },
  { gender: 'female', age: 72, extra: ['participation'], self: false, route: 'link-worker', ending: 'completed', start: 20, end: 24, meetings: 8, hours: 8, wait: 2, work: 40 },
  { gender: 'female', age: 74, extra: ['participation', 'mood'], self: false, route: 'link-worker', ending: 'completed', start: 21, end: 28, meetings: 10, hours: 10, wait: 3, work: 50 },
  { gender: 'female', age: 76, extra: ['participation'], self: false, route: 'link-worker', ending: 'completed', start: 22, end: 23, meetings: 4, hours: 4, wait: 4, work: 60 },
  { gender: 'female', age: 78, extra: ['participation'], self: false, route: 'link-worker', ending: 'completed', start: 24, end: 27, meetings: 12, hours: 12, wait: 5, work: 70 },
  { gender: 'female', age: 80, extra: ['participation', 'mood'], self: false, route: 'link-worker', ending: 'interrupted', meetings: 1, hours: 0.5, wait: 6, work: 80 },
  { gender: 'female', age: 82, extra: [], self: false, route: 'link-worker', start: 18, wait: 7 },
  { gender: 'female', age: 84, extra: [], self: true, route: 'link-worker', start: 19, wait: 8 },
  { gender: 'male', age: 86, extra: [], self: true, route: 'link-worker', start: 20, wait: 9 },
  { gender: 'male', age: 88, extra: [], self: true, route: 'direct', start: 25, wait: 10 },
  { gender: 'male', age: 50, extra: [], self: true, route: 'direct', start: 26, wait: 11 },
  { gender: undefined, age: 60, extra: [], self: true },
] as const;

const day = (offset: number, hour = 10) => new Date(Date.UTC(2026, 1, 2 + offset, hour - 2)).toISOString().replace('Z', '+00:00');

function caseOf(p: (typeof PEOPLE)[number], n: number): { referral: Referral; events: CaseEvent[] } {
  const base = p.self ? selfReferral : professionalReferral;
  const referral = {
    ...base,
    id: `00000000-0000-4000-8000-0000000000${String(n).padStart(2, '0')}`,
    person: { ...base.person, birthYear: undefined, age: p.age, gender: p.gender, municipality: '758', language: 'fi' },
    reasons: ['loneliness', ...p.extra],
    otherReason: undefined,
    ...(p.self ? {} : { swemwbs: undefined }),
  } as Referral;
  const events: CaseEvent[] = [];
  if ('route' in p) events.push({ type: 'routed', id: `ev-${n}-routed`, at: day(p.wait), by: 'coordinator', route: p.route });
  if ('start' in p) events.push(swemwbsEvent(n, 'start', p.start, day(p.wait, 12)));
  // Meetings at home with the first six, by phone with the first two; barriers and a missing activity recorded.
  const wait = 'wait' in p ? p.wait : 0;
  if (n < 6) events.push({ type: 'meeting', id: `ev-${n}-home`, at: day(wait + 1), by: 'link-worker', place: 'home' } as CaseEvent);
  if (n < 2) events.push({ type: 'meeting', id: `ev-${n}-phone`, at: day(wait + 2), by: 'link-worker', place: 'phone' } as CaseEvent);
  if (n < 7) events.push({ type: 'needs-recorded', id: `ev-${n}-needs`, at: day(wait + 3), by: 'link-worker', barriers: ['transport'], ...(n === 0 ? { unmetNeeds: ['activity-in-language'] } : {}) } as CaseEvent);
  if ('ending' in p) {
    const closedOn = p.wait + p.work;
    if ('end' in p) events.push(swemwbsEvent(n, 'end', p.end, day(closedOn, 9)));
    events.push({
      type: 'closed',
      id: `ev-${n}-closed`,
      at: day(closedOn),
      by: 'link-worker',
      closure: {
        endingReason: p.ending,
        ...(p.ending === 'interrupted' ? { whyEnded: { code: 'health' } } : {}),
        meetings: p.meetings,
        hours: { linkWorker: p.hours, ...(n < 3 ? { coordinator: 1 } : {}) },
        ...(n === 5 ? {} : { recommend: n === 4 ? 4 : 5, wellbeingStrengthened: 4 }),
        continuing: n < 5 ? ['activity', ...(n === 0 ? (['volunteer'] as const) : [])] : [],
      },
    });
  }
  return { referral, events };
}

const EXPECTED: Record<string, Record<string, number>> = {
  status: { new: 1, direct: 2, 'link-worker': 3, completed: 5, interrupted: 1, 'no-joint-work': 0, 'referred-elsewhere': 0, 'may-start-later': 0 },
  route: { direct: 2, 'link-worker': 9, none: 1 },
  reason: { loneliness: 12, participation: 6, mood: 2, wellbeing: 0 },
  referrer: { 'health-services': 7, self: 5, 'social-services': 0 },
  gender: { female: 8, male: 3, other: 0, 'not-stated': 0, unknown: 1 },
  ageBand: { '18-29': 0, '30-44': 0, '45-64': 2, '65-74': 3, '75-84': 5, '85+': 2, unknown: 0 },
  municipality: { '758': 12 },
  language: { fi: 12, se: 0, sv: 0 },
  whyEnded: { health: 1, 'person-withdrew': 0 },
  recommend: { '5': 4, '4': 1, 'not-asked': 1, '1': 0 },
  wellbeingStrengthened: { '4': 5, 'not-asked': 1, '5': 0, declined: 0 },
  meetingPlace: { home: 6, phone: 2, video: 0 },
  continuing: { activity: 5, volunteer: 1, 'peer-group': 0 },
  barriers: { transport: 7, cost: 0 },
  unmetNeeds: { 'activity-in-language': 1, other: 0 },
};

/** Every count as hand-computed above: shown when it is, hidden when it is 1–4, never wrong. */
function checkTable(table: CountTable, expected: Record<string, number>, threshold: number) {
  for (const [code, count] of Object.entries(expected)) {
    const row = table.rows.find((r) => r.code === code);
    assert.ok(row, `${table.id}/${code} is a row`);
    // A small count is hidden as small, or with its whole table when nothing less protects it.
    if (count >= 1 && count < threshold) assert.ok(row.count === null && (row.suppressed === 'small' || row.suppressed === 'withheld'), `${table.id}/${code}`);
    else if (row.count !== null) assert.equal(row.count, count, `${table.id}/${code}`);
    else assert.ok(row.suppressed === 'withheld' || (row.suppressed === 'complementary' && count >= threshold), `${table.id}/${code} hidden as ${row.suppressed}`);
  }
}

for (const [backend, open] of backends()) {
  describe(`GET /evaluation (${backend})`, () => {
    let db: Database;
    let intake: Intake;
    let server: Server;
    let url: string;
    let evaluatorKey: string;
    const get = async (path: string, key = evaluatorKey) => fetch(`${url}${path}`, { headers: { authorization: `Bearer ${key}` } });
    const report = async (query: string) => {
      const res = await get(`/evaluation?${query}`);
      assert.equal(res.status, 200, await res.clone().text());
      const body = await res.json();
      const checked = validateEvaluationReport(body);
      assert.ok(checked.ok, JSON.stringify(!checked.ok && checked.issues));
      return body as EvaluationReport;
    };

    before(async () => {
      db = await open();
      intake = await createIntake(config(), { database: db, now: () => new Date('2026-12-02T10:00:00Z') });
      server = createServer((req, res) => void intake.handle(req, res));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      evaluatorKey = (await intake.staff.add({ name: 'Testi Arvioija', role: 'evaluator', municipalities: ['758', '583'] })).key;
      for (const [n, person] of PEOPLE.entries()) {
        const { referral, events } = caseOf(person, n);
        assert.equal((await intake.store.saveReferral(`fixture-${n}`, referral)).outcome, 'created');
        await db.query('UPDATE referrals SET received_at = $2 WHERE id = $1', [referral.id, day(0, 9)]);
        for (const event of events) assert.equal((await intake.store.appendEvent(referral.id, event))?.outcome, 'created');
      }
    });
    after(async () => {
      server.close();
      await intake.close();
      await db.close();
    });

    it('every table against the hand-computed counts; 1–4 hidden as small, nothing shown wrong', async () => {
      const r = await report('from=2026-01&to=2026-06&municipality=758');
      assert.deepEqual(r.period, { from: '2026-01', to: '2026-06', basis: 'received' });
      assert.equal(r.threshold, 5);
      assert.deepEqual(Object.keys(EXPECTED).sort(), r.tables.map((t) => t.id).sort(), 'every table has expectations');
      for (const [id, expected] of Object.entries(EXPECTED)) checkTable(r.tables.find((t) => t.id === id)!, expected, r.threshold);
      const status = r.tables.find((t) => t.id === 'status')!;
      assert.deepEqual(status.total, { count: 12 });
    });

    it('summaries: median age, waiting time, joint work, meetings and hours; none over fewer than five people', async () => {
      const { summaries } = await report('from=2026-01&to=2026-06&municipality=758');
      assert.deepEqual(summaries.age, { n: { count: 12 }, median: 77 });
      // Waits of 1…11 days: median 6, 90th percentile (interpolated) 10; shown only if their n is.
      if (summaries.waitingDays.n.count !== null) assert.deepEqual(summaries.waitingDays, { n: { count: 11 }, median: 6, p90: 10 });
      else assert.deepEqual([summaries.waitingDays.median, summaries.waitingDays.p90], [null, null]);
      // Joint work of 30, 40, …, 80 days: median 55, p90 75.
      assert.deepEqual(summaries.jointWorkDays, { n: { count: 6 }, median: 55, p90: 75 });
      // Meetings are over the closed (6 = 5 completed + 1 interrupted): hiding that 1 may hide the 6 too.
      if (summaries.meetings.n.count !== null) assert.deepEqual(summaries.meetings, { n: { count: 6 }, sum: 41, mean: 6.8, median: 7 });
      else assert.deepEqual(summaries.meetings, { n: { count: null, suppressed: 'complementary' }, sum: null, mean: null, median: null });
      assert.deepEqual(summaries.linkWorkerHours, { n: { count: 6 }, sum: 40.5, mean: 6.8, median: 7 });
      assert.deepEqual(summaries.coordinatorHours, { n: { count: null, suppressed: 'small' }, sum: null, mean: null, median: null });
      assert.deepEqual(summaries.kilometres, { n: { count: 0 }, sum: null, mean: null, median: null });
    });

    it('SWEMWBS: n, mean, SD, min and max per timepoint; the paired change with its 95 % interval', async () => {
      const swemwbs = (await report('from=2026-01&to=2026-06&municipality=758')).measures.find((m) => m.instrument === 'swemwbs')!;
      // Start: metric scores 16.88 18.59 19.25 19.98 21.54 17.43 17.98 18.59 22.35 23.21.
      assert.deepEqual(swemwbs.timepoints.start, { n: { count: 10 }, mean: 19.6, sd: 2.1, min: 16.88, max: 23.21 });
      assert.deepEqual(swemwbs.timepoints.end, { n: { count: 5 }, mean: 22.4, sd: 2, min: 20.73, max: 25.03 });
      assert.deepEqual(swemwbs.timepoints['follow-up'], { n: { count: 0 }, mean: null, sd: null, min: null, max: null });
      // Changes 3.85 2.95 5.78 0.75 2.57: mean 3.18, SD 1.84, t(4) = 2.776 → 3.18 ± 2.28.
      const toEnd = swemwbs.changes.find((c) => c.to === 'end')!;
      assert.deepEqual({ ...toEnd, meaningful: undefined }, { from: 'start', to: 'end', n: { count: 5 }, mean: 3.2, ciLow: 0.9, ciHigh: 5.5, meaningful: undefined, meaningfulShare: null });
      // Two of five improved by 3 or more, three did not: both small, so neither is shown, nor the share.
      assert.deepEqual(toEnd.meaningful, [{ code: 'improved', count: null, suppressed: 'small' }, { code: 'other', count: null, suppressed: 'small' }]);
      const esis = (await report('from=2026-01&to=2026-06&municipality=758')).measures.find((m) => m.instrument === 'esis')!;
      assert.deepEqual(esis.timepoints.start.n, { count: 0 });
    });

    it('t quantiles for the interval match the published tables', () => {
      for (const [df, t] of [[4, 2.776], [5, 2.571], [9, 2.262], [19, 2.093], [29, 2.045], [120, 1.98]] as const) assert.ok(Math.abs(t975(df) - t) < 0.0015, `df ${df}: ${t975(df)}`);
    });

    it('a period is whole months on Finnish time; outside it no one is counted; "active" counts the open and late-closed', async () => {
      assert.deepEqual(evaluationScopeOf({ from: '2026-03', to: '2026-10', basis: 'received', municipalities: ['758'] }), {
        municipalities: ['758'],
        start: '2026-02-28T22:00:00.000Z',
        end: '2026-10-31T22:00:00.000Z',
        firstDay: '2026-03-01',
        basis: 'received',
      });
      assert.deepEqual((await report('from=2026-03&to=2026-12&municipality=758')).tables[0]!.total, { count: 0 });
      // Active from March: the six closed by then (the earliest on 3 March) … all twelve were open some time in March or later.
      const active = await report('from=2026-03&to=2026-12&basis=active&municipality=758');
      assert.equal(active.period.basis, 'active');
      assert.deepEqual(active.tables[0]!.total, { count: 12 });
      const late = await report('from=2026-05&to=2026-12&basis=active&municipality=758');
      // Closed before May: the first three (3 March, 15 March, 27 March … see `work`) are not active in May.
      assert.ok(late.tables[0]!.total.count === null || late.tables[0]!.total.count < 12);
    });

    it('a municipality with no referrals shows zeros, and the threshold can be raised, never lowered', async () => {
      const empty = await report('from=2026-01&to=2026-06&municipality=583');
      assert.ok(empty.tables.every((t) => t.total.count === 0 && t.rows.every((row) => row.count === 0)));
      const raised = await report('from=2026-01&to=2026-06&municipality=758&threshold=8');
      assert.equal(raised.threshold, 8);
      checkTable(raised.tables.find((t) => t.id === 'gender')!, EXPECTED.gender!, 8);
      assert.equal((await get('/evaluation?from=2026-01&to=2026-06&threshold=4')).status, 400);
    });

    it('bad queries get 400 naming the parameter; the server goes on', async () => {
      const bad: [string, string][] = [
        ['', 'from'],
        ['from=2026-13&to=2026-12', 'from'],
        ['from=2026-05&to=2026-04', 'to'],
        ['from=2026-01', 'to'],
        ['from=2016-01&to=2026-12', 'to'],
        ['from=2026-01&to=2026-02&basis=closed', 'basis'],
        ['from=2026-01&to=2026-02&municipality=999', 'municipality'],
        ['from=2026-01&to=2026-02&municipality=', 'municipality'],
        ['from=2026-01&to=2026-02&threshold=5.5', 'threshold'],
        ['from=2026-01&to=2026-02&lang=fi', 'lang'],
        ['from=2026-01&from=2026-02&to=2026-03', 'from'],
        ['from=%00&to=2026-02', 'from'],
      ];
      for (const [query, name] of bad) {
        const res = await get(`/evaluation?${query}`);
        assert.equal(res.status, 400, query);
        assert.deepEqual(await res.json(), { issues: [{ path: [name], code: 'invalid' }] }, query);
      }
      assert.equal((await get('/health')).status, 200);
    });

    it('CSV: UTF-8 with BOM, semicolons, decimal comma, the same protected numbers, no free text', async () => {
      const res = await get('/evaluation.csv?from=2026-01&to=2026-06&municipality=758');
      assert.equal(res.headers.get('content-type'), 'text/csv; charset=utf-8');
      assert.match(res.headers.get('content-disposition') ?? '', /attachment; filename="linkki-evaluation-2026-01-2026-06\.csv"/);
      const bytes = new Uint8Array(await res.arrayBuffer());
      assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf]);
      const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
      assert.equal(lines[0], 'Taulukko;Rivi;Luku;Huomautus');
      assert.ok(lines.includes('Sukupuoli;Nainen;8;'), lines.filter((l) => l.startsWith('Sukupuoli')).join('\n'));
      assert.ok(lines.includes('Sukupuoli;Mies;;alle 5') || lines.includes('Sukupuoli;Mies;;piilotettu, jotta pientä lukua ei voi päätellä'));
      assert.ok(lines.includes('SWEMWBS: Alussa;Keskiarvo;19,6;'));
      assert.ok(lines.includes('Linkkihenkilön tunnit;Yhteensä;40,5;'));
      assert.ok(lines.every((line) => line === '' || line.split(';').length === 4 || line.includes('"')));
      const english = await (await get('/evaluation.csv?from=2026-01&to=2026-06&municipality=758&lang=en')).text();
      assert.ok(english.includes('\r\nSWEMWBS: At the start;Mean;19.6;\r\n') || english.includes(';Mean;19.6;'));
    });

    it('every report is audited: who, the period and the municipalities, never a person', async () => {
      await report('from=2026-01&to=2026-06&municipality=758');
      const [row] = await db.query<{ action: string; detail: Record<string, unknown>; referral_id: string | null }>(
        "SELECT action, detail, referral_id FROM audit WHERE action = 'evaluation' ORDER BY id DESC LIMIT 1",
      );
      assert.deepEqual(row, { action: 'evaluation', referral_id: null, detail: { from: '2026-01', to: '2026-06', basis: 'received', municipalities: ['758'], threshold: 5, format: 'json' } });
    });
  });
}
