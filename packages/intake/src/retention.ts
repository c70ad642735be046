import { createHash } from 'node:crypto';
import { caseMeasures, type CaseEvent, type QuestionnaireResponse, type Referral } from '@linkki/schema';
import type { RetentionConfig } from './config.js';
import type { Database } from './database.js';
import { factsOf, type EvaluationFacts } from './evaluation-facts.js';
import { addMonths } from './follow-ups.js';
import { inScope, scopeParams, type Scope, type StoredReferral } from './store.js';
import type { Principal } from './staff.js';

/**
 * The data lifecycle (issue 13, section 5): erasing a person's data — when her case has been closed
 * longer than the retention period, or on request — and exporting everything stored about her.
 *
 * Erasing a referral keeps only coded, non-identifying fields:
 * - `referrals.retained`: its `EvaluationFacts`, computed just before;
 * - `referrals.body`: the coded part of the referral (kind, reasons, municipality, language, gender,
 *   referrer type, a professional referral's start SWEMWBS without its answers), so that scope,
 *   the case list and the measures still work;
 * - each case event without free text (`strippedEvent`); notes are deleted;
 * - the referral's id, reference, status, time received, assigned link worker and its audit rows
 *   (ids, no personal data).
 * Its status links and waiting webhook deliveries are deleted, and the idempotency key (which a client may
 * choose) is replaced by its hash. All of this is one statement, so one transaction per referral,
 * with the `erase` audit row (`detail.reason`: `retention` or `request`) in it.
 */

export type ErasureReason = 'retention' | 'request';

export interface ErasureResult {
  id: string;
  reference: string;
  status: string;
  erased: { at: string; reason: string };
  /** What was kept for the evaluation. */
  kept: EvaluationFacts;
}

export interface RetentionReport {
  /** Cases erased by this run. */
  erased: number;
  /** Cases that could not be erased (tried again on the next run). */
  failed: number;
  /** Cases whose latest closure is before this instant were due. */
  cutoff: string;
}

/** Keeps only `keys` of an object (whitelist: a field added later is dropped until listed here). */
function pick<T extends object>(value: T, keys: readonly string[]): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([key, v]) => keys.includes(key) && v !== undefined)) as Partial<T>;
}

/** A questionnaire response without its item answers or language: instrument, timepoint, scores, the day completed. */
export function strippedResponse(response: QuestionnaireResponse) {
  return {
    instrument: pick(response.instrument, ['id', 'version']),
    timepoint: response.timepoint,
    score: pick(response.score, ['raw', 'metric']),
    completedAt: response.completedAt.slice(0, 10),
  };
}

const BASE = ['type', 'id', 'at', 'by'];
const activity = (ref: { activityId?: string | undefined }) => (ref.activityId ? { activityId: ref.activityId } : {});

/**
 * A case event with its free text removed (whitelist per type); null when the event is free text
 * only (a note), which is deleted. Applying it twice changes nothing.
 */
export function strippedEvent(event: CaseEvent): Record<string, unknown> | null {
  const base = pick(event, BASE) as Record<string, unknown>;
  switch (event.type) {
    case 'note':
      return null;
    case 'referral-received':
      return { ...base, ...pick(event, ['referralKind', 'reasons']) };
    case 'routed':
      return { ...base, route: event.route };
    case 'meeting':
      return { ...base, ...pick(event, ['place', 'durationMinutes', 'kilometres']) };
    case 'activity-tried':
    case 'activity-joined':
      return { ...base, activity: activity(event.activity ?? {}) };
    case 'questionnaire-completed':
      return { ...base, response: strippedResponse(event.response) };
    case 'follow-up-done':
      return { ...base, ...(event.response ? { response: strippedResponse(event.response) } : {}) };
    case 'follow-up-due':
      return { ...base, due: event.due };
    case 'period-agreed':
      return { ...base, until: event.until };
    case 'needs-recorded':
      return { ...base, ...pick(event, ['barriers', 'unmetNeeds']) };
    case 'closed': {
      const c = event.closure;
      return {
        ...base,
        closure: {
          ...pick(c, ['endingReason', 'meetings', 'hours', 'kilometres', 'recommend', 'wellbeingStrengthened', 'continuing', 'feedbackConsent']),
          ...(c.whyEnded ? { whyEnded: { code: c.whyEnded.code } } : {}),
          ...(c.activitiesJoined ? { activitiesJoined: c.activitiesJoined.map(activity) } : {}),
        },
      };
    }
    default:
      // goals-set (the person's own words) and any type added later: when and by whom only.
      return base;
  }
}

/** The coded part of a referral, which its row keeps after erasure in place of the referral. */
export function codedReferral(referral: Referral) {
  const { person } = referral;
  return {
    kind: referral.kind,
    reasons: referral.reasons,
    person: { municipality: person.municipality, language: person.language, ...(person.gender ? { gender: person.gender } : {}) },
    ...(referral.kind === 'professional' ? { referrer: { type: referral.referrer.type } } : {}),
    ...(referral.kind === 'professional' && referral.swemwbs ? { swemwbs: strippedResponse(referral.swemwbs) } : {}),
  };
}

/** The instant `months` calendar months before `now` (a day the month lacks falls on its last day). */
export function cutoffOf(now: Date, months: number): string {
  const iso = now.toISOString();
  return `${addMonths(iso.slice(0, 10), -months)}${iso.slice(10)}`;
}

/**
 * Rows of other parts of the intake deleted with a referral's personal data, when their tables
 * exist: its status links, and its webhook deliveries still waiting to be sent (the delivery log of
 * those sent or given up stays: ids, times and status codes only).
 */
const ERASED_WITH_REFERRAL: { table: string; also?: string }[] = [{ table: 'status_links' }, { table: 'webhook_deliveries', also: "status = 'pending'" }];
/** Columns never exported: secrets and their hashes. */
const SECRET_COLUMN = /hash|secret|token|signature|salt/i;
const TABLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

interface ReferralRow {
  id: string;
  reference: string;
  status: string;
  received_at: Date | string;
  assigned_to: string | null;
  idempotency_key: string;
  body: Referral;
  retained: EvaluationFacts | null;
  erased_at: Date | string | null;
  erasure_reason: string | null;
}

const iso = (value: Date | string) => new Date(value).toISOString();
const actorParams = (actor: Principal | undefined) => [actor?.staffId ?? null, actor?.role ?? 'system'];

/** Plain JSON of a row from any table: dates as ISO strings, binary and secret columns left out. */
function plainRow(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(row)
      .filter(([key, value]) => !SECRET_COLUMN.test(key) && !(value instanceof Uint8Array))
      .map(([key, value]) => [key, value instanceof Date ? value.toISOString() : value]),
  );
}

export class Lifecycle {
  private timer: ReturnType<typeof setInterval> | undefined;
  private running: Promise<unknown> = Promise.resolve();
  private tablesPresent: Promise<typeof ERASED_WITH_REFERRAL> | undefined;

  constructor(
    private readonly db: Database,
    readonly config: RetentionConfig,
    private readonly log: (line: string) => void = () => {},
  ) {}

  /**
   * Erases the personal data of every case whose latest `closed` event (its `at`) is more than
   * `config.months` calendar months before `now`; one transaction per case. Logs one line with the
   * counts (never ids or names). Runs one at a time.
   */
  run(now: Date = new Date()): Promise<RetentionReport> {
    const next = this.running.catch(() => {}).then(() => this.runNow(now));
    this.running = next;
    return next;
  }

  private async runNow(now: Date): Promise<RetentionReport> {
    const cutoff = cutoffOf(now, this.config.months);
    const due = await this.db.query<{ id: string }>(
      `SELECT r.id FROM referrals r
       WHERE r.erased_at IS NULL
         AND (SELECT max((e.body->>'at')::timestamptz) FROM case_events e WHERE e.referral_id = r.id AND e.body->>'type' = 'closed') < $1::timestamptz
       ORDER BY r.received_at, r.id`,
      [cutoff],
    );
    let erased = 0;
    let failed = 0;
    for (const { id } of due) {
      try {
        if ((await this.eraseOnce(id, 'retention', undefined, now))?.changed) erased += 1;
      } catch {
        failed += 1;
      }
    }
    this.log(`retention: ${erased} case${erased === 1 ? '' : 's'} erased${failed ? `, ${failed} failed` : ''} (closed more than ${this.config.months} month${this.config.months === 1 ? '' : 's'} ago)`);
    return { erased, failed, cutoff };
  }

  /** Runs `run` without throwing: a failure is logged (its code only) and tried again at the next run. */
  async runSafely(now?: Date): Promise<void> {
    try {
      await this.run(now);
    } catch (error) {
      this.log(`retention failed: ${(error as { code?: string }).code ?? (error as Error).name}`);
    }
  }

  /** Runs every `config.intervalHours` hours; the timer does not keep the process alive. */
  schedule(now?: () => Date) {
    this.stop();
    this.timer = setInterval(() => void this.runSafely(now?.()), this.config.intervalHours * 3_600_000);
    this.timer.unref();
  }

  /** Stops the timer and waits for a run in progress. */
  async stop() {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running.catch(() => {});
  }

  /**
   * Erases one referral's personal data now; undefined when there is no such referral. Erasing an
   * erased referral changes nothing and returns what was kept.
   */
  async erase(id: string, reason: ErasureReason, actor?: Principal, now = new Date()): Promise<ErasureResult | undefined> {
    return (await this.eraseOnce(id, reason, actor, now))?.result;
  }

  /** Whether a referral in `scope` is erased (its case takes no more events). */
  async isErased(id: string, scope: Scope): Promise<boolean> {
    const rows = await this.db.query(`SELECT 1 FROM referrals r WHERE r.id = $1 AND r.erased_at IS NOT NULL AND ${inScope(2)}`, [id, ...scopeParams(scope)]);
    return rows.length > 0;
  }

  private optionalTables(): Promise<typeof ERASED_WITH_REFERRAL> {
    this.tablesPresent ??= (async () => {
      const present: typeof ERASED_WITH_REFERRAL = [];
      for (const entry of ERASED_WITH_REFERRAL) {
        const [row] = await this.db.query<{ found: boolean }>('SELECT to_regclass($1) IS NOT NULL AS found', [entry.table]);
        if (row?.found) present.push(entry);
      }
      return present;
    })();
    this.tablesPresent.catch(() => (this.tablesPresent = undefined));
    return this.tablesPresent;
  }

  private async eraseOnce(id: string, reason: ErasureReason, actor: Principal | undefined, now: Date): Promise<{ result: ErasureResult; changed: boolean } | undefined> {
    const tables = await this.optionalTables();
    // The statement erases only if the case's events are still the ones read: an event appended in
    // between would keep its free text, so then it reads again.
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const [row] = await this.db.query<ReferralRow>('SELECT * FROM referrals WHERE id = $1', [id]);
      if (!row) return undefined;
      if (row.erased_at !== null) return { result: resultOf(row), changed: false };
      const events = await this.db.query<{ id: string; body: CaseEvent }>('SELECT id, body FROM case_events WHERE referral_id = $1 ORDER BY recorded_at, id', [id]);
      const facts = factsOf({ status: row.status, receivedAt: iso(row.received_at), referral: row.body, events: events.map((e) => e.body) });
      const stripped = events.map((e) => ({ id: e.id, body: strippedEvent(e.body) }));
      const kept = stripped.filter((e) => e.body !== null);
      const dropped = stripped.filter((e) => e.body === null).map((e) => e.id);
      const deletes = tables
        .map(({ table, also }, i) => `, gone_${i} AS (DELETE FROM ${table} WHERE referral_id IN (SELECT id FROM target)${also ? ` AND ${also}` : ''})`)
        .join('\n');
      const [done] = await this.db.query<ReferralRow>(
        `WITH target AS (
           SELECT id FROM referrals WHERE id = $1 AND erased_at IS NULL
             AND (SELECT count(*) FROM case_events e WHERE e.referral_id = $1) = cardinality ($2::text[])
             AND NOT EXISTS (SELECT 1 FROM case_events e WHERE e.referral_id = $1 AND e.id <> ALL ($2::text[]))
         ), stripped AS (
           UPDATE case_events e SET body = x.body FROM jsonb_to_recordset($3::jsonb) AS x (id text, body jsonb)
           WHERE e.referral_id IN (SELECT id FROM target) AND e.id = x.id
         ), dropped AS (
           DELETE FROM case_events WHERE referral_id IN (SELECT id FROM target) AND id = ANY ($4::text[])
         )${deletes}
         , erased AS (
           UPDATE referrals SET body = $5, retained = $6, erased_at = $7, erasure_reason = $8, idempotency_key = $9
           WHERE id IN (SELECT id FROM target) RETURNING *
         ), logged AS (
           INSERT INTO audit (staff_id, role, action, referral_id, detail)
           SELECT $10, $11, 'erase', id, jsonb_build_object('reason', $8::text) FROM erased
         )
         SELECT * FROM erased`,
        [
          id,
          events.map((e) => e.id),
          JSON.stringify(kept),
          dropped,
          JSON.stringify(codedReferral(row.body)),
          JSON.stringify(facts),
          now.toISOString(),
          reason,
          `erased:${createHash('sha256').update(row.idempotency_key).digest('hex')}`,
          ...actorParams(actor),
        ],
      );
      if (done) return { result: resultOf(done), changed: true };
    }
    throw new Error('erasure: the case kept changing');
  }

  /**
   * Everything stored about the person of a referral (`GET /referrals/:id/export`): the referral
   * row, every case event, the measures, the rows of other tables that name the referral (status
   * links and webhook deliveries, without secrets or hashes) and every audit row about her — this
   * export's own included, written in the statement that reads the referral. Undefined when there
   * is no such referral.
   */
  async exportCase(id: string, actor: Principal, now = new Date()): Promise<Record<string, unknown> | undefined> {
    const [row] = await this.db.query<ReferralRow>(
      `WITH found AS (SELECT * FROM referrals WHERE id = $1),
       logged AS (INSERT INTO audit (staff_id, role, action, referral_id) SELECT $2, $3, 'export', id FROM found)
       SELECT * FROM found`,
      [id, ...actorParams(actor)],
    );
    if (!row) return undefined;
    const events = await this.db.query<{ id: string; body: CaseEvent; recorded_at: Date | string }>(
      'SELECT id, body, recorded_at FROM case_events WHERE referral_id = $1 ORDER BY recorded_at, id',
      [id],
    );
    const audit = await this.db.query<{ id: string; at: Date | string; staff_id: string | null; role: string; action: string; detail: unknown }>(
      'SELECT id, at, staff_id, role, action, detail FROM audit WHERE referral_id = $1 ORDER BY at, id',
      [id],
    );
    const related: Record<string, Record<string, unknown>[]> = {};
    const tables = await this.db.query<{ table_name: string }>(
      `SELECT DISTINCT table_name FROM information_schema.columns
       WHERE table_schema = current_schema() AND column_name = 'referral_id' AND table_name NOT IN ('referrals', 'case_events', 'audit')
       ORDER BY table_name`,
    );
    for (const { table_name: table } of tables) {
      if (!TABLE_NAME.test(table)) continue;
      related[table] = (await this.db.query<Record<string, unknown>>(`SELECT * FROM ${table} WHERE referral_id = $1`, [id])).map(plainRow);
    }
    return {
      exportedAt: now.toISOString(),
      referral: {
        id: row.id,
        reference: row.reference,
        status: row.status,
        receivedAt: iso(row.received_at),
        assignedTo: row.assigned_to,
        idempotencyKey: row.idempotency_key,
        ...(row.erased_at !== null ? { erased: { at: iso(row.erased_at), reason: row.erasure_reason }, kept: row.retained } : {}),
        referral: row.body,
      },
      events: events.map((e) => ({ id: e.id, recordedAt: iso(e.recorded_at), event: e.body })),
      measures: caseMeasures({ id: row.id, referral: row.body, events: events.map((e) => e.body) }),
      statusLinks: related.status_links ?? [],
      related: Object.fromEntries(Object.entries(related).filter(([table]) => table !== 'status_links')),
      audit: audit.map((a) => ({ id: String(a.id), at: iso(a.at), staffId: a.staff_id, role: a.role, action: a.action, detail: a.detail })),
    };
  }
}

function resultOf(row: ReferralRow): ErasureResult {
  return { id: row.id, reference: row.reference, status: row.status, erased: { at: iso(row.erased_at!), reason: row.erasure_reason ?? '' }, kept: row.retained! };
}

/** What `GET /referrals/:id` answers for an erased referral: no personal data, the coded facts and the stripped events. */
export function erasedView({ id, reference, status, receivedAt, assignedTo, erased, events }: StoredReferral) {
  return { id, reference, status, receivedAt, assignedTo, erased, events };
}
