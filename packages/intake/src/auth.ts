import type { IncomingMessage } from 'node:http';
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import type { OidcConfig } from './config.js';
import { hasToken, HttpError } from './guards.js';
import { keyDigest, looksLikeKey, principalOf, ROLES, type Principal, type Role, type StaffStore } from './staff.js';

/** How long a verified key or token is trusted without checking it again. */
export const CACHE_MS = 60_000;
const MUNICIPALITY = /^\d{3}$/;

const bearerOf = (req: IncomingMessage) => /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
const looksLikeJwt = (token: string) => /^[\w-]+\.[\w-]+\.[\w-]+$/.test(token);

/** The strings in a claim: a list, or one string (space- or comma-separated). */
function strings(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  if (typeof value === 'string') return value.split(/[\s,]+/).filter(Boolean);
  return [];
}

/** Verifies OpenID Connect access tokens (JWT) against the issuer's JWKS with jose. */
export class OidcVerifier {
  private jwks: ReturnType<typeof createRemoteJWKSet> | undefined;

  constructor(private readonly config: OidcConfig) {}

  private async keySet() {
    if (this.jwks) return this.jwks;
    let url = this.config.jwksUrl;
    if (!url) {
      // Discovery: <issuer>/.well-known/openid-configuration names the JWKS.
      const res = await fetch(`${this.config.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`, { signal: AbortSignal.timeout(5_000) });
      if (!res.ok) throw new Error(`OIDC discovery answered ${res.status}`);
      url = String(((await res.json()) as { jwks_uri?: unknown }).jwks_uri ?? '');
      if (!url) throw new Error('OIDC discovery names no jwks_uri');
    }
    this.jwks = createRemoteJWKSet(new URL(url), { timeoutDuration: 5_000 });
    return this.jwks;
  }

  /** The token's claims when its signature, issuer, audience, expiry and nbf hold; undefined otherwise. */
  async verify(token: string): Promise<JWTPayload | undefined> {
    let jwks;
    try {
      jwks = await this.keySet();
    } catch {
      // Not the caller's fault: 503, and discovery is tried again on the next request.
      throw new HttpError(503, { error: 'identityProviderUnavailable' }, { 'retry-after': '30' });
    }
    try {
      const { payload } = await jwtVerify(token, jwks, { issuer: this.config.issuer, audience: this.config.audience, clockTolerance: 30 });
      return payload;
    } catch (error) {
      // The key set could not be fetched (network, timeout, not 200): the provider's fault, not the token's.
      const code = (error as { code?: string }).code;
      if (!(error instanceof errors.JOSEError) || code === 'ERR_JWKS_TIMEOUT' || code === 'ERR_JOSE_GENERIC') {
        throw new HttpError(503, { error: 'identityProviderUnavailable' }, { 'retry-after': '30' });
      }
      return undefined;
    }
  }

  /** The role the token's role claim maps to (the first of admin, coordinator, link-worker, evaluator it has). */
  roleOf(payload: JWTPayload): Role | undefined {
    const mapped = new Set(strings(payload[this.config.roleClaim]).map((value) => this.config.roleMap[value]));
    return ['admin', 'coordinator', 'link-worker', 'evaluator'].find((role) => mapped.has(role as Role)) as Role | undefined;
  }

  municipalitiesOf(payload: JWTPayload): string[] {
    return strings(payload[this.config.municipalityClaim]).filter((m) => MUNICIPALITY.test(m));
  }
}

export type Authentication = { ok: true; principal: Principal } | { ok: false; reason: 'missing' | 'invalid' | 'noRole' };

/**
 * Who sent a request: the bootstrap admin token, a personal key (`lnk_…`) or an OIDC token (a JWT).
 * Verified keys and tokens are remembered for at most `CACHE_MS` (never past their expiry), keyed by
 * a SHA-256 of the credential; revoking a staff member forgets hers at once.
 */
export class Authenticator {
  private readonly cache = new Map<string, { principal: Principal; until: number }>();
  private readonly oidc: OidcVerifier | undefined;

  constructor(
    private readonly staff: StaffStore,
    private readonly bootstrapToken: string | undefined,
    oidc: OidcConfig | undefined,
    private readonly now: () => number = Date.now,
  ) {
    this.oidc = oidc ? new OidcVerifier(oidc) : undefined;
  }

  async authenticate(req: IncomingMessage): Promise<Authentication> {
    const token = bearerOf(req);
    if (!token) return { ok: false, reason: 'missing' };
    if (this.bootstrapToken && hasToken(req, this.bootstrapToken)) return { ok: true, principal: principalOf(null, 'admin', []) };
    const digest = keyDigest(token);
    const cached = this.cache.get(digest);
    if (cached && cached.until > this.now()) return { ok: true, principal: cached.principal };
    this.cache.delete(digest);
    if (looksLikeKey(token)) {
      const verified = await this.staff.verifyKey(token);
      if (!verified) return { ok: false, reason: 'invalid' };
      return { ok: true, principal: this.remember(digest, verified.principal, verified.expiresAt) };
    }
    if (this.oidc && looksLikeJwt(token)) {
      const payload = await this.oidc.verify(token);
      if (!payload?.sub) return { ok: false, reason: 'invalid' };
      const role = this.oidc.roleOf(payload);
      if (!role) return { ok: false, reason: 'noRole' };
      const name = String(payload.name ?? payload.preferred_username ?? payload.sub).slice(0, 200);
      const principal = await this.staff.upsertOidc(payload.sub, name, role, this.oidc.municipalitiesOf(payload));
      if (!principal) return { ok: false, reason: 'invalid' };
      return { ok: true, principal: this.remember(digest, principal, payload.exp ? payload.exp * 1000 : null) };
    }
    return { ok: false, reason: 'invalid' };
  }

  /** Forgets every cached credential of a staff member (after revoking or rotating her keys). */
  forget(staffId: string) {
    for (const [digest, entry] of this.cache) if (entry.principal.staffId === staffId) this.cache.delete(digest);
  }

  private remember(digest: string, principal: Principal, expiresAt: number | null): Principal {
    const until = Math.min(this.now() + CACHE_MS, expiresAt ?? Infinity);
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(digest, { principal, until });
    return principal;
  }
}

export const isRole = (value: unknown): value is Role => ROLES.includes(value as Role);
