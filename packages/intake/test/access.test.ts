import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { Referral } from '@linkki/schema';
import { professionalReferral, selfReferral, swemwbsResponse } from '../../schema/test/fixtures.js';
import { createIntake, scopeOf, type Database, type Intake, type IntakeConfig, type Principal } from '../src/index.js';
import { WRONG_TOKENS_PER_MINUTE } from '../src/app.js';
import { backends, testConfig } from './backends.js';

const BOOTSTRAP = 'access-test-bootstrap-key';
const config = (overrides: Partial<IntakeConfig> = {}): IntakeConfig =>
  testConfig({
    token: BOOTSTRAP,
    ...overrides,
  });

const inMunicipality = (municipality: string, base: Referral = professionalReferral): Referral =>
  ({ ...base, id: randomUUID(), person: { ...base.person, municipality } }) as Referral;
const note = () => ({ type: 'note', id: `ev-${randomUUID()}`, at: '2026-11-24T10:00:00+02:00', by: 'coordinator', text: 'Soitettu' });
/** A start SWEMWBS completed a moment ago (a new body each time, so no replays). */
const startSwemwbs = () => ({ ...swemwbsResponse, completedAt: new Date(Date.now() - Math.floor(Math.random() * 1e9)).toISOString() });
/** What an evaluator must never receive: names, contact details, birth years, free text of the fixtures. */
const PERSONAL = ['Aino', 'Esimerkki', 'Niillas', 'Ovdamearka', '040 000', 'example.org', '1947', 'tablettia', 'viikoittain', 'Terveydenhoitaja'];

type Who = 'nobody' | 'wrongKey' | 'bootstrap' | 'admin' | 'coordinator758' | 'linkWorkerAssigned' | 'linkWorkerOther' | 'evaluator';
const WHO: Who[] = ['nobody', 'wrongKey', 'bootstrap', 'admin', 'coordinator758', 'linkWorkerAssigned', 'linkWorkerOther', 'evaluator'];

for (const [name, open] of backends()) {
  describe(`access on ${name}`, () => {
    let db: Database;
    let intake: Intake;
    let server: Server;
    let url: string;
    const keys = {} as Record<Who, string | undefined>;
    const ids = {} as Record<string, string>;
    const principals = {} as Record<string, Principal>;
    let r758: Referral;
    let r320: Referral;
    /** Erased by the erasure rows of the table (admin first; again, the same answer). */
    let erasable: Referral;
    // Each call from an address of its own (behind one trusted proxy), so that the table's many
    // deliberate 401s do not run into the failed sign-in limit, which has a test of its own.
    let client = 0;

    const call = (who: Who, method: string, path: string, body?: unknown) =>
      fetch(`${url}${path}`, {
        method,
        headers: {
          'x-forwarded-for': `10.${(client >> 8) & 255}.${client++ & 255}.1`,
          ...(keys[who] ? { authorization: `Bearer ${keys[who]}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });

    before(async () => {
      db = await open();
      intake = await createIntake(config({ trustedProxies: 1 }), { database: db });
      server = createServer((req, res) => void intake.handle(req, res));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const add = async (who: string, role: Principal['role'], municipalities: string[]) => {
        const { staff, key } = await intake.staff.add({ name: `Testi ${who}`, role, municipalities, languages: ['fi'] });
        ids[who] = staff.id;
        principals[who] = { staffId: staff.id, role, municipalities: role === 'admin' ? null : municipalities };
        return key;
      };
      keys.nobody = undefined;
      keys.wrongKey = `lnk_0123456789abcdef_${'A'.repeat(43)}`;
      keys.bootstrap = BOOTSTRAP;
      keys.admin = await add('admin', 'admin', []);
      keys.coordinator758 = await add('coordinator758', 'coordinator', ['758', '047']);
      keys.linkWorkerAssigned = await add('linkWorkerAssigned', 'link-worker', ['758']);
      keys.linkWorkerOther = await add('linkWorkerOther', 'link-worker', ['758']);
      keys.evaluator = await add('evaluator', 'evaluator', ['758']);
      await add('coordinator320', 'coordinator', ['320']);
      await add('linkWorker320', 'link-worker', ['320']);
      r758 = inMunicipality('758');
      r320 = inMunicipality('320', selfReferral);
      erasable = inMunicipality('758');
      for (const r of [r758, r320, erasable]) await intake.store.saveReferral(r.id, r);
      assert.deepEqual(await intake.store.assign(r758.id, ids.linkWorkerAssigned!), { assignedTo: ids.linkWorkerAssigned });
    });
    after(async () => {
      server.close();
      await db.close();
    });

    // Every endpoint × caller × in/out of scope → status. Out of scope is 404, as if the referral did
    // not exist; a role that may not use the endpoint at all is 403; no or a wrong credential is 401.
    const table: [string, (t: { r758: string; r320: string; erasable: string; ids: Record<string, string> }) => [string, string, unknown?], Partial<Record<Who, number>>][] = [
      ['GET /referrals', () => ['GET', '/referrals'], { bootstrap: 200, admin: 200, coordinator758: 200, linkWorkerAssigned: 200, linkWorkerOther: 200, evaluator: 403 }],
      ['GET /referrals?municipality=320', () => ['GET', '/referrals?municipality=320'], { bootstrap: 200, admin: 200, coordinator758: 403, linkWorkerAssigned: 200, linkWorkerOther: 200, evaluator: 403 }],
      ['GET /referrals/:id (758, assigned)', (t) => ['GET', `/referrals/${t.r758}`], { bootstrap: 200, admin: 200, coordinator758: 200, linkWorkerAssigned: 200, linkWorkerOther: 404, evaluator: 403 }],
      ['GET /referrals/:id (320)', (t) => ['GET', `/referrals/${t.r320}`], { bootstrap: 200, admin: 200, coordinator758: 404, linkWorkerAssigned: 404, linkWorkerOther: 404, evaluator: 403 }],
      ['POST /referrals/:id/events (758)', (t) => ['POST', `/referrals/${t.r758}/events`, note()], { bootstrap: 201, admin: 201, coordinator758: 201, linkWorkerAssigned: 201, linkWorkerOther: 404, evaluator: 403 }],
      ['POST /referrals/:id/events (320)', (t) => ['POST', `/referrals/${t.r320}/events`, note()], { bootstrap: 201, admin: 201, coordinator758: 404, linkWorkerAssigned: 404, linkWorkerOther: 404, evaluator: 403 }],
      ['POST /referrals/:id/assignment (758)', (t) => ['POST', `/referrals/${t.r758}/assignment`, { staffId: t.ids.linkWorkerAssigned }], { bootstrap: 200, admin: 200, coordinator758: 200, linkWorkerAssigned: 403, linkWorkerOther: 403, evaluator: 403 }],
      ['POST /referrals/:id/assignment (320)', (t) => ['POST', `/referrals/${t.r320}/assignment`, { staffId: t.ids.linkWorker320 }], { bootstrap: 200, admin: 200, coordinator758: 404, linkWorkerAssigned: 403, linkWorkerOther: 403, evaluator: 403 }],
      ['POST /referrals/:id/responses (758, assigned)', (t) => ['POST', `/referrals/${t.r758}/responses`, startSwemwbs()], { bootstrap: 403, admin: 403, coordinator758: 201, linkWorkerAssigned: 201, linkWorkerOther: 404, evaluator: 403 }],
      ['POST /referrals/:id/responses (320)', (t) => ['POST', `/referrals/${t.r320}/responses`, startSwemwbs()], { bootstrap: 403, admin: 403, coordinator758: 404, linkWorkerAssigned: 404, linkWorkerOther: 404, evaluator: 403 }],
      ['GET /referrals/:id/responses (758, assigned)', (t) => ['GET', `/referrals/${t.r758}/responses`], { bootstrap: 200, admin: 200, coordinator758: 200, linkWorkerAssigned: 200, linkWorkerOther: 404, evaluator: 403 }],
      ['GET /referrals/:id/responses (320)', (t) => ['GET', `/referrals/${t.r320}/responses`], { bootstrap: 200, admin: 200, coordinator758: 404, linkWorkerAssigned: 404, linkWorkerOther: 404, evaluator: 403 }],
      ['GET /follow-ups', () => ['GET', '/follow-ups?due-before=2030-01-01'], { bootstrap: 200, admin: 200, coordinator758: 200, linkWorkerAssigned: 200, linkWorkerOther: 200, evaluator: 403 }],
      ['GET /link-workers', () => ['GET', '/link-workers'], { bootstrap: 200, admin: 200, coordinator758: 200, linkWorkerAssigned: 403, linkWorkerOther: 403, evaluator: 403 }],
      ['POST /responses (gone)', () => ['POST', '/responses', swemwbsResponse], { nobody: 410, wrongKey: 410, bootstrap: 410, admin: 410, coordinator758: 410, linkWorkerAssigned: 410, linkWorkerOther: 410, evaluator: 410 }],
      ['GET /staff', () => ['GET', '/staff'], { bootstrap: 200, admin: 200, coordinator758: 403, linkWorkerAssigned: 403, linkWorkerOther: 403, evaluator: 403 }],
      ['POST /staff', () => ['POST', '/staff', { name: 'Testi Uusi', role: 'evaluator', municipalities: ['758'] }], { bootstrap: 201, admin: 201, coordinator758: 403, linkWorkerAssigned: 403, linkWorkerOther: 403, evaluator: 403 }],
      ['POST /staff/:id/key', (t) => ['POST', `/staff/${t.ids.linkWorker320}/key`], { bootstrap: 201, admin: 201, coordinator758: 403, linkWorkerAssigned: 403, linkWorkerOther: 403, evaluator: 403 }],
      ['GET /me', () => ['GET', '/me'], { bootstrap: 200, admin: 200, coordinator758: 200, linkWorkerAssigned: 200, linkWorkerOther: 200, evaluator: 200 }],
      ['GET /evaluation (758)', () => ['GET', '/evaluation?from=2026-01&to=2026-12&municipality=758'], { bootstrap: 200, admin: 200, coordinator758: 200, linkWorkerAssigned: 403, linkWorkerOther: 403, evaluator: 200 }],
      ['GET /evaluation (own municipalities)', () => ['GET', '/evaluation?from=2026-01&to=2026-12'], { bootstrap: 200, admin: 200, coordinator758: 200, linkWorkerAssigned: 403, linkWorkerOther: 403, evaluator: 200 }],
      ['GET /evaluation (320)', () => ['GET', '/evaluation?from=2026-01&to=2026-12&municipality=320'], { bootstrap: 200, admin: 200, coordinator758: 403, linkWorkerAssigned: 403, linkWorkerOther: 403, evaluator: 403 }],
      ['GET /evaluation.csv (758)', () => ['GET', '/evaluation.csv?from=2026-01&to=2026-12&municipality=758&lang=sv'], { bootstrap: 200, admin: 200, coordinator758: 200, linkWorkerAssigned: 403, linkWorkerOther: 403, evaluator: 200 }],
      ['POST /evaluation', () => ['POST', '/evaluation', {}], { nobody: 405, wrongKey: 405, bootstrap: 405, admin: 405, coordinator758: 405, linkWorkerAssigned: 405, linkWorkerOther: 405, evaluator: 405 }],
      ['GET /audit', () => ['GET', '/audit'], { bootstrap: 200, admin: 200, coordinator758: 403, linkWorkerAssigned: 403, linkWorkerOther: 403, evaluator: 403 }],
      ['GET /referrals/:id/export (758)', (t) => ['GET', `/referrals/${t.r758}/export`], { bootstrap: 200, admin: 200, coordinator758: 403, linkWorkerAssigned: 403, linkWorkerOther: 403, evaluator: 403 }],
      ['GET /referrals/:id/export (unknown)', () => ['GET', `/referrals/${randomUUID()}/export`], { bootstrap: 404, admin: 404, coordinator758: 403, linkWorkerAssigned: 403, linkWorkerOther: 403, evaluator: 403 }],
      ['POST /referrals/:id/erasure', (t) => ['POST', `/referrals/${t.erasable}/erasure`], { bootstrap: 200, admin: 200, coordinator758: 403, linkWorkerAssigned: 403, linkWorkerOther: 403, evaluator: 403 }],
      ['POST /referrals/:id/erasure (unknown)', () => ['POST', `/referrals/${randomUUID()}/erasure`], { bootstrap: 404, admin: 404, coordinator758: 403, linkWorkerAssigned: 403, linkWorkerOther: 403, evaluator: 403 }],
      ['DELETE /referrals/:id/status-link (320)', (t) => ['DELETE', `/referrals/${t.r320}/status-link`], { bootstrap: 204, admin: 204, coordinator758: 403, linkWorkerAssigned: 403, linkWorkerOther: 403, evaluator: 403 }],
      ['GET /status/:token (unknown)', () => ['GET', `/status/${'A'.repeat(43)}`], { nobody: 404, wrongKey: 404, bootstrap: 404, admin: 404, coordinator758: 404, linkWorkerAssigned: 404, linkWorkerOther: 404, evaluator: 404 }],
      ['GET /webhooks', () => ['GET', '/webhooks'], { bootstrap: 200, admin: 200, coordinator758: 403, linkWorkerAssigned: 403, linkWorkerOther: 403, evaluator: 403 }],
      ['POST /webhooks', () => ['POST', '/webhooks', { url: 'https://asiakas.example/linkki', municipalities: ['999'] }], { bootstrap: 201, admin: 201, coordinator758: 403, linkWorkerAssigned: 403, linkWorkerOther: 403, evaluator: 403 }],
    ];
    for (const [endpoint, request, expected] of table) {
      for (const who of WHO) {
        const status = expected[who] ?? 401;
        it(`${endpoint} as ${who} → ${status}`, async () => {
          const [method, path, body] = request({ r758: r758.id, r320: r320.id, erasable: erasable.id, ids });
          const res = await call(who, method, path, body);
          assert.equal(res.status, status, await res.text());
          if (status === 401) assert.equal(res.headers.get('www-authenticate'), 'Bearer');
        });
      }
    }

    it('a link worker lists only the referrals assigned to her', async () => {
      const mine = (await (await call('linkWorkerAssigned', 'GET', '/referrals')).json()) as { referrals: { id: string }[] };
      assert.deepEqual(mine.referrals.map((r) => r.id), [r758.id]);
      const other = (await (await call('linkWorkerOther', 'GET', '/referrals')).json()) as { referrals: unknown[] };
      assert.deepEqual(other.referrals, []);
    });

    it('assignment: only an enabled link worker of the person\'s municipality (422 otherwise); then she can read it', async () => {
      const r = inMunicipality('758');
      await intake.store.saveReferral(r.id, r);
      for (const staffId of [ids.linkWorker320, ids.coordinator758, ids.evaluator, 'no-such-staff']) {
        assert.equal((await call('coordinator758', 'POST', `/referrals/${r.id}/assignment`, { staffId })).status, 422, staffId);
      }
      assert.equal((await call('coordinator758', 'POST', `/referrals/${r.id}/assignment`, {})).status, 422);
      assert.equal((await call('linkWorkerOther', 'GET', `/referrals/${r.id}`)).status, 404);
      const assigned = await call('coordinator758', 'POST', `/referrals/${r.id}/assignment`, { staffId: ids.linkWorkerOther });
      assert.deepEqual(await assigned.json(), { id: r.id, assignedTo: ids.linkWorkerOther });
      const read = await call('linkWorkerOther', 'GET', `/referrals/${r.id}`);
      assert.equal(read.status, 200);
      assert.equal(((await read.json()) as { assignedTo: string }).assignedTo, ids.linkWorkerOther);
    });

    it('GET /me tells the workspace who signed in: staff id, role and municipalities, no one else', async () => {
      const me = (await (await call('coordinator758', 'GET', '/me')).json()) as { staffId: string; role: string; municipalities: string[]; name: string };
      assert.equal(me.staffId, ids.coordinator758);
      assert.equal(me.role, 'coordinator');
      assert.deepEqual(me.municipalities, ['758', '047']);
      assert.equal(typeof me.name, 'string');
      assert.equal((await call('linkWorkerAssigned', 'GET', '/me?x=1')).status, 400);
      assert.equal((await call('linkWorkerAssigned', 'POST', '/me', {})).status, 405);
    });

    it('an evaluator never receives a name, contact, birth year or free text from any endpoint', async () => {
      const paths: [string, string, unknown?][] = [
        ['GET', '/referrals'],
        ['GET', '/referrals?municipality=758'],
        ['GET', `/referrals/${r758.id}`],
        ['GET', `/referrals/${r320.id}`],
        ['POST', `/referrals/${r758.id}/events`, note()],
        ['POST', `/referrals/${r758.id}/assignment`, { staffId: ids.linkWorkerAssigned }],
        ['GET', '/staff'],
        ['GET', '/audit'],
        ['GET', `/referrals/${r758.id}/responses`],
        ['POST', `/referrals/${r758.id}/responses`, startSwemwbs()],
        ['GET', '/follow-ups'],
        ['GET', '/link-workers'],
        ['GET', `/referrals/${r758.id}/export`],
        ['GET', '/me'],
        ['GET', `/audit?referral=${r758.id}`],
        ['GET', '/health'],
        ['POST', '/referrals', inMunicipality('758')],
        ['GET', '/evaluation?from=2020-01&to=2030-12'],
        ['GET', '/evaluation.csv?from=2020-01&to=2030-12'],
      ];
      for (const [method, path, body] of paths) {
        const text = await (await call('evaluator', method, path, body)).text();
        for (const secret of PERSONAL) assert.ok(!text.includes(secret), `${method} ${path} gave an evaluator "${secret}"`);
      }
    });

    it('SQL scope: a coordinator of 758 never receives a referral of 320, however she asks (?municipality=320 is 403)', async () => {
      for (let i = 0; i < 5; i += 1) for (const m of ['320', '758', '047']) await intake.store.saveReferral(randomUUID(), inMunicipality(m));
      const seen: string[] = [];
      let before = '';
      for (;;) {
        const page = (await (await call('coordinator758', 'GET', `/referrals?limit=4${before}`)).json()) as { referrals: { municipality: string }[]; next?: string };
        seen.push(...page.referrals.map((r) => r.municipality));
        if (!page.next) break;
        before = `&before=${page.next}`;
      }
      assert.ok(seen.length >= 10);
      assert.deepEqual([...new Set(seen)].sort(), ['047', '758']);
      assert.equal((await call('coordinator758', 'GET', '/referrals?municipality=320')).status, 403);
      assert.equal((await call('coordinator758', 'GET', '/referrals?municipality=758,320')).status, 403);
      // The store itself, given the coordinator's scope, returns nothing of 320: the WHERE does it, not the route.
      assert.deepEqual(await intake.store.listReferrals({ municipalities: ['320'] }, scopeOf(principals.coordinator758!)), []);
      assert.equal(await intake.store.getReferral(r320.id, scopeOf(principals.coordinator758!)), undefined);
      assert.equal(await intake.store.appendEvent(r320.id, note() as never, scopeOf(principals.coordinator758!)), undefined);
    });

    it('every personal-data read or change leaves an audit row, readable by admin with ?referral and ?staff', async () => {
      const count = async () => Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM audit'))[0]!.n);
      const steps: [Who, string, string, unknown, string][] = [
        ['coordinator758', 'GET', '/referrals', undefined, 'list-referrals'],
        ['coordinator758', 'GET', `/referrals/${r758.id}`, undefined, 'read-referral'],
        ['linkWorkerAssigned', 'GET', `/referrals/${r758.id}`, undefined, 'read-referral'],
        ['linkWorkerAssigned', 'POST', `/referrals/${r758.id}/events`, note(), 'append-event'],
        ['coordinator758', 'POST', `/referrals/${r758.id}/assignment`, { staffId: ids.linkWorkerAssigned }, 'assign'],
        ['admin', 'GET', `/referrals/${r320.id}`, undefined, 'read-referral'],
        ['linkWorkerAssigned', 'POST', `/referrals/${r758.id}/responses`, startSwemwbs(), 'record-response'],
        ['coordinator758', 'GET', `/referrals/${r758.id}/responses`, undefined, 'read-responses'],
        ['linkWorkerAssigned', 'GET', '/follow-ups', undefined, 'list-follow-ups'],
        ['admin', 'GET', `/referrals/${r320.id}/export`, undefined, 'export'],
      ];
      for (const [who, method, path, body, action] of steps) {
        const before = await count();
        assert.ok((await call(who, method, path, body)).ok);
        assert.equal(await count(), before + 1, `${method} ${path}`);
        const [row] = (await (await call('admin', 'GET', `/audit?staff=${ids[who]}&limit=1`)).json() as { audit: { action: string; role: string; referralId: string | null; detail: unknown }[] }).audit;
        assert.equal(row!.action, action);
        assert.equal(row!.role, principals[who]!.role);
        if (!action.startsWith('list-')) assert.ok(path.includes(row!.referralId!));
        else assert.equal(typeof (row!.detail as { count: number }).count, 'number');
        for (const secret of PERSONAL) assert.ok(!JSON.stringify(row).includes(secret));
      }
      const { audit } = (await (await call('admin', 'GET', `/audit?referral=${r758.id}`)).json()) as { audit: { referralId: string }[] };
      assert.ok(audit.length >= 4 && audit.every((a) => a.referralId === r758.id));
      // A denied or out-of-scope request reads nothing, so leaves nothing.
      const before = await count();
      assert.equal((await call('coordinator758', 'GET', `/referrals/${r320.id}`)).status, 404);
      assert.equal((await call('evaluator', 'GET', `/referrals/${r758.id}`)).status, 403);
      assert.equal(await count(), before);
      for (const query of ['limit=0', 'limit=x', 'other=1']) assert.equal((await call('admin', 'GET', `/audit?${query}`)).status, 400);
    });

    it('revoked, expired and disabled keys get 401; a rotated key replaces the old one at once', async () => {
      const { staff, key } = await intake.staff.add({ name: 'Testi Kierto', role: 'coordinator', municipalities: ['758'] });
      const withKey = (k: string) => fetch(`${url}/referrals`, { headers: { authorization: `Bearer ${k}` } });
      assert.equal((await withKey(key)).status, 200);
      const rotated = (await (await call('admin', 'POST', `/staff/${staff.id}/key`)).json()) as { key: string };
      assert.equal((await withKey(key)).status, 401, 'the old key, though verified a moment ago (cached), is gone');
      assert.equal((await withKey(rotated.key)).status, 200);
      assert.equal((await call('admin', 'POST', `/staff/${staff.id}/revoke`)).status, 200);
      assert.equal((await withKey(rotated.key)).status, 401);
      assert.equal((await call('admin', 'POST', '/staff/no-such-staff/revoke')).status, 404);

      const expiring = await intake.staff.add({ name: 'Testi Vanheneva', role: 'coordinator', municipalities: ['758'], expires: new Date(Date.now() + 86_400_000).toISOString() });
      await db.query("UPDATE staff_keys SET expires_at = now() - interval '1 second' WHERE staff_id = $1", [expiring.staff.id]);
      assert.equal((await withKey(expiring.key)).status, 401);

      const disabled = await intake.staff.add({ name: 'Testi Pois', role: 'coordinator', municipalities: ['758'] });
      await db.query('UPDATE staff SET disabled = true WHERE id = $1', [disabled.staff.id]);
      assert.equal((await withKey(disabled.key)).status, 401);
      // The right id with a wrong secret.
      assert.equal((await withKey(`${disabled.key.slice(0, 21)}${'B'.repeat(43)}`)).status, 401);
    });

    it('POST /staff returns the key once; only a salted hash is stored; GET /staff never shows a secret', async () => {
      const res = await call('admin', 'POST', '/staff', { name: 'Testi Linkkihenkilö', role: 'link-worker', municipalities: ['148'], languages: ['fi', 'smn'], area: 'Ivalo' });
      assert.equal(res.status, 201);
      const { staff, key } = (await res.json()) as { staff: { id: string; languages: string[] }; key: string };
      assert.match(key, /^lnk_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
      assert.deepEqual(staff.languages, ['fi', 'smn']);
      const secret = key.slice(21);
      const stored = JSON.stringify(await db.query('SELECT * FROM staff_keys'), (_, v) => (v?.type === 'Buffer' ? Buffer.from(v.data).toString('base64url') : v));
      assert.ok(!stored.includes(secret));
      const listed = await (await call('admin', 'GET', '/staff')).text();
      assert.ok(!listed.includes(secret) && !listed.includes('hash') && !listed.includes('salt'));
      for (const bad of [{}, { name: 'x', role: 'boss', municipalities: ['758'] }, { name: 'x', role: 'coordinator', municipalities: [] }, { name: 'x', role: 'coordinator', municipalities: ['7580'] }, { name: 'x', role: 'coordinator', municipalities: ['758'], expires: '2001-01-01' }]) {
        assert.equal((await call('admin', 'POST', '/staff', bad)).status, 422, JSON.stringify(bad));
      }
    });
  });
}

describe('sign-in failures', () => {
  it(`every failed sign-in (wrong key, wrong bootstrap token, no credential) counts toward the limit of ${WRONG_TOKENS_PER_MINUTE} a minute`, async () => {
    const intake = await createIntake(config());
    const server = createServer((req, res) => void intake.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const { key } = await intake.staff.add({ name: 'Testi Oikea', role: 'coordinator', municipalities: ['758'] });
      const attempts = [`lnk_0123456789abcdef_${'A'.repeat(43)}`, 'guess', `${key.slice(0, 21)}${'C'.repeat(43)}`, 'a.b.c', undefined];
      for (let i = 0; i < WRONG_TOKENS_PER_MINUTE; i += 1) {
        const attempt = attempts[i % attempts.length];
        const res = await fetch(`${url}/referrals`, { headers: attempt ? { authorization: `Bearer ${attempt}` } : {} });
        assert.equal(res.status, 401);
      }
      assert.equal((await fetch(`${url}/referrals`, { headers: { authorization: `Bearer ${key}` } })).status, 429, 'past the limit even the right key waits');
    } finally {
      server.close();
      await intake.close();
    }
  });
});
