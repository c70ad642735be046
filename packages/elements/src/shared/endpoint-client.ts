import type { ValidationIssue } from '@linkki/schema';

export type PostOutcome =
  | { kind: 'ok'; status: number; body: unknown }
  | { kind: 'rejected'; status: number; issues: ValidationIssue[] }
  | { kind: 'retry'; reason: 'network' | 'timeout' | 'server'; status?: number };

export interface PostOptions {
  /** The same key on every retry of the same payload, so the server stores it once. */
  idempotencyKey: string;
  timeoutMs: number;
  signal?: AbortSignal;
  /** More request headers, e.g. `Authorization` for staff endpoints (never stored with the payload). */
  headers?: Record<string, string>;
}

function isIssue(value: unknown): value is ValidationIssue {
  const v = value as ValidationIssue;
  return Boolean(v) && Array.isArray(v.path) && typeof v.code === 'string';
}

const INVALID = Symbol('invalid JSON');

function parseJson(text: string): unknown {
  if (!text.trim()) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return INVALID;
  }
}

/** POSTs JSON once and classifies the answer: done, rejected with path-located issues, or worth retrying. */
export async function postJson(url: string, body: unknown, options: PostOptions): Promise<PostOutcome> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), options.timeoutMs);
  options.signal?.addEventListener('abort', () => timeout.abort(), { once: true });
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { ...options.headers, 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': options.idempotencyKey },
      body: JSON.stringify(body),
      signal: timeout.signal,
      credentials: 'same-origin',
    });
    const text = await response.text();
    const reply = parseJson(text);
    // A success whose reply broke off may have been stored: retrying under the same key is safe.
    if (response.ok) return reply === INVALID ? { kind: 'retry', reason: 'network' } : { kind: 'ok', status: response.status, body: reply };
    if (response.status >= 500 || response.status === 408 || response.status === 429) {
      return { kind: 'retry', reason: 'server', status: response.status };
    }
    const issues = reply === INVALID ? undefined : (reply as { issues?: unknown[] } | undefined)?.issues;
    return { kind: 'rejected', status: response.status, issues: Array.isArray(issues) ? issues.filter(isIssue) : [] };
  } catch {
    return { kind: 'retry', reason: timeout.signal.aborted && !options.signal?.aborted ? 'timeout' : 'network' };
  } finally {
    clearTimeout(timer);
  }
}

/** Waits before attempt `n` (1-based): 1 s, 2 s, 4 s … capped at 30 s, with a little jitter. */
export function backoffMs(attempt: number, baseMs = 1000): number {
  const delay = Math.min(30_000, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(delay * (0.85 + Math.random() * 0.3));
}

/**
 * The `Authorization` header for an element's `authorization` property: a staff key or an OIDC
 * access token as a bearer token, unless the host gave a scheme already (`Bearer …`, `DPoP …`).
 */
export const authorizationHeader = (value: string) => (/^(Bearer|Basic|DPoP)\s/i.test(value) ? value : `Bearer ${value}`);

/** What a staff `GET` came to when the body was never read: refused (401, 403) or no answer. */
export type GetRefusal =
  /** 401: the key or token is missing, wrong, revoked or expired. */
  | { kind: 'unauthorized'; status: 401 }
  /** 403: signed in, but this role or these municipalities are not the caller's. */
  | { kind: 'forbidden'; status: 403 }
  /** No answer, a timeout, or a reply that could not be read: worth trying again. */
  | { kind: 'network'; status?: number };

export interface GetOptions {
  /** The element's key or token, sent as `Authorization` (a bare one becomes `Bearer …`). */
  authorization?: string | undefined;
  /** `Accept`: what the caller reads (`application/json`, `text/csv`). */
  accept: string;
  signal: AbortSignal;
  timeoutMs: number;
}

/**
 * `GET`s a staff endpoint once with the element's key. 401 and 403 are answered here; any other
 * reply goes to `read`, which classifies it and reads the body within the timeout. Never throws: an
 * abort, a timeout, no answer or a body `read` cannot parse resolves as `network`.
 */
export async function getWithKey<T>(url: string, options: GetOptions, read: (response: Response) => Promise<T | GetRefusal>): Promise<T | GetRefusal> {
  // One controller for both the caller's abort and the timeout (AbortSignal.any is too new for old tablets).
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  options.signal.addEventListener('abort', () => controller.abort(), { once: true });
  try {
    const response = await fetch(url, {
      headers: { Accept: options.accept, ...(options.authorization ? { Authorization: authorizationHeader(options.authorization) } : {}) },
      credentials: 'same-origin',
      signal: controller.signal,
    });
    if (response.status === 401) return { kind: 'unauthorized', status: 401 };
    if (response.status === 403) return { kind: 'forbidden', status: 403 };
    return await read(response);
  } catch {
    return { kind: 'network' };
  } finally {
    clearTimeout(timer);
  }
}
