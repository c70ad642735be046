import { randomUUID } from 'node:crypto';
import { it } from 'node:test';
import { openDatabase, type Database, type IntakeConfig } from '../src/index.js';

/** Opens a PostgreSQL database in a fresh schema of its own; closing it drops the schema. */
export async function openTestPostgres(schema = `linkki_test_${randomUUID().replaceAll('-', '')}`): Promise<Database> {
  const db = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: '', schema });
  return { ...db, close: async () => (await db.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`), db.close()) };
}

/**
 * The store tests run on PGlite always, and on PostgreSQL when DATABASE_URL is set (CI sets it),
 * each in a schema of its own: whatever else that database holds is left alone.
 */
export function backends(): [string, () => Promise<Database>][] {
  const list: [string, () => Promise<Database>][] = [['PGlite', () => openDatabase({ databaseUrl: undefined, dataDir: 'memory://' })]];
  if (process.env.DATABASE_URL) list.push(['PostgreSQL', () => openTestPostgres()]);
  else it.skip('PostgreSQL backend: set DATABASE_URL to run these tests against a real server (CI does)');
  return list;
}

/** The service's settings for a test: PGlite in memory, no origins, limits out of the way; `overrides` on top. */
export const testConfig = (overrides: Partial<IntakeConfig> = {}): IntakeConfig => ({
  databaseUrl: undefined,
  dataDir: 'memory://',
  token: undefined,
  origins: [],
  ratePerMinute: 100_000,
  maxBodyBytes: 64 * 1024,
  trustedProxies: 0,
  ...overrides,
});
