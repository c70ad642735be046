import { getWithKey, type GetRefusal } from '../shared/endpoint-client.js';

/**
 * What one request for a page of `GET <endpoint>/referrals` came to: the rows, or 401, 403 (this
 * role may not list cases), or `network` (no answer, a timeout, a server error or a reply that is
 * not a page: worth trying again).
 */
export type PageOutcome = { kind: 'ok'; rows: unknown[]; next: string | undefined } | GetRefusal;

export interface PageRequest {
  /** `Authorization: Bearer <authorization>` when given. */
  authorization?: string | undefined;
  /** A reference: the page after it (the previous page's `next`). */
  before?: string | undefined;
  limit: number;
  signal: AbortSignal;
  timeoutMs?: number;
}

/** The list's URL: `<endpoint>/referrals?limit=…&before=…`, the endpoint relative to the page. */
export function pageUrl(endpoint: string, { limit, before }: Pick<PageRequest, 'limit' | 'before'>): string {
  const url = new URL(`${endpoint.replace(/\/+$/, '')}/referrals`, document.baseURI);
  url.searchParams.set('limit', String(limit));
  if (before) url.searchParams.set('before', before);
  return url.href;
}

/** Fetches one page of cases from the intake. Never throws; an aborted request resolves as `network`. */
export function fetchCasePage(endpoint: string, request: PageRequest): Promise<PageOutcome> {
  const options = { ...request, accept: 'application/json', timeoutMs: request.timeoutMs ?? 20_000 };
  return getWithKey(pageUrl(endpoint, request), options, async (response): Promise<PageOutcome> => {
    if (!response.ok) return { kind: 'network', status: response.status };
    const page = (await response.json()) as { referrals?: unknown; next?: unknown };
    if (!page || !Array.isArray(page.referrals)) return { kind: 'network', status: response.status };
    return { kind: 'ok', rows: page.referrals, next: typeof page.next === 'string' ? page.next : undefined };
  });
}
