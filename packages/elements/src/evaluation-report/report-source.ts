import type { ValidationIssue } from '@linkki/schema';
import { getWithKey, type GetRefusal } from '../shared/endpoint-client.js';

/** What the report is asked for: whole months `YYYY-MM`, the basis and the municipality codes (none: all the caller may see). */
export interface ReportQuery {
  from: string;
  to: string;
  basis: 'received' | 'active';
  municipalities: string[];
}

/**
 * What one `GET <endpoint>/evaluation` came to: the body (not validated yet); 400 with `issues`
 * naming the parameters the intake did not accept (`from`, `to`, `basis`, `municipality`); 401; 403
 * (the role may not see reports, or a municipality is outside the caller's); or `network` (no
 * answer, a timeout, a server error or a reply that is not JSON: worth trying again).
 */
export type ReportOutcome = { kind: 'ok'; body: unknown } | { kind: 'rejected'; status: number; issues: ValidationIssue[] } | GetRefusal;

/** The languages the intake writes the CSV in (its spreadsheet users read these); any other gets Finnish. */
const CSV_LANGUAGES = ['fi', 'sv', 'en'];
export const csvLanguage = (lang: string) => (CSV_LANGUAGES.includes(lang) ? lang : 'fi');

/**
 * `<endpoint>/evaluation?from=…&to=…&basis=…[&municipality=758,698]`, the endpoint relative to the
 * page; with `csvLang`, the same report as CSV: `<endpoint>/evaluation.csv?…&lang=fi`.
 */
export function reportUrl(endpoint: string, query: ReportQuery, csvLang?: string): string {
  const url = new URL(`${endpoint.replace(/\/+$/, '')}/evaluation${csvLang ? '.csv' : ''}`, document.baseURI);
  url.searchParams.set('from', query.from);
  url.searchParams.set('to', query.to);
  url.searchParams.set('basis', query.basis);
  if (query.municipalities.length) url.searchParams.set('municipality', query.municipalities.join(','));
  if (csvLang) url.searchParams.set('lang', csvLang);
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
export function fetchReport(endpoint: string, query: ReportQuery, request: ReportRequest): Promise<ReportOutcome> {
  const options = { ...request, accept: 'application/json', timeoutMs: request.timeoutMs ?? 30_000 };
  return getWithKey(reportUrl(endpoint, query), options, async (response): Promise<ReportOutcome> => {
    if (response.status === 400) {
      const reply = (await response.json().catch(() => undefined)) as { issues?: unknown } | undefined;
      return { kind: 'rejected', status: 400, issues: Array.isArray(reply?.issues) ? reply.issues.filter(isIssue) : [] };
    }
    if (!response.ok) return { kind: 'network', status: response.status };
    return { kind: 'ok', body: await response.json() };
  });
}

/**
 * Fetches the same report as CSV for a spreadsheet (UTF-8 with a BOM, `;` between cells), in
 * `lang` (fi, sv or en). Never throws; anything but the file resolves as a refusal or `network`.
 */
export function fetchReportCsv(endpoint: string, query: ReportQuery, lang: string, request: ReportRequest): Promise<{ kind: 'ok'; file: Blob } | GetRefusal> {
  const options = { ...request, accept: 'text/csv', timeoutMs: request.timeoutMs ?? 30_000 };
  return getWithKey(reportUrl(endpoint, query, lang), options, async (response) =>
    response.ok ? { kind: 'ok' as const, file: await response.blob() } : { kind: 'network' as const, status: response.status },
  );
}
