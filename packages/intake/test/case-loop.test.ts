import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { scoreSwemwbs, type CaseEvent, type QuestionnaireResponse, type Referral, type Timepoint } from '@linkki/schema';
import { selfReferral } from '../../schema/test/fixtures.js';
import { createIntake, type Database, type Intake, type IntakeConfig } from '../src/index.js';
import { addMonths, followUpDue } from '../src/follow-ups.js';
import { backends } from './backends.js';

const config: IntakeConfig = {
  databaseUrl: undefined,
  dataDir: 'memory://',
  token: 'case-loop-bootstrap-key',
  origins: [],
  ratePerMinute: 100_000,
  maxBodyBytes: 64 * 1024,
  trustedProxies: 0,
};
/** The service's clock: 20 November 2026, noon in Finland. */
const NOW = new Date('2026-11-20T10:00:00Z');
const ITEMS = ['optimistic', 'useful', 'relaxed', 'problems', 'thinking', 'close', 'decisions'];

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
const closed = (at: string): CaseEvent => ({ type: 'closed', id: `ev-${randomUUID()}`, at, by: 'link-worker', closure: { endingReason: 'completed', meetings: 6 } });
const inMunicipality = (municipality: string, name: string): Referral => ({ ...selfReferral, id: randomUUID(), person: { ...selfReferral.person, municipality, name } }) as Referral;

describe('follow-up dates: calendar months, as the case timeline counts them', () => {
  it('a day the target month lacks falls on its last day; leap years; year ends', () => {
    assert.equal(addMonths('2026-08-31', 3), '2026-11-30');
    assert.equal(addMonths('2026-11-30', 3), '2027-02-28');
    assert.equal(addMonths('2027-11-30', 3), '2028-02-29');
    assert.equal(addMonths('2027-11-29', 3), '2028-02-29');
    assert.equal(addMonths('2028-02-29', 3), '2028-05-29');
    assert.equal(addMonths('2026-12-15', 3), '2027-03-15');
    assert.equal(addMonths('2026-10-31', 3), '2027-01-31');
    assert.equal(addMonths('2026-01-31', 1), '2026-02-28');
  });

  it('closes on the day where it was recorded; a follow-up-due event sets the date; a follow-up SWEMWBS or follow-up-done ends it', () => {
    assert.deepEqual(followUpDue([closed('2026-08-31T23:30:00+03:00')]), { closedOn: '2026-08-31', due: '2026-11-30' });
    assert.deepEqual(followUpDue([closed('2026-09-01T00:30:00+03:00')]), { closedOn: '2026-09-01', due: '2026-12-01' });
    assert.equal(followUpDue([]), undefined);
    const scheduled: CaseEvent = { type: 'follow-up-due', id: 'fd', at: '2026-09-01T10:00:00+03:00', by: 'coordinator', due: '2026-12-15' };
    assert.deepEqual(followUpDue([closed('2026-08-31T12:00:00+03:00'), scheduled]), { closedOn: '2026-08-31', due: '2026-12-15' });
    const done: CaseEvent = { type: 'follow-up-done', id: 'fx', at: '2026-12-01T10:00:00+02:00', by: 'link-worker' };
    assert.equal(followUpDue([closed('2026-08-31T12:00:00+03:00'), done]), undefined);
    const answered: CaseEvent = { type: 'questionnaire-completed', id: 'q', at: '2026-12-01T10:00:00+02:00', by: 'link-worker', response: swemwbs('follow-up', [4, 4, 4, 4, 4, 4, 4], '2026-12-01T10:00:00+02:00') };
    assert.equal(followUpDue([closed('2026-08-31T12:00:00+03:00'), answered]), undefined);
  });
});

for (const [name, open] of backends()) {
  describe(`one case, start to follow-up, on ${name}`, () => {
    let db: Database;
    let intake: Intake;
    let server: Server;
    let url: string;
    const keys: Record<string, string> = {};
    const ids: Record<string, string> = {};

    const call = async (who: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
      const res = await fetch(`${url}${path}`, {
        method,
        headers: { authorization: `Bearer ${keys[who]}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
    };
    const auditOf = async (referralId: string) =>
      (await db.query<{ action: string; staff_id: string; detail: Record<string, string> | null }>('SELECT action, staff_id, detail FROM audit WHERE referral_id = $1 ORDER BY id', [referralId])).map(
        (r) => `${r.action}${r.detail?.timepoint ? `:${r.detail.timepoint}` : ''}`,
      );

    before(async () => {
      db = await open();
      intake = await createIntake(config, { database: db, now: () => NOW });
      server = createServer((req, res) => void intake.handle(req, res));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const add = async (who: string, role: 'coordinator' | 'link-worker' | 'evaluator' | 'admin', municipalities: string[], languages = ['fi'], area?: string) => {
        const { staff, key } = await intake.staff.add({ name: `Testi ${who}`, role, municipalities, languages, area });
        ids[who] = staff.id;
        keys[who] = key;
      };
      await add('coordinator', 'coordinator', ['758', '047']);
      await add('worker', 'link-worker', ['758'], ['fi', 'se'], 'Sodankylä');
      await add('otherWorker', 'link-worker', ['758', '148'], ['fi', 'smn'], 'Inari');
      await add('coordinator320', 'coordinator', ['320']);
      await add('worker320', 'link-worker', ['320']);
      await add('evaluator', 'evaluator', ['758']);
      await add('admin', 'admin', []);
    });
    after(async () => {
      server.close();
      await db.close();
    });

    it('referral → assignment → start (corrected) → closed → end → follow-up due → follow-up → paired measures', async () => {
      const referral = inMunicipality('758', 'Testi Henkilö');
      const saved = await intake.store.saveReferral(referral.id, referral);
      assert.equal(saved.outcome, 'created');
      const reference = saved.outcome === 'created' ? saved.value.reference : '';
      assert.equal((await call('coordinator', 'POST', `/referrals/${referral.id}/assignment`, { staffId: ids.worker })).status, 200);

      // Start, by the assigned link worker; a replay is the same event, the same key with other answers a conflict.
      const start = swemwbs('start', [3, 3, 3, 3, 3, 3, 3], '2026-03-02T10:15:00+02:00');
      const first = await call('worker', 'POST', `/referrals/${referral.id}/responses`, start, { 'idempotency-key': 'start-1' });
      assert.equal(first.status, 201);
      assert.match(first.body.id, /^qr-/);
      const replay = await call('worker', 'POST', `/referrals/${referral.id}/responses`, start, { 'idempotency-key': 'start-1' });
      assert.equal(replay.status, 201);
      assert.equal(replay.headers.get('idempotent-replayed'), 'true');
      assert.equal(replay.body.id, first.body.id);
      const other = swemwbs('start', [2, 3, 3, 3, 3, 3, 3], '2026-03-02T10:15:00+02:00');
      assert.equal((await call('worker', 'POST', `/referrals/${referral.id}/responses`, other, { 'idempotency-key': 'start-1' })).status, 409);
      // Without a key, the body's hash is the key: a retry of the same body is a replay.
      const correction = swemwbs('start', [3, 3, 3, 3, 3, 3, 4], '2026-03-03T09:00:00+02:00');
      const corrected = await call('worker', 'POST', `/referrals/${referral.id}/responses`, correction);
      assert.equal(corrected.status, 201);
      assert.notEqual(corrected.body.id, first.body.id);
      const again = await call('worker', 'POST', `/referrals/${referral.id}/responses`, correction);
      assert.equal(again.headers.get('idempotent-replayed'), 'true');
      assert.equal(again.body.id, corrected.body.id);
      // Invalid answers are refused, not stored.
      const mismatch = await call('worker', 'POST', `/referrals/${referral.id}/responses`, { ...start, score: { raw: 21, metric: 30 } });
      assert.equal(mismatch.status, 422);
      assert.deepEqual(mismatch.body.issues, [{ path: ['score'], code: 'scoreMismatch' }]);

      // Closed on 31 August: the follow-up is due on 30 November, 10 days after "now".
      assert.equal((await call('worker', 'POST', `/referrals/${referral.id}/events`, closed('2026-08-31T15:00:00+03:00'))).status, 201);
      assert.equal((await call('worker', 'POST', `/referrals/${referral.id}/responses`, swemwbs('end', [4, 4, 4, 4, 4, 4, 4], '2026-08-31T14:00:00+03:00'))).status, 201);

      // An earlier closed case of the same worker, already late, sorts first.
      const late = inMunicipality('758', 'Testi Toinen');
      await intake.store.saveReferral(late.id, late);
      await intake.store.assign(late.id, ids.worker!);
      await intake.store.appendEvent(late.id, closed('2026-07-15T12:00:00+03:00'));
      const lateRef = (await intake.store.getReferral(late.id))!.reference;

      const entry = { id: referral.id, reference, name: 'Testi Henkilö', closedOn: '2026-08-31', due: '2026-11-30', daysLeft: 10 };
      const lateEntry = { id: late.id, reference: lateRef, name: 'Testi Toinen', closedOn: '2026-07-15', due: '2026-10-15', daysLeft: -36 };
      assert.deepEqual((await call('worker', 'GET', '/follow-ups')).body, { followUps: [lateEntry, entry] });
      assert.deepEqual((await call('worker', 'GET', '/follow-ups?due-before=2026-11-30')).body, { followUps: [lateEntry] });
      assert.deepEqual((await call('worker', 'GET', '/follow-ups?due-before=2026-12-01')).body, { followUps: [lateEntry, entry] });
      assert.deepEqual((await call('coordinator', 'GET', '/follow-ups')).body, { followUps: [lateEntry, entry] });
      // Admin sees the case without the name; others' scope does not reach it.
      const { name: _name, ...unnamed } = entry;
      assert.deepEqual((await call('admin', 'GET', '/follow-ups')).body.followUps.find((f: { id: string }) => f.id === referral.id), unnamed);
      assert.deepEqual((await call('otherWorker', 'GET', '/follow-ups')).body, { followUps: [] });
      assert.deepEqual((await call('coordinator320', 'GET', '/follow-ups')).body, { followUps: [] });
      assert.equal((await call('evaluator', 'GET', '/follow-ups')).status, 403);
      for (const bad of ['due-before=2026-02-30', 'due-before=30.11.2026', 'due-before=2026-11-30&due-before=2026-12-01', 'other=1']) {
        assert.equal((await call('worker', 'GET', `/follow-ups?${bad}`)).status, 400, bad);
      }

      // The follow-up SWEMWBS, then the measures pair start, end and follow-up.
      assert.equal((await call('worker', 'POST', `/referrals/${referral.id}/responses`, swemwbs('follow-up', [4, 4, 4, 4, 4, 4, 3], '2026-11-24T11:00:00+02:00'))).status, 201);
      const read = await call('coordinator', 'GET', `/referrals/${referral.id}/responses`);
      assert.equal(read.status, 200);
      const { swemwbs: measured } = read.body.measures;
      assert.deepEqual(measured.start.current, correction);
      assert.deepEqual(measured.start.history, [start]);
      assert.equal(measured.end.current.score.raw, 28);
      assert.deepEqual(measured['follow-up'].history, []);
      assert.equal(measured['follow-up'].current.score.raw, 27);
      assert.deepEqual(read.body.changes, {
        swemwbs: { 'start→end': { from: 19.98, to: 25.03, change: 5.05 }, 'start→follow-up': { from: 19.98, to: 24.11, change: 4.13 } },
      });
      assert.deepEqual((await call('worker', 'GET', '/follow-ups')).body, { followUps: [lateEntry] });

      // Every response stored and read left one audit row; replays and refusals none.
      assert.deepEqual(await auditOf(referral.id), [
        'assign',
        'record-response:start',
        'record-response:start',
        'append-event',
        'record-response:end',
        'record-response:follow-up',
        'read-responses',
      ]);
      const listed = await db.query<{ n: string }>("SELECT count(*) AS n FROM audit WHERE action = 'list-follow-ups' AND staff_id = $1", [ids.worker]);
      assert.equal(Number(listed[0]!.n), 4, "one per answered list, none for a 400");
    });

    it('a case with only a start has no changes; an unclosed case is not listed', async () => {
      const referral = inMunicipality('047', 'Testi Kolmas');
      await intake.store.saveReferral(referral.id, referral);
      assert.equal((await call('coordinator', 'POST', `/referrals/${referral.id}/responses`, swemwbs('start', [2, 2, 2, 2, 2, 2, 2], '2026-10-01T10:00:00+03:00'))).status, 201);
      const read = await call('coordinator', 'GET', `/referrals/${referral.id}/responses`);
      assert.deepEqual(Object.keys(read.body.measures.swemwbs), ['start']);
      assert.equal(read.body.measures.swemwbs.start.current.score.raw, 14);
      assert.deepEqual(read.body.changes, {});
      const [event] = (await intake.store.getReferral(referral.id))!.events;
      assert.equal(event?.type === 'questionnaire-completed' && event.by, 'coordinator');
      assert.ok(!(await call('coordinator', 'GET', '/follow-ups')).body.followUps.some((f: { id: string }) => f.id === referral.id));
    });

    it('GET /link-workers: a coordinator sees the enabled link workers of her municipalities with languages, area and open caseload', async () => {
      const open = inMunicipality('758', 'Testi Avoin');
      await intake.store.saveReferral(open.id, open);
      await intake.store.assign(open.id, ids.otherWorker!);
      const disabled = await intake.staff.add({ name: 'Testi Poissa', role: 'link-worker', municipalities: ['758'] });
      await intake.staff.revoke(disabled.staff.id);

      const { body } = await call('coordinator', 'GET', '/link-workers');
      const byId = Object.fromEntries(body.linkWorkers.map((w: { id: string }) => [w.id, w]));
      assert.deepEqual(Object.keys(byId).sort(), [ids.worker, ids.otherWorker].sort());
      assert.deepEqual(byId[ids.otherWorker!], { id: ids.otherWorker, name: 'Testi otherWorker', languages: ['fi', 'smn'], area: 'Inari', municipalities: ['758', '148'], caseload: 1 });
      // Her two cases are closed: nothing open.
      assert.equal(byId[ids.worker!].caseload, 0);
      const all = (await call('admin', 'GET', '/link-workers')).body.linkWorkers.map((w: { id: string }) => w.id);
      assert.ok(all.includes(ids.worker320) && !all.includes(disabled.staff.id));
      assert.deepEqual((await call('coordinator320', 'GET', '/link-workers')).body.linkWorkers.map((w: { id: string }) => w.id), [ids.worker320]);
      assert.equal((await call('worker', 'GET', '/link-workers')).status, 403);
      assert.equal((await call('coordinator', 'GET', '/link-workers?municipality=320')).status, 400);
    });
  });
}
