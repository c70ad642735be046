import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { authorizationHeader } from '../shared/endpoint-client.js';

/** Where loading from the intake API stands. */
export type LoadState =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'loaded' }
  | { state: 'failed'; reason: 'unauthorized' | 'forbidden' | 'notFound' | 'network'; status?: number };

export interface CaseSourceSettings {
  endpoint: string | undefined;
  caseId: string | undefined;
  authorization: string | undefined;
  timeoutMs: number;
}

/** `<endpoint>/referrals/<id>` and below, with one slash between the parts. */
export const caseUrl = (endpoint: string, caseId: string, sub = '') =>
  `${endpoint.replace(/\/+$/, '')}/referrals/${encodeURIComponent(caseId)}${sub ? `/${sub}` : ''}`;

interface StoredReferral {
  id?: unknown;
  receivedAt?: unknown;
  referral?: { kind?: unknown; reasons?: unknown } | undefined;
  events?: unknown;
}

/**
 * The intake's referral (`{ id, reference, status, receivedAt, assignedTo, referral, events }`) as a
 * `Case` candidate for `validateCase`. The intake keeps the referral's arrival in `receivedAt`, not
 * as an event: a `referral-received` event is made from it unless the events hold one already.
 */
export function caseOf(reply: unknown): unknown {
  const stored = (reply ?? {}) as StoredReferral;
  const events = stored.events;
  const hasArrival = Array.isArray(events) && events.some((e) => (e as { type?: unknown })?.type === 'referral-received');
  const referral = stored.referral;
  const arrival =
    !hasArrival && typeof stored.receivedAt === 'string' && referral
      ? [
          {
            type: 'referral-received',
            id: `received-${String(stored.id)}`,
            at: stored.receivedAt,
            by: 'system',
            referralKind: referral.kind === 'self' ? 'self' : 'professional',
            ...(Array.isArray(referral.reasons) ? { reasons: referral.reasons } : {}),
          },
        ]
      : [];
  return {
    id: stored.id,
    ...(referral ? { referral } : {}),
    events: Array.isArray(events) ? [...arrival, ...events] : events,
  };
}

/**
 * Loads one case from the intake (`GET <endpoint>/referrals/<id>`) with the staff member's key,
 * keeping the state in words for the view: loading, loaded, or why it failed. Only the newest
 * request counts; an older reply that arrives late is dropped.
 */
export class CaseSource implements ReactiveController {
  status: LoadState = { state: 'idle' };
  private generation = 0;
  private abort: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly settings: () => CaseSourceSettings,
    private readonly loaded: (record: unknown) => void,
    private readonly failed: (status: LoadState & { state: 'failed' }) => void = () => {},
  ) {
    host.addController(this);
  }

  /** True when endpoint, case id and authorization are all set. */
  get configured(): boolean {
    const { endpoint, caseId, authorization } = this.settings();
    return Boolean(endpoint && caseId && authorization);
  }

  /** Loads the case; `quietly` keeps the current case on screen (a reload after saving). */
  async load(quietly = false) {
    const { endpoint, caseId, authorization, timeoutMs } = this.settings();
    if (!endpoint || !caseId || !authorization) return;
    const generation = ++this.generation;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    const timer = setTimeout(() => abort.abort(), timeoutMs);
    if (!quietly || this.status.state !== 'loaded') this.set({ state: 'loading' });
    let next: LoadState;
    let record: unknown;
    try {
      const response = await fetch(caseUrl(endpoint, caseId), {
        headers: { Accept: 'application/json', Authorization: authorizationHeader(authorization) },
        signal: abort.signal,
        credentials: 'same-origin',
        cache: 'no-store',
      });
      if (response.ok) {
        record = caseOf(await response.json());
        next = { state: 'loaded' };
      } else if (response.status === 401) next = { state: 'failed', reason: 'unauthorized', status: 401 };
      else if (response.status === 403) next = { state: 'failed', reason: 'forbidden', status: 403 };
      else if (response.status === 404) next = { state: 'failed', reason: 'notFound', status: 404 };
      else next = { state: 'failed', reason: 'network', status: response.status };
    } catch {
      next = { state: 'failed', reason: 'network' };
    } finally {
      clearTimeout(timer);
    }
    if (generation !== this.generation) return;
    if (next.state === 'loaded') this.loaded(record);
    this.set(next);
    if (next.state === 'failed') this.failed(next);
  }

  /** A load cut off by a disconnect starts again when the element is back. */
  hostConnected() {
    if (this.status.state === 'loading') void this.load();
  }

  hostDisconnected() {
    this.generation += 1;
    this.abort?.abort();
  }

  private set(status: LoadState) {
    this.status = status;
    this.host.requestUpdate();
  }
}
