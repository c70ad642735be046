import type { ValidationIssue } from '@linkki/schema';
import { authorizationHeader } from '../shared/endpoint-client.js';

/** What the report is asked for: whole months `YYYY-MM`, the basis and the municipality codes (none: all the caller may see). */
export interface ReportQuery {
  from: string;
  to: string;
  basis: 'received' | 'active';
  municipalities: string[];
}

/** What one `GET <endpoint>/evaluation` came to. The body of `ok` is not validated yet. */
export type ReportOutcome =
  | { kind: 'ok'; body: unknown }
  /** 400: the intake did not accept the query; `issues` name the parameters (`from`, `to`, `basis`, `municipality`). */
  | { kind: 'rejected'; status: number; issues: ValidationIssue[] }
  /** 401: the key or token is missing, wrong, revoked or expired. */
  | { kind: 'unauthorized'; status: number }
  /** 403: the role may not see reports, or a municipality is outside the caller's. */
  | { kind: 'forbidden'; status: number }
  /** No answer, a timeout, a server error or a reply that is not JSON: worth trying again. */
  | { kind: 'network'; status?: number };

/** `<endpoint>/evaluation?from=…&to=…&basis=…[&municipality=758,698]`, the endpoint relative to the page. */
export function reportUrl(endpoint: string, query: ReportQuery): string {
  const url = new URL(`${endpoint.replace(/\/+$/, '')}/evaluation`, document.baseURI);
  url.searchParams.set('from', query.from);
  url.searchParams.set('to', query.to);
  url.searchParams.set('basis', query.basis);
  if (query.municipalities.length) url.searchParams.set('municipality', query.municipalities.join(','));
  return url.href;
}

const isIssue = (value: unknown): value is ValidationIssue =>
  typeof value === 'object' && value !== null && Array.isArray((value as ValidationIssue).path) && typeof (value as ValidationIssue).code === 'string';

export interface ReportRequest {
  /** Sent as `Authorization` (a bare key or token becomes `Bearer …`). */
  authorization?: string | undefined;
  signal: AbortSignal;
  timeoutMs?: number;
}

/** Fetches the report from the intake. Never throws; an aborted request resolves as `network`. */
export async function fetchReport(endpoint: string, query: ReportQuery, request: ReportRequest): Promise<ReportOutcome> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), request.timeoutMs ?? 30_000);
  request.signal.addEventListener('abort', () => controller.abort(), { once: true });
  try {
    const response = await fetch(reportUrl(endpoint, query), {
      headers: { Accept: 'application/json', ...(request.authorization ? { Authorization: authorizationHeader(request.authorization) } : {}) },
      credentials: 'same-origin',
      signal: controller.signal,
    });
    if (response.status === 401) return { kind: 'unauthorized', status: 401 };
    if (response.status === 403) return { kind: 'forbidden', status: 403 };
    if (response.status === 400) {
      const reply = (await response.json().catch(() => undefined)) as { issues?: unknown } | undefined;
      return { kind: 'rejected', status: 400, issues: Array.isArray(reply?.issues) ? reply.issues.filter(isIssue) : [] };
    }
    if (!response.ok) return { kind: 'network', status: response.status };
    return { kind: 'ok', body: await response.json() };
  } catch {
    return { kind: 'network' };
  } finally {
    clearTimeout(timer);
  }
}
