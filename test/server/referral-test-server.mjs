// A receiving server for the element tests, mounted into @web/test-runner as middleware.
// POST /test-api/referrals?run=ID[&fail=N][&cut=N][&slowMs=T&slow=N][&reject=1]
//   fail=N: the first N attempts answer 503; cut=N: the first N attempts store the referral but the
//   connection breaks in the middle of the reply (browsers retry a connection reset before any
//   reply on their own, so a broken reply is how a lost connection reaches the page);
//   slow=N: the first N attempts answer after slowMs; reject=1: 422 with a path-located issue.
//   Every answer after that is 201 { reference }, stored once per Idempotency-Key.
// GET /test-api/referrals?run=ID → { stored: [...], attempts }.

const runs = new Map();

function runState(id) {
  if (!runs.has(id)) runs.set(id, { attempts: 0, stored: new Map() });
  return runs.get(id);
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

export function referralTestServer() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/test-api/referrals')) return next();
    const params = ctx.query;
    const run = runState(String(params.run ?? 'default'));
    if (ctx.method === 'GET') {
      ctx.body = { stored: [...run.stored.values()].map((s) => s.body), attempts: run.attempts };
      return;
    }
    run.attempts += 1;
    const attempt = run.attempts;
    const body = JSON.parse(await readBody(ctx.req));
    const key = ctx.get('Idempotency-Key');
    if (attempt <= Number(params.slow ?? 0)) await new Promise((resolve) => setTimeout(resolve, Number(params.slowMs ?? 1000)));
    if (attempt <= Number(params.fail ?? 0)) {
      ctx.status = 503;
      ctx.body = { error: 'unavailable' };
      return;
    }
    if (params.reject) {
      ctx.status = 422;
      ctx.body = { issues: [{ path: ['person', 'contact', 'phone'], code: 'invalidPhone' }] };
      return;
    }
    if (!key) {
      ctx.status = 400;
      ctx.body = { error: 'Idempotency-Key required' };
      return;
    }
    if (!run.stored.has(key)) run.stored.set(key, { body, reference: `LNK-${String(run.stored.size + 1).padStart(4, '0')}` });
    if (attempt <= Number(params.cut ?? 0)) {
      ctx.respond = false;
      ctx.res.writeHead(201, { 'Content-Type': 'application/json', 'Content-Length': '64' });
      ctx.res.write('{"refer');
      setTimeout(() => ctx.req.socket.destroy(), 20);
      return;
    }
    ctx.status = 201;
    ctx.body = { reference: run.stored.get(key).reference };
  };
}
