import {
  COUNT_TABLES,
  COUNT_TABLE_IDS,
  ENDING_REASONS,
  ENDINGS_WITH_WHY,
  MEASURE_INSTRUMENTS,
  SUMMARY_IDS,
  TIMEPOINTS,
  type Change,
  type CountTable,
  type CountTableId,
  type EvaluationReport,
  type Measure,
  type PublishedCount,
  type Summary,
  type SummaryId,
  type Suppression,
} from '@linkki/schema';
import type { RawEvaluation, RawSummary } from './evaluation-sql.js';
import type { ProtectInput, Relation } from './suppression.js';

/** The report's frame: what was asked, and the threshold in force. */
export interface ReportFrame {
  period: EvaluationReport['period'];
  municipalities: string[];
  threshold: number;
  generatedAt: string;
}

const POPULATION = (name: string) => `population/${name}`;
const ROW = (table: string, code: string) => `${table}/${code}`;
/** Waiting is counted over the routed, meetings over the closed (every closure records them): the same cells. */
const SUMMARY_N = (id: SummaryId) => (id === 'waitingDays' ? POPULATION('routed') : id === 'meetings' ? POPULATION('closed') : `summary/${id}#n`);
const SHARED_N = new Set<SummaryId>(['waitingDays', 'meetings']);
const TIMEPOINT_N = (instrument: string, timepoint: string) => `measure/${instrument}/${timepoint}#n`;
const CHANGE_N = (instrument: string, to: string) => `change/${instrument}/${to}#n`;
const MEANINGFUL = (instrument: string, to: string, row: string) => `change/${instrument}/${to}/${row}`;
const CHANGE_TARGETS = ['end', 'follow-up'] as const;
const MEANINGFUL_ROWS = ['improved', 'other'] as const;

const rowsOf = (table: CountTableId, frame: ReportFrame): readonly string[] => (table === 'municipality' ? frame.municipalities : COUNT_TABLES[table].rows);

/**
 * Every count of the report as a cell, the tables as groups, and every linear relation between the
 * cells that an outsider knows: a table's rows add up to its population, the populations are sums of
 * status and route rows, each referral has at least one reason, the ages known are those in a known
 * age band (all of them when nothing in the report is erased), a change's improved and other add up
 * to its n; and the bounds: a summary's n is at most its population, a change's n at most each
 * timepoint's, a new referral is among the unrouted.
 */
export function cellsOf(raw: RawEvaluation, frame: ReportFrame): ProtectInput {
  const cells: Record<string, number> = {};
  const groups: Record<string, string[]> = {};
  const relations: Relation[] = [];
  for (const [name, value] of Object.entries(raw.populations)) {
    cells[POPULATION(name)] = value;
    groups[POPULATION(name)] = [POPULATION(name)];
  }
  for (const table of COUNT_TABLE_IDS) {
    const { population, multiple } = COUNT_TABLES[table];
    const codes = rowsOf(table, frame);
    const ids = codes.map((code) => ROW(table, code));
    codes.forEach((code, i) => (cells[ids[i]!] = raw.counts[table]?.[code] ?? 0));
    groups[`table/${table}`] = ids;
    if (!multiple) relations.push({ parts: ids, total: POPULATION(population), op: '=' });
  }
  relations.push({ parts: rowsOf('reason', frame).map((code) => ROW('reason', code)), total: POPULATION('referrals'), op: '>=' });
  relations.push({ parts: ENDING_REASONS.map((code) => ROW('status', code)), total: POPULATION('closed'), op: '=' });
  relations.push({ parts: ENDINGS_WITH_WHY.map((code) => ROW('status', code)), total: POPULATION('ended-early'), op: '=' });
  relations.push({ parts: ['direct', 'link-worker'].map((code) => ROW('route', code)), total: POPULATION('routed'), op: '=' });
  /** `small` is at most `large`: Σ [large] ≥ small. */
  const atMost = (small: string, large: string) => relations.push({ parts: [large], total: small, op: '>=' });
  for (const id of SUMMARY_IDS) {
    if (SHARED_N.has(id)) continue;
    cells[SUMMARY_N(id)] = raw.summaries[id]?.n ?? 0;
    groups[SUMMARY_N(id)] = [SUMMARY_N(id)];
    atMost(SUMMARY_N(id), id === 'age' ? POPULATION('referrals') : POPULATION('closed'));
  }
  // A referral still new has never been routed.
  atMost(ROW('status', 'new'), ROW('route', 'none'));
  const knownBands = COUNT_TABLES.ageBand.rows.filter((code) => code !== 'unknown').map((code) => ROW('ageBand', code));
  relations.push({ parts: knownBands, total: SUMMARY_N('age'), op: raw.erased === 0 ? '=' : '>=' });
  for (const instrument of MEASURE_INSTRUMENTS) {
    const measure = raw.measures[instrument];
    for (const timepoint of TIMEPOINTS) {
      cells[TIMEPOINT_N(instrument, timepoint)] = measure?.timepoints[timepoint]?.n ?? 0;
      groups[TIMEPOINT_N(instrument, timepoint)] = [TIMEPOINT_N(instrument, timepoint)];
      atMost(TIMEPOINT_N(instrument, timepoint), POPULATION('referrals'));
    }
    for (const to of CHANGE_TARGETS) {
      const change = measure?.changes[to];
      const n = CHANGE_N(instrument, to);
      cells[n] = change?.n ?? 0;
      groups[n] = [n];
      atMost(n, TIMEPOINT_N(instrument, 'start'));
      atMost(n, TIMEPOINT_N(instrument, to));
      if (instrument !== 'swemwbs') continue;
      const [improved, other] = MEANINGFUL_ROWS.map((row) => MEANINGFUL(instrument, to, row)) as [string, string];
      cells[improved] = change?.improved ?? 0;
      cells[other] = (change?.n ?? 0) - (change?.improved ?? 0);
      groups[`change/${instrument}/${to}/meaningful`] = [improved, other];
      relations.push({ parts: [improved, other], total: n, op: '=' });
    }
  }
  return { cells, groups, relations, threshold: frame.threshold };
}

const round = (value: number | null | undefined, places = 1) => (value === null || value === undefined ? null : Math.round(value * 10 ** places) / 10 ** places);

/**
 * The 97.5th percentile of Student's t with `df` degrees of freedom, for a 95 % confidence interval.
 * Cornish–Fisher expansion around the normal quantile: within 0.001 of the tables from df = 4 (the
 * smallest the report uses, n = 5), exact enough for a figure shown with one decimal.
 */
export function t975(df: number): number {
  const z = 1.959963984540054;
  const [z3, z5, z7, z9] = [z ** 3, z ** 5, z ** 7, z ** 9];
  return (
    z +
    (z3 + z) / (4 * df) +
    (5 * z5 + 16 * z3 + 3 * z) / (96 * df ** 2) +
    (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * df ** 3) +
    (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / (92160 * df ** 4)
  );
}

/** Turns the raw aggregates into the published report: counts protected, aggregates shown only over enough people. */
export function assembleReport(raw: RawEvaluation, frame: ReportFrame, hidden: Record<string, Suppression>, input: ProtectInput): EvaluationReport {
  const published = (id: string): PublishedCount => (hidden[id] ? { count: null, suppressed: hidden[id] } : { count: input.cells[id] ?? 0 });
  const enough = (id: string) => !hidden[id] && (input.cells[id] ?? 0) >= frame.threshold;
  const tables: CountTable[] = COUNT_TABLE_IDS.map((id) => ({
    id,
    population: COUNT_TABLES[id].population,
    multiple: COUNT_TABLES[id].multiple,
    total: published(POPULATION(COUNT_TABLES[id].population)),
    rows: rowsOf(id, frame).map((code) => ({ code, ...published(ROW(id, code)) })),
  }));
  const summaryOf = (nCell: string, values: RawSummary | undefined, places: Partial<Record<keyof RawSummary, number>> = {}): Summary => {
    const shown = enough(nCell);
    const summary: Summary = { n: published(nCell) };
    for (const key of ['sum', 'mean', 'sd', 'median', 'p90', 'min', 'max'] as const) {
      if (values && key in values) summary[key] = shown ? round(values[key], places[key] ?? 1) : null;
    }
    return summary;
  };
  const summaries = Object.fromEntries(
    SUMMARY_IDS.map((id) => [id, summaryOf(SUMMARY_N(id), raw.summaries[id], { sum: 2 })]),
  ) as EvaluationReport['summaries'];
  const measures: Measure[] = MEASURE_INSTRUMENTS.map((instrument) => {
    const measure = raw.measures[instrument];
    const timepoints = Object.fromEntries(
      TIMEPOINTS.map((tp) => [tp, summaryOf(TIMEPOINT_N(instrument, tp), measure?.timepoints[tp], { min: 2, max: 2 })]),
    ) as Measure['timepoints'];
    const changes: Change[] = CHANGE_TARGETS.map((to) => {
      const values = measure?.changes[to];
      const nCell = CHANGE_N(instrument, to);
      const shown = enough(nCell) && values?.mean !== null && values?.mean !== undefined;
      const half = shown && values.sd !== null ? (t975(values.n - 1) * values.sd) / Math.sqrt(values.n) : null;
      const change: Change = {
        from: 'start',
        to,
        n: published(nCell),
        mean: shown ? round(values.mean) : null,
        ciLow: shown && half !== null ? round(values.mean! - half) : null,
        ciHigh: shown && half !== null ? round(values.mean! + half) : null,
      };
      if (instrument === 'swemwbs') {
        const improved = MEANINGFUL(instrument, to, 'improved');
        change.meaningful = MEANINGFUL_ROWS.map((row) => ({ code: row, ...published(MEANINGFUL(instrument, to, row)) }));
        change.meaningfulShare = enough(nCell) && !hidden[improved] ? round((input.cells[improved] ?? 0) / values!.n, 2) : null;
      }
      return change;
    });
    return { instrument, timepoints, changes };
  });
  return {
    version: 1,
    generatedAt: frame.generatedAt,
    period: frame.period,
    municipalities: frame.municipalities,
    threshold: frame.threshold,
    tables,
    summaries,
    measures,
  };
}
