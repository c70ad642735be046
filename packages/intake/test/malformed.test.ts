import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { configFromEnv, createIntake } from '../src/index.js';
import { createIntakeServer, type IntakeServer } from '../src/server.js';
// @ts-expect-error -- a plain .mjs script without type declarations
import { startServer } from '../../../scripts/serve.mjs';

const TOKEN = 'malformed-test-token';

/** Request heads (and bodies) no well-behaved client sends; none of them may stop the process. */
const CORPUS: string[] = [
  'GET // HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET //[ HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET /\\/ HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET //referrals HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET /api//[ HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET http://[::1 HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET http://[::1]/health HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET http:// HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET * HTTP/1.1\r\nHost: x\r\n\r\n',
  'OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET ? HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET % HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET /% HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET /%00 HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET /api/%E0%A4%A HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET /referrals/%00 HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer malformed-test-token\r\n\r\n',
  'GET /api/referrals/%FF HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer malformed-test-token\r\n\r\n',
  'GET /referrals?limit=%FF&before=%00 HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer malformed-test-token\r\n\r\n',
  'GET /status/%00 HTTP/1.1\r\nHost: x\r\n\r\n',
  'DELETE /status/%FF HTTP/1.1\r\nHost: x\r\n\r\n',
  `GET /status/${'A'.repeat(43)}%00 HTTP/1.1\r\nHost: x\r\n\r\n`,
  'GET /status//// HTTP/1.1\r\nHost: x\r\n\r\n',
  'OPTIONS /status/x HTTP/1.1\r\nHost: x\r\nOrigin: http://[\r\n\r\n',
  'DELETE /referrals/%00/status-link HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer malformed-test-token\r\n\r\n',
  'GET /webhooks/%FF/deliveries?limit=%00 HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer malformed-test-token\r\n\r\n',
  'DELETE /webhooks/%00 HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer malformed-test-token\r\n\r\n',
  'POST /webhooks HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer malformed-test-token\r\nContent-Type: application/json\r\nContent-Length: 30\r\n\r\n{"url":"http://[","events":{}}',
  `GET /${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`,
  `GET /${'%2F'.repeat(4_000)} HTTP/1.1\r\nHost: x\r\n\r\n`,
  'GET /health HTTP/1.1\r\nHost: [::1\r\n\r\n',
  'GET /health HTTP/1.1\r\nHost: //[\r\n\r\n',
  `GET /health HTTP/1.1\r\nHost: ${'h'.repeat(10_000)}\r\n\r\n`,
  'POST /referrals HTTP/1.1\r\nHost: x\r\nOrigin: http://[\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}',
  'GET /health HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n',
  'GET /health HTTP/1.1\r\n\r\n',
  'GET /health HTTP/1.0\r\n\r\n',
  'GET /health HTTP/9.9\r\nHost: x\r\n\r\n',
  'GET /health\r\n\r\n',
  'POST /referrals HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: abc\r\n\r\n{}',
  'POST /referrals HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: -1\r\n\r\n{}',
  'POST /referrals HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 99999999999999999999\r\n\r\n{}',
  'POST /referrals HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}',
  'POST /referrals HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 10\r\n\r\n{}',
  'POST /referrals HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\ngarbage\r\n0\r\n\r\n',
  'POST /referrals HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n',
  'POST /referrals HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: gzip, chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n',
  'POST /referrals HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n\x00\xff',
  'POST /referrals HTTP/1.1\r\nHost: x\r\nContent-Type: application/json; charset=\r\nIdempotency-Key: \x01\r\nContent-Length: 2\r\n\r\n{}',
  'GET /health HTTP/1.1\r\nHost: x\r\nno colon here\r\n\r\n',
  'GET /health HTTP/1.1\r\nHost: x\r\n: empty name\r\n\r\n',
  'GET /health HTTP/1.1\r\nHost: x\r\nX-Bad\x00Name: y\r\n\r\n',
  'GET /health HTTP/1.1\r\nHost: x\r\nX-Value: a\x00b\r\n\r\n',
  'GET /health HTTP/1.1\r\nHost: x\r\n folded: header\r\n\r\n',
  `GET /health HTTP/1.1\r\nHost: x\r\nX-Big: ${'v'.repeat(20_000)}\r\n\r\n`,
  'GET /referrals HTTP/1.1\r\nHost: x\r\nX-Forwarded-For: ,,,[::1,\x7f\r\nAuthorization: Bearer\r\n\r\n',
  'GET /referrals HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer \xff\xfe\r\n\r\n',
  'BREW /health HTTP/1.1\r\nHost: x\r\n\r\n',
  'G\x00T /health HTTP/1.1\r\nHost: x\r\n\r\n',
  ' /health HTTP/1.1\r\nHost: x\r\n\r\n',
  'CONNECT [::1 HTTP/1.1\r\nHost: x\r\n\r\n',
  'CONNECT 127.0.0.1:1 HTTP/1.1\r\nHost: 127.0.0.1:1\r\n\r\n',
  'GET /health HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n',
  'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n',
  '\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03',
  '\r\n\r\n\r\n',
  'GET /health HTTP/1.1\nHost: x\n\n',
];

/** Sends raw bytes and waits until the server answers and closes, or 2 s pass. */
function send(port: number, bytes: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(answer);
    };
    const timer = setTimeout(done, 2_000);
    socket.on('data', (chunk) => {
      answer += chunk.toString('latin1');
      if (/\r\n\r\n/.test(answer)) socket.end();
    });
    socket.on('error', done);
    socket.on('close', done);
    socket.end(Buffer.from(bytes, 'latin1'));
  });
}

async function survives(server: Server, prefix = '') {
  const { port } = server.address() as AddressInfo;
  // What would stop a real server's process; the test runner only reports it.
  const fatal: unknown[] = [];
  const record = (error: unknown) => fatal.push(error);
  process.on('unhandledRejection', record).on('uncaughtException', record);
  try {
    for (const bytes of CORPUS) {
      const answer = await send(port, bytes);
      assert.doesNotMatch(answer, /^HTTP\/1\.[01] 5\d\d/, JSON.stringify(bytes.slice(0, 60)));
      assert.deepEqual(fatal, [], JSON.stringify(bytes.slice(0, 60)));
    }
  } finally {
    process.off('unhandledRejection', record).off('uncaughtException', record);
  }
  const health = await fetch(`http://127.0.0.1:${port}${prefix}/health`);
  assert.equal(health.status, 200);
}

describe('malformed requests', () => {
  let intake: IntakeServer;
  let demo: Server;

  before(async () => {
    const service = await createIntake({ ...configFromEnv({}), dataDir: 'memory://', token: TOKEN });
    intake = createIntakeServer(service);
    await new Promise<void>((resolve) => intake.server.listen(0, '127.0.0.1', resolve));
    demo = await startServer(0, { dataDir: 'memory://', envDatabase: false });
  });
  after(async () => {
    await intake.shutdown();
    await new Promise((resolve) => demo.close(resolve));
  });

  it('neither stop linkki-intake nor get a 500, and /health answers afterwards', async () => {
    await survives(intake.server);
  });

  it('neither stop the demo server (npm start) nor get a 500, and /api/health answers afterwards', async () => {
    await survives(demo, '/api');
  });

  it('get 400 for a target that is no URL, 404 for paths that name nothing', async () => {
    const { port } = intake.server.address() as AddressInfo;
    assert.match(await send(port, 'GET //[ HTTP/1.1\r\nHost: x\r\n\r\n'), /^HTTP\/1\.1 404 /);
    assert.match(await send(port, 'GET http://[::1 HTTP/1.1\r\nHost: x\r\n\r\n'), /^HTTP\/1\.1 400 /);
    const demoPort = (demo.address() as AddressInfo).port;
    assert.match(await send(demoPort, 'GET /% HTTP/1.1\r\nHost: x\r\n\r\n'), /^HTTP\/1\.1 400 /);
    assert.match(await send(demoPort, 'GET //[ HTTP/1.1\r\nHost: x\r\n\r\n'), /^HTTP\/1\.1 404 /);
  });
});
