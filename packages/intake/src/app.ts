import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { caseMeasures, measureChange, MIN_CELL, validateCaseEvent, validateQuestionnaireResponse, validateReferral, type RecorderRole, type ValidationResult } from '@linkki/schema';
import { DEFAULT_RETENTION, type IntakeConfig } from './config.js';
import { openDatabase, type Database } from './database.js';
import { Authenticator } from './auth.js';
import { daysBetween, todayIn } from './follow-ups.js';
import { clientOf, forbidden, HttpError, invalid, onlyParameters, RateLimiter, readJson } from './guards.js';
import { staffIssues, StaffStore, type NewStaff, type Principal, type Role } from './staff.js';
import { newStatusToken, StatusLinks } from './status-links.js';
import { parseWebhook, Webhooks } from './webhooks.js';
import { storable, unstorableText } from './storable.js';
import { erasedView, Lifecycle } from './retention.js';
import { evaluationReport } from './evaluation.js';
import { reportCsv } from './evaluation-csv.js';
import { EVALUATORS, evaluationQueryOf } from './evaluation-route.js';
import { referralSummary } from './summary.js';
import { IntakeStore, scopeOf, type ListQuery, type SaveResult } from './store.js';
import { catalogueRoutes } from './catalogue/routes.js';

export interface IntakeOptions {
  /** Path the service is mounted under, e.g. `/api` (default: none). */
  basePath?: string;
  /** One line per request: method, route, status, milliseconds. Never bodies or ids. */
  log?: (line: string) => void;
  /** An open database to use instead of opening one from the config (tests). */
  database?: Database;
  /** The clock (tests): today's date for the follow-up list's `daysLeft`. */
  now?: () => Date;
}

export interface Intake {
  /** Handles a request; returns false when the path is not the service's (for mounting). */
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
  readonly store: IntakeStore;
  readonly staff: StaffStore;
  /** Webhook subscriptions and their delivery (webhooks.ts); `webhooks.deliverDue(now?)` sends what is due. */
  readonly webhooks: Webhooks;
  /** Erasure and export (retention.ts); `retention.run(now?)` erases what the retention period allows. */
  readonly retention: Lifecycle;
  close(): Promise<void>;
}

const PUBLIC_POSTS = new Set(['/referrals']);
const KEY = /^[\x21-\x7e]{1,200}$/;
const REFERENCE = /^LNK-\d{4}-\d{6,}$/;
/** Failed sign-ins (wrong, revoked or expired keys, bad tokens) a client may make per minute before it must wait. */
export const WRONG_TOKENS_PER_MINUTE = 10;

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  res.end(body === undefined ? '' : JSON.stringify(body));
}

function valid<T>(result: ValidationResult<T>): T {
  const issues = result.ok ? unstorableText(result.value) : result.issues;
  if (!result.ok || issues.length) throw new HttpError(422, { issues });
  return result.value;
}

const LIST_PARAMETERS = new Set(['limit', 'before', 'municipality']);
const MUNICIPALITY = /^\d{3}$/;
const notFound = () => new HttpError(404, { error: 'notFound' });

/** Who may call what, beyond the public endpoints. Evaluators get no personal data, so no route here. */
const CASEWORK: readonly Role[] = ['coordinator', 'link-worker', 'admin'];
const ASSIGNERS: readonly Role[] = ['coordinator', 'admin'];
const ADMIN: readonly Role[] = ['admin'];
/** Who records a person's answers on her case: her coordinator or her link worker (`by` of the event). */
const RESPONDENTS: Partial<Record<Role, RecorderRole>> = { coordinator: 'coordinator', 'link-worker': 'link-worker' };
/** Who lists link workers to assign. */
const MATCHERS: readonly Role[] = ['coordinator', 'admin'];
/** Who sees a person's name in the follow-up list: those who will contact her. */
const NAMED: readonly Role[] = ['coordinator', 'link-worker'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const may = (principal: Principal, roles: readonly Role[]) => {
  if (!roles.includes(principal.role)) throw forbidden();
};

/** `GET /audit`: `?referral=<id>`, `?staff=<id>`, `?limit=1…1000` (default 100). */
function auditQueryOf(query: URLSearchParams) {
  onlyParameters(query, ['referral', 'staff', 'limit']);
  const limit = Number(query.get('limit') ?? 100);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw invalid('limit');
  const text = (name: string) => {
    const value = query.get(name) ?? undefined;
    if (value !== undefined && !storable(value)) throw invalid(name);
    return value;
  };
  return { referral: text('referral'), staff: text('staff'), limit };
}

/** The coordinator list's query: `?limit=1…500` (default 100), `?before=<reference>`, `?municipality=758,698`; nothing else. */
function listQueryOf(query: URLSearchParams): ListQuery & { limit: number } {
  onlyParameters(query, LIST_PARAMETERS);
  const limit = Number(query.get('limit') ?? 100);
  const before = query.get('before') ?? undefined;
  const municipalities = query.get('municipality')?.split(',');
  if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw invalid('limit');
  if (before !== undefined && !REFERENCE.test(before)) throw invalid('before');
  if (municipalities && !municipalities.every((code) => MUNICIPALITY.test(code))) throw invalid('municipality');
  return { limit, before, municipalities };
}

/** The request target as a URL; undefined when it is not one (`//[`, `http://[::1`). */
function targetOf(raw = '/'): URL | undefined {
  try {
    // Prefixed, not resolved against a base: a path like `//x` would otherwise be read as a host.
    return new URL(raw.startsWith('/') ? `http://intake${raw}` : raw);
  } catch {
    return undefined;
  }
}

/** A path segment as text; a malformed percent-encoding, or text no row can hold (`%00`), names nothing that exists. */
function segment(raw: string): string {
  let text: string | undefined;
  try {
    text = decodeURIComponent(raw);
  } catch {}
  if (text === undefined || !storable(text)) throw new HttpError(404, { error: 'notFound' });
  return text;
}

function idempotencyKey(req: IncomingMessage, fallback: () => string): string {
  const header = req.headers['idempotency-key'];
  if (header === undefined) return fallback();
  if (typeof header !== 'string' || !KEY.test(header)) throw new HttpError(400, { error: 'invalidIdempotencyKey' });
  return header;
}

/** `?due-before=YYYY-MM-DD` (a real date), nothing else. */
function followUpQueryOf(query: URLSearchParams): { dueBefore?: string } {
  onlyParameters(query, ['due-before']);
  const dueBefore = query.get('due-before') ?? undefined;
  if (dueBefore !== undefined && (!ISO_DATE.test(dueBefore) || new Date(`${dueBefore}T00:00:00Z`).toISOString().slice(0, 10) !== dueBefore)) throw invalid('due-before');
  return { dueBefore };
}

function saved<T>(res: ServerResponse, result: SaveResult<T>, body: (value: T) => unknown, headers: Record<string, string> = {}) {
  if (result.outcome === 'conflict') throw new HttpError(409, { error: 'idempotencyKeyReused' });
  send(res, 201, body(result.value), { ...headers, ...(result.outcome === 'replayed' ? { 'idempotent-replayed': 'true' } : {}) });
}

/** The HTTP service: routes, CORS, rate limit and token checks around an `IntakeStore`. */
export async function createIntake(config: IntakeConfig, options: IntakeOptions = {}): Promise<Intake> {
  const db = options.database ?? (await openDatabase(config));
  const store = new IntakeStore(db);
  const staff = new StaffStore(db);
  const statusLinks = new StatusLinks(db);
  const auth = new Authenticator(staff, config.token, config.oidc);
  const limiter = new RateLimiter(config.ratePerMinute);
  const wrongTokens = new RateLimiter(WRONG_TOKENS_PER_MINUTE);
  const base = options.basePath?.replace(/\/$/, '') ?? '';
  const log = options.log ?? (() => {});
  const webhooks = new Webhooks(db, { log, now: options.now });
  const lifecycle = new Lifecycle(db, config.retention ?? DEFAULT_RETENTION, log);

  const sameOrigin = (req: IncomingMessage, origin: string) => origin === `http://${req.headers.host}` || origin === `https://${req.headers.host}`;
  const originAllowed = (req: IncomingMessage) => {
    const origin = req.headers.origin;
    return origin === undefined || sameOrigin(req, origin) || config.origins.includes(origin);
  };
  const corsHeaders = (req: IncomingMessage): Record<string, string> =>
    req.headers.origin && config.origins.includes(req.headers.origin) ? { 'access-control-allow-origin': req.headers.origin, vary: 'Origin' } : {};

  /**
   * The caller, or 401. Every failed sign-in counts against the client's limit, and past it even a
   * right key is refused (checked before verifying, so a guess learns nothing).
   */
  async function signIn(req: IncomingMessage): Promise<Principal> {
    const client = clientOf(req, config.trustedProxies);
    const wait = wrongTokens.waitFor(client);
    if (wait > 0) throw new HttpError(429, { error: 'tooManyRequests' }, { 'retry-after': String(wait) });
    const result = await auth.authenticate(req);
    if (result.ok) return result.principal;
    if (result.reason === 'noRole') throw new HttpError(403, { error: 'noRole' });
    wrongTokens.take(client);
    throw new HttpError(401, { error: 'unauthorized' }, { 'www-authenticate': 'Bearer' });
  }

  // The catalogue: its public Open Referral feed, edits and imports (catalogue/routes.ts).
  const catalogue = catalogueRoutes({ db, signIn, audit: (actor, action, detail) => store.audit(actor, action, null, detail), now: options.now });

  /** The CORS preflight of the public POST endpoints. */
  function preflight(req: IncomingMessage, res: ServerResponse) {
    send(res, 204, undefined, {
      ...corsHeaders(req),
      'access-control-allow-methods': 'POST',
      'access-control-allow-headers': 'content-type, idempotency-key',
      'access-control-max-age': '600',
    });
  }

  async function route(req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams): Promise<string> {
    const method = req.method ?? 'GET';
    if (path === '/health') {
      if (method !== 'GET' && method !== 'HEAD') throw new HttpError(405, { error: 'methodNotAllowed' }, { allow: 'GET, HEAD' });
      await db.query('SELECT 1');
      send(res, 200, method === 'HEAD' ? undefined : { ok: true, database: db.kind });
      return path;
    }
    const catalogueRoute = await catalogue(req, res, path, method, query);
    if (catalogueRoute) return catalogueRoute;
    if (PUBLIC_POSTS.has(path) && (method === 'POST' || method === 'OPTIONS')) {
      if (!originAllowed(req)) throw new HttpError(403, { error: 'originNotAllowed' });
      if (method === 'OPTIONS') {
        preflight(req, res);
        return path;
      }
      const limit = limiter.take(clientOf(req, config.trustedProxies));
      if (!limit.ok) throw new HttpError(429, { error: 'tooManyRequests' }, { 'retry-after': String(limit.retryAfter) });
      const body = await readJson(req, config.maxBodyBytes);
      const referral = valid(validateReferral(body));
      const key = idempotencyKey(req, () => referral.id);
      const link = newStatusToken();
      const result = await store.saveReferral(key, referral, link.hash);
      // A replay gets a new status link and the earlier one stops working: the first reply may have been lost.
      const statusToken = result.outcome === 'replayed' ? await statusLinks.rotate(result.value.id) : link.token;
      saved(res, result, (r) => ({ id: r.id, reference: r.reference, statusToken }), corsHeaders(req));
      return path;
    }
    if (path === '/responses') {
      // Gone: a response belongs to a case. The preflight still succeeds, so a browser sees the 410.
      if (method === 'OPTIONS') {
        if (!originAllowed(req)) throw new HttpError(403, { error: 'originNotAllowed' });
        preflight(req, res);
        return path;
      }
      req.resume();
      throw new HttpError(410, { error: 'responsesBelongToACase', use: '/referrals/{id}/responses' });
    }
    if (method === 'OPTIONS' && path !== '/health' && path !== '/status' && !path.startsWith('/status/')) {
      // The staff endpoints' preflight, so that a client system on an allowed origin can embed the
      // case list and timeline: bearer keys and tokens, never cookies, so no credentials mode.
      if (!originAllowed(req)) throw new HttpError(403, { error: 'originNotAllowed' });
      send(res, 204, undefined, {
        ...corsHeaders(req),
        'access-control-allow-methods': 'GET, POST, DELETE',
        'access-control-allow-headers': 'authorization, content-type, idempotency-key',
        'access-control-max-age': '600',
      });
      return 'preflight';
    }
    if (path === '/follow-ups') {
      if (method !== 'GET') throw new HttpError(405, { error: 'methodNotAllowed' }, { allow: 'GET' });
      const principal = await signIn(req);
      may(principal, CASEWORK);
      const { dueBefore } = followUpQueryOf(query);
      const today = todayIn('Europe/Helsinki', options.now?.() ?? new Date());
      const named = NAMED.includes(principal.role);
      const followUps = (await store.followUps(scopeOf(principal)))
        .filter((f) => dueBefore === undefined || f.due < dueBefore)
        .map(({ id, reference, name, closedOn, due }) => ({ id, reference, ...(named && name !== undefined ? { name } : {}), closedOn, due, daysLeft: daysBetween(today, due) }));
      await store.audit(principal, 'list-follow-ups', null, { count: followUps.length });
      send(res, 200, { followUps });
      return path;
    }
    if (path === '/link-workers') {
      if (method !== 'GET') throw new HttpError(405, { error: 'methodNotAllowed' }, { allow: 'GET' });
      const principal = await signIn(req);
      may(principal, MATCHERS);
      onlyParameters(query, []);
      send(res, 200, { linkWorkers: await store.linkWorkers(principal.municipalities) });
      return path;
    }
    if (path === '/status' || path.startsWith('/status/')) return statusRoute(req, res, path, method);
    if (/^\/referrals\/[^/]*\/status-link$/.test(path)) return statusLinkRevoke(req, res, path, method);
    if (/^\/referrals\/[^/]*\/(export|erasure)$/.test(path)) return dataLifecycle(req, res, path, method);
    if (path === '/referrals' || path.startsWith('/referrals/')) return casework(req, res, path, method, query);
    if (path === '/staff' || path.startsWith('/staff/')) return staffRoutes(req, res, path, method, query);
    if (path === '/webhooks' || path.startsWith('/webhooks/')) return webhookRoutes(req, res, path, method, query);
    if (path === '/me') {
      // Who the key or token signs in as, for the workspace to show the right views: staff data only.
      if (method !== 'GET') throw new HttpError(405, { error: 'methodNotAllowed' }, { allow: 'GET' });
      const principal = await signIn(req);
      onlyParameters(query, []);
      const member = principal.staffId ? await staff.get(principal.staffId) : undefined;
      send(res, 200, { staffId: principal.staffId, name: member?.name ?? null, role: principal.role, municipalities: principal.municipalities, languages: member?.languages ?? [] });
      return path;
    }
    if (path === '/evaluation' || path === '/evaluation.csv') {
      // The municipality's report: protected aggregates only, so evaluators may read it (evaluation*.ts).
      if (method !== 'GET') throw new HttpError(405, { error: 'methodNotAllowed' }, { allow: 'GET' });
      const principal = await signIn(req);
      may(principal, EVALUATORS);
      const csv = path.endsWith('.csv');
      const { lang, ...asked } = await evaluationQueryOf(db, principal, query, csv, config.minCell ?? MIN_CELL);
      const report = await evaluationReport(db, asked, { threshold: config.minCell, now: options.now?.() });
      await store.audit(principal, 'evaluation', null, { ...report.period, municipalities: report.municipalities, threshold: report.threshold, format: csv ? 'csv' : 'json' });
      if (!csv) send(res, 200, report);
      else {
        res.writeHead(200, {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="linkki-evaluation-${report.period.from}-${report.period.to}.csv"`,
          'cache-control': 'no-store',
          'x-content-type-options': 'nosniff',
        });
        res.end(reportCsv(report, lang));
      }
      return path;
    }
    if (path === '/audit') {
      if (method !== 'GET') throw new HttpError(405, { error: 'methodNotAllowed' }, { allow: 'GET' });
      may(await signIn(req), ADMIN);
      send(res, 200, { audit: await store.listAudit(auditQueryOf(query)) });
      return path;
    }
    throw notFound();
  }

  /**
   * `GET`/`DELETE /status/{token}`: the referrer's status link (status-links.ts). Public, CORS for the
   * configured origins. A malformed, unknown or revoked token is 404 and counts against the client's
   * wrong-token limit; past it, 429 even for a right token. The token never reaches the log.
   */
  async function statusRoute(req: IncomingMessage, res: ServerResponse, path: string, method: string): Promise<string> {
    if (!originAllowed(req)) throw new HttpError(403, { error: 'originNotAllowed' });
    if (method === 'OPTIONS') {
      send(res, 204, undefined, { ...corsHeaders(req), 'access-control-allow-methods': 'GET, DELETE', 'access-control-max-age': '600' });
      return '/status/:token';
    }
    if (method !== 'GET' && method !== 'DELETE') throw new HttpError(405, { error: 'methodNotAllowed' }, { allow: 'GET, DELETE, OPTIONS' });
    const client = clientOf(req, config.trustedProxies);
    const wait = wrongTokens.waitFor(client);
    if (wait > 0) throw new HttpError(429, { error: 'tooManyRequests' }, { 'retry-after': String(wait) });
    const [, , token = '', extra] = path.split('/');
    const found = extra !== undefined ? undefined : method === 'GET' ? await statusLinks.read(token) : await statusLinks.revoke(token);
    if (!found) {
      wrongTokens.take(client);
      throw notFound();
    }
    send(res, method === 'GET' ? 200 : 204, method === 'GET' ? found : undefined, corsHeaders(req));
    return '/status/:token';
  }

  /** `DELETE /referrals/{id}/status-link`: an admin revokes the referral's status links (204; 404 when no such referral). */
  async function statusLinkRevoke(req: IncomingMessage, res: ServerResponse, path: string, method: string): Promise<string> {
    if (method !== 'DELETE') throw new HttpError(405, { error: 'methodNotAllowed' }, { allow: 'DELETE' });
    const principal = await signIn(req);
    may(principal, ADMIN);
    if (!(await statusLinks.revokeAll(segment(path.split('/')[2]!), principal))) throw notFound();
    send(res, 204, undefined);
    return '/referrals/:id/status-link';
  }

  /**
   * `GET /referrals/{id}/export` (everything stored about the person, audited) and
   * `POST /referrals/{id}/erasure` (erase her personal data now, reason 'request'): admin only.
   */
  async function dataLifecycle(req: IncomingMessage, res: ServerResponse, path: string, method: string): Promise<string> {
    const [, , id, action] = path.split('/') as [string, string, string, 'export' | 'erasure'];
    const allowed = action === 'export' ? 'GET' : 'POST';
    if (method !== allowed) throw new HttpError(405, { error: 'methodNotAllowed' }, { allow: allowed });
    const principal = await signIn(req);
    may(principal, ADMIN);
    req.resume();
    const target = segment(id);
    const result = action === 'export' ? await lifecycle.exportCase(target, principal) : await lifecycle.erase(target, 'request', principal);
    if (!result) throw notFound();
    send(res, 200, result);
    return `/referrals/:id/${action}`;
  }

  /** `POST`/`GET /webhooks`, `DELETE /webhooks/:id`, `GET /webhooks/:id/deliveries?limit=`: admin only (webhooks.ts). */
  async function webhookRoutes(req: IncomingMessage, res: ServerResponse, path: string, method: string, query: URLSearchParams): Promise<string> {
    const [, , id, sub, extra] = path.split('/');
    if (extra !== undefined || (sub !== undefined && sub !== 'deliveries')) throw notFound();
    const allow = sub ? 'GET' : id !== undefined ? 'DELETE' : 'GET, POST';
    if (!allow.split(', ').includes(method)) throw new HttpError(405, { error: 'methodNotAllowed' }, { allow });
    const principal = await signIn(req);
    may(principal, ADMIN);
    if (id === undefined && method === 'POST') {
      const parsed = parseWebhook(await readJson(req, config.maxBodyBytes));
      if (!parsed.ok) throw new HttpError(422, { issues: parsed.issues });
      const added = await webhooks.add(parsed.value);
      await store.audit(principal, 'webhook-add', null, { webhookId: added.id });
      send(res, 201, added);
      return '/webhooks';
    }
    onlyParameters(query, sub ? ['limit'] : []);
    if (id === undefined) {
      send(res, 200, { webhooks: await webhooks.list() });
      return '/webhooks';
    }
    const target = segment(id);
    if (!sub) {
      if (!(await webhooks.remove(target))) throw notFound();
      await store.audit(principal, 'webhook-delete', null, { webhookId: target });
      send(res, 204, undefined);
      return '/webhooks/:id';
    }
    const limit = Number(query.get('limit') ?? 100);
    if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw invalid('limit');
    const deliveries = await webhooks.deliveries(target, limit);
    if (!deliveries) throw notFound();
    send(res, 200, { deliveries });
    return '/webhooks/:id/deliveries';
  }

  /** `GET/POST /staff`, `POST /staff/:id/revoke`, `POST /staff/:id/key`: admin only. */
  async function staffRoutes(req: IncomingMessage, res: ServerResponse, path: string, method: string, query: URLSearchParams): Promise<string> {
    const [, , id, sub, extra] = path.split('/');
    if (extra !== undefined || (id !== undefined && sub !== 'revoke' && sub !== 'key')) throw notFound();
    const template = id ? `/staff/:id/${sub}` : '/staff';
    const allowed = id ? 'POST' : method === 'POST' ? 'POST' : 'GET';
    if (method !== allowed) throw new HttpError(405, { error: 'methodNotAllowed' }, { allow: id ? 'POST' : 'GET, POST' });
    const principal = await signIn(req);
    may(principal, ADMIN);
    if (!id && method === 'GET') {
      onlyParameters(query, []);
      send(res, 200, { staff: await staff.list() });
    } else if (!id) {
      const body = (await readJson(req, config.maxBodyBytes)) as Partial<NewStaff>;
      const issues = body && typeof body === 'object' ? staffIssues(body) : [{ path: [], code: 'invalid' }];
      if (issues.length) throw new HttpError(422, { issues });
      const added = await staff.add(body as NewStaff);
      await store.audit(principal, 'staff-add', null, { staffId: added.staff.id, role: added.staff.role });
      send(res, 201, added);
    } else if (sub === 'revoke') {
      const target = segment(id);
      if (!(await staff.revoke(target))) throw notFound();
      auth.forget(target);
      await store.audit(principal, 'staff-revoke', null, { staffId: target });
      send(res, 200, { id: target, disabled: true });
    } else {
      const target = segment(id);
      const key = await staff.rotate(target);
      if (!key) throw notFound();
      auth.forget(target);
      await store.audit(principal, 'staff-key', null, { staffId: target });
      send(res, 201, { id: target, key });
    }
    return template;
  }

  /**
   * The referral endpoints. Scope is part of each query's WHERE: a referral outside it is 404, as if
   * it did not exist; a role that may not call the endpoint at all gets 403.
   */
  async function casework(req: IncomingMessage, res: ServerResponse, path: string, method: string, query: URLSearchParams): Promise<string> {
    const [, , id, sub, extra] = path.split('/');
    if (extra !== undefined || (sub !== undefined && sub !== 'events' && sub !== 'assignment' && sub !== 'responses')) throw notFound();
    const template = sub ? `/referrals/:id/${sub}` : id ? '/referrals/:id' : '/referrals';
    const allowed = sub === 'responses' ? ['GET', 'POST'] : sub ? ['POST'] : ['GET'];
    if (!allowed.includes(method)) throw new HttpError(405, { error: 'methodNotAllowed' }, { allow: id ? allowed.join(', ') : 'GET, POST, OPTIONS' });
    const principal = await signIn(req);
    if (sub === 'responses' && method === 'POST') {
      if (!RESPONDENTS[principal.role]) throw forbidden();
    } else may(principal, sub === 'assignment' ? ASSIGNERS : CASEWORK);
    const scope = scopeOf(principal);
    // An erased case takes nothing more: its person's data is gone.
    if (id && method === 'POST' && (await lifecycle.isErased(segment(id), scope))) throw new HttpError(409, { error: 'erased' });
    if (!id) {
      const page = listQueryOf(query);
      // Asking for a municipality outside one's own is refused, not answered with an empty list.
      if (page.municipalities && scope.municipalities && !page.municipalities.every((m) => scope.municipalities!.includes(m))) throw forbidden();
      const today = todayIn('Europe/Helsinki', options.now?.() ?? new Date());
      const referrals = (await store.listReferrals(page, scope, principal)).map((row) =>
        row.erased ? { ...referralSummary(row, today), followUpDue: null, erased: row.erased } : referralSummary(row, today),
      );
      const next = referrals.length === page.limit ? referrals.at(-1)?.reference : undefined;
      send(res, 200, { referrals, ...(next ? { next } : {}) });
    } else if (!sub) {
      const referral = await store.getReferral(segment(id), scope, principal);
      if (!referral) throw notFound();
      send(res, 200, referral.erased ? erasedView(referral) : referral);
    } else if (sub === 'assignment') {
      const body = (await readJson(req, config.maxBodyBytes)) as { staffId?: unknown } | null;
      const staffId = body && typeof body === 'object' ? body.staffId : undefined;
      if (typeof staffId !== 'string' || !storable(staffId) || staffId.length > 200) throw new HttpError(422, { issues: [{ path: ['staffId'], code: 'invalid' }] });
      const result = await store.assign(segment(id), staffId, scope, principal);
      if (result === 'notFound') throw notFound();
      if (result === 'invalidStaff') throw new HttpError(422, { issues: [{ path: ['staffId'], code: 'notLinkWorkerOfMunicipality' }] });
      send(res, 200, { id: segment(id), ...result });
    } else if (sub === 'responses' && method === 'POST') {
      const response = valid(validateQuestionnaireResponse(await readJson(req, config.maxBodyBytes)));
      const key = idempotencyKey(req, () => createHash('sha256').update(JSON.stringify(response)).digest('hex'));
      const result = await store.recordResponse(segment(id), key, response, RESPONDENTS[principal.role]!, scope, principal);
      if (!result) throw notFound();
      saved(res, result, (r) => r);
    } else if (sub === 'responses') {
      const referral = await store.getReferral(segment(id), scope, principal, 'read-responses');
      if (!referral) throw notFound();
      const measures = caseMeasures({ id: referral.id, referral: referral.referral, events: referral.events });
      const swemwbs = Object.fromEntries(
        (['end', 'follow-up'] as const).flatMap((to) => {
          const change = measureChange(measures, 'swemwbs', 'start', to);
          return change ? [[`start→${to}`, change]] : [];
        }),
      );
      send(res, 200, { measures, changes: Object.keys(swemwbs).length ? { swemwbs } : {} });
    } else {
      const event = valid(validateCaseEvent(await readJson(req, config.maxBodyBytes)));
      const result = await store.appendEvent(segment(id), event, scope, principal);
      if (!result) throw notFound();
      saved(res, result, (e) => e);
    }
    return template;
  }

  function fail(req: IncomingMessage, res: ServerResponse, error: unknown) {
    try {
      if (res.headersSent) res.destroy();
      else if (error instanceof HttpError) send(res, error.status, error.body, { ...corsHeaders(req), ...error.headers });
      else {
        // Only the error's name or code: messages can quote stored values.
        log(`error ${(error as { code?: string }).code ?? (error as Error).name}`);
        send(res, 500, { error: 'internal' });
      }
      if (error instanceof HttpError && error.status === 413) req.resume();
    } catch {
      res.destroy();
    }
  }

  // Retention at start and then every `intervalHours`; a failure is logged and never stops the service.
  await lifecycle.runSafely(options.now?.());
  lifecycle.schedule(options.now);

  // Webhook deliveries in the background (unref'd: they never keep the process alive); close() stops them.
  webhooks.start(config.webhookIntervalMs ?? 5_000);

  return {
    store,
    staff,
    webhooks,
    async handle(req, res) {
      const target = targetOf(req.url);
      const path = target?.pathname ?? '';
      // Mounted, a target that is no URL may still be the host's; alone, it is a bad request.
      if (base && path !== base && !path.startsWith(`${base}/`)) return false;
      const started = performance.now();
      let routeName = 'unknown';
      // Every answer to an allowed origin may be read by it (writeHead merges this in).
      for (const [name, value] of Object.entries(corsHeaders(req))) res.setHeader(name, value);
      try {
        if (!target) throw new HttpError(400, { error: 'badRequest' });
        routeName = await route(req, res, path.slice(base.length) || '/', target.searchParams);
      } catch (error) {
        fail(req, res, error);
      } finally {
        log(`${req.method} ${base}${routeName} ${res.statusCode} ${(performance.now() - started).toFixed(1)}ms`);
      }
      return true;
    },
    retention: lifecycle,
    close: async () => {
      await webhooks.stop();
      await lifecycle.stop();
      if (!options.database) await db.close();
    },
  };
}
