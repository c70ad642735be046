import assert from 'node:assert/strict';
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { CaseEvent, Referral } from '@linkki/schema';
import { professionalReferral, selfReferral } from '../../schema/test/fixtures.js';
import { configFromEnv, createIntake, type Database, type Intake, type IntakeConfig } from '../src/index.js';
import { MAX_ATTEMPTS, MAX_RETRY_MS, retryDelay, Webhooks, type Delivery } from '../src/webhooks.js';
import { backends, testConfig } from './backends.js';

const BOOTSTRAP = 'webhook-test-bootstrap-key';
const config = (overrides: Partial<IntakeConfig> = {}): IntakeConfig =>
  testConfig({
    token: BOOTSTRAP,
    trustedProxies: 1,
    // The tests send with deliverDue(now); one test runs the timer.
    webhookIntervalMs: 0,
    ...overrides,
  });

/**
 * What a receiver does with a delivery: recompute the HMAC over "<t>.<raw body>" with its secret,
 * compare in constant time, and refuse a timestamp more than five minutes off (a replayed request).
 */
function verify(secret: string, header: string | undefined, rawBody: string, nowSeconds = Date.now() / 1000): boolean {
  const parts = new Map((header ?? '').split(',').map((part) => part.split('=', 2) as [string, string]));
  const t = Number(parts.get('t'));
  if (!Number.isInteger(t) || Math.abs(nowSeconds - t) > 300) return false;
  const expected = createHmac('sha256', secret).update(`${t}.${rawBody}`).digest();
  const given = Buffer.from(parts.get('v1') ?? '', 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A client system's endpoint on 127.0.0.1: records every request, answers the next queued status (200 when none). */
async function receiver() {
  const received: Received[] = [];
  const answers: number[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      const status = answers.shift() ?? 200;
      res.writeHead(status, status === 302 ? { location: 'http://127.0.0.1:1/elsewhere' } : {}).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { server, url, received, answers, close: () => new Promise((resolve) => server.close(resolve)) };
}

const inMunicipality = (municipality: string, base: Referral = professionalReferral): Referral =>
  ({ ...base, id: randomUUID(), person: { ...base.person, municipality } }) as Referral;
const routed = (route: 'direct' | 'link-worker' = 'link-worker'): CaseEvent => ({ type: 'routed', id: `ev-${randomUUID()}`, at: '2026-11-24T10:00:00+02:00', by: 'coordinator', route });
const closed = (closure: Partial<Extract<CaseEvent, { type: 'closed' }>['closure']> = {}): CaseEvent => ({
  type: 'closed',
  id: `ev-${randomUUID()}`,
  at: '2026-12-01T10:00:00+02:00',
  by: 'link-worker',
  closure: { endingReason: 'completed', meetings: 5, ...closure },
});
const note = (): CaseEvent => ({ type: 'note', id: `ev-${randomUUID()}`, at: '2026-11-25T10:00:00+02:00', by: 'coordinator', text: 'Soitettu' });
const FEEDBACK = 'Kävijä aloitti kuorossa ja jatkaa siellä.';
const seconds = (s: number) => s * 1000;

for (const [name, open] of backends()) {
  describe(`webhooks on ${name}`, () => {
    let db: Database;
    let intake: Intake;
    let server: Server;
    let url: string;
    let hook: Awaited<ReturnType<typeof receiver>>;
    const keys: Record<string, string> = {};
    let client = 0;

    const call = (who: string | undefined, method: string, path: string, body?: unknown) =>
      fetch(`${url}${path}`, {
        method,
        headers: {
          'x-forwarded-for': `10.7.${(client >> 8) & 255}.${client++ & 255}`,
          ...(who ? { authorization: `Bearer ${keys[who] ?? who}` } : {}),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    const subscribe = async (body: Record<string, unknown>) => {
      const res = await call('admin', 'POST', '/webhooks', body);
      assert.equal(res.status, 201, await res.clone().text());
      return (await res.json()) as { id: string; url: string; municipalities: string[] | null; events: string[]; secret: string };
    };
    const refer = async (referral: Referral) => {
      const res = await call(undefined, 'POST', '/referrals', referral);
      assert.equal(res.status, 201);
      return (await res.json()) as { id: string; reference: string };
    };
    const record = async (id: string, event: CaseEvent) => assert.equal((await call('admin', 'POST', `/referrals/${id}/events`, event)).status, 201);
    const log = async (webhookId: string) => ((await (await call('admin', 'GET', `/webhooks/${webhookId}/deliveries`)).json()) as { deliveries: Delivery[] }).deliveries;
    /** Clears the outbox so each test sees only its own deliveries. */
    const quiet = async () => {
      for (const w of await intake.webhooks.list()) await intake.webhooks.remove(w.id);
      hook.received.length = 0;
      hook.answers.length = 0;
    };

    before(async () => {
      db = await open();
      intake = await createIntake(config(), { database: db });
      server = createServer((req, res) => void intake.handle(req, res));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      hook = await receiver();
      keys.bootstrap = BOOTSTRAP;
      for (const [who, role] of [['admin', 'admin'], ['coordinator', 'coordinator'], ['linkWorker', 'link-worker'], ['evaluator', 'evaluator']] as const) {
        keys[who] = (await intake.staff.add({ name: `Testi ${who}`, role, municipalities: role === 'admin' ? [] : ['758'] })).key;
      }
    });
    after(async () => {
      server.close();
      await hook.close();
      await intake.close();
      await db.close();
    });

    // Every webhook endpoint × caller → status: admin only; no or a wrong credential is 401.
    const table: [string, (id: string) => [string, string, unknown?], Record<string, number>][] = [
      ['POST /webhooks', () => ['POST', '/webhooks', { url: 'https://asiakas.example/linkki' }], { bootstrap: 201, admin: 201 }],
      ['GET /webhooks', () => ['GET', '/webhooks'], { bootstrap: 200, admin: 200 }],
      ['GET /webhooks/:id/deliveries', (id) => ['GET', `/webhooks/${id}/deliveries`], { bootstrap: 200, admin: 200 }],
      ['DELETE /webhooks/:id', (id) => ['DELETE', `/webhooks/${id}`], { bootstrap: 204, admin: 204 }],
    ];
    for (const [endpoint, request, expected] of table) {
      for (const who of [undefined, 'wrong-key', 'coordinator', 'linkWorker', 'evaluator', 'bootstrap', 'admin']) {
        const status = who === undefined || who === 'wrong-key' ? 401 : expected[who] ?? 403;
        it(`${endpoint} as ${who ?? 'nobody'} → ${status}`, async () => {
          const { id } = await intake.webhooks.add({ url: 'https://asiakas.example/linkki', municipalities: null, events: ['referral.received'] });
          const [method, path, body] = request(id);
          const res = await call(who, method, path, body);
          assert.equal(res.status, status, await res.text());
          if (status >= 400) assert.equal((await intake.webhooks.list()).some((w) => w.id === id), true, 'a refused DELETE deletes nothing');
        });
      }
    }

    it('POST /webhooks answers the secret once (32 random bytes); GET /webhooks never shows it', async () => {
      await quiet();
      const added = await subscribe({ url: `${hook.url}/a`, municipalities: ['758', '148'], events: ['referral.closed'] });
      assert.match(added.secret, /^whsec_[A-Za-z0-9_-]{43}$/);
      assert.deepEqual({ ...added, id: undefined, secret: undefined, createdAt: undefined }, {
        id: undefined, url: `${hook.url}/a`, municipalities: ['758', '148'], events: ['referral.closed'], secret: undefined, createdAt: undefined,
      });
      const defaults = await subscribe({ url: 'https://asiakas.example/kaikki' });
      assert.deepEqual([defaults.municipalities, defaults.events], [null, ['referral.received', 'referral.routed', 'referral.closed']]);
      assert.notEqual(defaults.secret, added.secret);
      const list = await call('admin', 'GET', '/webhooks');
      const text = await list.text();
      assert.ok(!text.includes(added.secret) && !text.includes(defaults.secret) && !text.includes('secret'), 'no secret in the list');
      assert.deepEqual((JSON.parse(text) as { webhooks: { id: string }[] }).webhooks.map((w) => w.id), [added.id, defaults.id]);
      assert.equal((await call('admin', 'GET', '/webhooks?all=1')).status, 400);
      const audit = (await (await call('admin', 'GET', '/audit?limit=5')).json()) as { audit: { action: string; detail: { webhookId: string } }[] };
      assert.ok(audit.audit.some((a) => a.action === 'webhook-add' && a.detail.webhookId === added.id));
    });

    it('refuses (422) a URL that is not https (except to this machine), bad filters and unknown fields', async () => {
      const bad: [unknown, string, string][] = [
        [{ url: 'http://asiakas.example/linkki' }, 'url', 'httpsRequired'],
        [{ url: 'ftp://asiakas.example/' }, 'url', 'httpsRequired'],
        [{ url: 'http://127.0.0.2/' }, 'url', 'httpsRequired'],
        [{ url: 'asiakas.example' }, 'url', 'invalid'],
        [{ url: 'https://user:pass@asiakas.example/' }, 'url', 'invalid'],
        [{ url: 'https://asiakas.example/#x' }, 'url', 'invalid'],
        [{ url: 'https://asiakas.example/\u0000' }, 'url', 'invalid'],
        [{ url: 42 }, 'url', 'invalid'],
        [{}, 'url', 'invalid'],
        [{ url: 'https://a.example/', municipalities: [] }, 'municipalities', 'invalid'],
        [{ url: 'https://a.example/', municipalities: ['75'] }, 'municipalities', 'invalid'],
        [{ url: 'https://a.example/', municipalities: ['758', '758'] }, 'municipalities', 'invalid'],
        [{ url: 'https://a.example/', municipalities: '758' }, 'municipalities', 'invalid'],
        [{ url: 'https://a.example/', events: [] }, 'events', 'invalid'],
        [{ url: 'https://a.example/', events: ['referral.deleted'] }, 'events', 'invalid'],
        [{ url: 'https://a.example/', secret: 'mine' }, 'secret', 'unknownField'],
        [[], '', 'invalid'],
        [null, '', 'invalid'],
      ];
      for (const [body, path, code] of bad) {
        const res = await call('admin', 'POST', '/webhooks', body);
        assert.equal(res.status, 422, JSON.stringify(body));
        const { issues } = (await res.json()) as { issues: { path: string[]; code: string }[] };
        assert.deepEqual(issues.map((i) => `${i.path.join('.')}:${i.code}`), [`${path}:${code}`], JSON.stringify(body));
      }
      for (const local of ['http://localhost:9/x', 'http://127.0.0.1:9/x', 'http://[::1]:9/x', 'https://asiakas.example:8443/linkki?kunta=758']) {
        assert.equal((await call('admin', 'POST', '/webhooks', { url: local })).status, 201, local);
      }
      assert.equal((await call('admin', 'POST', '/webhooks', undefined)).status, 415);
    });

    it('writes the outbox rows with the change: one per matching webhook, none for a replay, a conflict or a note', async () => {
      await quiet();
      const all = await subscribe({ url: `${hook.url}/all` });
      const closedOnly = await subscribe({ url: `${hook.url}/closed`, events: ['referral.closed'] });
      const inari = await subscribe({ url: `${hook.url}/148`, municipalities: ['148'] });
      const count = async (webhookId: string) => (await log(webhookId)).length;
      const referral = inMunicipality('758');
      const { id } = await refer(referral);
      assert.deepEqual([await count(all.id), await count(closedOnly.id), await count(inari.id)], [1, 0, 0]);
      await refer(referral);
      assert.equal((await call(undefined, 'POST', '/referrals', { ...referral, hopes: 'Toinen' })).status, 409);
      await record(id, note());
      assert.deepEqual([await count(all.id), await count(closedOnly.id), await count(inari.id)], [1, 0, 0], 'replay, conflict and note add nothing');
      await record(id, routed());
      await record(id, closed());
      assert.deepEqual((await log(all.id)).map((d) => d.type), ['referral.closed', 'referral.routed', 'referral.received']);
      assert.deepEqual((await log(closedOnly.id)).map((d) => d.type), ['referral.closed']);
      assert.equal(await count(inari.id), 0);
      const inInari = await refer(inMunicipality('148', selfReferral));
      await record(inInari.id, routed('direct'));
      assert.deepEqual((await log(inari.id)).map((d) => [d.type, d.referralId, d.status, d.attempts]), [
        ['referral.routed', inInari.id, 'pending', 0],
        ['referral.received', inInari.id, 'pending', 0],
      ]);
      assert.equal(hook.received.length, 0, 'nothing is sent before deliverDue');
    });

    it('delivers signed bodies (verified as a receiver would): received, routed, closed with consented feedback', async () => {
      await quiet();
      const { id: webhookId, secret } = await subscribe({ url: `${hook.url}/linkki?kunta=758`, municipalities: ['758'] });
      const referral = inMunicipality('758');
      const { id, reference } = await refer(referral);
      await record(id, routed());
      await record(id, closed({ feedbackToReferrer: FEEDBACK, feedbackConsent: true }));
      assert.deepEqual(await intake.webhooks.deliverDue(), { delivered: 3, retrying: 0, failed: 0 });
      assert.equal(hook.received.length, 3);
      const bodies = hook.received.map((r) => {
        assert.equal(r.path, '/linkki?kunta=758');
        assert.equal(r.headers['content-type'], 'application/json');
        assert.ok(verify(secret, r.headers['linkki-signature'] as string, r.body), 'the signature verifies');
        assert.ok(!verify('whsec_wrong', r.headers['linkki-signature'] as string, r.body), 'not with another secret');
        assert.ok(!verify(secret, r.headers['linkki-signature'] as string, r.body.replace('"stage"', '"stage" ')), 'not over another body');
        assert.ok(!verify(secret, r.headers['linkki-signature'] as string, r.body, Date.now() / 1000 + 600), 'not ten minutes later');
        const body = JSON.parse(r.body) as { id: string; type: string; at: string; referral: Record<string, unknown> };
        assert.equal(r.headers['linkki-delivery'], body.id);
        assert.match(body.at, /^\d{4}-\d\d-\d\dT.*Z$/);
        return body;
      });
      const byType = Object.fromEntries(bodies.map((b) => [b.type, b.referral]));
      assert.deepEqual(byType, {
        'referral.received': { id, reference, stage: 'received' },
        'referral.routed': { id, reference, stage: 'routed', route: 'link-worker' },
        'referral.closed': { id, reference, stage: 'closed', route: 'link-worker', feedback: FEEDBACK },
      });
      // The fixtures' phone numbers all start '040 000'; a bare '040' also turns up in ids and times ('.040Z').
      for (const secretText of [referral.person.name, 'example.org', '040 000']) assert.ok(!hook.received.some((r) => r.body.includes(secretText)), secretText);
      const deliveries = await log(webhookId);
      assert.deepEqual(new Set(deliveries.map((d) => d.id)), new Set(bodies.map((b) => b.id)));
      for (const d of deliveries) {
        assert.deepEqual([d.status, d.attempts, d.lastStatus, d.lastError, d.nextAttemptAt], ['delivered', 1, 200, null, null]);
        assert.ok(d.deliveredAt && d.lastAttemptAt);
      }
      assert.deepEqual(await intake.webhooks.deliverDue(), { delivered: 0, retrying: 0, failed: 0 }, 'each is sent once');
    });

    it('a closure without consent sends no feedback', async () => {
      await quiet();
      await subscribe({ url: `${hook.url}/x`, events: ['referral.closed'] });
      const { id } = await refer(inMunicipality('758'));
      await record(id, closed({ feedbackToReferrer: FEEDBACK, feedbackConsent: false }));
      await intake.webhooks.deliverDue();
      assert.equal(hook.received.length, 1);
      assert.deepEqual((JSON.parse(hook.received[0]!.body) as { referral: unknown }).referral, { id, reference: (JSON.parse(hook.received[0]!.body) as { referral: { reference: string } }).referral.reference, stage: 'closed' });
    });

    it('retries a 500 with backoff (30 s, then 60 s), sending the same delivery and body, then succeeds', async () => {
      await quiet();
      const { id: webhookId, secret } = await subscribe({ url: `${hook.url}/retry`, events: ['referral.received'] });
      await refer(inMunicipality('758'));
      hook.answers.push(500, 503);
      const t0 = new Date(Date.now() + seconds(1));
      assert.deepEqual(await intake.webhooks.deliverDue(t0), { delivered: 0, retrying: 1, failed: 0 });
      let [d] = await log(webhookId);
      assert.deepEqual([d!.status, d!.attempts, d!.lastStatus, d!.lastError], ['pending', 1, 500, 'http']);
      assert.equal(Date.parse(d!.nextAttemptAt!) - t0.getTime(), seconds(30));
      assert.deepEqual(await intake.webhooks.deliverDue(new Date(t0.getTime() + seconds(29))), { delivered: 0, retrying: 0, failed: 0 }, 'not before it is due');
      const t1 = new Date(t0.getTime() + seconds(30));
      assert.deepEqual(await intake.webhooks.deliverDue(t1), { delivered: 0, retrying: 1, failed: 0 });
      [d] = await log(webhookId);
      assert.equal(Date.parse(d!.nextAttemptAt!) - t1.getTime(), seconds(60));
      assert.deepEqual(await intake.webhooks.deliverDue(new Date(t1.getTime() + seconds(60))), { delivered: 1, retrying: 0, failed: 0 });
      [d] = await log(webhookId);
      assert.deepEqual([d!.status, d!.attempts, d!.lastStatus, d!.lastError], ['delivered', 3, 200, null]);
      assert.equal(hook.received.length, 3);
      assert.deepEqual(new Set(hook.received.map((r) => r.body)).size, 1, 'the same body each time');
      assert.deepEqual(new Set(hook.received.map((r) => r.headers['linkki-delivery'])), new Set([d!.id]));
      for (const r of hook.received) assert.ok(verify(secret, r.headers['linkki-signature'] as string, r.body));
    });

    it(`gives up after ${MAX_ATTEMPTS} attempts ('failed'), waiting 30 s × 2^n up to 6 h between them; a redirect is not followed`, async () => {
      await quiet();
      const { id: webhookId } = await subscribe({ url: `${hook.url}/down`, events: ['referral.received'] });
      await refer(inMunicipality('758'));
      let now = Date.now() + seconds(1);
      const waits: number[] = [];
      for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
        hook.answers.push(attempt === 3 ? 302 : 500);
        const outcome = await intake.webhooks.deliverDue(new Date(now));
        assert.deepEqual(outcome, attempt < MAX_ATTEMPTS ? { delivered: 0, retrying: 1, failed: 0 } : { delivered: 0, retrying: 0, failed: 1 }, `attempt ${attempt}`);
        const [d] = await log(webhookId);
        assert.equal(d!.attempts, attempt);
        if (attempt === 3) assert.deepEqual([d!.lastStatus, d!.lastError], [302, 'redirect']);
        if (d!.nextAttemptAt) {
          waits.push(Date.parse(d!.nextAttemptAt) - now);
          now = Date.parse(d!.nextAttemptAt);
        }
      }
      assert.deepEqual(waits, Array.from({ length: MAX_ATTEMPTS - 1 }, (_, i) => Math.min(seconds(30) * 2 ** i, MAX_RETRY_MS)));
      assert.equal(waits.at(-1), MAX_RETRY_MS);
      const [d] = await log(webhookId);
      assert.deepEqual([d!.status, d!.attempts, d!.nextAttemptAt, d!.lastStatus], ['failed', MAX_ATTEMPTS, null, 500]);
      assert.equal(hook.received.length, MAX_ATTEMPTS);
      assert.ok(!hook.received.some((r) => r.path === '/elsewhere'), 'the redirect was not followed');
      assert.deepEqual(await intake.webhooks.deliverDue(new Date(now + MAX_RETRY_MS * 2)), { delivered: 0, retrying: 0, failed: 0 }, 'never again');
    });

    it('retries a receiver that does not answer in time or cannot be reached', async () => {
      await quiet();
      const silent = createServer(() => {});
      await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
      const { id: slowId } = await subscribe({ url: `http://127.0.0.1:${(silent.address() as AddressInfo).port}/`, events: ['referral.received'] });
      // A port nobody listens on: taken, then given back.
      const closed = createServer();
      await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
      const port = (closed.address() as AddressInfo).port;
      await new Promise((resolve) => closed.close(resolve));
      const { id: goneId } = await subscribe({ url: `http://127.0.0.1:${port}/`, events: ['referral.received'] });
      await refer(inMunicipality('758'));
      const quick = new Webhooks(db, { timeoutMs: 200 });
      assert.deepEqual(await quick.deliverDue(new Date(Date.now() + seconds(1))), { delivered: 0, retrying: 2, failed: 0 });
      const [slow] = await log(slowId);
      const [gone] = await log(goneId);
      assert.deepEqual([slow!.status, slow!.lastStatus, slow!.lastError], ['pending', null, 'timeout']);
      assert.deepEqual([gone!.status, gone!.lastStatus, gone!.lastError], ['pending', null, 'ECONNREFUSED']);
      silent.closeAllConnections();
      silent.close();
    });

    it('DELETE /webhooks/{id}: 204, pending deliveries cancelled and never sent, the log stays; again 404', async () => {
      await quiet();
      const { id: webhookId } = await subscribe({ url: `${hook.url}/gone`, events: ['referral.received'] });
      await refer(inMunicipality('758'));
      assert.equal((await call('admin', 'DELETE', `/webhooks/${webhookId}`)).status, 204);
      assert.ok(!(await intake.webhooks.list()).some((w) => w.id === webhookId));
      await intake.webhooks.deliverDue(new Date(Date.now() + seconds(1)));
      assert.equal(hook.received.length, 0);
      assert.deepEqual((await log(webhookId)).map((d) => [d.status, d.attempts, d.nextAttemptAt]), [['cancelled', 0, null]]);
      assert.equal((await call('admin', 'DELETE', `/webhooks/${webhookId}`)).status, 404);
      await refer(inMunicipality('758'));
      assert.equal((await log(webhookId)).length, 1, 'a deleted webhook gets no new rows');
    });

    it('answers 404 for unknown or malformed ids, 405 with Allow, 400 for bad ?limit', async () => {
      await quiet();
      const { id } = await subscribe({ url: `${hook.url}/q` });
      for (const path of ['/webhooks/no-such/deliveries', '/webhooks/%00/deliveries', '/webhooks/%FF/deliveries', `/webhooks/${id}/other`, `/webhooks/${id}/deliveries/x`]) {
        assert.equal((await call('admin', 'GET', path)).status, 404, path);
      }
      for (const path of ['/webhooks/no-such', '/webhooks/%00', '/webhooks/']) assert.equal((await call('admin', 'DELETE', path)).status, 404, path);
      const wrong = await call('admin', 'PUT', '/webhooks');
      assert.deepEqual([wrong.status, wrong.headers.get('allow')], [405, 'GET, POST']);
      assert.equal((await call('admin', 'GET', `/webhooks/${id}`)).headers.get('allow'), 'DELETE');
      assert.equal((await call('admin', 'POST', `/webhooks/${id}/deliveries`)).headers.get('allow'), 'GET');
      for (const query of ['limit=0', 'limit=501', 'limit=x', 'limit=1&limit=2', 'status=failed']) {
        assert.equal((await call('admin', 'GET', `/webhooks/${id}/deliveries?${query}`)).status, 400, query);
      }
      for (let i = 0; i < 3; i += 1) await refer(inMunicipality('758'));
      const two = (await (await call('admin', 'GET', `/webhooks/${id}/deliveries?limit=2`)).json()) as { deliveries: Delivery[] };
      assert.equal(two.deliveries.length, 2);
    });

    it('the delivery log carries no personal data', async () => {
      await quiet();
      const { id } = await subscribe({ url: `${hook.url}/p` });
      const referral = inMunicipality('758');
      await refer(referral);
      await intake.webhooks.deliverDue();
      const text = await (await call('admin', 'GET', `/webhooks/${id}/deliveries`)).text();
      for (const secret of [referral.person.name, 'example.org', '040 000', 'hopes']) assert.ok(!text.includes(secret), secret);
    });
  });
}

describe('webhook delivery in the background', () => {
  it('the timer delivers without being asked, and close() stops it', async () => {
    const hook = await receiver();
    const intake = await createIntake(config({ webhookIntervalMs: 50 }));
    const { secret } = await intake.webhooks.add({ url: `${hook.url}/t`, municipalities: null, events: ['referral.received'] });
    await intake.store.saveReferral('k1', inMunicipality('758'));
    const deadline = Date.now() + 5_000;
    while (hook.received.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(hook.received.length, 1);
    assert.ok(verify(secret, hook.received[0]!.headers['linkki-signature'] as string, hook.received[0]!.body));
    await intake.close();
    await hook.close();
  });

  it('reads LINKKI_INTAKE_WEBHOOK_INTERVAL_MS (default 5000, 0: none) and refuses anything else', () => {
    assert.equal(configFromEnv({}).webhookIntervalMs, 5_000);
    assert.equal(configFromEnv({ LINKKI_INTAKE_WEBHOOK_INTERVAL_MS: '0' }).webhookIntervalMs, 0);
    assert.equal(configFromEnv({ LINKKI_INTAKE_WEBHOOK_INTERVAL_MS: '250' }).webhookIntervalMs, 250);
    for (const value of ['-1', '1.5', 'soon', '99999999999']) assert.throws(() => configFromEnv({ LINKKI_INTAKE_WEBHOOK_INTERVAL_MS: value }), /LINKKI_INTAKE_WEBHOOK_INTERVAL_MS/);
  });

  it('retryDelay: 30 s, doubling, at most 6 h', () => {
    assert.deepEqual([1, 2, 3, 10, 11, 12].map(retryDelay), [30_000, 60_000, 120_000, 15_360_000, MAX_RETRY_MS, MAX_RETRY_MS]);
  });
});
