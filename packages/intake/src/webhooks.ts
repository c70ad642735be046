import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import type { CaseEvent } from '@linkki/schema';
import type { Database } from './database.js';
import { stageOf } from './status-links.js';
import { storable } from './storable.js';

/**
 * Signed webhooks (issue 13, section 4): client systems subscribe instead of holding status links.
 * The change a webhook reports and its outbox rows are written in one statement (`enqueueSql`, used by
 * the store), so nothing is reported that did not happen and nothing that happened goes unreported.
 * `deliverDue` POSTs what is due, signed with HMAC-SHA256, and retries failures with backoff.
 */

export const WEBHOOK_EVENTS = ['referral.received', 'referral.routed', 'referral.closed'] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** Attempts before a delivery is given up ('failed'). */
export const MAX_ATTEMPTS = 12;
/** The wait after the first failed attempt; each further failure doubles it, up to `MAX_RETRY_MS`. */
export const FIRST_RETRY_MS = 30_000;
export const MAX_RETRY_MS = 6 * 60 * 60_000;
/** How long a receiver may take to answer. */
export const TIMEOUT_MS = 10_000;
/** A claimed delivery is not claimed again for this long (longer than a timeout), in case this process stops mid-way. */
const LEASE_MS = 60_000;
/** Deliveries sent at once per run. */
const BATCH = 20;
const MUNICIPALITY = /^\d{3}$/;
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The wait after `attempts` failed attempts: 30 s, 1 min, 2 min, … at most 6 h. */
export const retryDelay = (attempts: number) => Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), MAX_RETRY_MS);

/** The `linkki-signature` header: `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`. */
export function signatureOf(secret: string, body: string, unixSeconds: number): string {
  return `t=${unixSeconds},v1=${createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex')}`;
}

/**
 * SQL inserting the outbox rows of one change, for a data-modifying CTE of the statement making it:
 * one row per live webhook that takes `type` (an SQL text expression; NULL inserts nothing) and
 * the person's municipality, for each row of `referrals` (an SQL relation with `id` and `body`).
 */
export const enqueueSql = (type: string, referrals: string) =>
  `INSERT INTO webhook_deliveries (id, webhook_id, type, referral_id)
   SELECT gen_random_uuid()::text, w.id, t.type, r.id FROM (SELECT (${type})::text AS type) t, ${referrals} r, webhooks w
   WHERE t.type IS NOT NULL AND w.deleted_at IS NULL AND t.type = ANY (w.events)
     AND (w.municipalities IS NULL OR r.body->'person'->>'municipality' = ANY (w.municipalities))`;

/** The webhook a case event reports, as SQL over the event's type (an SQL text expression). */
export const eventTypeSql = (caseEventType: string) =>
  `CASE ${caseEventType} WHEN 'routed' THEN 'referral.routed' WHEN 'closed' THEN 'referral.closed' END`;

export interface NewWebhook {
  url: string;
  /** Only referrals of people living in these municipalities; null: all. */
  municipalities: string[] | null;
  events: WebhookEvent[];
}

export interface Webhook extends NewWebhook {
  id: string;
  createdAt: string;
}

export interface Delivery {
  id: string;
  type: WebhookEvent;
  referralId: string;
  status: 'pending' | 'delivered' | 'failed' | 'cancelled';
  attempts: number;
  createdAt: string;
  lastAttemptAt: string | null;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  /** The receiver's HTTP status at the last attempt; null when it did not answer. */
  lastStatus: number | null;
  /** Why the last attempt failed: `http`, `timeout`, `redirect`, or a network error code. */
  lastError: string | null;
}

type Issue = { path: string[]; code: string };

/** A webhook URL: https, or http to this machine only (tests, a local relay); no credentials or fragment. */
function urlIssue(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 2000 || !storable(value)) return 'invalid';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'invalid';
  }
  if (url.username || url.password || url.hash) return 'invalid';
  if (url.protocol === 'https:' || (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname))) return undefined;
  return 'httpsRequired';
}

const uniqueList = (value: unknown, each: (item: unknown) => boolean) =>
  Array.isArray(value) && value.length > 0 && value.length <= 500 && value.every(each) && new Set(value).size === value.length;

/** Checks `POST /webhooks`; the webhook to add, or the problems as issue paths. */
export function parseWebhook(input: unknown): { ok: true; value: NewWebhook } | { ok: false; issues: Issue[] } {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return { ok: false, issues: [{ path: [], code: 'invalid' }] };
  const body = input as Record<string, unknown>;
  const issues: Issue[] = Object.keys(body).filter((k) => !['url', 'municipalities', 'events'].includes(k)).map((k) => ({ path: [k], code: 'unknownField' }));
  const url = urlIssue(body.url);
  if (url) issues.push({ path: ['url'], code: url });
  if (body.municipalities !== undefined && body.municipalities !== null && !uniqueList(body.municipalities, (m) => typeof m === 'string' && MUNICIPALITY.test(m))) {
    issues.push({ path: ['municipalities'], code: 'invalid' });
  }
  if (body.events !== undefined && !uniqueList(body.events, (e) => WEBHOOK_EVENTS.includes(e as WebhookEvent))) issues.push({ path: ['events'], code: 'invalid' });
  if (issues.length) return { ok: false, issues };
  return {
    ok: true,
    value: {
      url: new URL(body.url as string).href,
      municipalities: (body.municipalities as string[] | undefined) ?? null,
      events: (body.events as WebhookEvent[] | undefined) ?? [...WEBHOOK_EVENTS],
    },
  };
}

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

interface WebhookRow {
  id: string;
  url: string;
  municipalities: string[] | null;
  events: WebhookEvent[];
  created_at: Date | string;
}
const toWebhook = (row: WebhookRow): Webhook => ({ id: row.id, url: row.url, municipalities: row.municipalities, events: row.events, createdAt: iso(row.created_at)! });

export interface WebhookOptions {
  /** One line per failed run; never bodies, URLs or secrets. */
  log?: (line: string) => void;
  /** The clock deciding what is due (tests). */
  now?: () => Date;
  /** How long a receiver may take (default `TIMEOUT_MS`). */
  timeoutMs?: number;
}

/** Webhook subscriptions, their outbox and its delivery. */
export class Webhooks {
  private timer: ReturnType<typeof setInterval> | undefined;
  private running: Promise<unknown> | undefined;
  private readonly stopping = new AbortController();
  private readonly log: (line: string) => void;
  private readonly now: () => Date;
  private readonly timeoutMs: number;

  constructor(private readonly db: Database, options: WebhookOptions = {}) {
    this.log = options.log ?? (() => {});
    this.now = options.now ?? (() => new Date());
    this.timeoutMs = options.timeoutMs ?? TIMEOUT_MS;
  }

  /** Adds a webhook; its secret (32 random bytes) is returned this once and never shown again. */
  async add(input: NewWebhook): Promise<Webhook & { secret: string }> {
    const secret = `whsec_${randomBytes(32).toString('base64url')}`;
    const [row] = await this.db.query<WebhookRow>(
      'INSERT INTO webhooks (id, url, secret, municipalities, events) VALUES ($1, $2, $3, $4, $5) RETURNING id, url, municipalities, events, created_at',
      [randomUUID(), input.url, secret, input.municipalities, input.events],
    );
    return { ...toWebhook(row!), secret };
  }

  /** The live webhooks, oldest first, without their secrets. */
  async list(): Promise<Webhook[]> {
    const rows = await this.db.query<WebhookRow>('SELECT id, url, municipalities, events, created_at FROM webhooks WHERE deleted_at IS NULL ORDER BY created_at, id');
    return rows.map(toWebhook);
  }

  /** Deletes a webhook; its pending deliveries are cancelled, its log stays. False when there is no live one. */
  async remove(id: string): Promise<boolean> {
    const rows = await this.db.query(
      `WITH removed AS (UPDATE webhooks SET deleted_at = now() WHERE id = $1 AND deleted_at IS NULL RETURNING id),
       cancelled AS (UPDATE webhook_deliveries SET status = 'cancelled', next_attempt_at = NULL WHERE webhook_id IN (SELECT id FROM removed) AND status = 'pending')
       SELECT id FROM removed`,
      [id],
    );
    return rows.length > 0;
  }

  /** A webhook's deliveries, newest first; undefined when no such webhook was ever added. */
  async deliveries(webhookId: string, limit = 100): Promise<Delivery[] | undefined> {
    const [known] = await this.db.query('SELECT 1 FROM webhooks WHERE id = $1', [webhookId]);
    if (!known) return undefined;
    const rows = await this.db.query<{
      id: string; type: WebhookEvent; referral_id: string; status: Delivery['status']; attempts: number; created_at: Date; last_attempt_at: Date | null;
      next_attempt_at: Date | null; delivered_at: Date | null; last_status: number | null; last_error: string | null;
    }>('SELECT * FROM webhook_deliveries WHERE webhook_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2', [webhookId, limit]);
    return rows.map((r) => ({
      id: r.id,
      type: r.type,
      referralId: r.referral_id,
      status: r.status,
      attempts: Number(r.attempts),
      createdAt: iso(r.created_at)!,
      lastAttemptAt: iso(r.last_attempt_at),
      nextAttemptAt: r.status === 'pending' ? iso(r.next_attempt_at) : null,
      deliveredAt: iso(r.delivered_at),
      lastStatus: r.last_status === null ? null : Number(r.last_status),
      lastError: r.last_error,
    }));
  }

  /**
   * Sends every delivery due at `now`, `BATCH` at a time, until none is due. Each is claimed first
   * (`FOR UPDATE SKIP LOCKED`, then leased for a minute), so two processes on one PostgreSQL never
   * send the same one at once. Returns how the attempts went.
   */
  async deliverDue(now: Date = this.now()): Promise<{ delivered: number; retrying: number; failed: number }> {
    const outcome = { delivered: 0, retrying: 0, failed: 0 };
    for (;;) {
      if (this.stopping.signal.aborted) return outcome;
      const claimed = await this.db.query<{ id: string; type: WebhookEvent; referral_id: string; created_at: Date | string; attempts: number; url: string; secret: string }>(
        `WITH due AS (
           SELECT id FROM webhook_deliveries WHERE status = 'pending' AND next_attempt_at <= $1
           ORDER BY next_attempt_at, id LIMIT $2 FOR UPDATE SKIP LOCKED
         )
         UPDATE webhook_deliveries d SET next_attempt_at = $1::timestamptz + make_interval(secs => $3)
         FROM due, webhooks w WHERE d.id = due.id AND w.id = d.webhook_id AND w.deleted_at IS NULL
         RETURNING d.id, d.type, d.referral_id, d.created_at, d.attempts, w.url, w.secret`,
        [now, BATCH, LEASE_MS / 1000],
      );
      if (!claimed.length) return outcome;
      const results = await Promise.all(claimed.map((delivery) => this.attempt(delivery, now)));
      for (const result of results) outcome[result] += 1;
      if (claimed.length < BATCH) return outcome;
    }
  }

  /** The body of a delivery: the referral as it stood when the change was made (its events up to then). */
  private async bodyOf(delivery: { id: string; type: WebhookEvent; referral_id: string; created_at: Date | string }): Promise<string | undefined> {
    const [row] = await this.db.query<{ id: string; reference: string; events: CaseEvent[] | null }>(
      `SELECT r.id, r.reference, (SELECT jsonb_agg(e.body ORDER BY e.recorded_at, e.id) FROM case_events e
         WHERE e.referral_id = r.id AND e.body->>'type' IN ('routed', 'closed') AND e.recorded_at <= d.created_at) AS events
       FROM webhook_deliveries d JOIN referrals r ON r.id = d.referral_id WHERE d.id = $1`,
      // The time compared in the database: JavaScript's dates drop its microseconds.
      [delivery.id],
    );
    if (!row) return undefined;
    const { stage, route, feedback } = stageOf(row.events ?? []);
    const referral = { id: row.id, reference: row.reference, stage, ...(route ? { route } : {}), ...(feedback ? { feedback } : {}) };
    return JSON.stringify({ id: delivery.id, type: delivery.type, at: iso(delivery.created_at), referral });
  }

  private async attempt(
    delivery: { id: string; type: WebhookEvent; referral_id: string; created_at: Date | string; attempts: number; url: string; secret: string },
    now: Date,
  ): Promise<'delivered' | 'retrying' | 'failed'> {
    let status: number | null = null;
    let error: string | null = null;
    // The receiver's time, or stop(): whichever comes first (AbortSignal.any needs Node 20.3).
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(new DOMException('The receiver took too long', 'TimeoutError')), this.timeoutMs);
    const stop = () => abort.abort(new DOMException('The service is stopping', 'AbortError'));
    this.stopping.signal.addEventListener('abort', stop, { once: true });
    try {
      const body = await this.bodyOf(delivery);
      if (body === undefined) {
        error = 'referralGone';
      } else {
        const res = await fetch(delivery.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'user-agent': 'linkki-intake',
            'linkki-delivery': delivery.id,
            'linkki-signature': signatureOf(delivery.secret, body, Math.floor(Date.now() / 1000)),
          },
          body,
          // A redirect is not followed: the subscription names where the data may go.
          redirect: 'manual',
          signal: abort.signal,
        });
        status = res.status;
        await res.body?.cancel().catch(() => {});
        if (status < 200 || status > 299) error = status >= 300 && status < 400 ? 'redirect' : 'http';
      }
    } catch (caught) {
      const name = (caught as Error).name;
      const code = (caught as { cause?: { code?: unknown } }).cause?.code;
      // Only a name or code: a message may quote the URL.
      error = name === 'TimeoutError' ? 'timeout' : name === 'AbortError' ? 'stopped' : typeof code === 'string' ? code.slice(0, 40) : 'network';
    } finally {
      clearTimeout(timer);
      this.stopping.signal.removeEventListener('abort', stop);
    }
    const attempts = Number(delivery.attempts) + 1;
    const outcome = error === null ? 'delivered' : attempts >= MAX_ATTEMPTS || error === 'referralGone' ? 'failed' : 'retrying';
    await this.db.query(
      `UPDATE webhook_deliveries SET attempts = $2, last_attempt_at = $3, last_status = $4, last_error = $5,
         status = $6, delivered_at = CASE WHEN $6 = 'delivered' THEN $3::timestamptz END,
         next_attempt_at = CASE WHEN $6 = 'pending' THEN $3::timestamptz + make_interval(secs => $7) END
       WHERE id = $1 AND status = 'pending'`,
      [delivery.id, attempts, now, status, error, outcome === 'retrying' ? 'pending' : outcome, retryDelay(attempts) / 1000],
    );
    return outcome;
  }

  /** Runs `deliverDue` every `intervalMs` (0: never) in the background; a run never overlaps the last. */
  start(intervalMs: number) {
    if (intervalMs <= 0 || this.timer) return;
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.deliverDue()
        .catch((error: unknown) => this.log(`webhooks error ${(error as { code?: string }).code ?? (error as Error).name}`))
        .finally(() => (this.running = undefined));
    }, intervalMs);
    this.timer.unref();
  }

  /** Stops the timer, aborts deliveries in flight (they are tried again later) and waits for the run to end. */
  async stop() {
    clearInterval(this.timer);
    this.timer = undefined;
    this.stopping.abort();
    await this.running;
  }
}
