import type { IncomingMessage, ServerResponse } from 'node:http';
import { ACTIVITY_CATEGORIES, activity as activitySchema, foldForSearch, LANGUAGES, validatorFor, type Language } from '@linkki/schema';
import type { Database } from '../database.js';
import { forbidden, HttpError, readJson, readText } from '../guards.js';
import type { Principal, Role } from '../staff.js';
import { storable, unstorableText } from '../storable.js';
import { isUuid, termIdOf, toHsdsService } from './hsds-feed.js';
import { IMPORT_FORMATS, parseImport, type ImportFormat } from './import.js';
import { CatalogueStore, type ActivityQuery } from './store.js';

export interface CatalogueContext {
  db: Database;
  signIn(req: IncomingMessage): Promise<Principal>;
  audit(actor: Principal, action: string, detail: Record<string, unknown>): Promise<void>;
  now?: () => Date;
}

/** The largest import body: a spreadsheet or feed of some tens of thousands of activities. */
export const IMPORT_MAX_BYTES = 32 * 1024 * 1024;
export const PER_PAGE_DEFAULT = 50;
export const PER_PAGE_MAX = 1000;
const FEED_PARAMETERS = ['page', 'per_page', 'text', 'search', 'taxonomy_term_id', 'modified_after', 'lang'];
/** Who imports: an admin (any municipality) or a coordinator (her municipalities' activities). */
const IMPORTERS: readonly Role[] = ['admin', 'coordinator'];
const DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})?)?$/;
const validateActivity = validatorFor(activitySchema);

/** 400 that names the parameter and says in words what it takes. */
const badParameter = (parameter: string, message: string) =>
  new HttpError(400, { error: 'invalidParameter', parameter, message, issues: [{ path: [parameter], code: 'invalid' }] }, FEED_CORS);

const FEED_CORS = { 'access-control-allow-origin': '*' };

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...headers });
  res.end(body === undefined ? '' : JSON.stringify(body));
}

/** A whole number from `min` to `max`, written as digits only (`1e3`, `2.0`, ` 7` are refused). */
function wholeNumber(query: URLSearchParams, name: string, fallback: number, min: number, max: number): number {
  const raw = query.get(name);
  if (raw === null) return fallback;
  const value = /^\d{1,7}$/.test(raw) ? Number(raw) : NaN;
  if (!(value >= min && value <= max)) throw badParameter(name, `${name} must be a whole number from ${min} to ${max}.`);
  return value;
}

/** The feed's query: paging, `text` (or HSDS's `search`), `taxonomy_term_id`, `modified_after`, `lang`. */
export function feedQueryOf(query: URLSearchParams): ActivityQuery & { lang: Language } {
  for (const name of new Set(query.keys())) {
    if (!FEED_PARAMETERS.includes(name)) throw badParameter(name, `Unknown parameter ${name}. The feed takes ${FEED_PARAMETERS.join(', ')}.`);
    if (query.getAll(name).length > 1) throw badParameter(name, `${name} is given more than once.`);
  }
  const page = wholeNumber(query, 'page', 1, 1, 1_000_000);
  const perPage = wholeNumber(query, 'per_page', PER_PAGE_DEFAULT, 1, PER_PAGE_MAX);
  if (query.has('text') && query.has('search')) throw badParameter('search', 'Give text or search, not both.');
  const text = query.get('text') ?? query.get('search') ?? '';
  if (text.length > 200 || !storable(text)) throw badParameter(query.has('text') ? 'text' : 'search', 'text must be at most 200 characters of text.');
  const words = foldForSearch(text).split(/\s+/).filter(Boolean);
  const term = query.get('taxonomy_term_id') ?? undefined;
  let category: string | undefined;
  if (term !== undefined) {
    category = ACTIVITY_CATEGORIES.find((c) => c === term || termIdOf(c) === term.toLowerCase());
    // A well-formed id of a term this feed does not use matches nothing, as HSDS expects.
    if (!category && !isUuid(term)) throw badParameter('taxonomy_term_id', `taxonomy_term_id must be a taxonomy term's UUID or one of ${ACTIVITY_CATEGORIES.join(', ')}.`);
    category ??= `unknown:${term}`;
  }
  const after = query.get('modified_after');
  let modifiedAfter: Date | undefined;
  if (after !== null) {
    modifiedAfter = DATE_TIME.test(after) ? new Date(after.length === 10 ? `${after}T00:00:00Z` : /Z|[+-]\d{2}:\d{2}$/.test(after) ? after : `${after}Z`) : undefined;
    if (!modifiedAfter || Number.isNaN(modifiedAfter.getTime()) || modifiedAfter.toISOString().slice(0, 10) !== after.slice(0, 10)) {
      throw badParameter('modified_after', 'modified_after must be a date or date and time (ISO 8601), e.g. 2026-11-24 or 2026-11-24T08:00:00Z.');
    }
  }
  const lang = query.get('lang') ?? 'fi';
  if (!(LANGUAGES as readonly string[]).includes(lang)) throw badParameter('lang', `lang must be one of ${LANGUAGES.join(', ')}.`);
  return { page, perPage, words, category, modifiedAfter, lang: lang as Language };
}

/** A path segment as text; malformed percent-encoding or text no row can hold names nothing. */
function segment(raw: string, headers: Record<string, string> = {}): string {
  let text: string | undefined;
  try {
    text = decodeURIComponent(raw);
  } catch {}
  if (text === undefined || !storable(text) || text.length > 200) throw new HttpError(404, { error: 'notFound' }, headers);
  return text;
}

/**
 * The catalogue's routes: the public Open Referral feed (`GET /services`, `GET /services/{id}`, CORS
 * for any origin, no personal data), one activity in Linkki's shape (`GET /catalogue/activities/{id}`),
 * its edit by a coordinator of its municipality (`PUT`), and imports (`POST /catalogue/import?format=`).
 * Returns the route's name, or undefined when the path is not the catalogue's.
 */
export function catalogueRoutes(context: CatalogueContext) {
  const store = new CatalogueStore(context.db);

  async function feed(res: ServerResponse, path: string, method: string, query: URLSearchParams): Promise<string> {
    const id = path === '/services' ? undefined : path.slice('/services/'.length);
    const name = id === undefined ? '/services' : '/services/:id';
    if (method === 'OPTIONS') {
      sendJson(res, 204, undefined, { ...FEED_CORS, 'access-control-allow-methods': 'GET', 'access-control-max-age': '600' });
      return name;
    }
    if (method !== 'GET') throw new HttpError(405, { error: 'methodNotAllowed' }, { ...FEED_CORS, allow: 'GET, OPTIONS' });
    const headers = { ...FEED_CORS, 'cache-control': 'public, max-age=60' };
    if (id !== undefined) {
      if (id === '' || id.includes('/')) throw new HttpError(404, { error: 'notFound' }, FEED_CORS);
      for (const parameter of query.keys()) if (parameter !== 'lang') throw badParameter(parameter, `Unknown parameter ${parameter}. A service takes lang only.`);
      const { lang } = feedQueryOf(new URLSearchParams(query.has('lang') ? { lang: query.get('lang')! } : {}));
      const found = await store.get(segment(id, FEED_CORS));
      if (!found) throw new HttpError(404, { error: 'notFound' }, FEED_CORS);
      sendJson(res, 200, toHsdsService(found.activity, lang, found.modifiedAt), headers);
      return name;
    }
    const asked = feedQueryOf(query);
    const { total, items } = await store.list(asked);
    const totalPages = Math.ceil(total / asked.perPage);
    sendJson(
      res,
      200,
      {
        total_items: total,
        total_pages: totalPages,
        page_number: asked.page,
        number: asked.page,
        per_page: asked.perPage,
        size: items.length,
        first_page: asked.page === 1,
        last_page: asked.page >= totalPages,
        empty: items.length === 0,
        contents: items.map((item) => toHsdsService(item.activity, asked.lang, item.modifiedAt)),
      },
      headers,
    );
    return name;
  }

  async function activityRoute(req: IncomingMessage, res: ServerResponse, path: string, method: string, query: URLSearchParams): Promise<string> {
    const id = segment(path.slice('/catalogue/activities/'.length));
    if (method === 'GET') {
      if ([...query.keys()].length) throw badParameter([...query.keys()][0]!, 'This address takes no parameters.');
      const found = await store.get(id);
      if (!found || found.activity.id !== id) throw new HttpError(404, { error: 'notFound' });
      sendJson(res, 200, { activity: found.activity, serviceId: found.serviceId, modifiedAt: found.modifiedAt });
      return '/catalogue/activities/:id';
    }
    if (method !== 'PUT') throw new HttpError(405, { error: 'methodNotAllowed' }, { allow: 'GET, PUT' });
    const principal = await context.signIn(req);
    // Only the coordinators of the activity's municipality edit it (not link workers, evaluators or admins).
    if (principal.role !== 'coordinator') throw forbidden();
    const body = await readJson(req, 256 * 1024);
    const result = validateActivity(body);
    const issues = result.ok ? unstorableText(result.value) : result.issues;
    if (!result.ok || issues.length) throw new HttpError(422, { issues });
    if (result.value.id !== id) throw new HttpError(422, { issues: [{ path: ['id'], code: 'invalid' }] });
    const municipalities = principal.municipalities ?? [];
    if (!municipalities.includes(result.value.municipality)) throw forbidden();
    const outcome = await store.edit(result.value, municipalities, principal);
    if (outcome === 'missing') throw new HttpError(404, { error: 'notFound' });
    if (outcome === 'refused') throw forbidden();
    const saved = await store.get(id);
    sendJson(res, 200, { activity: saved!.activity, serviceId: saved!.serviceId, modifiedAt: saved!.modifiedAt, changed: outcome === 'edited' });
    return '/catalogue/activities/:id';
  }

  async function importRoute(req: IncomingMessage, res: ServerResponse, method: string, query: URLSearchParams): Promise<string> {
    if (method !== 'POST') throw new HttpError(405, { error: 'methodNotAllowed' }, { allow: 'POST' });
    const principal = await context.signIn(req);
    if (!IMPORTERS.includes(principal.role)) throw forbidden();
    for (const name of new Set(query.keys())) if (name !== 'format' || query.getAll(name).length > 1) throw badParameter(name, 'The import takes format only.');
    const format = query.get('format') as ImportFormat | null;
    if (!format || !IMPORT_FORMATS.includes(format)) throw badParameter('format', `format must be one of ${IMPORT_FORMATS.join(', ')}.`);
    const body = format === 'csv' ? await readText(req, IMPORT_MAX_BYTES, ['text/csv', 'text/plain']) : await readJson(req, IMPORT_MAX_BYTES);
    const today = (context.now?.() ?? new Date()).toISOString().slice(0, 10);
    const parsed = parseImport(format, body, today);
    const allowed = principal.role === 'admin' ? null : (principal.municipalities ?? []);
    const skipped = [...parsed.skipped];
    const mine = parsed.activities.filter((a) => {
      if (allowed === null || allowed.includes(a.municipality)) return true;
      skipped.push({ id: a.id, reason: 'notYourMunicipality' });
      return false;
    });
    const outcome = await store.save(mine, allowed);
    for (const id of outcome.refused) skipped.push({ id, reason: 'notYourMunicipality' });
    const counts = { created: outcome.created.length, updated: outcome.updated.length, unchanged: outcome.unchanged.length, skipped: skipped.length };
    await context.audit(principal, 'catalogue-import', { format, ...counts });
    sendJson(res, 200, { ...counts, skippedEntries: skipped });
    return '/catalogue/import';
  }

  return async function handle(req: IncomingMessage, res: ServerResponse, path: string, method: string, query: URLSearchParams): Promise<string | undefined> {
    if (path === '/services' || path.startsWith('/services/')) return feed(res, path, method, query);
    // Preflights of the staff routes are answered by the service's own OPTIONS handling.
    if (method === 'OPTIONS') return undefined;
    if (path.startsWith('/catalogue/activities/') && path.length > '/catalogue/activities/'.length && !path.slice('/catalogue/activities/'.length).includes('/')) return activityRoute(req, res, path, method, query);
    if (path === '/catalogue/import') return importRoute(req, res, method, query);
    return undefined;
  };
}
