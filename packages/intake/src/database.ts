import { mkdirSync } from 'node:fs';
import type { IntakeConfig } from './config.js';

/** The little the store needs from a database; PGlite and node-postgres both fit behind it. */
export interface Database {
  readonly kind: 'pglite' | 'postgres';
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  close(): Promise<void>;
}

/** Migrations run in order, once each, the same SQL on PGlite and PostgreSQL. */
const MIGRATIONS: string[] = [
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
];

async function migrate(db: Database) {
  await db.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
  const done = new Set((await db.query<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => Number(r.version)));
  for (const [index, sql] of MIGRATIONS.entries()) {
    const version = index + 1;
    if (done.has(version)) continue;
    for (const statement of sql.split(';').map((s) => s.trim()).filter(Boolean)) await db.query(statement);
    await db.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version]);
  }
}

async function openPglite(dataDir: string): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  if (!dataDir.includes('://')) mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir);
  return {
    kind: 'pglite',
    query: async <Row>(sql: string, params: unknown[] = []) => (await pglite.query<Row>(sql, params)).rows,
    close: () => pglite.close(),
  };
}

async function openPostgres(url: string): Promise<Database> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  return {
    kind: 'postgres',
    query: async <Row>(sql: string, params: unknown[] = []) => (await pool.query(sql, params)).rows as Row[],
    close: () => pool.end(),
  };
}

/** PostgreSQL when `DATABASE_URL` is set, else PGlite in the data directory; migrated and ready. */
export async function openDatabase(config: Pick<IntakeConfig, 'databaseUrl' | 'dataDir'>): Promise<Database> {
  const db = config.databaseUrl ? await openPostgres(config.databaseUrl) : await openPglite(config.dataDir);
  await migrate(db);
  return db;
}
