import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { it } from 'node:test';
import { selfReferral } from '../../schema/test/fixtures.js';
import { configFromEnv, createIntake } from '../src/index.js';
import { createIntakeServer, timeoutsFromEnv, type ServerTimeouts } from '../src/server.js';

const TIMEOUTS: ServerTimeouts = { headersMs: 400, requestMs: 800, keepAliveMs: 300, shutdownMs: 1_500 };
/** Node checks the headers and request timeouts every headersMs / 4, and a busy machine is late. */
const SLACK = TIMEOUTS.headersMs / 4 + 500;

async function start(timeouts = TIMEOUTS) {
  const intake = await createIntake({ ...configFromEnv({}), dataDir: 'memory://' });
  const served = createIntakeServer(intake, timeouts);
  await new Promise<void>((resolve) => served.server.listen(0, '127.0.0.1', resolve));
  return { ...served, port: (served.server.address() as AddressInfo).port };
}

/** Opens a connection, lets `feed` write to it, and measures until the server closes it. */
function closedAfter(port: number, feed: (write: (text: string) => void) => void = () => {}): Promise<{ ms: number; answer: string }> {
  return new Promise((resolve) => {
    const started = performance.now();
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk));
    socket.on('error', () => {});
    socket.on('close', () => resolve({ ms: performance.now() - started, answer }));
    feed((text) => socket.writable && socket.write(text));
  });
}

it('reads the timeouts from the environment, and refuses values that are no milliseconds', () => {
  assert.deepEqual(timeoutsFromEnv({}), { headersMs: 15_000, requestMs: 30_000, keepAliveMs: 5_000, shutdownMs: 10_000 });
  const env = { LINKKI_INTAKE_HEADERS_TIMEOUT_MS: '100', LINKKI_INTAKE_REQUEST_TIMEOUT_MS: '200', LINKKI_INTAKE_KEEP_ALIVE_TIMEOUT_MS: '300', LINKKI_INTAKE_SHUTDOWN_TIMEOUT_MS: '400' };
  assert.deepEqual(timeoutsFromEnv(env), { headersMs: 100, requestMs: 200, keepAliveMs: 300, shutdownMs: 400 });
  assert.throws(() => timeoutsFromEnv({ LINKKI_INTAKE_SHUTDOWN_TIMEOUT_MS: '10s' }), /LINKKI_INTAKE_SHUTDOWN_TIMEOUT_MS/);
  assert.throws(() => timeoutsFromEnv({ LINKKI_INTAKE_HEADERS_TIMEOUT_MS: '40000' }), /at most LINKKI_INTAKE_REQUEST_TIMEOUT_MS/);
});

it('closes a connection that sends nothing, one that sends headers slowly, and an idle keep-alive one, in time', async () => {
  const { port, shutdown } = await start();
  try {
    const [silent, slow, idle] = await Promise.all([
      closedAfter(port),
      closedAfter(port, (write) => {
        write('GET /health HTTP/1.1\r\nHost: x\r\n');
        const drip = setInterval(() => write('X-Drip: 1\r\n'), 50);
        setTimeout(() => clearInterval(drip), 5_000);
      }),
      closedAfter(port, (write) => write('GET /health HTTP/1.1\r\nHost: x\r\n\r\n')),
    ]);
    assert.ok(silent.ms < TIMEOUTS.headersMs + SLACK, `silent connection closed after ${silent.ms} ms`);
    assert.ok(slow.ms < TIMEOUTS.headersMs + SLACK, `slow headers cut after ${slow.ms} ms`);
    assert.match(slow.answer, /^HTTP\/1\.1 408 /);
    assert.match(idle.answer, /^HTTP\/1\.1 200 /);
    assert.ok(idle.ms < TIMEOUTS.keepAliveMs + 2 * SLACK, `idle keep-alive connection closed after ${idle.ms} ms`);
  } finally {
    await shutdown();
  }
});

it('cuts a request whose body trickles in for longer than the request timeout', async () => {
  const { port, shutdown } = await start();
  try {
    const trickle = await closedAfter(port, (write) => {
      write('POST /referrals HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n');
      const drip = setInterval(() => write(' '), 50);
      setTimeout(() => clearInterval(drip), 5_000);
    });
    assert.ok(trickle.ms < TIMEOUTS.requestMs + SLACK, `closed after ${trickle.ms} ms`);
  } finally {
    await shutdown();
  }
});

it('on shutdown finishes the request in flight, tells keep-alive clients to go, and stops within the bound', async () => {
  const { port, shutdown } = await start({ ...TIMEOUTS, requestMs: 5_000, shutdownMs: 5_000 });
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const statuses: string[] = [];
  let busy = true;
  // A busy keep-alive client: one request after another on the same connection.
  const client = (async () => {
    while (busy) {
      const res = await fetchVia(agent, port).catch(() => undefined);
      if (!res) break;
      statuses.push(`${res.status} ${res.connection}`);
    }
  })();
  const body = JSON.stringify({ ...selfReferral, id: randomUUID() });
  const post = request({ port, host: '127.0.0.1', path: '/referrals', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': body.length } });
  const answered = new Promise<{ status: number; connection: string | undefined }>((resolve, reject) => {
    post.on('response', (res) => (res.resume(), resolve({ status: res.statusCode!, connection: res.headers.connection })));
    post.on('error', reject);
  });
  post.write(body.slice(0, 50));
  await new Promise((resolve) => setTimeout(resolve, 300));

  const started = performance.now();
  const stopped = shutdown();
  await new Promise((resolve) => setTimeout(resolve, 200));
  post.end(body.slice(50));
  assert.deepEqual(await answered, { status: 201, connection: 'close' });
  await stopped;
  busy = false;
  await client;
  agent.destroy();
  assert.ok(performance.now() - started < 5_000, 'stopped before the bound, the busy client notwithstanding');
  assert.ok(statuses.length > 0);
  // Its connection was either idle when shutdown began (closed at once) or answered with `close`.
  assert.ok(statuses.every((s) => s === '200 keep-alive' || s === '200 close'), statuses.join());
});

it('on shutdown cuts a request that is still in flight after the bound', async () => {
  const { port, shutdown } = await start({ ...TIMEOUTS, requestMs: 10_000, shutdownMs: 500 });
  const stuck = closedAfter(port, (write) => write('POST /referrals HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{'));
  await new Promise((resolve) => setTimeout(resolve, 200));
  const started = performance.now();
  await shutdown();
  const ms = performance.now() - started;
  await stuck;
  assert.ok(ms >= 450 && ms < 500 + SLACK, `stopped after ${ms} ms`);
});

function fetchVia(agent: Agent, port: number): Promise<{ status: number; connection: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = request({ port, host: '127.0.0.1', path: '/health', agent }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode!, connection: res.headers.connection }));
    });
    req.on('error', reject);
    req.end();
  });
}
