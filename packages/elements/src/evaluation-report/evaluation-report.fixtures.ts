import { COUNT_TABLES, type CountRow, type CountTable, type CountTableId, type EvaluationReport, type PublishedCount } from '@linkki/schema';
import type { ReportReference } from './references.js';

/**
 * A fictional evaluation report (no real people, invented numbers) for three Lapland municipalities,
 * January–June 2026, as the intake would publish it: small counts hidden as `small`, further counts
 * hidden as `complementary` so the small ones cannot be worked out from a total, one table withheld,
 * and aggregates over fewer than five people null. Used by the tests and the story.
 */

/** A count cell: a number, `s(n)` for a small one, `c(n)` for a complementary one (the true value only documents the fixture). */
type Cell = number | { hidden: 'small' | 'complementary' | 'withheld'; value: number };
const s = (value: number): Cell => ({ hidden: 'small', value });
const c = (value: number): Cell => ({ hidden: 'complementary', value });
const w = (value: number): Cell => ({ hidden: 'withheld', value });

const published = (cell: Cell): PublishedCount => (typeof cell === 'number' ? { count: cell } : { count: null, suppressed: cell.hidden });

function table(id: CountTableId, total: Cell, cells: Record<string, Cell>, rows: readonly string[] = COUNT_TABLES[id].rows): CountTable {
  return {
    id,
    population: COUNT_TABLES[id].population,
    multiple: COUNT_TABLES[id].multiple,
    total: published(total),
    rows: rows.map((code): CountRow => ({ code, ...published(cells[code] ?? 0) })),
  };
}

export const MUNICIPALITIES = ['758', '320', '047'];

export function sampleReport(): EvaluationReport {
  return {
    version: 1,
    generatedAt: '2026-07-03T09:15:00.000Z',
    period: { from: '2026-01', to: '2026-06', basis: 'received' },
    municipalities: MUNICIPALITIES,
    threshold: 5,
    tables: [
      table('status', 31, { new: s(3), direct: c(5), 'link-worker': 9, completed: 7, interrupted: s(2), 'no-joint-work': 5 }),
      table('route', 31, { direct: c(8), 'link-worker': 20, none: s(3) }),
      table('reason', 31, { loneliness: 14, mood: 11, participation: 8, wellbeing: 8, 'physical-functioning': 7, 'social-network': 5, errands: s(2), 'future-plans': s(1), 'digital-skills': s(1), other: s(1) }),
      table('referrer', 31, { 'social-services': 9, 'health-services': 12, 'education-culture-services': s(1), association: s(2), self: c(7) }),
      table('gender', 31, { female: 21, male: 10 }),
      table('ageBand', 31, { '18-29': s(1), '30-44': s(2), '45-64': c(5), '65-74': 6, '75-84': 9, '85+': 8 }),
      table('municipality', 31, { '758': 18, '320': c(10), '047': s(3) }, MUNICIPALITIES),
      table('language', 31, { fi: 27, se: s(3), sv: s(1) }),
      table('meetingPlace', 31, { home: 14, outdoors: 6, activity: 9, other: s(2), phone: 7, video: s(1) }),
      table('whyEnded', w(7), { 'person-withdrew': w(3), 'not-reached': w(2), health: w(1), 'other-service': w(1), moved: w(0), 'no-suitable-activity': w(0), other: w(0), 'not-recorded': w(0), unknown: w(0) }),
      table('recommend', 14, { '5': 6, '4': s(3), '3': s(1), 'not-asked': s(4) }),
      table('wellbeingStrengthened', 14, { '5': 5, '4': 5, '3': s(1), 'not-asked': s(3) }),
      table('continuing', 14, { activity: 8, volunteer: s(2), 'peer-group': s(3) }),
      table('barriers', 31, { transport: 9, cost: s(4), health: 6, 'no-company': 5, language: s(2), accessibility: s(1), digital: s(3) }),
      table('unmetNeeds', 31, { 'activity-nearby': 7, 'activity-in-language': s(3), 'transport-service': 6, 'support-person': s(2), 'digital-help': s(4) }),
    ],
    summaries: {
      age: { n: { count: 31 }, median: 72 },
      waitingDays: { n: { count: 28 }, median: 6, p90: 15 },
      jointWorkDays: { n: { count: 11 }, median: 118, p90: 176 },
      meetings: { n: { count: 14 }, sum: 86, mean: 6.1, median: 6 },
      linkWorkerHours: { n: { count: 14 }, sum: 112.5, mean: 8, median: 7.5 },
      coordinatorHours: { n: { count: 14 }, sum: 31, mean: 2.2, median: 2 },
      kilometres: { n: { count: 14 }, sum: 1240, mean: 88.6, median: 64 },
    },
    measures: [
      {
        instrument: 'swemwbs',
        timepoints: {
          start: { n: { count: 24 }, mean: 19.8, sd: 3.6, min: 12.4, max: 27.03 },
          end: { n: { count: 12 }, mean: 23.4, sd: 3.9, min: 16.88, max: 30.7 },
          'follow-up': { n: { count: null, suppressed: 'small' }, mean: null, sd: null, min: null, max: null },
        },
        changes: [
          { from: 'start', to: 'end', n: { count: 11 }, mean: 3.4, ciLow: 1.5, ciHigh: 5.3, meaningful: [{ code: 'improved', count: 6 }, { code: 'other', count: 5 }], meaningfulShare: 6 / 11 },
          {
            from: 'start',
            to: 'follow-up',
            n: { count: null, suppressed: 'small' },
            mean: null,
            ciLow: null,
            ciHigh: null,
            meaningful: [{ code: 'improved', count: null, suppressed: 'small' }, { code: 'other', count: null, suppressed: 'small' }],
            meaningfulShare: null,
          },
        ],
      },
      {
        instrument: 'esis',
        timepoints: {
          start: { n: { count: 10 }, mean: 58.2, sd: 14.1, min: 32, max: 84 },
          end: { n: { count: 6 }, mean: 64.5, sd: 12, min: 45, max: 82 },
          'follow-up': { n: { count: 0 }, mean: null, sd: null, min: null, max: null },
        },
        changes: [
          { from: 'start', to: 'end', n: { count: 6 }, mean: 5.1, ciLow: -3.9, ciHigh: 14.1 },
          { from: 'start', to: 'follow-up', n: { count: 0 }, mean: null, ciLow: null, ciHigh: null },
        ],
      },
    ],
  };
}

/** Reference figures as an embedder would give them; these are invented for the example, not real norms. */
export const sampleReferences = (): ReportReference[] => [
  { instrument: 'swemwbs', label: 'Vertailuluku (esimerkki)', value: 23.9, source: 'keksitty esimerkkiä varten' },
  { instrument: 'esis', label: 'Vertailuluku (esimerkki)', value: 62, source: 'keksitty esimerkkiä varten' },
];
