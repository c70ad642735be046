import { ENDINGS_WITH_WHY } from '@linkki/schema';
import type { Database } from './database.js';

/** What the evaluation is asked for, with the period as instants (see `periodOf` in evaluation.ts). */
export interface EvaluationScope {
  municipalities: string[];
  /** First instant of the period (Finnish midnight of the first month's first day), ISO. */
  start: string;
  /** First instant after the period, ISO. */
  end: string;
  /** The period's first day, `YYYY-MM-DD`: a case closed before it was not active. */
  firstDay: string;
  basis: 'received' | 'active';
}

/** Aggregates over `n` people; absent ones were not asked for. Nulls: no one had a value. */
export interface RawSummary {
  n: number;
  sum?: number | null;
  mean?: number | null;
  sd?: number | null;
  median?: number | null;
  p90?: number | null;
  min?: number | null;
  max?: number | null;
}

export interface RawChange {
  n: number;
  mean: number | null;
  sd: number | null;
  /** How many changed by at least the meaningful change (SWEMWBS). */
  improved: number;
}

/** Everything the report needs, computed in the database: counts and aggregates, never rows. */
export interface RawEvaluation {
  /** Count table id → row code → people. Codes with no one are absent. */
  counts: Record<string, Record<string, number>>;
  populations: { referrals: number; routed: number; closed: number; 'ended-early': number };
  /** How many of the referrals counted are erased (their exact age is gone). */
  erased: number;
  summaries: Record<string, RawSummary>;
  measures: Record<string, { timepoints: Record<string, RawSummary>; changes: Record<string, RawChange> }>;
}

/** The endings of joint work that never started or broke off, as an SQL list. */
const ENDED_EARLY = ENDINGS_WITH_WHY.map((code) => `'${code}'`).join(', ');

const latestEvent = (type: string, select: string, order: 'ASC' | 'DESC') =>
  `(SELECT ${select} FROM case_events e WHERE e.referral_id = c.id AND e.body->>'type' = '${type}'
    ORDER BY (e.body->>'at')::timestamptz ${order}, e.recorded_at ${order}, e.id ${order} LIMIT 1)`;
const codesOf = (type: string, field: string) =>
  `COALESCE((SELECT jsonb_agg(DISTINCT x) FROM case_events e, jsonb_array_elements_text(COALESCE(e.body->'${field}', '[]')) x
    WHERE e.referral_id = c.id AND e.body->>'type' = '${type}'), '[]')`;

/**
 * The metric score of the response that counts per instrument and timepoint (`caseMeasures`: the one
 * completed last; on a tie the one recorded last, the referral's own start SWEMWBS first), as
 * `{"swemwbs/start": 21.54, …}`.
 */
const SCORES = `(SELECT jsonb_object_agg(k, metric) FROM (
    SELECT DISTINCT ON (resp->'instrument'->>'id', resp->>'timepoint')
      (resp->'instrument'->>'id') || '/' || (resp->>'timepoint') AS k, (resp->'score'->>'metric')::float8 AS metric
    FROM (
      SELECT c.body->'swemwbs' AS resp, 0 AS ord WHERE c.body->>'kind' = 'professional' AND c.body ? 'swemwbs'
      UNION ALL
      SELECT e.body->'response', row_number() OVER (ORDER BY e.recorded_at, e.id) FROM case_events e
      WHERE e.referral_id = c.id AND e.body->>'type' IN ('questionnaire-completed', 'follow-up-done') AND e.body ? 'response'
    ) responses
    ORDER BY resp->'instrument'->>'id', resp->>'timepoint', (resp->>'completedAt')::timestamptz DESC, ord DESC
  ) latest)`;

const AGE_BAND = (age: string) => `CASE WHEN ${age} IS NULL OR ${age} < 18 THEN NULL WHEN ${age} < 30 THEN '18-29' WHEN ${age} < 45 THEN '30-44'
  WHEN ${age} < 65 THEN '45-64' WHEN ${age} < 75 THEN '65-74' WHEN ${age} < 85 THEN '75-84' ELSE '85+' END`;

/**
 * One row per referral of the municipalities received before the period's end: the coded facts of
 * `factsOf` (evaluation-facts.ts), computed here for a live case and read from `retained` for an
 * erased one, so both count alike.
 */
const FACTS = `
  chosen AS (
    SELECT r.id, r.status, r.received_at, r.body, r.retained, r.erased_at,
      (r.received_at AT TIME ZONE 'Europe/Helsinki')::date AS received_on
    FROM referrals r
    WHERE COALESCE(r.retained->>'municipality', r.body->'person'->>'municipality') = ANY ($1::text[]) AND r.received_at < $3::timestamptz
      AND ($4::text = 'active' OR r.received_at >= $2::timestamptz)
  ),
  live AS (
    SELECT c.*, ${latestEvent('closed', "jsonb_build_object('closure', e.body->'closure', 'on', left(e.body->>'at', 10))", 'DESC')} AS closing,
      ${latestEvent('routed', "e.body->>'route'", 'DESC')} AS route,
      ${latestEvent('routed', "left(e.body->>'at', 10)", 'ASC')} AS routed_on,
      COALESCE((c.body->'person'->>'age')::int, extract(year FROM c.received_at AT TIME ZONE 'UTC')::int - (c.body->'person'->>'birthYear')::int) AS age,
      ${codesOf('needs-recorded', 'barriers')} AS barriers, ${codesOf('needs-recorded', 'unmetNeeds')} AS unmet,
      COALESCE((SELECT jsonb_agg(DISTINCT e.body->>'place') FROM case_events e WHERE e.referral_id = c.id AND e.body->>'type' = 'meeting'), '[]') AS places,
      COALESCE(${SCORES}, '{}') AS scores
    FROM chosen c WHERE c.erased_at IS NULL
  ),
  facts AS MATERIALIZED (
    SELECT l.body->'person'->>'municipality' AS municipality, l.body->'person'->>'gender' AS gender, l.body->'person'->>'language' AS language,
      CASE WHEN l.body->>'kind' = 'self' THEN 'self' ELSE l.body->'referrer'->>'type' END AS referrer, l.body->'reasons' AS reasons,
      l.age, ${AGE_BAND('l.age')} AS age_band, l.status, l.route, l.routed_on::date AS routed_on, l.received_on,
      l.closing->'closure'->>'endingReason' AS ending, l.closing->'closure'->'whyEnded'->>'code' AS why_ended,
      (l.closing->'closure'->>'meetings')::float8 AS meetings, (l.closing->'closure'->'hours'->>'linkWorker')::float8 AS lw_hours,
      (l.closing->'closure'->'hours'->>'coordinator')::float8 AS co_hours, (l.closing->'closure'->>'kilometres')::float8 AS km,
      COALESCE(l.closing->'closure'->'continuing', '[]') AS continuing, l.closing->'closure'->>'recommend' AS recommend,
      l.closing->'closure'->>'wellbeingStrengthened' AS wellbeing, l.barriers, l.unmet, l.places, l.scores,
      (l.closing->>'on')::date AS closed_on, false AS erased
    FROM live l
    UNION ALL
    SELECT f->>'municipality', f->>'gender', f->>'language',
      CASE WHEN f->>'kind' = 'self' THEN 'self' ELSE f->>'referrerType' END, f->'reasons',
      NULL, f->>'ageBand', f->>'status', f->>'route', (f->>'routedAt')::date, c.received_on,
      f->>'endingReason', f->>'whyEnded', (f->>'meetings')::float8, (f->'hours'->>'linkWorker')::float8,
      (f->'hours'->>'coordinator')::float8, (f->>'kilometres')::float8, COALESCE(f->'continuing', '[]'), f->>'recommend',
      f->>'wellbeingStrengthened', COALESCE(f->'barriers', '[]'), COALESCE(f->'unmetNeeds', '[]'), COALESCE(f->'meetingPlaces', '[]'),
      (SELECT COALESCE(jsonb_object_agg(i.key || '/' || t.key, t.value), '{}') FROM jsonb_each(f->'scores') i, jsonb_each(i.value) t WHERE jsonb_typeof(t.value) = 'number'),
      (f->>'closedAt')::date, true
    FROM chosen c, LATERAL (SELECT c.retained AS f) kept WHERE c.erased_at IS NOT NULL AND c.retained IS NOT NULL
  ),
  scoped AS MATERIALIZED (
    SELECT *, (scores->>'swemwbs/start')::float8 AS sw_start, (scores->>'swemwbs/end')::float8 AS sw_end, (scores->>'swemwbs/follow-up')::float8 AS sw_fu,
      (scores->>'esis/start')::float8 AS es_start, (scores->>'esis/end')::float8 AS es_end, (scores->>'esis/follow-up')::float8 AS es_fu
    FROM facts WHERE $4::text = 'received' OR closed_on IS NULL OR closed_on >= $5::date
  )`;

const single = (table: string, expression: string, where = 'true') =>
  `SELECT '${table}' AS t, ${expression} AS code, count(*) AS n FROM scoped WHERE ${where} GROUP BY 2`;
const multiple = (table: string, column: string) =>
  `SELECT '${table}', x, count(*) FROM scoped, jsonb_array_elements_text(${column}) x GROUP BY 2`;

const COUNTS = [
  single('status', 'status'),
  single('route', "COALESCE(route, 'none')"),
  multiple('reason', 'reasons'),
  single('referrer', "COALESCE(referrer, 'other')"),
  single('gender', "COALESCE(gender, 'unknown')"),
  single('ageBand', "COALESCE(age_band, 'unknown')"),
  single('municipality', 'municipality'),
  single('language', 'language'),
  multiple('meetingPlace', 'places'),
  single('whyEnded', "COALESCE(why_ended, 'unknown')", `ending IN (${ENDED_EARLY})`),
  single('recommend', "COALESCE(recommend, 'not-asked')", 'ending IS NOT NULL'),
  single('wellbeingStrengthened', "COALESCE(wellbeing, 'not-asked')", 'ending IS NOT NULL'),
  multiple('continuing', 'continuing'),
  multiple('barriers', 'barriers'),
  multiple('unmetNeeds', 'unmet'),
].join(' UNION ALL ');

const spread = (x: string, extra = '') =>
  `jsonb_build_object('n', count(${x}), 'mean', avg(${x}), 'sd', stddev_samp(${x}), 'min', min(${x}), 'max', max(${x})${extra})`;
const total = (x: string) =>
  `jsonb_build_object('n', count(${x}), 'sum', sum(${x}), 'mean', avg(${x}), 'median', percentile_cont(0.5) WITHIN GROUP (ORDER BY ${x}))`;
const days = (x: string) =>
  `jsonb_build_object('n', count(${x}), 'median', percentile_cont(0.5) WITHIN GROUP (ORDER BY ${x}), 'p90', percentile_cont(0.9) WITHIN GROUP (ORDER BY ${x}))`;
const paired = (a: string, b: string) =>
  `jsonb_build_object('n', count(${b} - ${a}), 'mean', avg(${b} - ${a}), 'sd', stddev_samp(${b} - ${a}), 'improved', count(*) FILTER (WHERE ${b} - ${a} >= $6))`;
const instrument = (start: string, end: string, followUp: string) =>
  `jsonb_build_object('timepoints', jsonb_build_object('start', ${spread(start)}, 'end', ${spread(end)}, 'follow-up', ${spread(followUp)}),
    'changes', jsonb_build_object('end', ${paired(start, end)}, 'follow-up', ${paired(start, followUp)}))`;

const AGGREGATES = `jsonb_build_object(
  'populations', jsonb_build_object('referrals', count(*), 'routed', count(routed_on), 'closed', count(ending),
    'ended-early', count(*) FILTER (WHERE ending IN (${ENDED_EARLY}))),
  'erased', count(*) FILTER (WHERE erased),
  'summaries', jsonb_build_object(
    'age', jsonb_build_object('n', count(age), 'median', percentile_cont(0.5) WITHIN GROUP (ORDER BY age)),
    'waitingDays', ${days('CASE WHEN routed_on IS NOT NULL THEN greatest(0, routed_on - received_on) END')},
    'jointWorkDays', ${days("CASE WHEN route = 'link-worker' AND closed_on IS NOT NULL AND routed_on IS NOT NULL THEN greatest(0, closed_on - routed_on) END")},
    'meetings', ${total('meetings')},
    'linkWorkerHours', ${total('lw_hours')},
    'coordinatorHours', ${total('co_hours')},
    'kilometres', ${total('km')}),
  'measures', jsonb_build_object('swemwbs', ${instrument('sw_start', 'sw_end', 'sw_fu')}, 'esis', ${instrument('es_start', 'es_end', 'es_fu')}))`;

/**
 * The report's counts and aggregates for a scope, in one statement: the referrals' facts are
 * computed and aggregated in the database; no row of a person leaves it.
 */
export async function rawEvaluation(db: Database, scope: EvaluationScope, meaningfulChange: number): Promise<RawEvaluation> {
  const [row] = await db.query<{ counts: [string, string, number][] | null; aggregates: Omit<RawEvaluation, 'counts'> }>(
    `WITH ${FACTS}
     SELECT (SELECT jsonb_agg(jsonb_build_array(t, code, n)) FROM (${COUNTS}) c WHERE code IS NOT NULL) AS counts,
       (SELECT ${AGGREGATES} FROM scoped) AS aggregates`,
    [scope.municipalities, scope.start, scope.end, scope.basis, scope.firstDay, meaningfulChange],
  );
  const counts: RawEvaluation['counts'] = {};
  for (const [table, code, n] of row!.counts ?? []) (counts[table] ??= {})[code] = Number(n);
  return { counts, ...row!.aggregates };
}
