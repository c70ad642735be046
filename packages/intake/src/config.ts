/** Settings of the intake service, from the environment (documented in the README). */
export interface IntakeConfig {
  /** PostgreSQL connection string; without it an embedded PGlite database is used. */
  databaseUrl: string | undefined;
  /** Where PGlite keeps its files; `memory://` keeps nothing (tests). */
  dataDir: string;
  /** Bearer token for the coordinator endpoints. Without it they answer 503. */
  token: string | undefined;
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

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): IntakeConfig {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.LINKKI_INTAKE_DATA_DIR || '.data/intake',
    token: env.LINKKI_INTAKE_TOKEN || undefined,
    origins: (env.LINKKI_INTAKE_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean),
    ratePerMinute: number(env.LINKKI_INTAKE_RATE_PER_MINUTE, 30),
    maxBodyBytes: number(env.LINKKI_INTAKE_MAX_BODY_BYTES, 64 * 1024),
    trustedProxies: proxyHops(env.LINKKI_INTAKE_TRUST_PROXY),
  };
}
