import { MIN_CELL } from '@linkki/schema';

/** Settings of the intake service, from the environment (documented in the README). */
export interface IntakeConfig {
  /** PostgreSQL connection string; without it an embedded PGlite database is used. */
  databaseUrl: string | undefined;
  /** Where PGlite keeps its files; `memory://` keeps nothing (tests). */
  dataDir: string;
  /**
   * The bootstrap admin key: a bearer token with the admin role, for a fresh install to create staff
   * over HTTP. Staff then use their personal keys or OIDC tokens.
   */
  token: string | undefined;
  /** OpenID Connect bearer tokens: accepted when an issuer is set. */
  oidc?: OidcConfig;
  /** Origins allowed to POST from a browser (CORS). */
  origins: string[];
  /** POSTs per client per minute. */
  ratePerMinute: number;
  /** Largest accepted body, in bytes. */
  maxBodyBytes: number;
  /**
   * How many reverse proxies you run in front of the service, each appending to X-Forwarded-For;
   * 0 (none) uses the socket's address. More than you run lets a client pick its own address.
   */
  trustedProxies: number;
  /** Milliseconds between webhook deliveries' runs (default 5000); 0: no timer (`deliverDue` only). */
  webhookIntervalMs?: number;
  /** Erasure of personal data after the case closes (default: 24 months, checked every 24 hours). */
  retention?: RetentionConfig;
  /** The evaluation report's smallest count shown (default and least: 5). */
  minCell?: number;
}

/** How long personal data of a closed case is kept, and how often that is checked. */
export interface RetentionConfig {
  /** Cases whose latest closure is more than this many calendar months ago are erased (at least 1). */
  months: number;
  /** Hours between checks (besides the one at start). */
  intervalHours: number;
}

export const DEFAULT_RETENTION: RetentionConfig = { months: 24, intervalHours: 24 };

export interface OidcConfig {
  issuer: string;
  audience: string;
  /** Default: the `jwks_uri` of `<issuer>/.well-known/openid-configuration`. */
  jwksUrl?: string;
  /** The claim holding the roles (a list or one string). */
  roleClaim: string;
  /** The claim holding the municipality codes (a list or one string). */
  municipalityClaim: string;
  /** The identity provider's role values → Linkki's roles. */
  roleMap: Record<string, 'coordinator' | 'link-worker' | 'evaluator' | 'admin'>;
}

const ROLE_NAMES = new Set(['coordinator', 'link-worker', 'evaluator', 'admin']);

/** `Linkki.Coordinator=coordinator,Linkki.LinkWorker=link-worker` → a map; throws on an unknown role. */
export function roleMapOf(value: string | undefined): OidcConfig['roleMap'] {
  const map: OidcConfig['roleMap'] = {};
  for (const pair of (value ?? '').split(',').map((p) => p.trim()).filter(Boolean)) {
    const at = pair.lastIndexOf('=');
    const role = pair.slice(at + 1).trim();
    if (at < 1 || !ROLE_NAMES.has(role)) throw new Error(`LINKKI_INTAKE_OIDC_ROLE_MAP: "claim value=role" pairs with a role of coordinator, link-worker, evaluator or admin, not "${pair}"`);
    map[pair.slice(0, at).trim()] = role as OidcConfig['roleMap'][string];
  }
  return map;
}

function oidcOf(env: NodeJS.ProcessEnv): OidcConfig | undefined {
  const issuer = env.LINKKI_INTAKE_OIDC_ISSUER;
  if (!issuer) return undefined;
  const audience = env.LINKKI_INTAKE_OIDC_AUDIENCE;
  if (!audience) throw new Error('LINKKI_INTAKE_OIDC_AUDIENCE: required with LINKKI_INTAKE_OIDC_ISSUER (the client id or API the tokens are for)');
  const roleMap = roleMapOf(env.LINKKI_INTAKE_OIDC_ROLE_MAP);
  // Without a map, the role claim may carry Linkki's role names themselves.
  if (!Object.keys(roleMap).length) for (const role of ROLE_NAMES) roleMap[role] = role as OidcConfig['roleMap'][string];
  return {
    issuer,
    audience,
    jwksUrl: env.LINKKI_INTAKE_OIDC_JWKS_URL || undefined,
    roleClaim: env.LINKKI_INTAKE_OIDC_ROLE_CLAIM || 'roles',
    municipalityClaim: env.LINKKI_INTAKE_OIDC_MUNICIPALITY_CLAIM || 'municipalities',
    roleMap,
  };
}

const number = (value: string | undefined, fallback: number) => {
  const parsed = Number(value);
  return value && Number.isFinite(parsed) && parsed > 0 ? parsed : fallback;
};

function proxyHops(value: string | undefined): number {
  if (value === undefined || value === '') return 0;
  const hops = Number(value);
  if (!/^\d+$/.test(value) || hops > 10) throw new Error(`LINKKI_INTAKE_TRUST_PROXY: the number of reverse proxies in front (0–10), not "${value}"`);
  return hops;
}

/** `LINKKI_INTAKE_RETENTION_MONTHS` (a whole number ≥ 1) and `LINKKI_INTAKE_RETENTION_INTERVAL_HOURS` (0 < h ≤ 596). */
export function retentionOf(env: NodeJS.ProcessEnv): RetentionConfig {
  const months = env.LINKKI_INTAKE_RETENTION_MONTHS;
  const hours = env.LINKKI_INTAKE_RETENTION_INTERVAL_HOURS;
  const retention = { ...DEFAULT_RETENTION };
  if (months !== undefined && months !== '') {
    if (!/^\d+$/.test(months) || Number(months) < 1 || Number(months) > 1200) throw new Error(`LINKKI_INTAKE_RETENTION_MONTHS: a whole number of months, at least 1, not "${months}"`);
    retention.months = Number(months);
  }
  if (hours !== undefined && hours !== '') {
    // setInterval takes at most 2^31 - 1 ms, a little under 597 hours.
    if (!(Number(hours) > 0 && Number(hours) <= 596)) throw new Error(`LINKKI_INTAKE_RETENTION_INTERVAL_HOURS: hours between checks, above 0 and at most 596, not "${hours}"`);
    retention.intervalHours = Number(hours);
  }
  return retention;
}

/** `LINKKI_INTAKE_WEBHOOK_INTERVAL_MS`: a whole number of milliseconds, 0 for none; default 5000. */
function webhookInterval(value: string | undefined): number {
  if (value === undefined || value === '') return 5_000;
  if (!/^\d+$/.test(value) || Number(value) > 2 ** 31 - 1) throw new Error(`LINKKI_INTAKE_WEBHOOK_INTERVAL_MS: milliseconds between webhook deliveries (0: none), not "${value}"`);
  return Number(value);
}

/** `LINKKI_INTAKE_MIN_CELL`: the evaluation's smallest count shown, a whole number from 5 (the default) to 100. */
function minCellOf(value: string | undefined): number {
  if (value === undefined || value === '') return MIN_CELL;
  if (!/^\d+$/.test(value) || Number(value) < MIN_CELL || Number(value) > 100) throw new Error(`LINKKI_INTAKE_MIN_CELL: the smallest count the evaluation shows, a whole number from ${MIN_CELL} to 100 (it may only be raised), not "${value}"`);
  return Number(value);
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): IntakeConfig {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.LINKKI_INTAKE_DATA_DIR || '.data/intake',
    token: env.LINKKI_INTAKE_TOKEN || undefined,
    origins: (env.LINKKI_INTAKE_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean),
    ratePerMinute: number(env.LINKKI_INTAKE_RATE_PER_MINUTE, 30),
    maxBodyBytes: number(env.LINKKI_INTAKE_MAX_BODY_BYTES, 64 * 1024),
    trustedProxies: proxyHops(env.LINKKI_INTAKE_TRUST_PROXY),
    oidc: oidcOf(env),
    webhookIntervalMs: webhookInterval(env.LINKKI_INTAKE_WEBHOOK_INTERVAL_MS),
    retention: retentionOf(env),
    minCell: minCellOf(env.LINKKI_INTAKE_MIN_CELL),
  };
}
