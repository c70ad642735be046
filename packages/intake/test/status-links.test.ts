import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { CaseEvent, Referral } from '@linkki/schema';
import { professionalReferral, selfReferral } from '../../schema/test/fixtures.js';
import { createIntake, type Database, type Intake, type IntakeConfig } from '../src/index.js';
import { WRONG_TOKENS_PER_MINUTE } from '../src/app.js';
import { stageOf, statusTokenHash } from '../src/status-links.js';
import { backends, testConfig } from './backends.js';

const BOOTSTRAP = 'status-link-test-bootstrap-key';
const ORIGIN = 'https://kunta.example';
const config = (overrides: Partial<IntakeConfig> = {}): IntakeConfig =>
  testConfig({
    token: BOOTSTRAP,
    origins: [ORIGIN],
    trustedProxies: 1,
    ...overrides,
  });

const fresh = (base: Referral = professionalReferral): Referral => ({ ...base, id: randomUUID() });
const routed = (at: string, route: 'direct' | 'link-worker' = 'link-worker'): CaseEvent => ({ type: 'routed', id: `ev-${randomUUID()}`, at, by: 'coordinator', route });
const closed = (at: string, closure: Partial<Extract<CaseEvent, { type: 'closed' }>['closure']> = {}): CaseEvent => ({
  type: 'closed',
  id: `ev-${randomUUID()}`,
  at,
  by: 'link-worker',
  closure: { endingReason: 'completed', meetings: 6, ...closure },
});
const FEEDBACK = 'Kävijä löysi lukupiirin ja käy siellä viikoittain.';
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

for (const [name, open] of backends()) {
  describe(`status links on ${name}`, () => {
    let db: Database;
    let intake: Intake;
    let server: Server;
    let url: string;
    let coordinatorKey: string;
    // Each client an address of its own (one trusted proxy), so the deliberate 404s of one test do
    // not use up another's wrong-token limit; the limit has its own test.
    let client = 0;
    const from = () => ({ 'x-forwarded-for': `10.9.${(client >> 8) & 255}.${client++ & 255}` });

    const send = (referral: Referral, headers: Record<string, string> = {}) =>
      fetch(`${url}/referrals`, { method: 'POST', headers: { 'content-type': 'application/json', ...from(), ...headers }, body: JSON.stringify(referral) });
    const sent = async (referral: Referral = fresh()) => {
      const res = await send(referral);
      assert.equal(res.status, 201);
      return (await res.json()) as { id: string; reference: string; statusToken: string };
    };
    const status = (token: string, init: RequestInit & { headers?: Record<string, string> } = {}) =>
      fetch(`${url}/status/${token}`, { ...init, headers: { ...from(), ...init.headers } });
    const admin = { authorization: `Bearer ${BOOTSTRAP}` };
    const record = (id: string, event: CaseEvent) =>
      fetch(`${url}/referrals/${id}/events`, { method: 'POST', headers: { 'content-type': 'application/json', ...admin, ...from() }, body: JSON.stringify(event) });

    before(async () => {
      db = await open();
      intake = await createIntake(config(), { database: db });
      server = createServer((req, res) => void intake.handle(req, res));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      coordinatorKey = (await intake.staff.add({ name: 'Testi Koordinaattori', role: 'coordinator', municipalities: ['758', '148'] })).key;
    });
    after(async () => {
      server.close();
      await intake.close();
      await db.close();
    });

    it('POST /referrals answers a status token of 32 random bytes (43 base64url characters); only its SHA-256 is stored', async () => {
      const { id, statusToken } = await sent();
      assert.match(statusToken, TOKEN);
      const rows = await db.query<{ hash: string; referral_id: string }>('SELECT hash, referral_id FROM status_links WHERE referral_id = $1', [id]);
      assert.deepEqual(rows, [{ hash: statusTokenHash(statusToken), referral_id: id }]);
      const everything = JSON.stringify(await db.query('SELECT * FROM status_links'));
      assert.ok(!everything.includes(statusToken), 'the token itself is nowhere in the table');
    });

    // The stage through a case's life: each step's events → the status the link shows.
    const steps: [string, (at: (day: number) => string) => CaseEvent[], Record<string, unknown>][] = [
      ['received', () => [], { stage: 'received' }],
      ['routed to a link worker', (at) => [routed(at(3))], { stage: 'routed', routedAt: '2026-03-03T08:00:00.000Z', route: 'link-worker' }],
      ['re-routed directly: the latest routing counts', (at) => [routed(at(3)), routed(at(5), 'direct')], { stage: 'routed', routedAt: '2026-03-05T08:00:00.000Z', route: 'direct' }],
      ['closed without consent: no feedback, even when written', (at) => [routed(at(3)), closed(at(20), { feedbackToReferrer: FEEDBACK })], {
        stage: 'closed', routedAt: '2026-03-03T08:00:00.000Z', route: 'link-worker', closedAt: '2026-03-20T08:00:00.000Z',
      }],
      ['closed with consent refused (false)', (at) => [routed(at(3)), closed(at(20), { feedbackToReferrer: FEEDBACK, feedbackConsent: false })], {
        stage: 'closed', routedAt: '2026-03-03T08:00:00.000Z', route: 'link-worker', closedAt: '2026-03-20T08:00:00.000Z',
      }],
      ['closed with consent: the feedback', (at) => [routed(at(3)), closed(at(20), { feedbackToReferrer: FEEDBACK, feedbackConsent: true })], {
        stage: 'closed', routedAt: '2026-03-03T08:00:00.000Z', route: 'link-worker', closedAt: '2026-03-20T08:00:00.000Z', feedback: FEEDBACK,
      }],
      ['a later closure without consent hides earlier consented feedback', (at) => [routed(at(3)), closed(at(20), { feedbackToReferrer: FEEDBACK, feedbackConsent: true }), closed(at(22))], {
        stage: 'closed', routedAt: '2026-03-03T08:00:00.000Z', route: 'link-worker', closedAt: '2026-03-22T08:00:00.000Z',
      }],
      ['closed without routing (no joint work)', (at) => [closed(at(9), { endingReason: 'no-joint-work', meetings: 0, whyEnded: { code: 'not-reached' } })], {
        stage: 'closed', closedAt: '2026-03-09T08:00:00.000Z',
      }],
    ];
    for (const [label, events, expected] of steps) {
      it(`stage: ${label}`, async () => {
        const referral = fresh(selfReferral);
        const { reference, statusToken } = await sent(referral);
        for (const event of events((day) => `2026-03-${String(day).padStart(2, '0')}T10:00:00+02:00`)) assert.equal((await record(referral.id, event)).status, 201);
        const res = await status(statusToken);
        assert.equal(res.status, 200);
        assert.equal(res.headers.get('cache-control'), 'no-store');
        const body = (await res.json()) as Record<string, unknown>;
        assert.match(String(body.receivedAt), /^\d{4}-\d\d-\d\dT/);
        assert.deepEqual({ ...body, receivedAt: undefined }, { reference, receivedAt: undefined, ...expected });
        // Nothing else about the person: her name, contact or the reasons never appear.
        const text = JSON.stringify(body);
        for (const secret of [referral.person.name, 'example', 'Niillas', ...(referral.reasons ?? [])]) assert.ok(!text.includes(String(secret)), secret);
      });
    }

    it('stageOf reads the latest events by their time, not by the order they were recorded', () => {
      const at = (day: number) => `2026-04-${String(day).padStart(2, '0')}T09:00:00Z`;
      assert.deepEqual(stageOf([closed(at(9), { feedbackToReferrer: FEEDBACK, feedbackConsent: true }), routed(at(2)), closed(at(5))]), {
        stage: 'closed', routedAt: '2026-04-02T09:00:00.000Z', route: 'link-worker', closedAt: '2026-04-09T09:00:00.000Z', feedback: FEEDBACK,
      });
      assert.deepEqual(stageOf([]), { stage: 'received' });
    });

    it('a replay (same key and body) answers a new token and revokes the earlier one', async () => {
      const referral = fresh();
      const first = await sent(referral);
      const replay = await send(referral);
      assert.equal(replay.status, 201);
      assert.equal(replay.headers.get('idempotent-replayed'), 'true');
      const second = (await replay.json()) as typeof first;
      assert.deepEqual({ ...second, statusToken: undefined }, { ...first, statusToken: undefined });
      assert.match(second.statusToken, TOKEN);
      assert.notEqual(second.statusToken, first.statusToken);
      assert.equal((await status(first.statusToken)).status, 404, 'the first token no longer opens anything');
      assert.equal((await status(second.statusToken)).status, 200);
      const conflict = await send({ ...referral, hopes: 'Toinen teksti' });
      assert.equal(conflict.status, 409);
      assert.deepEqual(await conflict.json(), { error: 'idempotencyKeyReused' });
      assert.equal((await status(second.statusToken)).status, 200, 'a conflict revokes nothing');
    });

    it('DELETE /status/{token}: 204, then the link is gone (404); again 404', async () => {
      const { statusToken } = await sent();
      const revoked = await status(statusToken, { method: 'DELETE' });
      assert.equal(revoked.status, 204);
      assert.equal(await revoked.text(), '');
      assert.equal((await status(statusToken)).status, 404);
      assert.equal((await status(statusToken, { method: 'DELETE' })).status, 404);
    });

    it('DELETE /referrals/{id}/status-link: admin only (401, 403 for staff), 404 for no such referral, then the link is 404', async () => {
      const { id, statusToken } = await sent();
      const revoke = (headers: Record<string, string>, referralId = id) => fetch(`${url}/referrals/${referralId}/status-link`, { method: 'DELETE', headers: { ...from(), ...headers } });
      assert.equal((await revoke({})).status, 401);
      assert.equal((await revoke({ authorization: `Bearer ${coordinatorKey}` })).status, 403);
      assert.equal((await status(statusToken)).status, 200, 'refused attempts revoke nothing');
      assert.equal((await revoke(admin, 'no-such-referral')).status, 404);
      assert.equal((await revoke(admin, '%00')).status, 404);
      const wrongMethod = await fetch(`${url}/referrals/${id}/status-link`, { headers: { ...from(), ...admin } });
      assert.equal(wrongMethod.status, 405);
      assert.equal(wrongMethod.headers.get('allow'), 'DELETE');
      assert.equal((await revoke(admin)).status, 204);
      assert.equal((await status(statusToken)).status, 404);
      assert.equal((await revoke(admin)).status, 204, 'nothing left to revoke is still done');
      const audit = (await (await fetch(`${url}/audit?referral=${id}`, { headers: { ...from(), ...admin } })).json()) as { audit: { action: string; role: string; detail: unknown }[] };
      assert.deepEqual(audit.audit.filter((a) => a.action === 'revoke-status-link').map((a) => [a.role, a.detail]), [['admin', { count: 0 }], ['admin', { count: 1 }]]);
    });

    it('answers 404 { error: notFound }, never 500, for malformed tokens and paths', async () => {
      const { statusToken } = await sent();
      const malformed = [
        '',
        'x',
        statusToken.slice(1),
        `${statusToken}A`,
        `${statusToken.slice(1)}!`,
        `${statusToken.slice(1)}%21`,
        `${statusToken.slice(1)}%00`,
        '%00',
        '%FF',
        '%E0%A4%A',
        encodeURIComponent('ä'.repeat(43)),
        `${statusToken}/extra`,
        `${statusToken}/`,
        'a'.repeat(5_000),
        '..%2F..%2Freferrals',
      ];
      for (const token of malformed) {
        for (const method of ['GET', 'DELETE']) {
          const res = await status(token, { method });
          assert.equal(res.status, 404, `${method} ${token.slice(0, 60)}`);
          assert.deepEqual(await res.json(), { error: 'notFound' });
        }
      }
      const bare = await fetch(`${url}/status`, { headers: from() });
      assert.equal(bare.status, 404);
      assert.equal((await status(statusToken)).status, 200, 'the right token still works');
    });

    it('answers 405 with Allow for other methods; a preflight from a configured origin allows GET and DELETE; other origins 403', async () => {
      const { statusToken } = await sent();
      const post = await status(statusToken, { method: 'POST' });
      assert.equal(post.status, 405);
      assert.equal(post.headers.get('allow'), 'GET, DELETE, OPTIONS');
      const preflight = await status(statusToken, { method: 'OPTIONS', headers: { origin: ORIGIN, 'access-control-request-method': 'DELETE' } });
      assert.equal(preflight.status, 204);
      assert.equal(preflight.headers.get('access-control-allow-origin'), ORIGIN);
      assert.equal(preflight.headers.get('access-control-allow-methods'), 'GET, DELETE');
      const read = await status(statusToken, { headers: { origin: ORIGIN } });
      assert.equal(read.status, 200);
      assert.equal(read.headers.get('access-control-allow-origin'), ORIGIN);
      const missing = await status('x'.repeat(43), { headers: { origin: ORIGIN } });
      assert.equal(missing.status, 404);
      assert.equal(missing.headers.get('access-control-allow-origin'), ORIGIN, 'a browser can read the 404 too');
      assert.equal((await status(statusToken, { headers: { origin: 'https://muu.example' } })).status, 403);
      assert.equal((await status(statusToken, { method: 'OPTIONS', headers: { origin: 'https://muu.example' } })).status, 403);
    });

    it(`stops a client after ${WRONG_TOKENS_PER_MINUTE} wrong tokens a minute (429, Retry-After), even for a right one; others go on`, async () => {
      const { statusToken } = await sent();
      const guesser = { 'x-forwarded-for': '198.51.100.77' };
      for (let i = 0; i < WRONG_TOKENS_PER_MINUTE; i += 1) {
        const guess = `${String(i).padStart(2, '0')}${statusToken.slice(2)}`;
        assert.equal((await fetch(`${url}/status/${guess}`, { headers: guesser })).status, 404);
      }
      const right = await fetch(`${url}/status/${statusToken}`, { headers: guesser });
      assert.equal(right.status, 429);
      assert.ok(Number(right.headers.get('retry-after')) >= 1);
      assert.equal((await fetch(`${url}/status/${statusToken}`, { method: 'DELETE', headers: guesser })).status, 429);
      assert.equal((await status(statusToken)).status, 200, 'another client');
    });

    it('every 200 writes one audit row (role status-link, read-status, the referral); a 404 writes none', async () => {
      const { id, statusToken } = await sent();
      const rows = async () => db.query<{ staff_id: string | null; role: string; action: string; referral_id: string }>("SELECT staff_id, role, action, referral_id FROM audit WHERE role = 'status-link' AND referral_id = $1", [id]);
      const count = async () => Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM audit'))[0]!.n);
      for (let i = 0; i < 3; i += 1) assert.equal((await status(statusToken)).status, 200);
      assert.deepEqual(await rows(), Array(3).fill({ staff_id: null, role: 'status-link', action: 'read-status', referral_id: id }));
      const before = await count();
      assert.equal((await status('y'.repeat(43))).status, 404);
      assert.equal(await count(), before);
      const audit = (await (await fetch(`${url}/audit?referral=${id}`, { headers: { ...from(), ...admin } })).json()) as { audit: { role: string; action: string }[] };
      assert.equal(audit.audit.filter((a) => a.role === 'status-link' && a.action === 'read-status').length, 3, 'admin reads them through the API');
    });
  });
}
