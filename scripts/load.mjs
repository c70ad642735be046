// Load and fault test of @linkki/intake on 127.0.0.1 only, bounded in time and count.
// 1. Valid POST /referrals for a fixed time (autocannon): requests/s and latency.
// 2. Authenticated reads (a coordinator's personal key, as staff sign in): GET /referrals and
//    GET /referrals/:id for the same time; requests/s, latency, and one audit row per read.
// 3. Faults at once: every key sent three times concurrently, connections cut mid-body, bodies that
//    are not JSON and bodies that fail validation. Then the database must hold exactly one row per
//    completed key and nothing else. Usage: npm run load [-- --seconds 5 --connections 10 --postgres]
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { configFromEnv, createIntake, openDatabase } from '@linkki/intake';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const SECONDS = Math.min(arg('seconds', 5), 30);
const CONNECTIONS = Math.min(arg('connections', 10), 50);
const KEYS = 200;
const CUT = 50;
const BROKEN = 50;

const referral = () => ({
  kind: 'self',
  id: randomUUID(),
  createdAt: new Date().toISOString(),
  person: { name: 'Kuormitus Testi', contact: { phone: '040 000 0009' }, age: 70, municipality: '758', language: 'fi' },
  reasons: ['loneliness'],
  consent: true,
});

// --postgres: against DATABASE_URL in a schema of its own, dropped at the end (the database's other
// tables are never touched); else a fresh PGlite directory.
const postgres = process.argv.includes('--postgres') && process.env.DATABASE_URL;
const dataDir = mkdtempSync(join(tmpdir(), 'linkki-load-'));
const schema = `linkki_load_${randomUUID().replaceAll('-', '')}`;
const db = await openDatabase({ databaseUrl: postgres || undefined, dataDir, schema });
const intake = await createIntake({ ...configFromEnv({}), ratePerMinute: 1e9, token: undefined }, { database: db });
const server = createServer((req, res) => void intake.handle(req, res));
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}`;

console.log(`@linkki/intake on ${postgres ? 'PostgreSQL' : 'PGlite'}, ${SECONDS} s with ${CONNECTIONS} connections, Node ${process.version}`);
const run = await autocannon({
  url: `${url}/referrals`,
  connections: CONNECTIONS,
  duration: SECONDS,
  requests: [
    {
      method: 'POST',
      setupRequest: (req) => {
        const body = referral();
        return { ...req, headers: { 'content-type': 'application/json', 'idempotency-key': body.id }, body: JSON.stringify(body) };
      },
    },
  ],
});
const rowCount = async () => Number((await intake.store.db.query('SELECT count(*) AS n FROM referrals'))[0].n);
// autocannon stops counting at the deadline; let the requests still in flight land before counting.
let validRows = await rowCount();
for (let previous = -1; previous !== validRows; ) {
  previous = validRows;
  await new Promise((resolve) => setTimeout(resolve, 300));
  validRows = await rowCount();
}
console.log(`valid POSTs: ${run.requests.average.toFixed(0)} requests/s, latency p50 ${run.latency.p50} ms, p99 ${run.latency.p99} ms, ` +
  `${run['2xx']} × 2xx, ${run.non2xx} × other, ${run.errors} errors; ${validRows} rows stored (including requests in flight at the deadline)`);

// Authenticated reads with a coordinator's personal key (scrypt-verified once, then cached).
const { key } = await intake.staff.add({ name: 'Kuormitus Koordinaattori', role: 'coordinator', municipalities: ['758'] });
const ids = (await intake.store.db.query('SELECT id FROM referrals ORDER BY received_at DESC LIMIT 100')).map((r) => r.id);
const auditRows = async () => Number((await intake.store.db.query('SELECT count(*) AS n FROM audit'))[0].n);
let pick = 0;
const reads = await autocannon({
  url,
  connections: CONNECTIONS,
  duration: SECONDS,
  headers: { authorization: `Bearer ${key}` },
  requests: [
    {
      method: 'GET',
      setupRequest: (req) => ({ ...req, path: pick++ % 2 ? `/referrals/${ids[pick % ids.length]}` : '/referrals?limit=20' }),
    },
  ],
});
let audited = await auditRows();
for (let previous = -1; previous !== audited; ) {
  previous = audited;
  await new Promise((resolve) => setTimeout(resolve, 300));
  audited = await auditRows();
}
console.log(`authenticated reads (coordinator key; list of 20 and one referral, alternating): ${reads.requests.average.toFixed(0)} requests/s, ` +
  `latency p50 ${reads.latency.p50} ms, p99 ${reads.latency.p99} ms, ${reads['2xx']} × 2xx, ${reads.non2xx} × other, ${reads.errors} errors; ` +
  `${audited} audit rows (one per read, including requests in flight at the deadline)`);

/** One POST; `cut` sends half the body and destroys the socket. Resolves to the status or 'cut'. */
function post(body, { key, cut = false } = {}) {
  return new Promise((resolve) => {
    const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...(key ? { 'idempotency-key': key } : {}) };
    const req = request(`${url}/referrals`, { method: 'POST', headers, agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', () => resolve('cut'));
    if (cut) {
      req.write(body.slice(0, Math.floor(body.length / 2)));
      setTimeout(() => req.destroy(), 5);
    } else req.end(body);
  });
}

await intake.store.db.query('TRUNCATE case_events, referrals, audit CASCADE');
const keyed = Array.from({ length: KEYS }, () => referral());
const cut = Array.from({ length: CUT }, () => referral());
const jobs = [
  ...keyed.flatMap((r) => [0, 1, 2].map(() => () => post(JSON.stringify(r), { key: `load-${r.id}` }))),
  ...cut.map((r) => () => post(JSON.stringify(r), { key: `cut-${r.id}`, cut: true })),
  ...Array.from({ length: BROKEN }, () => () => post('{"kind": "self", "person": ')),
  ...Array.from({ length: BROKEN }, () => () => post(JSON.stringify({ ...referral(), consent: false }))),
].sort(() => Math.random() - 0.5);
const started = performance.now();
const statuses = await Promise.all(jobs.map((job) => job()));
const seconds = (performance.now() - started) / 1000;
const count = (s) => statuses.filter((x) => x === s).length;

const rows = await intake.store.db.query('SELECT idempotency_key FROM referrals');
const stored = rows.map((r) => r.idempotency_key);
const expected = new Set(keyed.map((r) => `load-${r.id}`));
const ok = stored.length === expected.size && new Set(stored).size === stored.length && stored.every((k) => expected.has(k));
console.log(`faults: ${jobs.length} requests in ${seconds.toFixed(1)} s — ${count(201)} × 201 (${KEYS} keys × 3 concurrent), ` +
  `${count(400)} × 400 (not JSON), ${count(422)} × 422 (invalid), ${count('cut')} cut mid-body`);
console.log(`database after faults: ${stored.length} rows for ${expected.size} keys: ${ok ? 'exactly one row per key, nothing else' : 'MISMATCH'}`);

server.close();
if (postgres) await db.query(`DROP SCHEMA ${schema} CASCADE`);
await db.close();
rmSync(dataDir, { recursive: true, force: true });
if (!ok || run.errors > 0 || reads.errors > 0 || reads.non2xx > 0 || audited < reads['2xx']) process.exit(1);
