import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Referral } from '@linkki/schema';
import { professionalReferral, selfReferral, swemwbsResponse } from '../../schema/test/fixtures.js';
import { configFromEnv, createIntake, type Database, type Intake, type IntakeConfig } from '../src/index.js';
import { WRONG_TOKENS_PER_MINUTE } from '../src/app.js';
import { backends, testConfig } from './backends.js';

const TOKEN = 'test-token-0123456789';
const ORIGIN = 'https://kunta.example';

const config = (overrides: Partial<IntakeConfig> = {}): IntakeConfig =>
  testConfig({
    token: TOKEN,
    origins: [ORIGIN],
    ratePerMinute: 10_000,
    ...overrides,
  });

const freshReferral = (base: Referral = selfReferral): Referral => ({ ...base, id: randomUUID() });

async function listen(intake: Intake): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => void intake.handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});
const auth = { authorization: `Bearer ${TOKEN}` };

for (const [name, open] of backends()) {
  describe(`@linkki/intake on ${name}`, () => {
    let db: Database;
    let intake: Intake;
    let server: Server;
    let url: string;
    const lines: string[] = [];

    before(async () => {
      db = await open();
      intake = await createIntake(config(), { database: db, log: (line) => lines.push(line) });
      ({ server, url } = await listen(intake));
    });
    after(async () => {
      server.close();
      await db.close();
    });

    it('answers /health', async () => {
      const res = await fetch(`${url}/health`);
      assert.equal(res.status, 200);
      assert.deepEqual(await res.json(), { ok: true, database: name === 'PGlite' ? 'pglite' : 'postgres' });
    });

    it('stores a valid referral and returns its reference', async () => {
      const referral = freshReferral(professionalReferral);
      const res = await fetch(`${url}/referrals`, json(referral, { 'idempotency-key': referral.id }));
      assert.equal(res.status, 201);
      const body = (await res.json()) as { id: string; reference: string };
      assert.equal(body.id, referral.id);
      assert.match(body.reference, /^LNK-\d{4}-\d{6}$/);
      const stored = await intake.store.getReferral(referral.id);
      assert.deepEqual(stored?.referral, referral);
      assert.equal(stored?.status, 'new');
    });

    it('POST /responses is gone (410): a response belongs to a case; the preflight still answers', async () => {
      const res = await fetch(`${url}/responses`, json(swemwbsResponse, { 'idempotency-key': `resp-${randomUUID()}`, origin: ORIGIN }));
      assert.equal(res.status, 410);
      assert.deepEqual(await res.json(), { error: 'responsesBelongToACase', use: '/referrals/{id}/responses' });
      assert.equal(res.headers.get('access-control-allow-origin'), ORIGIN);
      const preflight = await fetch(`${url}/responses`, { method: 'OPTIONS', headers: { origin: ORIGIN, 'access-control-request-method': 'POST' } });
      assert.equal(preflight.status, 204);
      assert.equal(preflight.headers.get('access-control-allow-origin'), ORIGIN);
      assert.equal((await fetch(`${url}/responses`, { method: 'OPTIONS', headers: { origin: 'https://muu.example' } })).status, 403);
      assert.equal((await fetch(`${url}/responses`, { headers: auth })).status, 410);
      assert.equal(Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM responses'))[0]!.n), 0, 'nothing stored');
    });

    it('answers 422 with path-located issue codes for an invalid payload', async () => {
      const bad = { ...freshReferral(), person: { ...selfReferral.person, contact: {} }, consent: false };
      const res = await fetch(`${url}/referrals`, json(bad));
      assert.equal(res.status, 422);
      const { issues } = (await res.json()) as { issues: { path: string[]; code: string }[] };
      assert.deepEqual(
        issues.map((i) => `${i.path.join('.')}:${i.code}`).sort(),
        ['consent:consentRequired', 'person.contact:contactRequired'],
      );
    });

    it('answers 400 for a body that is not JSON, 415 for another content type, 413 when too large', async () => {
      const broken = await fetch(`${url}/referrals`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"kind": "self",' });
      assert.equal(broken.status, 400);
      assert.deepEqual(await broken.json(), { issues: [{ path: [], code: 'invalid' }] });
      const form = await fetch(`${url}/referrals`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=1' });
      assert.equal(form.status, 415);
      const huge = await fetch(`${url}/referrals`, json({ ...freshReferral(), hopes: 'x'.repeat(70 * 1024) }));
      assert.equal(huge.status, 413);
    });

    it('answers 422, not 500, for text PostgreSQL cannot store (U+0000, half a surrogate pair)', async () => {
      const nul = await fetch(`${url}/referrals`, json({ ...freshReferral(), hopes: 'ennen\u0000jälkeen' }));
      assert.equal(nul.status, 422);
      assert.deepEqual(await nul.json(), { issues: [{ path: ['hopes'], code: 'invalid' }] });
      const half = await fetch(`${url}/referrals`, json({ ...freshReferral(), reasons: ['other'], otherReason: 'puoli \ud800' }));
      assert.equal(half.status, 422);
      assert.deepEqual(await half.json(), { issues: [{ path: ['otherReason'], code: 'invalid' }] });
      const whole = await fetch(`${url}/referrals`, json({ ...freshReferral(), hopes: 'Saamea ja emoji 🌲 käyvät: čđŋšŧž' }));
      assert.equal(whole.status, 201);
    });

    it('answers 400 for an Idempotency-Key that is too long or not printable ASCII', async () => {
      for (const key of ['k'.repeat(201), 'with space']) {
        const res = await fetch(`${url}/referrals`, json(freshReferral(), { 'idempotency-key': key }));
        assert.equal(res.status, 400, key);
        assert.deepEqual(await res.json(), { error: 'invalidIdempotencyKey' });
      }
    });

    it('answers 404 for unknown paths and 405 with Allow for wrong methods', async () => {
      assert.equal((await fetch(`${url}/nothing`)).status, 404);
      const wrong = await fetch(`${url}/referrals`, { method: 'DELETE', headers: auth });
      assert.equal(wrong.status, 405);
      assert.equal(wrong.headers.get('allow'), 'GET, POST, OPTIONS');
      assert.equal((await fetch(`${url}/follow-ups`, { method: 'POST', headers: auth })).headers.get('allow'), 'GET');
      assert.equal((await fetch(`${url}/referrals/x/responses`, { method: 'PUT', headers: auth })).headers.get('allow'), 'GET, POST');
      assert.equal((await fetch(`${url}/health`, { method: 'POST' })).status, 405);
      assert.equal((await fetch(`${url}/health`, { method: 'HEAD' })).status, 200);
      assert.equal((await fetch(`${url}/referrals/%E0%A4%A`, { headers: auth })).status, 404);
    });

    it('answers 404, not 500, for ids no referral can have (%00, %FF, half a surrogate, very long)', async () => {
      const event = { type: 'note', id: `ev-${randomUUID()}`, at: '2026-11-24T10:00:00+02:00', by: 'coordinator', text: 'Huomio' };
      for (const id of ['%00', 'a%00b', '%FF', '%ED%A0%80', '%25', 'x'.repeat(8_000)]) {
        assert.equal((await fetch(`${url}/referrals/${id}`, { headers: auth })).status, 404, id);
        assert.equal((await fetch(`${url}/referrals/${id}/events`, json(event, auth))).status, 404, id);
      }
    });

    it('returns the first result for a retried POST and stores it once', async () => {
      const referral = freshReferral();
      const first = await fetch(`${url}/referrals`, json(referral, { 'idempotency-key': referral.id }));
      const again = await fetch(`${url}/referrals`, json(referral, { 'idempotency-key': referral.id }));
      assert.equal(again.status, 201);
      assert.equal(again.headers.get('idempotent-replayed'), 'true');
      // The same referral; only the status link is new (the first reply may have been lost, see status-links.test.ts).
      const { statusToken: _, ...replayed } = (await again.json()) as { statusToken: string };
      const { statusToken: __, ...created } = (await first.json()) as { statusToken: string };
      assert.deepEqual(replayed, created);
      const rows = await db.query('SELECT id FROM referrals WHERE id = $1', [referral.id]);
      assert.equal(rows.length, 1);
    });

    it('stores concurrent duplicates once', async () => {
      const referral = freshReferral();
      const replies = await Promise.all(Array.from({ length: 12 }, () => fetch(`${url}/referrals`, json(referral, { 'idempotency-key': `dup-${referral.id}` }))));
      assert.deepEqual(new Set(replies.map((r) => r.status)), new Set([201]));
      const references = new Set(await Promise.all(replies.map(async (r) => ((await r.json()) as { reference: string }).reference)));
      assert.equal(references.size, 1);
      assert.equal((await db.query('SELECT 1 FROM referrals WHERE idempotency_key = $1', [`dup-${referral.id}`])).length, 1);
    });

    it('refuses a reused key with another body (409)', async () => {
      const referral = freshReferral();
      await fetch(`${url}/referrals`, json(referral, { 'idempotency-key': referral.id }));
      const changed = await fetch(`${url}/referrals`, json({ ...referral, hopes: 'Jotain muuta' }, { 'idempotency-key': referral.id }));
      assert.equal(changed.status, 409);
    });

    it('keeps the referral endpoints behind the bootstrap admin key', async () => {
      assert.equal((await fetch(`${url}/referrals`)).status, 401);
      assert.equal((await fetch(`${url}/referrals`, { headers: { authorization: 'Bearer wrong' } })).status, 401);
      const list = await fetch(`${url}/referrals`, { headers: auth });
      assert.equal(list.status, 200);
      const { referrals } = (await list.json()) as { referrals: { receivedAt: string; reasons: string[]; age: number }[] };
      assert.ok(referrals.length >= 3);
      const times = referrals.map((r) => r.receivedAt);
      assert.deepEqual(times, [...times].sort().reverse(), 'newest first');
      assert.ok(!JSON.stringify(referrals).includes('Esimerkki'), 'the list carries no names');
    });

    it('pages the coordinator list newest first with ?limit and ?before, and refuses bad paging', async () => {
      const all = ((await (await fetch(`${url}/referrals?limit=500`, { headers: auth })).json()) as { referrals: { reference: string }[] }).referrals;
      assert.ok(all.length >= 4);
      const seen: string[] = [];
      let next: string | undefined;
      do {
        const page = (await (await fetch(`${url}/referrals?limit=2${next ? `&before=${next}` : ''}`, { headers: auth })).json()) as { referrals: { reference: string }[]; next?: string };
        assert.ok(page.referrals.length <= 2);
        seen.push(...page.referrals.map((r) => r.reference));
        next = page.next;
      } while (next);
      assert.deepEqual(seen, all.map((r) => r.reference));
      for (const query of ['limit=0', 'limit=501', 'limit=two', 'before=LNK-1']) {
        assert.equal((await fetch(`${url}/referrals?${query}`, { headers: auth })).status, 400, query);
      }
    });

    it('counts the case events of each referral in the coordinator list', async () => {
      const referral = freshReferral();
      await fetch(`${url}/referrals`, json(referral));
      for (const text of ['Soitettu', 'Tavattu']) {
        const note = { type: 'note', id: `ev-${randomUUID()}`, at: '2026-11-25T10:00:00+02:00', by: 'coordinator', text };
        assert.equal((await fetch(`${url}/referrals/${referral.id}/events`, json(note, auth))).status, 201);
      }
      const { referrals } = (await (await fetch(`${url}/referrals`, { headers: auth })).json()) as { referrals: { id: string; events: number }[] };
      assert.equal(referrals.find((r) => r.id === referral.id)?.events, 2);
    });

    it('filters the coordinator list by ?municipality=, and refuses bad codes and unknown parameters', async () => {
      const inari = freshReferral(selfReferral);
      assert.equal(inari.person.municipality, '148');
      const vantaa = freshReferral(professionalReferral);
      assert.equal(vantaa.person.municipality, '758');
      for (const referral of [inari, vantaa]) assert.equal((await fetch(`${url}/referrals`, json(referral))).status, 201);
      const list = async (query: string) =>
        ((await (await fetch(`${url}/referrals?limit=500&${query}`, { headers: auth })).json()) as { referrals: { id: string; municipality: string }[] }).referrals;
      const only148 = await list('municipality=148');
      assert.ok(only148.some((r) => r.id === inari.id));
      assert.deepEqual(new Set(only148.map((r) => r.municipality)), new Set(['148']));
      const both = await list('municipality=148,758');
      assert.ok(both.some((r) => r.id === inari.id) && both.some((r) => r.id === vantaa.id));
      assert.deepEqual(await list('municipality=999'), []);
      for (const query of ['municipality=', 'municipality=75', 'municipality=7580', 'municipality=abc', 'municipality=148,', 'municipality=148&municipality=758', 'limit=1&limit=2', 'status=new', 'municipalities=148']) {
        assert.equal((await fetch(`${url}/referrals?${query}`, { headers: auth })).status, 400, query);
      }
    });

    it('draws a reference number only for a new referral: replays and conflicts skip none', async () => {
      const number = async (res: Response) => Number(((await res.json()) as { reference: string }).reference.slice(-6));
      const first = freshReferral();
      const n = await number(await fetch(`${url}/referrals`, json(first)));
      for (let i = 0; i < 2; i += 1) assert.equal(await number(await fetch(`${url}/referrals`, json(first))), n);
      assert.equal((await fetch(`${url}/referrals`, json({ ...first, hopes: 'Toinen' }))).status, 409);
      assert.equal(await number(await fetch(`${url}/referrals`, json(freshReferral()))), n + 1);
    });

    it('lets the coordinator route a referral, which appends a case event and sets the status', async () => {
      const referral = freshReferral();
      await fetch(`${url}/referrals`, json(referral));
      const event = { type: 'routed', id: `ev-${randomUUID()}`, at: '2026-11-24T10:00:00+02:00', by: 'coordinator', route: 'link-worker' };
      const res = await fetch(`${url}/referrals/${referral.id}/events`, json(event, auth));
      assert.equal(res.status, 201);
      const detail = (await (await fetch(`${url}/referrals/${referral.id}`, { headers: auth })).json()) as { status: string; events: unknown[]; referral: Referral };
      assert.equal(detail.status, 'link-worker');
      assert.deepEqual(detail.events, [event]);
      assert.equal(detail.referral.person.name, referral.person.name);
      const bad = await fetch(`${url}/referrals/${referral.id}/events`, json({ ...event, id: 'x2', route: 'somewhere' }, auth));
      assert.equal(bad.status, 422);
      assert.equal((await fetch(`${url}/referrals/missing/events`, json(event, auth))).status, 404);
    });

    it('stores a case event once under concurrent retries; only routed and closed change the status', async () => {
      const referral = freshReferral();
      await fetch(`${url}/referrals`, json(referral));
      const events = `${url}/referrals/${referral.id}/events`;
      const statusNow = async () => ((await (await fetch(`${url}/referrals/${referral.id}`, { headers: auth })).json()) as { status: string }).status;
      const routed = { type: 'routed', id: `ev-${randomUUID()}`, at: '2026-11-24T10:00:00+02:00', by: 'coordinator', route: 'direct' };
      const replies = await Promise.all(Array.from({ length: 8 }, () => fetch(events, json(routed, auth))));
      assert.deepEqual(new Set(replies.map((r) => r.status)), new Set([201]));
      assert.equal(replies.filter((r) => r.headers.get('idempotent-replayed') === 'true').length, 7);
      assert.equal((await db.query('SELECT 1 FROM case_events WHERE id = $1', [routed.id])).length, 1);
      assert.equal(await statusNow(), 'direct');
      const note = { type: 'note', id: `ev-${randomUUID()}`, at: '2026-11-25T10:00:00+02:00', by: 'coordinator', text: 'Soitettu, sovittu tapaaminen.' };
      assert.equal((await fetch(events, json(note, auth))).status, 201);
      assert.equal(await statusNow(), 'direct');
      const closed = { type: 'closed', id: `ev-${randomUUID()}`, at: '2026-12-01T10:00:00+02:00', by: 'coordinator', closure: { endingReason: 'completed', meetings: 2 } };
      assert.equal((await fetch(events, json(closed, auth))).status, 201);
      assert.equal(await statusNow(), 'completed');
      assert.equal((await fetch(events, json({ ...note, text: 'Toinen teksti' }, auth))).status, 409);
    });

    it('allows browsers only from configured origins, and answers their preflight', async () => {
      const preflight = await fetch(`${url}/referrals`, { method: 'OPTIONS', headers: { origin: ORIGIN, 'access-control-request-method': 'POST' } });
      assert.equal(preflight.status, 204);
      assert.equal(preflight.headers.get('access-control-allow-origin'), ORIGIN);
      assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /idempotency-key/);
      const referral = freshReferral();
      const allowed = await fetch(`${url}/referrals`, json(referral, { origin: ORIGIN }));
      assert.equal(allowed.status, 201);
      assert.equal(allowed.headers.get('access-control-allow-origin'), ORIGIN);
      const other = await fetch(`${url}/referrals`, json(freshReferral(), { origin: 'https://elsewhere.example' }));
      assert.equal(other.status, 403);
      assert.equal(other.headers.get('access-control-allow-origin'), null);
      const foreignPreflight = await fetch(`${url}/referrals`, { method: 'OPTIONS', headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'POST' } });
      assert.equal(foreignPreflight.status, 403);
    });

    it('staff endpoints answer an allowed origin\'s preflight and let it read the answers; others get 403', async () => {
      const preflight = await fetch(`${url}/referrals/some-id/events`, {
        method: 'OPTIONS',
        headers: { origin: ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
      });
      assert.equal(preflight.status, 204);
      assert.equal(preflight.headers.get('access-control-allow-origin'), ORIGIN);
      assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /authorization/);
      assert.match(preflight.headers.get('access-control-allow-methods') ?? '', /POST/);
      assert.equal((await fetch(`${url}/me`, { method: 'OPTIONS', headers: { origin: 'https://muu.example' } })).status, 403);
      const refused = await fetch(`${url}/referrals`, { headers: { origin: ORIGIN } });
      assert.equal(refused.status, 401);
      assert.equal(refused.headers.get('access-control-allow-origin'), ORIGIN, 'the client system can read why');
      assert.equal((await fetch(`${url}/referrals`, { headers: { origin: 'https://muu.example' } })).headers.get('access-control-allow-origin'), null);
    });

    it('logs no personal data', () => {
      const all = lines.join('\n');
      assert.ok(lines.some((l) => /^POST \/referrals 201 /.test(l)));
      for (const secret of ['Aino', 'Esimerkki', 'Niillas', '040 000', TOKEN]) assert.ok(!all.includes(secret), `log contains ${secret}`);
    });
  });
}

describe('@linkki/intake limits and persistence', () => {
  it('rate-limits POSTs per client with Retry-After', async () => {
    const intake = await createIntake(config({ ratePerMinute: 3 }));
    const { server, url } = await listen(intake);
    const statuses = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await fetch(`${url}/referrals`, json(freshReferral()))).status);
    assert.deepEqual(statuses, [201, 201, 201, 429, 429]);
    const limited = await fetch(`${url}/referrals`, json(freshReferral()));
    assert.ok(Number(limited.headers.get('retry-after')) >= 1);
    server.close();
    await intake.close();
  });

  it('counts each client on its own behind two trusted proxies (X-Forwarded-For)', async () => {
    const intake = await createIntake(config({ ratePerMinute: 2, trustedProxies: 2 }));
    const { server, url } = await listen(intake);
    const from = (ip: string) => ({ 'x-forwarded-for': `${ip}, 10.0.0.1` });
    const statuses = [];
    for (const ip of ['192.0.2.1', '192.0.2.1', '192.0.2.1', '192.0.2.2']) statuses.push((await fetch(`${url}/referrals`, json(freshReferral(), from(ip)))).status);
    assert.deepEqual(statuses, [201, 201, 429, 201]);
    server.close();
    await intake.close();
  });

  it(`stops a client guessing the token after ${WRONG_TOKENS_PER_MINUTE} wrong ones a minute, even if it then guesses right`, async () => {
    const intake = await createIntake(config({ trustedProxies: 1 }));
    const { server, url } = await listen(intake);
    const guesser = { 'x-forwarded-for': '198.51.100.7' };
    for (let i = 0; i < WRONG_TOKENS_PER_MINUTE; i += 1) {
      assert.equal((await fetch(`${url}/referrals`, { headers: { ...guesser, authorization: `Bearer guess-${i}` } })).status, 401);
    }
    const right = await fetch(`${url}/referrals`, { headers: { ...guesser, ...auth } });
    assert.equal(right.status, 429);
    assert.ok(Number(right.headers.get('retry-after')) >= 1);
    assert.equal((await fetch(`${url}/referrals`, { headers: { 'x-forwarded-for': '198.51.100.8', ...auth } })).status, 200);
    server.close();
    await intake.close();
  });

  it('keys the wrong-token limit on the address the trusted proxy saw, not on what the client wrote before it', async (t) => {
    const intake = await createIntake(config({ trustedProxies: 1 }));
    const { server, url } = await listen(intake);
    t.after(() => (server.close(), intake.close()));
    // The proxy appends the address it saw; everything to its left is the client's own writing.
    const via = (written: string, seen: string) => ({ 'x-forwarded-for': `${written}, ${seen}` });
    for (let i = 0; i < WRONG_TOKENS_PER_MINUTE; i += 1) {
      const res = await fetch(`${url}/referrals`, { headers: { ...via(`203.0.113.${i}`, '198.51.100.9'), authorization: `Bearer guess-${i}` } });
      assert.equal(res.status, 401);
    }
    const spoofed = await fetch(`${url}/referrals`, { headers: { ...via('203.0.113.200, 10.1.1.1', '198.51.100.9'), authorization: 'Bearer guess' } });
    assert.equal(spoofed.status, 429, 'new left-most entries do not make a new client');
    assert.equal((await fetch(`${url}/referrals`, { headers: { ...via('203.0.113.1', '198.51.100.10'), ...auth } })).status, 200, 'another client behind the same proxy');
    assert.equal((await fetch(`${url}/referrals`, { headers: auth })).status, 200, 'without the header: the socket, that is the proxy itself');
  });

  it('reads LINKKI_INTAKE_TRUST_PROXY as the number of proxies in front, and refuses anything else', () => {
    assert.equal(configFromEnv({}).trustedProxies, 0);
    assert.equal(configFromEnv({ LINKKI_INTAKE_TRUST_PROXY: '1' }).trustedProxies, 1);
    assert.equal(configFromEnv({ LINKKI_INTAKE_TRUST_PROXY: '2' }).trustedProxies, 2);
    for (const value of ['true', 'yes', '-1', '1.5', '99']) assert.throws(() => configFromEnv({ LINKKI_INTAKE_TRUST_PROXY: value }), /LINKKI_INTAKE_TRUST_PROXY/);
  });

  it('without a bootstrap key configured, the former token is just a wrong key (401)', async () => {
    const intake = await createIntake(config({ token: undefined }));
    const { server, url } = await listen(intake);
    assert.equal((await fetch(`${url}/referrals`, { headers: auth })).status, 401);
    server.close();
    await intake.close();
  });

  it('keeps everything across a restart with the same data directory', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'linkki-intake-'));
    try {
      const referral = freshReferral();
      const first = await createIntake(config({ dataDir }));
      const one = await listen(first);
      const created = (await (await fetch(`${one.url}/referrals`, json(referral))).json()) as { reference: string };
      one.server.close();
      await first.close();

      const second = await createIntake(config({ dataDir }));
      const two = await listen(second);
      const replay = await fetch(`${two.url}/referrals`, json(referral));
      assert.equal(replay.headers.get('idempotent-replayed'), 'true');
      assert.equal(((await replay.json()) as { reference: string }).reference, created.reference);
      const next = (await (await fetch(`${two.url}/referrals`, json(freshReferral()))).json()) as { reference: string };
      assert.notEqual(next.reference, created.reference);
      two.server.close();
      await second.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('does not store a body whose connection was cut', async () => {
    const intake = await createIntake(config());
    const { server, url } = await listen(intake);
    const referral = freshReferral();
    const body = JSON.stringify(referral);
    await new Promise<void>((resolve) => {
      const req = request(`${url}/referrals`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': body.length } });
      req.on('error', () => resolve());
      req.write(body.slice(0, 40));
      setTimeout(() => {
        req.destroy();
        resolve();
      }, 50);
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(await intake.store.getReferral(referral.id), undefined);
    server.close();
    await intake.close();
  });
});
