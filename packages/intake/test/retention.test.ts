import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { scoreSwemwbs, type CaseEvent, type ProfessionalReferral, type QuestionnaireResponse, type Timepoint } from '@linkki/schema';
import { professionalReferral } from '../../schema/test/fixtures.js';
import { createIntake, openDatabase, type Database, type Intake, type IntakeConfig } from '../src/index.js';
import { DEFAULT_RETENTION, retentionOf } from '../src/config.js';
import { ageBandOf, evaluationFacts, factsOf, type EvaluationFacts } from '../src/evaluation-facts.js';
import { addMonths } from '../src/follow-ups.js';
import { cutoffOf, strippedEvent } from '../src/retention.js';
import { backends, testConfig } from './backends.js';

const config = (overrides: Partial<IntakeConfig> = {}): IntakeConfig =>
  testConfig({
    token: 'retention-test-bootstrap-key',
    retention: { months: 24, intervalHours: 24 },
    ...overrides,
  });

/** The retention run's clock: 1 December 2026, noon in Finland. */
const NOW = new Date('2026-12-01T10:00:00Z');
const ITEMS = ['optimistic', 'useful', 'relaxed', 'problems', 'thinking', 'close', 'decisions'];
/** An instant `months` calendar months before NOW (same time of day), with a Finnish offset. */
const monthsAgo = (months: number, hour = '12:00') => `${addMonths(NOW.toISOString().slice(0, 10), -months)}T${hour}:00+02:00`;

function swemwbs(timepoint: Timepoint, answers: number[], completedAt: string): QuestionnaireResponse {
  return {
    instrument: { id: 'swemwbs', version: '1.0' },
    language: 'fi',
    timepoint,
    answers: Object.fromEntries(ITEMS.map((item, i) => [item, answers[i]!])),
    score: scoreSwemwbs(answers)!,
    completedAt,
  };
}

/** Invented, one set per case; each string is unique to its case, so finding it anywhere means it was not erased. */
const personal = (tag: string, n: number) => ({
  name: `Nimi${tag} Testinen`,
  phone: `040 000 08${n}${n}`,
  email: `${tag.toLowerCase()}.testinen@example.org`,
  referrerName: `Lahettaja${tag} Testinen`,
  organisation: `Terveysasema${tag}`,
  referrerPhone: `040 000 09${n}${n}`,
  hopes: `Toivoo${tag} kavelyseuraa`,
  otherReason: `Muusyy${tag} kantele`,
  note: `Muistiinpano${tag} puhelusta`,
  meetingNote: `Tapaamismuistio${tag} kirjastossa`,
  activityName: `Lukupiiri${tag} vapaa`,
  activityNote: `Kokeilumuistio${tag}`,
  joinedName: `Kahvila${tag} nimi`,
  goal: `Tavoite${tag} kavely`,
  periodReason: `Jatkosyy${tag}`,
  needsText: `Tarveteksti${tag} kyyti`,
  whyText: `Paattymissyy${tag} teksti`,
  whatCameIn: `Arkeen${tag} tuli`,
  feedback: `Palaute${tag} lahettajalle`,
});

function referralOf(p: ReturnType<typeof personal>, birthYear: number): ProfessionalReferral {
  return {
    ...professionalReferral,
    id: randomUUID(),
    referrer: { type: 'social-services', name: p.referrerName, organisation: p.organisation, contact: { phone: p.referrerPhone }, wantsFeedback: true },
    person: { name: p.name, contact: { phone: p.phone, email: p.email }, birthYear, gender: 'female', municipality: '758', language: 'fi' },
    reasons: ['loneliness', 'other'],
    otherReason: p.otherReason,
    hopes: p.hopes,
    swemwbs: swemwbs('start', [2, 3, 3, 2, 3, 2, 3], monthsAgo(40, '09:00')),
  };
}

/** Every event type with free text in it; closed at `closedAt` when given. */
function eventsOf(tag: string, p: ReturnType<typeof personal>, closedAt: string | undefined): CaseEvent[] {
  const at = (months: number) => monthsAgo(months);
  const id = (name: string) => `ev-${tag}-${name}`;
  const events: CaseEvent[] = [
    { type: 'routed', id: id('routed'), at: at(30), by: 'coordinator', route: 'link-worker' },
    { type: 'period-agreed', id: id('period'), at: at(30), by: 'link-worker', until: addMonths(at(30).slice(0, 10), 6), reason: p.periodReason },
    { type: 'goals-set', id: id('goals'), at: at(30), by: 'link-worker', goals: [p.goal] },
    { type: 'meeting', id: id('meeting'), at: at(29), by: 'link-worker', place: 'home', durationMinutes: 60, kilometres: 12, note: p.meetingNote },
    { type: 'activity-tried', id: id('tried'), at: at(28), by: 'link-worker', activity: { activityId: 'sod-001', name: p.activityName }, note: p.activityNote },
    { type: 'activity-joined', id: id('joined'), at: at(28), by: 'link-worker', activity: { name: p.joinedName } },
    { type: 'needs-recorded', id: id('needs'), at: at(27), by: 'link-worker', barriers: ['transport', 'cost'], unmetNeeds: ['peer-group'], text: p.needsText },
    { type: 'note', id: id('note'), at: at(27), by: 'coordinator', text: p.note },
  ];
  if (closedAt) {
    events.push({
      type: 'closed',
      id: id('closed'),
      at: closedAt,
      by: 'link-worker',
      closure: {
        endingReason: 'interrupted',
        whyEnded: { code: 'health', text: p.whyText },
        meetings: 5,
        hours: { linkWorker: 7.5, coordinator: 1.25 },
        kilometres: 40,
        recommend: 5,
        wellbeingStrengthened: 'declined',
        whatCameIn: p.whatCameIn,
        activitiesJoined: [{ activityId: 'sod-001', name: p.joinedName }, { name: p.activityName }],
        continuing: ['activity', 'volunteer'],
        feedbackToReferrer: p.feedback,
        feedbackConsent: true,
      },
    });
  }
  return events;
}

/** Where a string occurs: every text, jsonb and array column of every table of the database's schema. */
async function findEverywhere(db: Database, needle: string): Promise<string[]> {
  const columns = await db.query<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns
     WHERE table_schema = current_schema() AND data_type IN ('text', 'jsonb', 'json', 'character varying', 'ARRAY')
     ORDER BY table_name, column_name`,
  );
  assert.ok(columns.some((c) => c.table_name === 'referrals' && c.column_name === 'body'));
  const found: string[] = [];
  for (const { table_name: table, column_name: column } of columns) {
    const [row] = await db.query<{ n: string | number }>(`SELECT count(*) AS n FROM "${table}" WHERE strpos("${column}"::text, $1) > 0`, [needle]);
    if (Number(row!.n)) found.push(`${table}.${column}`);
  }
  return found;
}

describe('evaluation facts and erasure, pure parts', () => {
  it('age bands at the edges', () => {
    const table: [number | undefined, string | null][] = [
      [undefined, null], [17, null], [18, '18-29'], [29, '18-29'], [30, '30-44'], [44, '30-44'], [45, '45-64'], [64, '45-64'],
      [65, '65-74'], [74, '65-74'], [75, '75-84'], [84, '75-84'], [85, '85+'], [120, '85+'],
    ];
    for (const [age, band] of table) assert.equal(ageBandOf(age), band, String(age));
  });

  it('facts of a case: age at receipt from the birth year, the latest closure, codes in list order, the current scores', () => {
    const p = personal('Puhdas', 1);
    const referral = referralOf(p, 1950);
    const events = eventsOf('Puhdas', p, '2026-05-31T23:30:00+03:00');
    const facts = factsOf({ status: 'interrupted', receivedAt: '2025-12-31T22:30:00Z', referral, events });
    assert.deepEqual(facts, {
      municipality: '758',
      ageBand: '75-84',
      gender: 'female',
      language: 'fi',
      kind: 'professional',
      referrerType: 'social-services',
      reasons: ['loneliness', 'other'],
      status: 'interrupted',
      route: 'link-worker',
      endingReason: 'interrupted',
      whyEnded: 'health',
      meetings: 5,
      hours: { linkWorker: 7.5, coordinator: 1.25 },
      kilometres: 40,
      continuing: ['activity', 'volunteer'],
      recommend: 5,
      wellbeingStrengthened: 'declined',
      barriers: ['transport', 'cost'],
      unmetNeeds: ['peer-group'],
      meetingPlaces: ['home'],
      scores: { swemwbs: { start: referral.swemwbs!.score.metric, end: null, 'follow-up': null }, esis: { start: null, end: null, 'follow-up': null } },
      // 22:30 UTC on 31 December is already January in Finland.
      receivedMonth: '2026-01',
      routedAt: monthsAgo(30).slice(0, 10),
      closedAt: '2026-05-31',
    });
    const text = JSON.stringify(facts);
    for (const secret of Object.values(p)) assert.ok(!text.includes(secret), secret);
    assert.ok(!text.includes('1950'));
  });

  it('stripped events keep codes, counts, dates and catalogue ids; notes go; applying it again changes nothing', () => {
    const p = personal('Riisuttu', 2);
    const events = [...eventsOf('Riisuttu', p, monthsAgo(25)), { type: 'questionnaire-completed', id: 'q1', at: monthsAgo(25), by: 'link-worker', response: swemwbs('end', [4, 4, 4, 4, 4, 4, 4], monthsAgo(25)) } as CaseEvent];
    const stripped = events.map(strippedEvent);
    const text = JSON.stringify(stripped);
    for (const secret of Object.values(p)) assert.ok(!text.includes(secret), secret);
    assert.equal(stripped.filter((e) => e === null).length, 1, 'the note');
    const byType = Object.fromEntries(stripped.filter(Boolean).map((e) => [e!.type as string, e]));
    assert.deepEqual(byType['activity-tried']!.activity, { activityId: 'sod-001' });
    assert.deepEqual(byType['meeting'], { type: 'meeting', id: 'ev-Riisuttu-meeting', at: monthsAgo(29), by: 'link-worker', place: 'home', durationMinutes: 60, kilometres: 12 });
    assert.deepEqual(byType['questionnaire-completed']!.response, { instrument: { id: 'swemwbs', version: '1.0' }, timepoint: 'end', score: { raw: 28, metric: 25.03 }, completedAt: monthsAgo(25).slice(0, 10) });
    const closure = byType['closed']!.closure as Record<string, unknown>;
    assert.deepEqual(closure.whyEnded, { code: 'health' });
    assert.deepEqual(closure.activitiesJoined, [{ activityId: 'sod-001' }, {}]);
    assert.equal(closure.feedbackConsent, true);
    assert.deepEqual(byType['goals-set'], { type: 'goals-set', id: 'ev-Riisuttu-goals', at: monthsAgo(30), by: 'link-worker' });
    assert.deepEqual(stripped.filter(Boolean).map((e) => strippedEvent(e as unknown as CaseEvent)), stripped.filter(Boolean));
  });

  it('the cutoff is calendar months back; the settings come from the environment and refuse nonsense', () => {
    assert.equal(cutoffOf(new Date('2026-12-01T10:00:00.000Z'), 24), '2024-12-01T10:00:00.000Z');
    assert.equal(cutoffOf(new Date('2026-05-31T10:00:00.000Z'), 3), '2026-02-28T10:00:00.000Z');
    assert.deepEqual(retentionOf({}), DEFAULT_RETENTION);
    assert.deepEqual(DEFAULT_RETENTION, { months: 24, intervalHours: 24 });
    assert.deepEqual(retentionOf({ LINKKI_INTAKE_RETENTION_MONTHS: '36', LINKKI_INTAKE_RETENTION_INTERVAL_HOURS: '0.5' }), { months: 36, intervalHours: 0.5 });
    for (const months of ['0', '-1', '1.5', 'x', '24 months']) assert.throws(() => retentionOf({ LINKKI_INTAKE_RETENTION_MONTHS: months }), /LINKKI_INTAKE_RETENTION_MONTHS/, months);
    for (const hours of ['0', '-2', 'x', '1000']) assert.throws(() => retentionOf({ LINKKI_INTAKE_RETENTION_INTERVAL_HOURS: hours }), /LINKKI_INTAKE_RETENTION_INTERVAL_HOURS/, hours);
  });
});

for (const [name, open] of backends()) {
  describe(`retention, export and erasure on ${name}`, () => {
    let db: Database;
    let intake: Intake;
    let server: Server;
    let url: string;
    const lines: string[] = [];
    let webhooks = false;
    const keys: Record<string, string> = {};
    const ids: Record<string, string> = {};
    /** The cases: closed 25 months ago (erased by retention), 23 months ago and open (kept), open (erased on request). */
    const cases = {} as Record<'old' | 'recent' | 'open' | 'requested', { id: string; reference: string; statusToken?: string; p: ReturnType<typeof personal>; stored: string[] }>;

    const call = async (who: string, method: string, path: string, body?: unknown) => {
      const res = await fetch(`${url}${path}`, {
        method,
        headers: { ...(keys[who] ? { authorization: `Bearer ${keys[who]}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, text, body: text ? JSON.parse(text) : undefined };
    };

    async function makeCase(tag: string, n: number, closedAt: string | undefined) {
      const p = personal(tag, n);
      const referral = referralOf(p, 1946 + n);
      const sent = await call('nobody', 'POST', '/referrals', referral);
      assert.equal(sent.status, 201, sent.text);
      for (const event of eventsOf(tag, p, closedAt)) {
        const res = await call('coordinator', 'POST', `/referrals/${referral.id}/events`, event);
        assert.equal(res.status, 201, res.text);
      }
      const end = await call('coordinator', 'POST', `/referrals/${referral.id}/responses`, swemwbs('end', [4, 4, 3, 4, 4, 3, 4], closedAt ?? monthsAgo(1)));
      assert.equal(end.status, 201, end.text);
      // Personal data read by a coordinator: an audit row the export must show.
      assert.equal((await call('coordinator', 'GET', `/referrals/${referral.id}`)).status, 200);
      // What was stored of her: the closure's words only when the case is closed.
      const stored = Object.entries(p).filter(([key]) => closedAt || !['whyText', 'whatCameIn', 'feedback'].includes(key)).map(([, value]) => value);
      return { id: referral.id, reference: sent.body.reference as string, statusToken: sent.body.statusToken as string | undefined, p, stored };
    }

    before(async () => {
      db = await open();
      intake = await createIntake(config(), { database: db, log: (line) => lines.push(line) });
      server = createServer((req, res) => void intake.handle(req, res));
      // PGlite blocks the event loop for seconds while the tests search every column: the server must
      // not close a kept-alive connection while fetch is about to reuse it.
      server.keepAliveTimeout = 120_000;
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      for (const [who, role] of [['coordinator', 'coordinator'], ['worker', 'link-worker'], ['admin', 'admin']] as const) {
        const { staff, key } = await intake.staff.add({ name: `Testi ${who}`, role, municipalities: role === 'admin' ? [] : ['758'] });
        ids[who] = staff.id;
        keys[who] = key;
      }
      // A webhook subscriber, when the intake has webhooks: the cases' changes wait for it in the outbox.
      webhooks = (await call('admin', 'POST', '/webhooks', { url: 'https://hooks.example/linkki' })).status === 201;
      cases.old = await makeCase('Alfa', 1, monthsAgo(25));
      cases.recent = await makeCase('Beeta', 2, monthsAgo(23));
      cases.open = await makeCase('Gamma', 3, undefined);
      cases.requested = await makeCase('Delta', 4, undefined);
    });
    after(async () => {
      server.close();
      await intake.close();
      await db.close();
    });

    it('the retention run at start found nothing to erase and said so in one line without ids', () => {
      assert.ok(lines.some((line) => /^retention: 0 cases erased \(closed more than 24 months ago\)$/.test(line)), lines.join('\n'));
    });

    it('retention erases exactly the case closed more than 24 months ago, keeps its evaluation facts, and leaves no personal string of it in any table', async () => {
      const before = await evaluationFacts(db);
      assert.equal(before.length, 4);
      for (const secret of Object.values(cases.old.p)) assert.notDeepEqual(await findEverywhere(db, secret), [], `${secret} is stored before`);

      const report = await intake.retention.run(NOW);
      assert.deepEqual(report, { erased: 1, failed: 0, cutoff: '2024-12-01T10:00:00.000Z' });
      assert.deepEqual(await evaluationFacts(db), before, 'evaluation facts are the same before and after');

      for (const secret of Object.values(cases.old.p)) assert.deepEqual(await findEverywhere(db, secret), [], `${secret} remains`);
      for (const kept of [cases.recent, cases.open, cases.requested]) {
        for (const secret of kept.stored) assert.notDeepEqual(await findEverywhere(db, secret), [], `${secret} of a kept case is gone`);
        assert.equal((await intake.store.getReferral(kept.id))!.erased, undefined);
      }
      const [row] = await db.query<{ body: { person: Record<string, unknown> }; erasure_reason: string; erased_at: Date }>('SELECT body, erasure_reason, erased_at FROM referrals WHERE id = $1', [cases.old.id]);
      assert.deepEqual(row!.body.person, { municipality: '758', language: 'fi', gender: 'female' }, 'no birth year, age, name or contact');
      assert.equal(row!.erasure_reason, 'retention');
      assert.equal(new Date(row!.erased_at).toISOString(), NOW.toISOString());

      // The events stay without free text; the note is gone; answers to the items are gone, scores stay.
      const events = (await db.query<{ body: Record<string, unknown> }>('SELECT body FROM case_events WHERE referral_id = $1', [cases.old.id])).map((e) => e.body);
      assert.deepEqual(events.map((e) => e.type).sort(), ['activity-joined', 'activity-tried', 'closed', 'goals-set', 'meeting', 'needs-recorded', 'period-agreed', 'questionnaire-completed', 'routed']);
      assert.ok(!JSON.stringify(events).includes('answers'));

      // Status links of the case are gone (when the intake makes them).
      if (cases.old.statusToken) assert.equal((await fetch(`${url}/status/${cases.old.statusToken}`)).status, 404);
      const [links] = await db.query<{ n: string | number }>("SELECT CASE WHEN to_regclass('status_links') IS NULL THEN 0 ELSE 1 END AS n");
      if (Number(links!.n)) assert.deepEqual(await db.query('SELECT * FROM status_links WHERE referral_id = $1', [cases.old.id]), []);

      // Its webhook deliveries still waiting are gone (when the intake has webhooks).
      if (webhooks) {
        const pending = await db.query("SELECT id FROM webhook_deliveries WHERE referral_id = $1 AND status = 'pending'", [cases.old.id]);
        assert.deepEqual(pending, []);
      }

      // One audit row: who (the system), what, which case, why; the log line has counts only.
      const audit = await db.query<{ staff_id: string | null; role: string; detail: unknown }>("SELECT staff_id, role, detail FROM audit WHERE referral_id = $1 AND action = 'erase'", [cases.old.id]);
      assert.deepEqual(audit, [{ staff_id: null, role: 'system', detail: { reason: 'retention' } }]);
      assert.equal(lines.filter((l) => l.startsWith('retention')).at(-1), 'retention: 1 case erased (closed more than 24 months ago)');

      // A second run finds nothing more; the recent case is erased once it too is 24 months closed.
      assert.equal((await intake.retention.run(NOW)).erased, 0);
      assert.equal((await intake.retention.run(new Date(Date.parse(NOW.toISOString()) + 31 * 86_400_000 * 2))).erased, 1);
      assert.deepEqual(await evaluationFacts(db), before);
      assert.equal((await intake.store.getReferral(cases.recent.id))!.erased?.reason, 'retention');
      assert.equal((await intake.store.getReferral(cases.open.id))!.erased, undefined, 'an open case is never erased by retention');
    });

    it('every read path copes with an erased case: the list, the case, its responses, follow-ups; it takes no more events', async () => {
      const read = await call('coordinator', 'GET', `/referrals/${cases.old.id}`);
      assert.equal(read.status, 200);
      assert.deepEqual(Object.keys(read.body).sort(), ['assignedTo', 'erased', 'events', 'id', 'receivedAt', 'reference', 'status']);
      assert.deepEqual(read.body.erased, { at: NOW.toISOString(), reason: 'retention' });
      assert.equal(read.body.reference, cases.old.reference);
      assert.equal(read.body.status, 'interrupted');

      const list = await call('coordinator', 'GET', '/referrals');
      assert.equal(list.status, 200);
      const row = list.body.referrals.find((r: { id: string }) => r.id === cases.old.id);
      assert.deepEqual(row.erased, { at: NOW.toISOString(), reason: 'retention' });
      assert.equal(row.followUpDue, null);
      assert.equal(row.age, undefined);
      assert.equal(row.municipality, '758');

      const responses = await call('coordinator', 'GET', `/referrals/${cases.old.id}/responses`);
      assert.equal(responses.status, 200);
      assert.equal(typeof responses.body.changes.swemwbs['start→end'].change, 'number');
      assert.ok(!responses.text.includes('answers'));

      const followUps = await call('coordinator', 'GET', '/follow-ups');
      assert.ok(!followUps.body.followUps.some((f: { id: string }) => f.id === cases.old.id));

      const note = { type: 'note', id: `ev-${randomUUID()}`, at: NOW.toISOString(), by: 'coordinator', text: 'Uusi muistiinpano' };
      assert.deepEqual((await call('coordinator', 'POST', `/referrals/${cases.old.id}/events`, note)).body, { error: 'erased' });
      assert.equal((await call('coordinator', 'POST', `/referrals/${cases.old.id}/responses`, swemwbs('follow-up', [4, 4, 4, 4, 4, 4, 4], NOW.toISOString()))).status, 409);
      assert.equal((await call('coordinator', 'POST', `/referrals/${cases.old.id}/assignment`, { staffId: ids.worker })).status, 409);
      for (const path of ['', '/responses']) {
        for (const secret of Object.values(cases.old.p)) assert.ok(!(await call('admin', 'GET', `/referrals/${cases.old.id}${path}`)).text.includes(secret));
      }
    });

    it('export: everything stored about the person, the audit of who read it and the export itself; no secrets', async () => {
      const res = await call('admin', 'GET', `/referrals/${cases.open.id}/export`);
      assert.equal(res.status, 200);
      const exported = res.body;
      for (const secret of cases.open.stored) assert.ok(res.text.includes(secret), `${secret} is in the export`);
      assert.equal(exported.referral.id, cases.open.id);
      assert.equal(exported.referral.reference, cases.open.reference);
      assert.equal(exported.referral.referral.person.birthYear, 1949);
      assert.equal(exported.events.length, eventsOf('Gamma', cases.open.p, undefined).length + 1);
      assert.equal(exported.measures.swemwbs.start.current.answers.optimistic, 2);
      const actions = exported.audit.map((a: { action: string }) => a.action);
      assert.ok(actions.includes('append-event') && actions.includes('record-response') && actions.includes('read-referral'), actions.join());
      assert.deepEqual(exported.audit.at(-1), { ...exported.audit.at(-1), action: 'export', staffId: ids.admin, role: 'admin' });
      if (cases.open.statusToken) {
        assert.equal(exported.statusLinks.length, 1);
        assert.ok(!res.text.includes(cases.open.statusToken));
        assert.ok(!JSON.stringify(exported.statusLinks).includes('hash'));
      }
      const [{ n }] = (await db.query<{ n: string | number }>("SELECT count(*) AS n FROM audit WHERE action = 'export' AND referral_id = $1", [cases.open.id])) as [{ n: string | number }];
      assert.equal(Number(n), 1);

      // An erased case exports what is left: the kept facts, no personal data.
      const erased = await call('admin', 'GET', `/referrals/${cases.old.id}/export`);
      assert.equal(erased.status, 200);
      assert.equal(erased.body.referral.erased.reason, 'retention');
      assert.deepEqual(erased.body.referral.kept, (await evaluationFacts(db)).find((f: EvaluationFacts) => f.status === 'interrupted' && f.closedAt === monthsAgo(25).slice(0, 10)));
      for (const secret of Object.values(cases.old.p)) assert.ok(!erased.text.includes(secret), secret);
    });

    it('erasure on request: admin only, 404 for an unknown referral, 200 with what was kept; again, the same answer', async () => {
      const before = await evaluationFacts(db);
      assert.equal((await call('coordinator', 'POST', `/referrals/${cases.requested.id}/erasure`)).status, 403);
      assert.equal((await call('worker', 'GET', `/referrals/${cases.requested.id}/export`)).status, 403);
      assert.equal((await call('nobody', 'POST', `/referrals/${cases.requested.id}/erasure`)).status, 401);
      assert.equal((await call('admin', 'POST', `/referrals/${randomUUID()}/erasure`)).status, 404);
      assert.equal((await call('admin', 'GET', `/referrals/${randomUUID()}/export`)).status, 404);
      assert.equal((await call('admin', 'GET', `/referrals/${cases.requested.id}/erasure`)).status, 405);
      assert.equal((await call('admin', 'POST', `/referrals/${cases.requested.id}/export`)).status, 405);
      for (const secret of cases.requested.stored) assert.notDeepEqual(await findEverywhere(db, secret), [], secret);

      const erased = await call('admin', 'POST', `/referrals/${cases.requested.id}/erasure`);
      assert.equal(erased.status, 200, erased.text);
      assert.equal(erased.body.id, cases.requested.id);
      assert.equal(erased.body.reference, cases.requested.reference);
      assert.equal(erased.body.erased.reason, 'request');
      assert.equal(erased.body.kept.ageBand, '75-84');
      assert.equal(erased.body.kept.closedAt, null);
      assert.deepEqual(await evaluationFacts(db), before, 'evaluation facts are the same before and after');
      for (const secret of Object.values(cases.requested.p)) assert.deepEqual(await findEverywhere(db, secret), [], secret);
      assert.deepEqual((await call('admin', 'POST', `/referrals/${cases.requested.id}/erasure`)).body, erased.body);
      const audit = await db.query<{ staff_id: string | null; role: string; detail: unknown }>("SELECT staff_id, role, detail FROM audit WHERE referral_id = $1 AND action = 'erase'", [cases.requested.id]);
      assert.deepEqual(audit, [{ staff_id: ids.admin, role: 'admin', detail: { reason: 'request' } }]);
      // The other cases are untouched.
      for (const secret of cases.open.stored) assert.notDeepEqual(await findEverywhere(db, secret), [], secret);
    });

    it('evaluationFacts keeps to the caller\'s scope, in the SQL', async () => {
      assert.equal((await evaluationFacts(db, { municipalities: ['758'], assignedTo: null })).length, 4);
      assert.deepEqual(await evaluationFacts(db, { municipalities: ['320'], assignedTo: null }), []);
      assert.deepEqual(await evaluationFacts(db, { municipalities: null, assignedTo: ids.worker! }), []);
    });
  });
}

describe('the retention timer', () => {
  it('runs every interval, never throws, and stops with close()', async () => {
    const db = await openDatabase({ databaseUrl: undefined, dataDir: 'memory://' });
    const lines: string[] = [];
    // 0.0002 hours: every 0.72 s.
    const intake = await createIntake(config({ retention: { months: 1, intervalHours: 0.0002 } }), { database: db, log: (line) => lines.push(line) });
    const p = personal('Ajastin', 5);
    const referral = referralOf(p, 1950);
    await intake.store.saveReferral(referral.id, referral);
    await intake.store.appendEvent(referral.id, eventsOf('Ajastin', p, new Date(Date.now() - 62 * 86_400_000).toISOString()).at(-1)!);
    for (let i = 0; i < 40 && !(await intake.store.getReferral(referral.id))!.erased; i += 1) await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal((await intake.store.getReferral(referral.id))!.erased?.reason, 'retention');
    assert.ok(lines.includes('retention: 1 case erased (closed more than 1 month ago)'), lines.join('\n'));
    await intake.close();
    const count = lines.length;
    await new Promise((resolve) => setTimeout(resolve, 900));
    assert.equal(lines.length, count, 'no run after close()');
    await db.close();
  });

  it('a failing run is logged with its code and does not stop the intake', async () => {
    const db = await openDatabase({ databaseUrl: undefined, dataDir: 'memory://' });
    const lines: string[] = [];
    const intake = await createIntake(config(), { database: db, log: (line) => lines.push(line) });
    await db.query('ALTER TABLE referrals RENAME COLUMN erased_at TO erased_at_gone');
    await intake.retention.runSafely(NOW);
    assert.match(lines.at(-1)!, /^retention failed: \w+$/);
    await db.query('ALTER TABLE referrals RENAME COLUMN erased_at_gone TO erased_at');
    await intake.close();
    await db.close();
  });
});
