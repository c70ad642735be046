import { createHash, randomBytes } from 'node:crypto';
import type { CaseEvent } from '@linkki/schema';
import type { Database } from './database.js';
import { latestOfType } from './follow-ups.js';
import type { Principal } from './staff.js';

/**
 * The referrer's status link (issue 13, section 4): a capability URL. The token is 32 random bytes,
 * base64url (43 characters), shown once in the 201 of `POST /referrals`; only its SHA-256 is stored,
 * so the table alone opens nothing. A token shows the referral's stage and, when the person agreed,
 * the feedback to the referrer — nothing else about her.
 */

/** What a token looks like; anything else is 404 without a database lookup. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** The role audit rows of status-link reads carry (no staff member: whoever holds the link). */
export const STATUS_LINK_ROLE = 'status-link';

export type Stage = 'received' | 'routed' | 'closed';

/** The referral as its status link shows it (`GET /status/{token}`). */
export interface ReferralStatus {
  reference: string;
  receivedAt: string;
  stage: Stage;
  routedAt?: string;
  route?: string;
  closedAt?: string;
  /** The link worker's feedback to the referrer; only when the person consented to sharing it. */
  feedback?: string;
}

/** A new token, shown once, and the hash stored for it. */
export function newStatusToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: statusTokenHash(token) };
}

export const statusTokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** The hash to look a token up by, or undefined when it cannot be a token (wrong length or characters). */
export const lookupHash = (token: string) => (TOKEN.test(token) ? statusTokenHash(token) : undefined);

const isoOf = (at: string) => new Date(at).toISOString();

/**
 * The stage of a case from its events: 'received' until a `routed` event, 'routed' until a `closed`
 * event, then 'closed'. The latest routing gives `route` and `routedAt`, the latest closure
 * `closedAt`, and `feedback` when that closure has `feedbackConsent: true`.
 */
export function stageOf(events: readonly CaseEvent[]): Omit<ReferralStatus, 'reference' | 'receivedAt'> {
  const routed = latestOfType(events, 'routed');
  const closed = latestOfType(events, 'closed');
  const stage: Stage = closed ? 'closed' : routed ? 'routed' : 'received';
  return {
    stage,
    ...(routed ? { routedAt: isoOf(routed.at), route: routed.route } : {}),
    ...(closed ? { closedAt: isoOf(closed.at) } : {}),
    ...(closed?.closure.feedbackConsent === true && closed.closure.feedbackToReferrer ? { feedback: closed.closure.feedbackToReferrer } : {}),
  };
}

/** SQL: the `routed` and `closed` events of referral `r`, oldest first, as one jsonb array (or null). */
export const STAGE_EVENTS_SQL = `(SELECT jsonb_agg(e.body ORDER BY e.recorded_at, e.id) FROM case_events e
  WHERE e.referral_id = r.id AND e.body->>'type' IN ('routed', 'closed'))`;

/** Status links in the database. Every read and revocation writes its audit row in the same statement. */
export class StatusLinks {
  constructor(private readonly db: Database) {}

  /**
   * The status a token shows, or undefined when it is malformed, unknown or revoked. A found token
   * writes an audit row (role 'status-link', action 'read-status', the referral's id).
   */
  async read(token: string): Promise<ReferralStatus | undefined> {
    const hash = lookupHash(token);
    if (!hash) return undefined;
    const [row] = await this.db.query<{ id: string; reference: string; received_at: Date | string; events: CaseEvent[] | null }>(
      `WITH found AS (
         SELECT r.id, r.reference, r.received_at, ${STAGE_EVENTS_SQL} AS events
         FROM status_links l JOIN referrals r ON r.id = l.referral_id
         WHERE l.hash = $1 AND l.revoked_at IS NULL
       ), logged AS (
         INSERT INTO audit (staff_id, role, action, referral_id) SELECT NULL, $2, 'read-status', id FROM found
       )
       SELECT * FROM found`,
      [hash, STATUS_LINK_ROLE],
    );
    if (!row) return undefined;
    return { reference: row.reference, receivedAt: new Date(row.received_at).toISOString(), ...stageOf(row.events ?? []) };
  }

  /** Revokes the link a token opens (`DELETE /status/{token}`); false when there is none. Audited. */
  async revoke(token: string): Promise<boolean> {
    const hash = lookupHash(token);
    if (!hash) return false;
    const rows = await this.db.query<{ referral_id: string }>(
      `WITH revoked AS (UPDATE status_links SET revoked_at = now() WHERE hash = $1 AND revoked_at IS NULL RETURNING referral_id),
       logged AS (INSERT INTO audit (staff_id, role, action, referral_id) SELECT NULL, $2, 'revoke-status-link', referral_id FROM revoked)
       SELECT referral_id FROM revoked`,
      [hash, STATUS_LINK_ROLE],
    );
    return rows.length > 0;
  }

  /**
   * Revokes every link of a referral (`DELETE /referrals/{id}/status-link`, admin); false when the
   * referral does not exist. With an `actor`, audited in the same statement.
   */
  async revokeAll(referralId: string, actor?: Principal): Promise<boolean> {
    const [row] = await this.db.query<{ found: boolean }>(
      `WITH target AS (SELECT id FROM referrals WHERE id = $1),
       revoked AS (UPDATE status_links SET revoked_at = now() WHERE referral_id IN (SELECT id FROM target) AND revoked_at IS NULL RETURNING hash),
       logged AS (
         INSERT INTO audit (staff_id, role, action, referral_id, detail)
         SELECT $2, $3, 'revoke-status-link', id, jsonb_build_object('count', (SELECT count(*) FROM revoked)) FROM target WHERE $3::text IS NOT NULL
       )
       SELECT EXISTS (SELECT 1 FROM target) AS found`,
      [referralId, actor?.staffId ?? null, actor?.role ?? null],
    );
    return Boolean(row?.found);
  }

  /**
   * A new link for a referral whose earlier ones are revoked in the same statement: a replayed
   * `POST /referrals` (the first reply, with its token, may have been lost). Returns the new token.
   */
  async rotate(referralId: string): Promise<string> {
    const { token, hash } = newStatusToken();
    await this.db.query(
      `WITH revoked AS (UPDATE status_links SET revoked_at = now() WHERE referral_id = $1 AND revoked_at IS NULL)
       INSERT INTO status_links (hash, referral_id) VALUES ($2, $1)`,
      [referralId, hash],
    );
    return token;
  }
}
