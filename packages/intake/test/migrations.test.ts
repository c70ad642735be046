import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import { migrate, MIGRATIONS, type Database } from '../src/database.js';
import { backends, openTestPostgres } from './backends.js';

const versions = async (db: Awaited<ReturnType<ReturnType<typeof backends>[number][1]>>) =>
  (await db.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version')).map((r) => Number(r.version));

for (const [name, open] of backends()) {
  describe(`@linkki/intake migrations on ${name}`, () => {
    it('records every migration once, and running them again changes nothing', async () => {
      const db = await open();
      const applied = await versions(db);
      assert.deepEqual(applied, applied.map((_, i) => i + 1));
      assert.ok(applied.length >= 2);
      await migrate(db);
      assert.deepEqual(await versions(db), applied);
      await db.close();
    });

    it('leaves nothing of a failed migration behind, and applies it at the next start', async () => {
      const db = await open();
      const before = (await versions(db)).length;
      const first = 'CREATE TABLE probe_one (x int)';
      await assert.rejects(migrate(db, [...Array(before).fill(''), first, 'CREATE TABLE probe_two (x int); CREATE TABLE probe_two (x int)']));
      assert.equal((await versions(db)).length, before + 1);
      assert.deepEqual(await db.query("SELECT to_regclass('probe_two') AS t"), [{ t: null }]);
      await migrate(db, [...Array(before).fill(''), first, 'CREATE TABLE probe_two (x int)']);
      assert.equal((await versions(db)).length, before + 2);
      await db.close();
    });
  });
}

if (process.env.DATABASE_URL) {
  it('PostgreSQL: two instances starting at once on an empty database migrate it once', async () => {
    const schema = `linkki_test_${randomUUID().replaceAll('-', '')}`;
    const [a, b] = await Promise.all([openTestPostgres(schema), openTestPostgres(schema)]);
    assert.deepEqual(await versions(a), MIGRATIONS.map((_, i) => i + 1));
    await b.close();
    await a.close();
  });
}

it('migration 3 (staff, keys, audit, assignment) keeps the referrals and events stored before it', async () => {
  const pglite = await PGlite.create('memory://');
  const db: Database = {
    kind: 'pglite',
    query: async <Row>(sql: string, params: unknown[] = []) => (await pglite.query<Row>(sql, params)).rows,
    script: async (sql) => void (await pglite.exec(sql)),
    close: () => pglite.close(),
  };
  await migrate(db, MIGRATIONS.slice(0, 2));
  await db.query(`INSERT INTO referrals (id, idempotency_key, reference, body, status) VALUES ('r1', 'k1', 'LNK-2026-000001', '{"kind":"self"}', 'direct')`);
  await db.query(`INSERT INTO case_events (id, referral_id, body) VALUES ('e1', 'r1', '{"type":"note"}')`);
  await migrate(db);
  assert.deepEqual(await versions(db as never), MIGRATIONS.map((_, i) => i + 1));
  assert.deepEqual(await db.query('SELECT id, status, assigned_to FROM referrals'), [{ id: 'r1', status: 'direct', assigned_to: null }]);
  assert.deepEqual(await db.query('SELECT id FROM case_events'), [{ id: 'e1' }]);
  assert.deepEqual(await db.query('SELECT count(*)::int AS n FROM staff'), [{ n: 0 }]);
  await db.close();
});

it('migration 4 marks early endings recorded without a reason as not recorded, and keeps every other field', async () => {
  const pglite = await PGlite.create('memory://');
  const db: Database = {
    kind: 'pglite',
    query: async <Row>(sql: string, params: unknown[] = []) => (await pglite.query<Row>(sql, params)).rows,
    script: async (sql) => void (await pglite.exec(sql)),
    close: () => pglite.close(),
  };
  await migrate(db, MIGRATIONS.slice(0, 3));
  await db.query(`INSERT INTO referrals (id, idempotency_key, reference, body, status) VALUES ('r1', 'k1', 'LNK-2026-000001', '{"kind":"self"}', 'interrupted')`);
  const closed = (id: string, closure: object) => ({ type: 'closed', id, at: '2026-05-01T10:00:00Z', by: 'link-worker', closure });
  const early = closed('e1', { endingReason: 'interrupted', meetings: 2, recommend: 4, feedbackToReferrer: 'Kiitos.' });
  const completed = closed('e2', { endingReason: 'completed', meetings: 8 });
  const withReason = closed('e3', { endingReason: 'no-joint-work', meetings: 0, whyEnded: { code: 'not-reached' } });
  for (const event of [early, completed, withReason]) await db.query('INSERT INTO case_events (id, referral_id, body) VALUES ($1, $2, $3)', [event.id, 'r1', JSON.stringify(event)]);
  await migrate(db);
  const bodies = Object.fromEntries((await db.query<{ id: string; body: object }>('SELECT id, body FROM case_events')).map((r) => [r.id, r.body]));
  assert.deepEqual(bodies.e1, { ...early, closure: { ...early.closure, whyEnded: { code: 'not-recorded' } } });
  assert.deepEqual(bodies.e2, completed);
  assert.deepEqual(bodies.e3, withReason);
  await db.close();
});

it('migration 5 (status links) keeps the referrals stored before it; they have no link', async () => {
  const pglite = await PGlite.create('memory://');
  const db: Database = {
    kind: 'pglite',
    query: async <Row>(sql: string, params: unknown[] = []) => (await pglite.query<Row>(sql, params)).rows,
    script: async (sql) => void (await pglite.exec(sql)),
    close: () => pglite.close(),
  };
  await migrate(db, MIGRATIONS.slice(0, 4));
  await db.query(`INSERT INTO referrals (id, idempotency_key, reference, body, status) VALUES ('r1', 'k1', 'LNK-2026-000001', '{"kind":"self"}', 'new')`);
  await migrate(db, MIGRATIONS.slice(0, 5));
  assert.deepEqual(await db.query('SELECT id, reference, status FROM referrals'), [{ id: 'r1', reference: 'LNK-2026-000001', status: 'new' }]);
  assert.deepEqual(await db.query('SELECT count(*)::int AS n FROM status_links'), [{ n: 0 }]);
  await db.query(`INSERT INTO status_links (hash, referral_id) VALUES ('h1', 'r1')`);
  await assert.rejects(db.query(`INSERT INTO status_links (hash, referral_id) VALUES ('h2', 'no-such-referral')`), 'a link belongs to a referral');
  await db.close();
});

it('the data-lifecycle migration (erased_at, erasure_reason, retained) keeps every referral as it was: live, nothing erased', async () => {
  const pglite = await PGlite.create('memory://');
  const db: Database = {
    kind: 'pglite',
    query: async <Row>(sql: string, params: unknown[] = []) => (await pglite.query<Row>(sql, params)).rows,
    script: async (sql) => void (await pglite.exec(sql)),
    close: () => pglite.close(),
  };
  const lifecycle = MIGRATIONS.findIndex((sql) => sql.includes('erased_at'));
  assert.ok(lifecycle > 0);
  await migrate(db, MIGRATIONS.slice(0, lifecycle));
  const body = { kind: 'self', person: { name: 'Testi Henkilö', municipality: '758' } };
  await db.query(`INSERT INTO referrals (id, idempotency_key, reference, body, status) VALUES ('r1', 'k1', 'LNK-2026-000001', $1, 'completed')`, [JSON.stringify(body)]);
  await db.query(`INSERT INTO case_events (id, referral_id, body) VALUES ('e1', 'r1', '{"type":"note","text":"Soitettu"}')`);
  await migrate(db);
  assert.deepEqual(await db.query('SELECT id, idempotency_key, reference, status, body, erased_at, erasure_reason, retained FROM referrals'), [
    { id: 'r1', idempotency_key: 'k1', reference: 'LNK-2026-000001', status: 'completed', body, erased_at: null, erasure_reason: null, retained: null },
  ]);
  assert.deepEqual(await db.query('SELECT id, body FROM case_events'), [{ id: 'e1', body: { type: 'note', text: 'Soitettu' } }]);
  await db.close();
});

it('the webhooks migration (subscriptions, outbox) keeps the referrals stored before it; nothing is queued for them', async () => {
  const pglite = await PGlite.create('memory://');
  const db: Database = {
    kind: 'pglite',
    query: async <Row>(sql: string, params: unknown[] = []) => (await pglite.query<Row>(sql, params)).rows,
    script: async (sql) => void (await pglite.exec(sql)),
    close: () => pglite.close(),
  };
  const webhooks = MIGRATIONS.findIndex((sql) => sql.includes('CREATE TABLE webhooks'));
  assert.ok(webhooks > 0);
  await migrate(db, MIGRATIONS.slice(0, webhooks));
  await db.query(`INSERT INTO referrals (id, idempotency_key, reference, body, status) VALUES ('r1', 'k1', 'LNK-2026-000001', '{"kind":"self"}', 'new')`);
  await migrate(db);
  assert.deepEqual(await db.query('SELECT id, reference, status FROM referrals'), [{ id: 'r1', reference: 'LNK-2026-000001', status: 'new' }]);
  assert.deepEqual(await db.query('SELECT (SELECT count(*)::int FROM webhooks) AS w, (SELECT count(*)::int FROM webhook_deliveries) AS d'), [{ w: 0, d: 0 }]);
  await db.close();
});
