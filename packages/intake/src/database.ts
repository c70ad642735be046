import { mkdirSync } from 'node:fs';
import type { PGlite } from '@electric-sql/pglite';
import type { IntakeConfig } from './config.js';
import { CATALOGUE_MIGRATION } from './catalogue/store.js';
import { lockDirectory } from './lock.js';

/** The little the store needs from a database; PGlite and node-postgres both fit behind it. */
export interface Database {
  readonly kind: 'pglite' | 'postgres';
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Runs several statements, without parameters, as one transaction: all or nothing. */
  script(sql: string): Promise<void>;
  close(): Promise<void>;
}

/** Migrations run in order, once each, the same SQL on PGlite and PostgreSQL. */
export const MIGRATIONS: readonly string[] = [
  `CREATE SEQUENCE referral_number;
   CREATE TABLE referrals (
     id text PRIMARY KEY,
     idempotency_key text NOT NULL UNIQUE,
     reference text NOT NULL UNIQUE,
     body jsonb NOT NULL,
     status text NOT NULL DEFAULT 'new',
     received_at timestamptz NOT NULL DEFAULT now()
   );
   CREATE INDEX referrals_received_at ON referrals (received_at DESC);
   CREATE TABLE responses (
     id bigserial PRIMARY KEY,
     idempotency_key text NOT NULL UNIQUE,
     body jsonb NOT NULL,
     received_at timestamptz NOT NULL DEFAULT now()
   );
   CREATE TABLE case_events (
     id text PRIMARY KEY,
     referral_id text NOT NULL REFERENCES referrals (id),
     body jsonb NOT NULL,
     recorded_at timestamptz NOT NULL DEFAULT now()
   );`,
  `CREATE INDEX case_events_referral ON case_events (referral_id, recorded_at);`,
  // Staff, their keys and the audit (issue 13). Existing referrals stay, unassigned.
  `CREATE TABLE staff (
     id text PRIMARY KEY,
     name text NOT NULL,
     role text NOT NULL CHECK (role IN ('coordinator', 'link-worker', 'evaluator', 'admin')),
     municipalities text[] NOT NULL DEFAULT '{}',
     languages text[] NOT NULL DEFAULT '{}',
     area text,
     oidc_subject text UNIQUE,
     disabled boolean NOT NULL DEFAULT false,
     created_at timestamptz NOT NULL DEFAULT now()
   );
   CREATE TABLE staff_keys (
     id text PRIMARY KEY,
     staff_id text NOT NULL REFERENCES staff (id),
     salt bytea NOT NULL,
     hash bytea NOT NULL,
     created_at timestamptz NOT NULL DEFAULT now(),
     expires_at timestamptz,
     revoked_at timestamptz
   );
   CREATE INDEX staff_keys_staff ON staff_keys (staff_id);
   ALTER TABLE referrals ADD COLUMN assigned_to text REFERENCES staff (id);
   CREATE INDEX referrals_assigned_to ON referrals (assigned_to);
   CREATE TABLE audit (
     id bigserial PRIMARY KEY,
     at timestamptz NOT NULL DEFAULT now(),
     staff_id text,
     role text NOT NULL,
     action text NOT NULL,
     referral_id text,
     detail jsonb
   );
   CREATE INDEX audit_referral ON audit (referral_id, at);
   CREATE INDEX audit_staff ON audit (staff_id, at);`,
  // Closures recorded before the ending's reason was asked keep their data and say it was not recorded.
  `UPDATE case_events SET body = jsonb_set(body, '{closure,whyEnded}', '{"code": "not-recorded"}')
   WHERE body->>'type' = 'closed' AND body->'closure'->>'endingReason' IN ('interrupted', 'no-joint-work') AND NOT body->'closure' ? 'whyEnded';`,
  // The referrer's status links (issue 13 §4): only the SHA-256 of a token; revoked ones stay, revoked.
  // Referrals stored before have no link (an admin cannot make one: a token is shown only at sending).
  `CREATE TABLE status_links (
     hash text PRIMARY KEY,
     referral_id text NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
     created_at timestamptz NOT NULL DEFAULT now(),
     revoked_at timestamptz
   );
   CREATE INDEX status_links_referral ON status_links (referral_id);`,
  // Data lifecycle (issue 13 §5): an erased referral keeps only coded fields (`retained`: its
  // evaluation facts; `body`: its coded part). Referrals stored before are live: nothing erased.
  `ALTER TABLE referrals ADD COLUMN erased_at timestamptz, ADD COLUMN erasure_reason text, ADD COLUMN retained jsonb;`,
  // Signed webhooks (issue 13 §4): subscriptions (a deleted one keeps its log) and the outbox, whose
  // rows are the delivery log. The secret is kept as is: it signs. Nothing of a person is stored here;
  // a delivery's body is made from the referral when it is sent.
  `CREATE TABLE webhooks (
     id text PRIMARY KEY,
     url text NOT NULL,
     secret text NOT NULL,
     municipalities text[],
     events text[] NOT NULL,
     created_at timestamptz NOT NULL DEFAULT now(),
     deleted_at timestamptz
   );
   CREATE TABLE webhook_deliveries (
     id text PRIMARY KEY,
     webhook_id text NOT NULL REFERENCES webhooks (id),
     type text NOT NULL,
     referral_id text NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
     created_at timestamptz NOT NULL DEFAULT now(),
     status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed', 'cancelled')),
     attempts integer NOT NULL DEFAULT 0,
     next_attempt_at timestamptz DEFAULT now(),
     last_attempt_at timestamptz,
     delivered_at timestamptz,
     last_status integer,
     last_error text
   );
   CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';
   CREATE INDEX webhook_deliveries_webhook ON webhook_deliveries (webhook_id, created_at);
   CREATE INDEX webhook_deliveries_referral ON webhook_deliveries (referral_id);`,
  // The activity catalogue (issue 16 §6): public data, published as an Open Referral feed (catalogue/).
  CATALOGUE_MIGRATION,
];

const UNIQUE_VIOLATION = '23505';
/** What PostgreSQL may raise when two sessions run the same CREATE … IF NOT EXISTS at once. */
const ALREADY_CREATED = new Set([UNIQUE_VIOLATION, '42P06', '42P07', '42710']);
const codeOf = (error: unknown) => (error as { code?: string }).code;

/**
 * Applies each missing migration as one transaction that first records its version, so a crash
 * leaves nothing half-done, and of two instances starting at once the second waits on the
 * version's primary key, then finds it taken and skips.
 */
export async function migrate(db: Database, migrations: readonly string[] = MIGRATIONS) {
  try {
    await db.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
  } catch (error) {
    if (!ALREADY_CREATED.has(codeOf(error) ?? '')) throw error;
  }
  const done = new Set((await db.query<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => Number(r.version)));
  for (const [index, sql] of migrations.entries()) {
    const version = index + 1;
    if (done.has(version)) continue;
    try {
      await db.script(`INSERT INTO schema_migrations (version) VALUES (${version});\n${sql}`);
    } catch (error) {
      if (codeOf(error) !== UNIQUE_VIOLATION) throw error;
    }
  }
}

async function openPglite(dataDir: string): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  let release = () => {};
  if (!dataDir.includes('://')) {
    mkdirSync(dataDir, { recursive: true });
    // PGlite does not lock its directory, and two processes writing it lose acknowledged rows.
    release = lockDirectory(dataDir);
  }
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(dataDir);
  } catch (error) {
    release();
    throw error;
  }
  return {
    kind: 'pglite',
    query: async <Row>(sql: string, params: unknown[] = []) => (await pglite.query<Row>(sql, params)).rows,
    // exec uses the simple query protocol: several statements run as one implicit transaction.
    script: async (sql) => void (await pglite.exec(sql)),
    close: async () => {
      await pglite.close();
      release();
    },
  };
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

async function openPostgres(url: string, schema: string | undefined): Promise<Database> {
  const { default: pg } = await import('pg');
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) throw new Error('schema: lower-case letters, digits and _ only');
  const searchPath = schema ? { options: `-c search_path=${schema}` } : {};
  const pool = new pg.Pool({ connectionString: url, max: 10, ...searchPath });
  if (schema) {
    await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`).catch((error: unknown) => {
      if (!ALREADY_CREATED.has(codeOf(error) ?? '')) throw error;
    });
  }
  return {
    kind: 'postgres',
    query: async <Row>(sql: string, params: unknown[] = []) => (await pool.query(sql, params)).rows as Row[],
    // Without parameters pg sends a simple query: several statements run as one implicit transaction.
    script: async (sql) => void (await pool.query(sql)),
    close: () => pool.end(),
  };
}

export interface DatabaseLocation extends Pick<IntakeConfig, 'databaseUrl' | 'dataDir'> {
  /** PostgreSQL only: keep the tables in this schema (created if missing), e.g. a throwaway one for tests. */
  schema?: string;
}

/** PostgreSQL when `DATABASE_URL` is set, else PGlite in the data directory; migrated and ready. */
export async function openDatabase(location: DatabaseLocation): Promise<Database> {
  const db = location.databaseUrl ? await openPostgres(location.databaseUrl, location.schema) : await openPglite(location.dataDir);
  try {
    await migrate(db);
  } catch (error) {
    await db.close().catch(() => {});
    throw error;
  }
  return db;
}
