import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { validateCaseSummary, type CaseEvent, type CaseSummary, type Referral } from '@linkki/schema';
import { professionalReferral } from '../../schema/test/fixtures.js';
import { createIntake, type Database, type Intake, type IntakeConfig } from '../src/index.js';
import { referralSummary } from '../src/summary.js';
import { backends } from './backends.js';

const config: IntakeConfig = {
  databaseUrl: undefined,
  dataDir: 'memory://',
  token: 'case-list-bootstrap-key',
  origins: [],
  ratePerMinute: 100_000,
  maxBodyBytes: 64 * 1024,
  trustedProxies: 0,
};
/** The service's clock: 20 November 2026, noon in Finland. */
const NOW = new Date('2026-11-20T10:00:00Z');

/** The keys of a list row: nothing that names or reaches the person. */
const ROW_KEYS = ['age', 'assignedName', 'assignedTo', 'closedAt', 'events', 'followUpDue', 'id', 'kind', 'language', 'municipality', 'reasons', 'receivedAt', 'reference', 'routedAt', 'status', 'waitingDays'];

const referralIn = (municipality: string): Referral => ({ ...professionalReferral, id: randomUUID(), person: { ...professionalReferral.person, municipality } }) as Referral;
const event = (type: 'routed' | 'closed' | 'follow-up-done', at: string, extra: Record<string, unknown> = {}): CaseEvent =>
  ({
    type,
    id: `ev-${randomUUID()}`,
    at,
    by: 'coordinator',
    ...(type === 'routed' ? { route: 'link-worker' } : {}),
    ...(type === 'closed' ? { closure: { endingReason: 'completed', meetings: 4 } } : {}),
    ...extra,
  }) as CaseEvent;

for (const [name, open] of backends()) {
  describe(`the case list (GET /referrals) on ${name}`, () => {
    let db: Database;
    let intake: Intake;
    let server: Server;
    let url: string;
    const keys: Record<string, string> = {};
    const ids: Record<string, string> = {};

    const list = async (who: string, query = '') => {
      const res = await fetch(`${url}/referrals${query}`, { headers: { authorization: `Bearer ${keys[who]}` } });
      return { status: res.status, body: (await res.json()) as { referrals: CaseSummary[]; next?: string } };
    };
    /** Stores a referral received at `receivedAt` (the database's clock, set back for the test). */
    const seed = async (municipality: string, receivedAt: string) => {
      const referral = referralIn(municipality);
      const saved = await intake.store.saveReferral(referral.id, referral);
      assert.equal(saved.outcome, 'created');
      await db.query('UPDATE referrals SET received_at = $1 WHERE id = $2', [receivedAt, referral.id]);
      return { id: referral.id, reference: saved.outcome === 'created' ? saved.value.reference : '' };
    };

    before(async () => {
      db = await open();
      intake = await createIntake(config, { database: db, now: () => NOW });
      server = createServer((req, res) => void intake.handle(req, res));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      for (const [who, role, municipalities] of [
        ['coordinator', 'coordinator', ['758']],
        ['worker', 'link-worker', ['758']],
        ['otherWorker', 'link-worker', ['758']],
      ] as const) {
        const { staff, key } = await intake.staff.add({ name: `Testi ${who}`, role, municipalities: [...municipalities] });
        ids[who] = staff.id;
        keys[who] = key;
      }
    });
    after(async () => {
      server.close();
      await db.close();
    });

    it('rows carry the assigned worker, routing, closure, follow-up and waiting time, and no personal data', async () => {
      // Received late on 1 November UTC: already 2 November in Finland.
      const waiting = await seed('758', '2026-11-01T22:30:00Z');
      const routed = await seed('758', '2026-10-01T09:00:00Z');
      await intake.store.assign(routed.id, ids.worker!);
      await intake.store.appendEvent(routed.id, event('routed', '2026-10-13T15:00:00+03:00'));
      // A second routing does not move the first.
      await intake.store.appendEvent(routed.id, event('routed', '2026-10-20T15:00:00+03:00', { route: 'direct' }));
      const closed = await seed('758', '2026-06-01T09:00:00Z');
      await intake.store.assign(closed.id, ids.worker!);
      await intake.store.appendEvent(closed.id, event('routed', '2026-06-03T10:00:00+03:00'));
      await intake.store.appendEvent(closed.id, event('closed', '2026-08-31T15:00:00+03:00'));
      await intake.store.appendEvent(closed.id, event('closed', '2026-09-02T15:00:00+03:00'));

      const { status, body } = await list('coordinator');
      assert.equal(status, 200);
      const byId = new Map(body.referrals.map((row) => [row.id, row]));
      for (const row of body.referrals) {
        assert.deepEqual(Object.keys(row).sort(), ROW_KEYS, 'only the listed keys');
        assert.equal(validateCaseSummary(row).ok, true, 'each row is a CaseSummary');
        assert.ok(!JSON.stringify(row).includes(professionalReferral.person.name), 'no name');
        assert.ok(!JSON.stringify(row).includes('040 000'), 'no phone number');
      }
      assert.deepEqual(
        (({ assignedTo, assignedName, routedAt, closedAt, followUpDue, waitingDays, status }) => ({ assignedTo, assignedName, routedAt, closedAt, followUpDue, waitingDays, status }))(byId.get(waiting.id)!),
        { assignedTo: null, assignedName: null, routedAt: null, closedAt: null, followUpDue: null, waitingDays: 18, status: 'new' },
      );
      const routedRow = byId.get(routed.id)!;
      assert.equal(routedRow.assignedName, 'Testi worker');
      assert.equal(routedRow.assignedTo, ids.worker);
      assert.equal(routedRow.routedAt, '2026-10-13T15:00:00+03:00');
      assert.equal(routedRow.waitingDays, 12, '1 → 13 October');
      assert.equal(routedRow.status, 'direct', 'the status is the latest routing');
      assert.equal(routedRow.events, 2);
      const closedRow = byId.get(closed.id)!;
      assert.equal(closedRow.closedAt, '2026-09-02T15:00:00+03:00', 'the latest closure');
      assert.equal(closedRow.followUpDue, '2026-12-02', 'three months after the latest closure');
      assert.equal(closedRow.waitingDays, 2);
      assert.equal(closedRow.status, 'completed');

      // Once the follow-up is done it is no longer due.
      await intake.store.appendEvent(closed.id, event('follow-up-done', '2026-11-19T10:00:00+02:00'));
      assert.equal((await list('coordinator')).body.referrals.find((row) => row.id === closed.id)!.followUpDue, null);
    });

    it('a link worker lists only her own cases; pages continue with `next`', async () => {
      const mine = [];
      for (let day = 10; day < 15; day++) {
        const seeded = await seed('758', `2026-05-${day}T09:00:00Z`);
        await intake.store.assign(seeded.id, ids.otherWorker!);
        mine.push(seeded.reference);
      }
      const first = await list('otherWorker', '?limit=3');
      assert.deepEqual(first.body.referrals.map((r) => r.reference), mine.slice(2).reverse());
      assert.equal(first.body.next, mine[2]);
      const second = await list('otherWorker', `?limit=3&before=${first.body.next}`);
      assert.deepEqual(second.body.referrals.map((r) => r.reference), mine.slice(0, 2).reverse());
      assert.equal(second.body.next, undefined);
      assert.ok(first.body.referrals.every((row) => row.assignedName === 'Testi otherWorker'));
    });

    it('waiting days are Finnish calendar days, never negative, and stop at an unrouted closure', () => {
      const row = {
        id: 'r1',
        reference: 'LNK-2026-000001',
        status: 'new',
        receivedAt: '2026-03-28T22:30:00.000Z', // already 29 March in Finland (UTC+2 until summer time that night)
        assignedTo: null,
        assignedName: null,
        routedAt: null,
        closedAt: null,
        followUpDue: null,
        referral: professionalReferral,
        events: 0,
      };
      assert.equal(referralSummary(row, '2026-04-05').waitingDays, 7);
      assert.equal(referralSummary(row, '2026-03-28').waitingDays, 0, 'a clock behind the database is not negative');
      assert.equal(referralSummary({ ...row, closedAt: '2026-04-01T12:00:00+03:00', status: 'no-joint-work' }, '2026-11-20').waitingDays, 3);
      assert.equal(referralSummary(row, '2026-04-05').age, new Date(row.receivedAt).getUTCFullYear() - 1947);
    });
  });
}
