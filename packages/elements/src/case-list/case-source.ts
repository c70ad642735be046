import { authorizationHeader } from '../shared/endpoint-client.js';

/** What one request for a page of `GET <endpoint>/referrals` came to. */
export type PageOutcome =
  | { kind: 'ok'; rows: unknown[]; next: string | undefined }
  /** 401: the key or token is missing, wrong, revoked or expired. */
  | { kind: 'unauthorized'; status: number }
  /** 403: signed in, but this role may not list cases. */
  | { kind: 'forbidden'; status: number }
  /** No answer, a timeout, a server error or a reply that is not a page: worth trying again. */
  | { kind: 'network'; status?: number };

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
export async function fetchCasePage(endpoint: string, request: PageRequest): Promise<PageOutcome> {
  // One controller for both the caller's abort and the timeout (AbortSignal.any is too new for old tablets).
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), request.timeoutMs ?? 20_000);
  request.signal.addEventListener('abort', () => controller.abort(), { once: true });
  try {
    const response = await fetch(pageUrl(endpoint, request), {
      headers: { Accept: 'application/json', ...(request.authorization ? { Authorization: authorizationHeader(request.authorization) } : {}) },
      credentials: 'same-origin',
      signal: controller.signal,
    });
    if (response.status === 401) return { kind: 'unauthorized', status: 401 };
    if (response.status === 403) return { kind: 'forbidden', status: 403 };
    if (!response.ok) return { kind: 'network', status: response.status };
    const page = (await response.json()) as { referrals?: unknown; next?: unknown };
    if (!page || !Array.isArray(page.referrals)) return { kind: 'network', status: response.status };
    return { kind: 'ok', rows: page.referrals, next: typeof page.next === 'string' ? page.next : undefined };
  } catch {
    return { kind: 'network' };
  } finally {
    clearTimeout(timer);
  }
}
