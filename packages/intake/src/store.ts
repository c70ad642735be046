import type { CaseEvent, QuestionnaireResponse, Referral } from '@linkki/schema';
import type { Database } from './database.js';

export interface StoredReferral {
  id: string;
  reference: string;
  status: string;
  receivedAt: string;
  referral: Referral;
  events: CaseEvent[];
}

/** A referral in the coordinator's list: its events counted, not read. */
export type ListedReferral = Omit<StoredReferral, 'events'> & { events: number };

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
  return { id: row.id, reference: row.reference, status: row.status, receivedAt: iso(row.received_at), referral: row.body, events };
}

export class IntakeStore {
  constructor(readonly db: Database) {}

  /**
   * Stores a referral once per idempotency key. A retry with the same key and body gets the first
   * result; the same key (or referral id) with another body is a conflict. Safe under concurrent
   * duplicates because the database's unique constraints decide, not this process.
   */
  async saveReferral(key: string, referral: Referral): Promise<SaveResult<StoredReferral>> {
    // The number is drawn only when no row has this key or id, so replays skip no references. Two
    // concurrent first tries both draw one and the loser's number is skipped: sequences never roll back.
    const inserted = await this.db.query<ReferralRow>(
      `INSERT INTO referrals (id, idempotency_key, reference, body)
       SELECT $1, $2, 'LNK-' || $3::int || '-' || lpad(n::text, greatest(6, length(n::text)), '0'), $4
       FROM (SELECT nextval('referral_number') AS n WHERE NOT EXISTS (SELECT 1 FROM referrals WHERE idempotency_key = $2 OR id = $1)) AS next
       ON CONFLICT DO NOTHING RETURNING *`,
      [referral.id, key, new Date().getUTCFullYear(), JSON.stringify(referral)],
    );
    if (inserted[0]) return { outcome: 'created', value: toStored(inserted[0]) };
    const [existing] = await this.db.query<ReferralRow>('SELECT * FROM referrals WHERE idempotency_key = $1 OR id = $2', [key, referral.id]);
    if (existing && existing.idempotency_key === key && sameJson(existing.body, referral)) return { outcome: 'replayed', value: toStored(existing) };
    return { outcome: 'conflict' };
  }

  async saveResponse(key: string, response: QuestionnaireResponse): Promise<SaveResult<{ id: string }>> {
    const inserted = await this.db.query<{ id: string }>(
      'INSERT INTO responses (idempotency_key, body) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING id',
      [key, JSON.stringify(response)],
    );
    if (inserted[0]) return { outcome: 'created', value: { id: String(inserted[0].id) } };
    const [existing] = await this.db.query<{ id: string; body: unknown }>('SELECT id, body FROM responses WHERE idempotency_key = $1', [key]);
    return existing && sameJson(existing.body, response) ? { outcome: 'replayed', value: { id: String(existing.id) } } : { outcome: 'conflict' };
  }

  /**
   * Newest first, `limit` at a time; `before` (a reference) continues after that referral. The
   * position is compared in the database, whose timestamps are finer than JavaScript's.
   * `municipalities` (codes) keeps only the referrals of people living there. Events are counted, not read.
   */
  async listReferrals({ limit = 100, before, municipalities }: ListQuery = {}): Promise<ListedReferral[]> {
    const rows = await this.db.query<ReferralRow & { event_count: string | number }>(
      `SELECT r.*, (SELECT count(*) FROM case_events e WHERE e.referral_id = r.id) AS event_count FROM referrals r
       WHERE ($2::text IS NULL OR (r.received_at, r.reference) < (SELECT received_at, reference FROM referrals WHERE reference = $2))
         AND ($3::text[] IS NULL OR r.body->'person'->>'municipality' = ANY ($3::text[]))
       ORDER BY r.received_at DESC, r.reference DESC LIMIT $1`,
      [limit, before ?? null, municipalities ?? null],
    );
    return rows.map((row) => ({ ...toStored(row), events: Number(row.event_count) }));
  }

  async getReferral(id: string): Promise<StoredReferral | undefined> {
    const [row] = await this.db.query<ReferralRow>('SELECT * FROM referrals WHERE id = $1', [id]);
    if (!row) return undefined;
    const events = await this.db.query<{ body: CaseEvent }>('SELECT body FROM case_events WHERE referral_id = $1 ORDER BY recorded_at, id', [id]);
    return toStored(row, events.map((e) => e.body));
  }

  /**
   * Appends a case event; a `routed` event also sets the referral's status to its route, `closed`
   * to its ending reason. One statement, so the event and the status change land together.
   */
  async appendEvent(referralId: string, event: CaseEvent): Promise<SaveResult<CaseEvent> | undefined> {
    const [row] = await this.db.query<{ id: string }>('SELECT id FROM referrals WHERE id = $1', [referralId]);
    if (!row) return undefined;
    const [{ inserted }] = (await this.db.query<{ inserted: boolean }>(
      `WITH event AS (
         INSERT INTO case_events (id, referral_id, body) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING id
       ), status AS (
         UPDATE referrals SET status = $4 WHERE id = $2 AND $4::text IS NOT NULL AND EXISTS (SELECT 1 FROM event) RETURNING id
       )
       SELECT EXISTS (SELECT 1 FROM event) AS inserted`,
      [event.id, referralId, JSON.stringify(event), statusAfter(event)],
    )) as [{ inserted: boolean }];
    if (inserted) return { outcome: 'created', value: event };
    const [existing] = await this.db.query<{ body: CaseEvent; referral_id: string }>('SELECT body, referral_id FROM case_events WHERE id = $1', [event.id]);
    return existing?.referral_id === referralId && sameJson(existing.body, event) ? { outcome: 'replayed', value: event } : { outcome: 'conflict' };
  }
}
