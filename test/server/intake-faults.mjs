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
// GET {base}/{run}/state → { attempts, rows, statusTokens }: every referral stored under a key this
//   run used, and the status token of every reply the intake gave to the run's POSTs (cut ones too).
// PUT {base}/{run}/plan [F1, F2, …]  Faults for the run's other requests (below), in order, same codes.
// Any other {base}/{run}/<path> (GET /status/…, DELETE /status/…, POST /referrals/<id>/events …) is
//   handed to the intake as /<path>, from a client address of its own per run, so that one run's
//   wrong tokens do not count against another's limit.
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

/**
 * The faults that happen before the intake sees a request: `503` answers for it, `drop` closes the
 * connection (both true: the request is done), `slow:MS` waits first. Others come after it answered.
 */
async function faultBefore(fault, arg, req, res) {
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
  return false;
}

export async function createFaultyIntake({ base = '/faulty' } = {}) {
  // One trusted proxy hop: the fault layer names each run's client (X-Forwarded-For) on its pass-through.
  const config = configFromEnv({ LINKKI_INTAKE_DATA_DIR: 'memory://', LINKKI_INTAKE_TOKEN: 'test-token', LINKKI_INTAKE_RATE_PER_MINUTE: '1000000', LINKKI_INTAKE_TRUST_PROXY: '1' });
  const intake = await createIntake(config);
  const runs = new Map();
  const runState = (id) => {
    if (!runs.has(id)) runs.set(id, { attempts: 0, keys: new Set(), statusTokens: [], plan: [], requests: 0 });
    return runs.get(id);
  };

  async function state(run) {
    const rows = await intake.store.db.query('SELECT id, reference, body FROM referrals WHERE idempotency_key = ANY($1) ORDER BY reference', [[...run.keys]]);
    return { attempts: run.attempts, rows, statusTokens: run.statusTokens };
  }

  /** Node handler: true when it answered (the path was its own). */
  async function handle(req, res) {
    const url = new URL(req.url ?? '/', 'http://test');
    const match = url.pathname.match(new RegExp(`^${base}/([\\w-]+)(/.*)$`));
    if (!match) return false;
    const run = runState(match[1]);
    const path = match[2];
    if (path === '/state') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(await state(run)));
      return true;
    }
    const body = await readBody(req);
    if (path === '/plan' && req.method === 'PUT') {
      run.plan = JSON.parse(body.toString('utf8'));
      run.requests = 0;
      res.writeHead(204).end();
      return true;
    }
    if (path !== '/referrals' || req.method !== 'POST') {
      run.requests += 1;
      const [fault = 'ok', arg] = run.plan[run.requests - 1]?.split(':') ?? [];
      if (await faultBefore(fault, arg, req, res)) return true;
      const headers = { ...req.headers, 'x-forwarded-for': `run-${match[1]}` };
      const reply = await capture(intake, replay({ method: req.method, headers, socket: req.socket }, `${path}${url.search}`, body));
      if (fault === 'late') await sleep(Number(arg));
      if (res.destroyed) return true;
      res.writeHead(reply.status, reply.headers);
      res.end(reply.body);
      return true;
    }
    run.attempts += 1;
    const key = req.headers['idempotency-key'];
    if (typeof key === 'string') run.keys.add(key);
    const [fault = 'ok', arg] = (url.searchParams.get('plan') ?? '').split(',')[run.attempts - 1]?.split(':') ?? [];
    if (await faultBefore(fault, arg, req, res)) return true;
    const reply = await capture(intake, replay(req, '/referrals', body));
    const statusToken = reply.status === 201 ? JSON.parse(reply.body).statusToken : undefined;
    if (statusToken) run.statusTokens.push(statusToken);
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
