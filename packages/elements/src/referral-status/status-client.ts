import { validateReferralStatus, type ReferralStatusReply, type ValidationIssue } from '@linkki/schema';

/** What a status link's token looks like (the intake's are 43 base64url characters). */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{16,256}$/;

export type StatusOutcome =
  | { kind: 'ok'; status: ReferralStatusReply }
  /** 404 (unknown, revoked or malformed token) or 410. */
  | { kind: 'not-found'; httpStatus: number }
  /** A 200 whose body is not a valid status: shown as an error, never in part. */
  | { kind: 'invalid'; httpStatus: number; issues: ValidationIssue[] }
  /** No answer or a timeout (`offline`), 429 (`busy`), 5xx or anything else (`server`): worth trying again. */
  | { kind: 'network'; httpStatus?: number; reason: NetworkReason };

export type NetworkReason = 'offline' | 'busy' | 'server';

export type RevokeOutcome = { kind: 'ok' } | { kind: 'not-found'; httpStatus: number } | { kind: 'network'; httpStatus?: number; reason: NetworkReason };

/** `<endpoint>/status/<token>`. */
export const statusUrl = (endpoint: string, token: string) => `${endpoint.replace(/\/+$/, '')}/status/${encodeURIComponent(token)}`;

/**
 * One request to the capability URL. No cookies (the token is the only credential), no cache (the
 * stage changes, and a shared cache must not keep it), no referrer.
 */
async function request(method: 'GET' | 'DELETE', url: string, timeoutMs: number, signal?: AbortSignal) {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  signal?.addEventListener('abort', () => abort.abort(), { once: true });
  try {
    const response = await fetch(url, {
      method,
      headers: { Accept: 'application/json' },
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      signal: abort.signal,
    });
    // The body too must arrive before the timeout.
    return { status: response.status, ok: response.ok, text: await response.text() };
  } finally {
    clearTimeout(timer);
  }
}

const failed = (status?: number) => ({
  kind: 'network' as const,
  httpStatus: status,
  reason: (status === undefined ? 'offline' : status === 429 ? 'busy' : 'server') as NetworkReason,
});

/** `GET <endpoint>/status/<token>`, validated with `@linkki/schema`'s `referralStatus`. */
export async function fetchStatus(endpoint: string, token: string, timeoutMs: number, signal?: AbortSignal): Promise<StatusOutcome> {
  let response: Awaited<ReturnType<typeof request>>;
  try {
    response = await request('GET', statusUrl(endpoint, token), timeoutMs, signal);
  } catch {
    return failed();
  }
  if (response.status === 404 || response.status === 410) return { kind: 'not-found', httpStatus: response.status };
  if (!response.ok) return failed(response.status);
  let body: unknown;
  try {
    body = JSON.parse(response.text);
  } catch {
    // A reply that broke off: not the service's answer, so worth trying again.
    return failed(response.status);
  }
  const result = validateReferralStatus(body);
  return result.ok ? { kind: 'ok', status: result.value } : { kind: 'invalid', httpStatus: response.status, issues: result.issues };
}

/** `DELETE <endpoint>/status/<token>`: the link stops working for everyone. */
export async function revokeStatus(endpoint: string, token: string, timeoutMs: number): Promise<RevokeOutcome> {
  try {
    const response = await request('DELETE', statusUrl(endpoint, token), timeoutMs);
    if (response.ok) return { kind: 'ok' };
    if (response.status === 404 || response.status === 410) return { kind: 'not-found', httpStatus: response.status };
    return failed(response.status);
  } catch {
    return failed();
  }
}
