import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import { professionalReferral } from '../../schema/test/fixtures.js';
import { configFromEnv, createIntake, type Intake, type IntakeConfig } from '../src/index.js';

/** A local identity provider: discovery and JWKS on 127.0.0.1, tokens signed by a key made here. */
async function identityProvider() {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const stranger = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  let issuer = '';
  let discoveries = 0;
  const server = createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    if (req.url === '/realms/lappi/.well-known/openid-configuration') {
      discoveries += 1;
      res.end(JSON.stringify({ issuer, jwks_uri: `${issuer}/protocol/openid-connect/certs` }));
    } else if (req.url === '/realms/lappi/protocol/openid-connect/certs') res.end(JSON.stringify({ keys: [jwk] }));
    else res.writeHead(404).end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}/realms/lappi`;
  const sign = (claims: JWTPayload, { key = privateKey, iss = issuer, aud = 'linkki-intake', exp = '5m', nbf }: { key?: CryptoKey | typeof privateKey; iss?: string; aud?: string; exp?: string | number; nbf?: number } = {}) => {
    const jwt = new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'test-key' }).setIssuer(iss).setAudience(aud).setIssuedAt().setExpirationTime(exp);
    if (nbf !== undefined) jwt.setNotBefore(nbf);
    return jwt.sign(key);
  };
  return { server, issuer, sign, strangerKey: stranger.privateKey, discoveries: () => discoveries };
}

describe('OpenID Connect bearer tokens', () => {
  let idp: Awaited<ReturnType<typeof identityProvider>>;
  let intake: Intake;
  let server: Server;
  let url: string;
  const referral = { ...professionalReferral, id: randomUUID() };
  let client = 0;
  const get = (path: string, token?: string) =>
    fetch(`${url}${path}`, { headers: { 'x-forwarded-for': `10.9.${client++}.1`, ...(token ? { authorization: `Bearer ${token}` } : {}) } });

  before(async () => {
    idp = await identityProvider();
    const config: IntakeConfig = {
      ...configFromEnv({
        LINKKI_INTAKE_OIDC_ISSUER: idp.issuer,
        LINKKI_INTAKE_OIDC_AUDIENCE: 'linkki-intake',
        LINKKI_INTAKE_OIDC_ROLE_MAP: 'Linkki.Coordinator=coordinator,Linkki.LinkWorker=link-worker,Linkki.Admin=admin,Linkki.Evaluator=evaluator',
      }),
      dataDir: 'memory://',
      trustedProxies: 1,
    };
    intake = await createIntake(config);
    server = createServer((req, res) => void intake.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await intake.store.saveReferral(referral.id, referral);
  });
  after(async () => {
    server.close();
    server.closeAllConnections();
    idp.server.close();
    idp.server.closeAllConnections();
    await intake.close();
  });

  it('reads the settings, with defaults for the claims and the JWKS from discovery', () => {
    const oidc = configFromEnv({ LINKKI_INTAKE_OIDC_ISSUER: 'https://idp.example/realms/x', LINKKI_INTAKE_OIDC_AUDIENCE: 'a' }).oidc!;
    assert.equal(oidc.roleClaim, 'roles');
    assert.equal(oidc.municipalityClaim, 'municipalities');
    assert.equal(oidc.jwksUrl, undefined);
    assert.equal(configFromEnv({}).oidc, undefined);
    assert.throws(() => configFromEnv({ LINKKI_INTAKE_OIDC_ISSUER: 'https://idp.example' }), /AUDIENCE/);
    assert.throws(() => configFromEnv({ LINKKI_INTAKE_OIDC_ISSUER: 'https://idp.example', LINKKI_INTAKE_OIDC_AUDIENCE: 'a', LINKKI_INTAKE_OIDC_ROLE_MAP: 'X=boss' }), /ROLE_MAP/);
  });

  it('a valid token signs in with its mapped role and municipalities; the subject becomes one staff row', async () => {
    const token = await idp.sign({ sub: 'user-1', name: 'Testi Koordinaattori', roles: ['Other', 'Linkki.Coordinator'], municipalities: ['758', '047'] });
    const res = await get('/referrals', token);
    assert.equal(res.status, 200);
    assert.deepEqual(((await res.json()) as { referrals: { id: string }[] }).referrals.map((r) => r.id), [referral.id]);
    assert.equal((await get(`/referrals/${referral.id}`, token)).status, 200);
    // A new token for the same subject, now for 320 only: same staff row, new scope.
    const later = await idp.sign({ sub: 'user-1', name: 'Testi Koordinaattori', roles: 'Linkki.Coordinator', municipalities: '320' });
    assert.equal((await get(`/referrals/${referral.id}`, later)).status, 404);
    const staff = intake.staff;
    const rows = (await staff.list()).filter((s) => s.name === 'Testi Koordinaattori');
    assert.equal(rows.length, 1);
    assert.deepEqual(rows[0]!.municipalities, ['320']);
    const audit = await intake.store.listAudit({ staff: rows[0]!.id });
    assert.deepEqual(audit.map((a) => a.action).sort(), ['list-referrals', 'read-referral']);
    assert.equal(idp.discoveries(), 1, 'discovery is fetched once');
  });

  it('a link worker by token can be assigned and then reads her referral; an evaluator by token gets 403', async () => {
    const worker = await idp.sign({ sub: 'user-2', name: 'Testi Linkkihenkilö', roles: ['Linkki.LinkWorker'], municipalities: ['758'] });
    assert.equal((await get(`/referrals/${referral.id}`, worker)).status, 404);
    const id = (await intake.staff.list()).find((s) => s.name === 'Testi Linkkihenkilö')!.id;
    const admin = await idp.sign({ sub: 'user-3', roles: ['Linkki.Admin'] });
    const assign = await fetch(`${url}/referrals/${referral.id}/assignment`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
      body: JSON.stringify({ staffId: id }),
    });
    assert.equal(assign.status, 200);
    assert.equal((await get(`/referrals/${referral.id}`, worker)).status, 200);
    const evaluator = await idp.sign({ sub: 'user-4', roles: ['Linkki.Evaluator'], municipalities: ['758'] });
    assert.equal((await get(`/referrals/${referral.id}`, evaluator)).status, 403);
  });

  it('wrong issuer, audience or signature, expired or not yet valid → 401; no mapped role → 403', async () => {
    const claims = { sub: 'user-5', roles: ['Linkki.Coordinator'], municipalities: ['758'] };
    const now = Math.floor(Date.now() / 1000);
    const cases: [string, Promise<string>][] = [
      ['wrong issuer', idp.sign(claims, { iss: 'https://someone-else.example/realms/lappi' })],
      ['wrong audience', idp.sign(claims, { aud: 'another-app' })],
      ['wrong signature', idp.sign(claims, { key: idp.strangerKey })],
      ['expired', idp.sign(claims, { exp: now - 120 })],
      ['not yet valid', idp.sign(claims, { nbf: now + 600 })],
      ['no subject', idp.sign({ roles: ['Linkki.Coordinator'] })],
    ];
    for (const [name, token] of cases) {
      const res = await get('/referrals', await token);
      assert.equal(res.status, 401, name);
    }
    const good = await idp.sign(claims);
    const tampered = good.split('.');
    tampered[1] = Buffer.from(JSON.stringify({ ...claims, roles: ['Linkki.Admin'], iss: idp.issuer, aud: 'linkki-intake', exp: now + 300 })).toString('base64url');
    assert.equal((await get('/referrals', tampered.join('.'))).status, 401, 'tampered payload');
    assert.equal((await get('/referrals', await idp.sign({ sub: 'user-6', roles: ['Other'] }))).status, 403, 'no Linkki role');
    assert.equal((await get('/referrals', good)).status, 200);
  });

  it('a disabled OIDC staff member gets 401 even with a valid token', async () => {
    const token = await idp.sign({ sub: 'user-7', name: 'Testi Poistettu', roles: ['Linkki.Coordinator'], municipalities: ['758'] });
    assert.equal((await get('/referrals', token)).status, 200);
    const id = (await intake.staff.list()).find((s) => s.name === 'Testi Poistettu')!.id;
    const admin = await idp.sign({ sub: 'user-3', roles: ['Linkki.Admin'] });
    assert.equal((await fetch(`${url}/staff/${id}/revoke`, { method: 'POST', headers: { authorization: `Bearer ${admin}` } })).status, 200);
    assert.equal((await get('/referrals', token)).status, 401);
    assert.equal((await get('/referrals', await idp.sign({ sub: 'user-7', roles: ['Linkki.Coordinator'], municipalities: ['758'] }))).status, 401);
  });

  it('an identity provider whose discovery or key set cannot be fetched is 503, not a failed sign-in', async () => {
    const config: IntakeConfig = {
      ...configFromEnv({ LINKKI_INTAKE_OIDC_ISSUER: 'http://127.0.0.1:9/realms/none', LINKKI_INTAKE_OIDC_AUDIENCE: 'linkki-intake' }),
      dataDir: 'memory://',
    };
    const unreachable = await createIntake(config, { database: intake.store.db });
    const s = createServer((req, res) => void unreachable.handle(req, res));
    await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
    try {
      const token = await idp.sign({ sub: 'user-8', roles: ['coordinator'] });
      const res = await fetch(`http://127.0.0.1:${(s.address() as AddressInfo).port}/referrals`, { headers: { authorization: `Bearer ${token}` } });
      assert.equal(res.status, 503);
    } finally {
      s.close();
      s.closeAllConnections();
    }
    // Discovery works but the key set does not answer 200.
    const brokenJwks: IntakeConfig = { ...config, oidc: { ...config.oidc!, issuer: idp.issuer, jwksUrl: `${idp.issuer}/no-such-jwks` } };
    const broken = await createIntake(brokenJwks, { database: intake.store.db });
    const b = createServer((req, res) => void broken.handle(req, res));
    await new Promise<void>((resolve) => b.listen(0, '127.0.0.1', resolve));
    try {
      const token = await idp.sign({ sub: 'user-8', roles: ['coordinator'] });
      const res = await fetch(`http://127.0.0.1:${(b.address() as AddressInfo).port}/referrals`, { headers: { authorization: `Bearer ${token}` } });
      assert.equal(res.status, 503);
    } finally {
      b.close();
      b.closeAllConnections();
    }
  });
});
