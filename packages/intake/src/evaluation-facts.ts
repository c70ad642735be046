import {
  caseMeasures,
  type AgeBand,
  type Barrier,
  type CaseEvent,
  type Continuing,
  type EndingReason,
  type Gender,
  type Language,
  type Likert,
  type MeetingPlace,
  type Referral,
  type ReferralReason,
  type ReferrerType,
  type Route,
  type Timepoint,
  type UnmetNeed,
  type WhyEnded,
  BARRIERS,
  DECLINED,
  MEETING_PLACES,
  UNMET_NEEDS,
} from '@linkki/schema';
import type { Database } from './database.js';
import { latestOfType, recordedOn } from './follow-ups.js';
import { ageAtReceipt } from './summary.js';
import { EVERYTHING, inScope, scopeParams, type Scope } from './store.js';


/** The metric score (SWEMWBS 7–35, ESIS 0–100) of the current response at each timepoint; null when there is none. */
export type TimepointScores = Record<Timepoint, number | null>;

/**
 * One referral as the evaluation sees it: coded, non-identifying fields only — no name, contact,
 * birth year or exact age, no free text, no item answers, no ids or reference, no exact times
 * beyond the day of routing and closure. This is what stays of a case after its personal data is
 * erased (retention or request), and what the evaluation report (issue 14) aggregates; it reads the
 * same from a live case and an erased one.
 *
 * - `ageBand`: from `person.age`, else the year received minus `person.birthYear` (as the case list
 *   counts it); null when neither is known.
 * - `referrerType`: the professional referrer's organisation type; null for a self-referral.
 * - `route`, `routedAt`: the latest `routed` event's route; the day (in the event's own offset) of
 *   the first `routed` event, where the waiting time ends.
 * - `endingReason`, `whyEnded`, `meetings`, `hours`, `kilometres`, `continuing`, `recommend`,
 *   `wellbeingStrengthened`, `closedAt`: from the latest `closed` event (its day for `closedAt`);
 *   null or empty while the case is open. `recommend` and `wellbeingStrengthened` are 1–5 or
 *   `declined` (the person did not want to answer).
 * - `barriers`, `unmetNeeds`: every code recorded in any `needs-recorded` event, in code-list order.
 * - `meetingPlaces`: every place of a `meeting` event, in code-list order (absent in facts kept before
 *   it was added: read as none).
 * - `scores`: per instrument (`swemwbs`, `esis`) and timepoint the metric score of the response that
 *   counts (`caseMeasures`: the one completed last), including a professional referral's start SWEMWBS.
 * - `receivedMonth`: `YYYY-MM` on Finnish time.
 */
export interface EvaluationFacts {
  municipality: string;
  ageBand: AgeBand | null;
  gender: Gender | null;
  language: Language;
  kind: Referral['kind'];
  referrerType: ReferrerType | null;
  reasons: ReferralReason[];
  /** The referral's status: `new`, the route, or the ending reason once closed. */
  status: string;
  route: Route | null;
  endingReason: EndingReason | null;
  whyEnded: WhyEnded | null;
  meetings: number | null;
  hours: { linkWorker: number | null; coordinator: number | null } | null;
  kilometres: number | null;
  continuing: Continuing[];
  recommend: Likert | typeof DECLINED | null;
  wellbeingStrengthened: Likert | typeof DECLINED | null;
  barriers: Barrier[];
  unmetNeeds: UnmetNeed[];
  meetingPlaces?: MeetingPlace[];
  scores: { swemwbs: TimepointScores; esis: TimepointScores };
  receivedMonth: string;
  routedAt: string | null;
  closedAt: string | null;
}

/** The band of an age in whole years; null when unknown or under 18. */
export function ageBandOf(age: number | undefined): AgeBand | null {
  if (age === undefined || !Number.isFinite(age) || age < 18) return null;
  if (age < 30) return '18-29';
  if (age < 45) return '30-44';
  if (age < 65) return '45-64';
  if (age < 75) return '65-74';
  if (age < 85) return '75-84';
  return '85+';
}

/** `YYYY-MM` of an instant on Finnish time. */
const monthIn = (at: string, timeZone = 'Europe/Helsinki') =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' }).format(new Date(at)).slice(0, 7);

const byTime = <T extends { at: string }>(list: T[]) => [...list].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
const ofType = <T extends CaseEvent['type']>(events: readonly CaseEvent[], type: T) =>
  byTime(events.filter((e): e is Extract<CaseEvent, { type: T }> => e.type === type));

/** What a case is made of, live: the referral with its status and time of receipt, and its events. */
export interface LiveCase {
  status: string;
  receivedAt: string;
  referral: Referral;
  events: readonly CaseEvent[];
}

/** The evaluation facts of a live case (see `EvaluationFacts`). Pure: the same case gives the same facts. */
export function factsOf({ status, receivedAt, referral, events }: LiveCase): EvaluationFacts {
  const { person } = referral;
  const age = ageAtReceipt(referral, receivedAt);
  const routed = ofType(events, 'routed');
  const closure = latestOfType(events, 'closed');
  const closed = closure?.closure;
  const needs = ofType(events, 'needs-recorded');
  const measures = caseMeasures({ id: 'case', referral, events: [...events] });
  const scores = (instrument: string): TimepointScores => ({
    start: measures[instrument]?.start?.current.score.metric ?? null,
    end: measures[instrument]?.end?.current.score.metric ?? null,
    'follow-up': measures[instrument]?.['follow-up']?.current.score.metric ?? null,
  });
  const places = new Set<string>(events.flatMap((e) => (e.type === 'meeting' ? [e.place] : [])));
  // Two sets: both lists have an `other`, and a barrier's `other` is not an unmet need's.
  const barriers = new Set<string>(needs.flatMap((e) => e.barriers ?? []));
  const unmetNeeds = new Set<string>(needs.flatMap((e) => e.unmetNeeds ?? []));
  return {
    municipality: person.municipality,
    ageBand: ageBandOf(age),
    gender: person.gender ?? null,
    language: person.language,
    kind: referral.kind,
    referrerType: referral.kind === 'professional' ? referral.referrer.type : null,
    reasons: [...referral.reasons],
    status,
    route: routed.at(-1)?.route ?? null,
    endingReason: closed?.endingReason ?? null,
    whyEnded: closed?.whyEnded?.code ?? null,
    meetings: closed?.meetings ?? null,
    hours: closed?.hours ? { linkWorker: closed.hours.linkWorker ?? null, coordinator: closed.hours.coordinator ?? null } : null,
    kilometres: closed?.kilometres ?? null,
    continuing: [...(closed?.continuing ?? [])],
    recommend: closed?.recommend ?? null,
    wellbeingStrengthened: closed?.wellbeingStrengthened ?? null,
    barriers: BARRIERS.filter((code) => barriers.has(code)),
    unmetNeeds: UNMET_NEEDS.filter((code) => unmetNeeds.has(code)),
    meetingPlaces: MEETING_PLACES.filter((code) => places.has(code)),
    scores: { swemwbs: scores('swemwbs'), esis: scores('esis') },
    receivedMonth: monthIn(receivedAt),
    routedAt: routed[0] ? recordedOn(routed[0].at) : null,
    closedAt: closure ? recordedOn(closure.at) : null,
  };
}

/**
 * The evaluation facts of every referral in `scope` (default: all), oldest received first. A live
 * case's facts are computed from its referral and events; an erased case's are the ones kept when
 * it was erased (`referrals.retained`), computed the same way just before. Scope is in the SQL.
 */
export async function evaluationFacts(db: Database, scope: Scope = EVERYTHING): Promise<EvaluationFacts[]> {
  const rows = await db.query<{ status: string; received_at: Date | string; body: Referral; retained: EvaluationFacts | null; events: CaseEvent[] | null }>(
    `SELECT r.status, r.received_at, r.body, r.retained,
       CASE WHEN r.erased_at IS NULL THEN
         (SELECT jsonb_agg(e.body ORDER BY e.recorded_at, e.id) FROM case_events e WHERE e.referral_id = r.id)
       END AS events
     FROM referrals r WHERE ${inScope(1)}
     ORDER BY r.received_at, r.reference`,
    scopeParams(scope),
  );
  return rows.map((row) =>
    row.retained ?? factsOf({ status: row.status, receivedAt: new Date(row.received_at).toISOString(), referral: row.body, events: row.events ?? [] }),
  );
}
