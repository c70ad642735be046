// The real @linkki/intake (PGlite in memory) behind a fault layer, for the element tests (mounted in
// @web/test-runner) and the fault campaign (scripts/faults.mjs). Needs `npm run build` first.
//
// POST {base}/{run}/referrals?plan=F1,F2,…  Attempt n of that run meets fault Fn (then `ok`):
//   ok         the intake handles it
//   503        answered 503 before the intake sees it (nothing stored)
//   drop       the connection is closed before the intake sees it (nothing stored, no reply)
//   cut        the intake stores it, then the connection breaks in the middle of the reply
//   slow:MS    held MS milliseconds, then handed to the intake (stored after the client gave up)
//   late:MS    the intake stores it at once, the reply is held MS milliseconds
// GET {base}/{run}/state → { attempts, rows }: every referral stored under a key this run used.
import { configFromEnv, createIntake } from '../../packages/intake/dist/index.js';

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** Runs the intake's handler but keeps its reply, so a fault can be applied to it. */
async function capture(intake, req) {
  const reply = { status: 0, headers: {}, body: '' };
  const res = {
    statusCode: 200,
    headersSent: false,
    writeHead(status, headers = {}) {
      reply.status = status;
      reply.headers = headers;
      this.statusCode = status;
      return this;
    },
    setHeader() {},
    end(body = '') {
      reply.body = String(body);
      return this;
    },
  };
  await intake.handle(req, res);
  return reply;
}

/** A readable request for the intake with the body already read (the fault layer needed it). */
function replay(req, url, body) {
  async function* chunks() {
    yield body;
  }
  return Object.assign(chunks(), { method: req.method, url, headers: req.headers, socket: req.socket, resume() {} });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function createFaultyIntake({ base = '/faulty' } = {}) {
  const config = configFromEnv({ LINKKI_INTAKE_DATA_DIR: 'memory://', LINKKI_INTAKE_TOKEN: 'test-token', LINKKI_INTAKE_RATE_PER_MINUTE: '1000000' });
  const intake = await createIntake(config);
  const runs = new Map();
  const runState = (id) => {
    if (!runs.has(id)) runs.set(id, { attempts: 0, keys: new Set() });
    return runs.get(id);
  };

  async function state(run) {
    const rows = await intake.store.db.query('SELECT id, reference, body FROM referrals WHERE idempotency_key = ANY($1) ORDER BY reference', [[...run.keys]]);
    return { attempts: run.attempts, rows };
  }

  /** Node handler: true when it answered (the path was its own). */
  async function handle(req, res) {
    const url = new URL(req.url ?? '/', 'http://test');
    const match = url.pathname.match(new RegExp(`^${base}/([\\w-]+)/(referrals|state)$`));
    if (!match) return false;
    const run = runState(match[1]);
    if (match[2] === 'state') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(await state(run)));
      return true;
    }
    const body = await readBody(req);
    if (req.method !== 'POST') {
      const reply = await capture(intake, replay(req, '/referrals', body));
      res.writeHead(reply.status, reply.headers);
      res.end(reply.body);
      return true;
    }
    run.attempts += 1;
    const key = req.headers['idempotency-key'];
    if (typeof key === 'string') run.keys.add(key);
    const [fault = 'ok', arg] = (url.searchParams.get('plan') ?? '').split(',')[run.attempts - 1]?.split(':') ?? [];
    if (fault === '503') {
      res.writeHead(503, { 'content-type': 'application/json' });
      res.end('{"error":"unavailable"}');
      return true;
    }
    if (fault === 'drop') {
      req.socket.destroy();
      return true;
    }
    if (fault === 'slow') await sleep(Number(arg));
    const reply = await capture(intake, replay(req, '/referrals', body));
    if (fault === 'late') await sleep(Number(arg));
    if (fault === 'cut') {
      res.writeHead(reply.status, { ...reply.headers, 'content-length': String(Buffer.byteLength(reply.body) + 32) });
      res.write(reply.body.slice(0, 5));
      setTimeout(() => req.socket.destroy(), 20);
      return true;
    }
    if (res.destroyed) return true;
    res.writeHead(reply.status, reply.headers);
    res.end(reply.body);
    return true;
  }

  return { intake, handle, close: () => intake.close() };
}

/** The same, as @web/test-runner (Koa) middleware. */
export function faultyIntakeMiddleware(options) {
  const ready = createFaultyIntake(options);
  return async (ctx, next) => {
    const { handle } = await ready;
    ctx.respond = false;
    if (!(await handle(ctx.req, ctx.res))) {
      ctx.respond = true;
      return next();
    }
  };
}
