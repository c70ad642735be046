import { createHash } from 'node:crypto';
import type { CaseEvent, QuestionnaireResponse, RecorderRole, Referral } from '@linkki/schema';
import type { Database } from './database.js';
import { followUpDue, latestOfType, type FollowUpDue } from './follow-ups.js';
import type { Principal } from './staff.js';
import { enqueueSql, eventTypeSql } from './webhooks.js';

/**
 * Which referrals a caller may see, applied in the SQL of every query: `municipalities` (null: all)
 * against the person's municipality, `assignedTo` (null: anyone's) against the assigned link worker.
 */
export interface Scope {
  municipalities: string[] | null;
  assignedTo: string | null;
}
export const EVERYTHING: Scope = { municipalities: null, assignedTo: null };

/** The scope of a principal: a coordinator's municipalities, a link worker's assignments, all for admin. */
export function scopeOf(principal: Principal): Scope {
  if (principal.role === 'link-worker') return { municipalities: null, assignedTo: principal.staffId ?? '' };
  if (principal.role === 'admin') return EVERYTHING;
  return { municipalities: principal.municipalities ?? [], assignedTo: null };
}

/** The scope as SQL on `referrals r`, its two parameters numbered from `n`. */
export const inScope = (n: number) =>
  `($${n}::text[] IS NULL OR r.body->'person'->>'municipality' = ANY ($${n}::text[])) AND ($${n + 1}::text IS NULL OR r.assigned_to = $${n + 1})`;
export const scopeParams = (scope: Scope) => [scope.municipalities, scope.assignedTo];
/** Who an audit row names: `$n` staff id, `$n+1` role; no row when there is no actor (internal use). */
const actorParams = (actor: Principal | undefined) => [actor?.staffId ?? null, actor?.role ?? null];

export interface AuditRow {
  id: string;
  at: string;
  staffId: string | null;
  role: string;
  action: string;
  referralId: string | null;
  detail: Record<string, unknown> | null;
}

export interface StoredReferral {
  id: string;
  reference: string;
  status: string;
  receivedAt: string;
  /** The link worker's staff id, when one is assigned. */
  assignedTo: string | null;
  referral: Referral;
  events: CaseEvent[];
  /**
   * Set when the person's data has been erased (retention or request): then `referral` holds only
   * its coded fields and `events` no free text (see retention.ts).
   */
  erased?: { at: string; reason: string };
}

/**
 * A referral in the case list: its events counted, not read; the assigned link worker's name, when
 * the case was first routed and last closed, and when its follow-up is due (null: none of these).
 */
export type ListedReferral = Omit<StoredReferral, 'events'> & {
  events: number;
  assignedName: string | null;
  routedAt: string | null;
  closedAt: string | null;
  followUpDue: string | null;
};

export interface ListQuery {
  limit?: number;
  before?: string;
  municipalities?: string[];
}

export type SaveResult<T> = { outcome: 'created' | 'replayed'; value: T } | { outcome: 'conflict' };

interface ReferralRow {
  id: string;
  reference: string;
  status: string;
  received_at: Date | string;
  body: Referral;
  idempotency_key: string;
  assigned_to?: string | null;
  erased_at?: Date | string | null;
  erasure_reason?: string | null;
}

const iso = (value: Date | string) => new Date(value).toISOString();
/** JSON with object keys sorted: jsonb does not keep key order, so compare bodies this way. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
const sameJson = (a: unknown, b: unknown) => canonical(a) === canonical(b);

/** The referral's status after an event, or null when the event does not change it. */
function statusAfter(event: CaseEvent): string | null {
  if (event.type === 'routed') return event.route;
  if (event.type === 'closed') return event.closure.endingReason;
  return null;
}

function toStored(row: ReferralRow, events: CaseEvent[] = []): StoredReferral {
  const stored: StoredReferral = { id: row.id, reference: row.reference, status: row.status, receivedAt: iso(row.received_at), assignedTo: row.assigned_to ?? null, referral: row.body, events };
  if (row.erased_at) stored.erased = { at: iso(row.erased_at), reason: row.erasure_reason ?? '' };
  return stored;
}

export class IntakeStore {
  constructor(readonly db: Database) {}

  /**
   * Stores a referral once per idempotency key. A retry with the same key and body gets the first
   * result; the same key (or referral id) with another body is a conflict. Safe under concurrent
   * duplicates because the database's unique constraints decide, not this process.
   */
  async saveReferral(key: string, referral: Referral, statusLinkHash?: string): Promise<SaveResult<StoredReferral>> {
    // The number is drawn only when no row has this key or id, so replays skip no references. Two
    // concurrent first tries both draw one and the loser's number is skipped: sequences never roll back.
    // A new referral's status link (`statusLinkHash`, see status-links.ts) and its webhook outbox rows
    // (webhooks.ts) are stored in the same statement.
    const inserted = await this.db.query<ReferralRow>(
      `WITH inserted AS (
         INSERT INTO referrals (id, idempotency_key, reference, body)
         SELECT $1, $2, 'LNK-' || $3::int || '-' || lpad(n::text, greatest(6, length(n::text)), '0'), $4
         FROM (SELECT nextval('referral_number') AS n WHERE NOT EXISTS (SELECT 1 FROM referrals WHERE idempotency_key = $2 OR id = $1)) AS next
         ON CONFLICT DO NOTHING RETURNING *
       ), link AS (
         INSERT INTO status_links (hash, referral_id) SELECT $5, id FROM inserted WHERE $5::text IS NOT NULL
       ), outbox AS (${enqueueSql("'referral.received'", 'inserted')})
       SELECT * FROM inserted`,
      [referral.id, key, new Date().getUTCFullYear(), JSON.stringify(referral), statusLinkHash ?? null],
    );
    if (inserted[0]) return { outcome: 'created', value: toStored(inserted[0]) };
    const [existing] = await this.db.query<ReferralRow>('SELECT * FROM referrals WHERE idempotency_key = $1 OR id = $2', [key, referral.id]);
    if (existing && existing.idempotency_key === key && sameJson(existing.body, referral)) return { outcome: 'replayed', value: toStored(existing) };
    return { outcome: 'conflict' };
  }

  /**
   * Newest first, `limit` at a time; `before` (a reference) continues after that referral. The
   * position is compared in the database, whose timestamps are finer than JavaScript's.
   * `municipalities` (codes) keeps only the referrals of people living there; `scope` limits what the
   * caller may see, in the same WHERE. Events are counted; only the ones the list needs are read
   * (the first `routed`; `closed`, `follow-up-due`, `follow-up-done` and follow-up questionnaires for
   * the follow-up date, by the rules of `followUpDue`). The assigned link worker's name comes from
   * `staff`. With an `actor`, the same statement writes one audit row (`list-referrals`, with the count).
   */
  async listReferrals({ limit = 100, before, municipalities }: ListQuery = {}, scope: Scope = EVERYTHING, actor?: Principal): Promise<ListedReferral[]> {
    const rows = await this.db.query<ReferralRow & { event_count: string | number; assigned_name: string | null; routed_at: string | null; follow_up_events: CaseEvent[] | null }>(
      `WITH page AS (
         SELECT r.*, s.name AS assigned_name,
           (SELECT count(*) FROM case_events e WHERE e.referral_id = r.id) AS event_count,
           (SELECT e.body->>'at' FROM case_events e WHERE e.referral_id = r.id AND e.body->>'type' = 'routed'
            ORDER BY (e.body->>'at')::timestamptz, e.recorded_at, e.id LIMIT 1) AS routed_at,
           (SELECT jsonb_agg(e.body ORDER BY e.recorded_at, e.id) FROM case_events e
            WHERE e.referral_id = r.id AND (e.body->>'type' IN ('closed', 'follow-up-due', 'follow-up-done')
              OR (e.body->>'type' = 'questionnaire-completed' AND e.body->'response'->>'timepoint' = 'follow-up'))) AS follow_up_events
         FROM referrals r LEFT JOIN staff s ON s.id = r.assigned_to
         WHERE ($2::text IS NULL OR (r.received_at, r.reference) < (SELECT received_at, reference FROM referrals WHERE reference = $2))
           AND ($3::text[] IS NULL OR r.body->'person'->>'municipality' = ANY ($3::text[]))
           AND ${inScope(4)}
         ORDER BY r.received_at DESC, r.reference DESC LIMIT $1
       ), logged AS (
         INSERT INTO audit (staff_id, role, action, detail)
         SELECT $6, $7, 'list-referrals', jsonb_build_object('count', (SELECT count(*) FROM page)) WHERE $7::text IS NOT NULL
       )
       SELECT * FROM page ORDER BY received_at DESC, reference DESC`,
      [limit, before ?? null, municipalities ?? null, ...scopeParams(scope), ...actorParams(actor)],
    );
    return rows.map((row) => {
      const events = row.follow_up_events ?? [];
      const closed = latestOfType(events, 'closed');
      return {
        ...toStored(row),
        events: Number(row.event_count),
        assignedName: row.assigned_name ?? null,
        routedAt: row.routed_at ?? null,
        closedAt: closed?.at ?? null,
        followUpDue: followUpDue(events)?.due ?? null,
      };
    });
  }

  /**
   * The referral and its events, if it is in `scope`; with an `actor`, the read is audited in the
   * same statement (`action`: `read-referral`, or `read-responses` for the measures).
   */
  async getReferral(id: string, scope: Scope = EVERYTHING, actor?: Principal, action = 'read-referral'): Promise<StoredReferral | undefined> {
    const [row] = await this.db.query<ReferralRow>(
      `WITH found AS (SELECT r.* FROM referrals r WHERE r.id = $1 AND ${inScope(2)}),
       logged AS (INSERT INTO audit (staff_id, role, action, referral_id) SELECT $4, $5, $6, id FROM found WHERE $5::text IS NOT NULL)
       SELECT * FROM found`,
      [id, ...scopeParams(scope), ...actorParams(actor), action],
    );
    if (!row) return undefined;
    const events = await this.db.query<{ body: CaseEvent }>('SELECT body FROM case_events WHERE referral_id = $1 ORDER BY recorded_at, id', [id]);
    return toStored(row, events.map((e) => e.body));
  }

  /**
   * Assigns a link worker to a referral in `scope`: 'notFound' when the referral is not there,
   * 'invalidStaff' unless the staff member is an enabled link worker of the person's municipality.
   */
  async assign(referralId: string, staffId: string, scope: Scope = EVERYTHING, actor?: Principal): Promise<'notFound' | 'invalidStaff' | { assignedTo: string }> {
    const [target] = await this.db.query<{ municipality: string | null }>(
      `SELECT r.body->'person'->>'municipality' AS municipality FROM referrals r WHERE r.id = $1 AND ${inScope(2)}`,
      [referralId, ...scopeParams(scope)],
    );
    if (!target) return 'notFound';
    const [{ n }] = (await this.db.query<{ n: string | number }>(
      `WITH worker AS (SELECT id FROM staff WHERE id = $2 AND role = 'link-worker' AND NOT disabled AND $3::text = ANY (municipalities)),
       updated AS (UPDATE referrals SET assigned_to = $2 WHERE id = $1 AND EXISTS (SELECT 1 FROM worker) RETURNING id),
       logged AS (INSERT INTO audit (staff_id, role, action, referral_id, detail) SELECT $4, $5, 'assign', id, jsonb_build_object('staffId', $2::text) FROM updated WHERE $5::text IS NOT NULL)
       SELECT count(*) AS n FROM updated`,
      [referralId, staffId, target.municipality, ...actorParams(actor)],
    )) as [{ n: string | number }];
    return Number(n) ? { assignedTo: staffId } : 'invalidStaff';
  }

  /** Writes one audit row. `detail` must hold no personal data (counts, ids of staff, codes). */
  async audit(actor: Principal, action: string, referralId: string | null = null, detail: Record<string, unknown> | null = null) {
    await this.db.query('INSERT INTO audit (staff_id, role, action, referral_id, detail) VALUES ($1, $2, $3, $4, $5)', [
      actor.staffId,
      actor.role,
      action,
      referralId,
      detail === null ? null : JSON.stringify(detail),
    ]);
  }

  /** Audit rows, newest first, optionally of one referral or one staff member. */
  async listAudit({ referral, staff, limit = 100 }: { referral?: string; staff?: string; limit?: number } = {}): Promise<AuditRow[]> {
    const rows = await this.db.query<{ id: string; at: Date; staff_id: string | null; role: string; action: string; referral_id: string | null; detail: Record<string, unknown> | null }>(
      `SELECT * FROM audit WHERE ($1::text IS NULL OR referral_id = $1) AND ($2::text IS NULL OR staff_id = $2) ORDER BY at DESC, id DESC LIMIT $3`,
      [referral ?? null, staff ?? null, limit],
    );
    return rows.map((r) => ({ id: String(r.id), at: iso(r.at), staffId: r.staff_id, role: r.role, action: r.action, referralId: r.referral_id, detail: r.detail }));
  }

  /**
   * Appends a case event; a `routed` event also sets the referral's status to its route, `closed`
   * to its ending reason. One statement, so the event, the status change, the audit row and the
   * webhook outbox rows (`referral.routed`/`referral.closed`) land together.
   */
  async appendEvent(referralId: string, event: CaseEvent, scope: Scope = EVERYTHING, actor?: Principal): Promise<SaveResult<CaseEvent> | undefined> {
    const [row] = await this.db.query<{ id: string }>(`SELECT r.id FROM referrals r WHERE r.id = $1 AND ${inScope(2)}`, [referralId, ...scopeParams(scope)]);
    if (!row) return undefined;
    const [{ inserted }] = (await this.db.query<{ inserted: boolean }>(
      `WITH event AS (
         INSERT INTO case_events (id, referral_id, body) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING id
       ), status AS (
         UPDATE referrals SET status = $4 WHERE id = $2 AND $4::text IS NOT NULL AND EXISTS (SELECT 1 FROM event) RETURNING id
       ), logged AS (
         INSERT INTO audit (staff_id, role, action, referral_id, detail)
         SELECT $5, $6, 'append-event', $2, jsonb_build_object('type', $7::text) FROM event WHERE $6::text IS NOT NULL
       ), outbox AS (${enqueueSql(eventTypeSql('$7::text'), '(SELECT r.id, r.body FROM referrals r WHERE r.id = $2 AND EXISTS (SELECT 1 FROM event))')})
       SELECT EXISTS (SELECT 1 FROM event) AS inserted`,
      [event.id, referralId, JSON.stringify(event), statusAfter(event), ...actorParams(actor), event.type],
    )) as [{ inserted: boolean }];
    if (inserted) return { outcome: 'created', value: event };
    const [existing] = await this.db.query<{ body: CaseEvent; referral_id: string }>('SELECT body, referral_id FROM case_events WHERE id = $1', [event.id]);
    return existing?.referral_id === referralId && sameJson(existing.body, event) ? { outcome: 'replayed', value: event } : { outcome: 'conflict' };
  }

  /**
   * Records a questionnaire response on a referral in `scope` as a `questionnaire-completed` event,
   * once per referral and idempotency key: the event id is derived from both, so a retry finds the
   * first event (`replayed`) and the same key with other answers is a `conflict`. Undefined when the
   * referral is not in scope. A correction is a newer response at the same timepoint; nothing is
   * overwritten. Event, scope check and audit row are one statement.
   */
  async recordResponse(referralId: string, key: string, response: QuestionnaireResponse, by: RecorderRole, scope: Scope = EVERYTHING, actor?: Principal): Promise<SaveResult<{ id: string }> | undefined> {
    const id = `qr-${createHash('sha256').update(`${referralId}\n${key}`).digest('base64url').slice(0, 32)}`;
    const event: CaseEvent = { type: 'questionnaire-completed', id, at: new Date().toISOString(), by, response };
    const [row] = await this.db.query<{ found: boolean; inserted: boolean }>(
      `WITH target AS (SELECT r.id FROM referrals r WHERE r.id = $2 AND ${inScope(4)}),
       event AS (INSERT INTO case_events (id, referral_id, body) SELECT $1, id, $3 FROM target ON CONFLICT DO NOTHING RETURNING id),
       logged AS (
         INSERT INTO audit (staff_id, role, action, referral_id, detail)
         SELECT $6, $7, 'record-response', $2, jsonb_build_object('instrument', $8::text, 'timepoint', $9::text) FROM event WHERE $7::text IS NOT NULL
       )
       SELECT EXISTS (SELECT 1 FROM target) AS found, EXISTS (SELECT 1 FROM event) AS inserted`,
      [id, referralId, JSON.stringify(event), ...scopeParams(scope), ...actorParams(actor), response.instrument.id, response.timepoint],
    );
    if (!row?.found) return undefined;
    if (row.inserted) return { outcome: 'created', value: { id } };
    const [existing] = await this.db.query<{ body: CaseEvent; referral_id: string }>('SELECT body, referral_id FROM case_events WHERE id = $1', [id]);
    return existing?.referral_id === referralId && existing.body.type === 'questionnaire-completed' && sameJson(existing.body.response, response)
      ? { outcome: 'replayed', value: { id } }
      : { outcome: 'conflict' };
  }

  /**
   * The closed cases in `scope` whose follow-up SWEMWBS is still to do, with when it is due (see
   * `followUpDue`), oldest due first. Scope is in the SQL; only cases with a `closed` event are read,
   * and no erased one (nobody is to contact a person whose data is gone).
   */
  async followUps(scope: Scope = EVERYTHING): Promise<(FollowUpDue & { id: string; reference: string; name: string | undefined })[]> {
    const rows = await this.db.query<{ id: string; reference: string; name: string | null; events: CaseEvent[] }>(
      `SELECT r.id, r.reference, r.body->'person'->>'name' AS name,
         (SELECT jsonb_agg(e.body ORDER BY e.recorded_at, e.id) FROM case_events e
          WHERE e.referral_id = r.id AND e.body->>'type' IN ('closed', 'follow-up-due', 'follow-up-done', 'questionnaire-completed')) AS events
       FROM referrals r
       WHERE EXISTS (SELECT 1 FROM case_events c WHERE c.referral_id = r.id AND c.body->>'type' = 'closed') AND r.erased_at IS NULL AND ${inScope(1)}`,
      scopeParams(scope),
    );
    return rows
      .flatMap((row) => {
        const due = followUpDue(row.events ?? []);
        return due ? [{ id: row.id, reference: row.reference, name: row.name ?? undefined, ...due }] : [];
      })
      .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.reference < b.reference ? -1 : 1));
  }

  /**
   * Enabled link workers working in any of `municipalities` (null: all), with their caseload: the
   * referrals assigned to them that have no `closed` event. Staff data only, no person's.
   */
  async linkWorkers(municipalities: string[] | null): Promise<{ id: string; name: string; languages: string[]; area: string | null; municipalities: string[]; caseload: number }[]> {
    const rows = await this.db.query<{ id: string; name: string; languages: string[]; area: string | null; municipalities: string[]; caseload: string | number }>(
      `SELECT s.id, s.name, s.languages, s.area, s.municipalities,
         (SELECT count(*) FROM referrals r WHERE r.assigned_to = s.id
            AND NOT EXISTS (SELECT 1 FROM case_events e WHERE e.referral_id = r.id AND e.body->>'type' = 'closed')) AS caseload
       FROM staff s
       WHERE s.role = 'link-worker' AND NOT s.disabled AND ($1::text[] IS NULL OR s.municipalities && $1::text[])
       ORDER BY s.name, s.id`,
      [municipalities],
    );
    return rows.map((r) => ({ id: r.id, name: r.name, languages: r.languages, area: r.area, municipalities: r.municipalities, caseload: Number(r.caseload) }));
  }
}
