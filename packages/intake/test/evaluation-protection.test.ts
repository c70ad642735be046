import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { MIN_CELL, SWEMWBS_MEANINGFUL_CHANGE, type EvaluationReport, type PublishedCount, type Suppression } from '@linkki/schema';
import { openDatabase, type Database } from '../src/index.js';
import { cellsOf } from '../src/evaluation-build.js';
import { evaluationReport, evaluationScopeOf, type EvaluationQuery } from '../src/evaluation.js';
import { rawEvaluation } from '../src/evaluation-sql.js';
import { exposure } from '../src/suppression.js';
import { random, randomCase, storeCases } from './random-cases.js';

/**
 * What an outsider reads from a published report: each count by the cell it is (the README's
 * definitions: a table's total is its population; waiting is over the routed, meetings over the
 * closed), its value, or that it is hidden and how.
 */
function publishedCells(report: EvaluationReport): Map<string, PublishedCount[]> {
  const cells = new Map<string, PublishedCount[]>();
  const read = (id: string, count: PublishedCount) => cells.set(id, [...(cells.get(id) ?? []), count]);
  for (const table of report.tables) {
    read(`population/${table.population}`, table.total);
    for (const row of table.rows) read(`${table.id}/${row.code}`, row);
  }
  for (const [id, summary] of Object.entries(report.summaries)) {
    read(id === 'waitingDays' ? 'population/routed' : id === 'meetings' ? 'population/closed' : `summary/${id}#n`, summary.n);
  }
  for (const measure of report.measures) {
    for (const [timepoint, summary] of Object.entries(measure.timepoints)) read(`measure/${measure.instrument}/${timepoint}#n`, summary.n);
    for (const change of measure.changes) {
      read(`change/${measure.instrument}/${change.to}#n`, change.n);
      for (const row of change.meaningful ?? []) read(`change/${measure.instrument}/${change.to}/${row.code}`, row);
    }
  }
  return cells;
}

const QUERY: EvaluationQuery = { from: '2025-01', to: '2027-12', basis: 'received', municipalities: ['758', '698', '583'] };

describe('the published report protects every small count (property, real SQL and suppression)', () => {
  let db: Database;
  before(async () => {
    db = await openDatabase({ databaseUrl: undefined, dataDir: 'memory://' });
  });
  after(() => db.close());

  it('for random small caseloads no hidden small count can be narrowed below three values, and nothing shown is wrong', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 0, max: 30 }), fc.constantFrom(MIN_CELL, 7), async (seed, count, threshold) => {
        await db.script('DELETE FROM case_events; DELETE FROM status_links; DELETE FROM webhook_deliveries; DELETE FROM referrals;');
        const r = random(seed);
        await storeCases(db, Array.from({ length: count }, (_, n) => randomCase(r, n)));
        const report = await evaluationReport(db, { ...QUERY, threshold }, { now: new Date('2026-12-02T10:00:00Z') });
        const raw = await rawEvaluation(db, evaluationScopeOf(QUERY), SWEMWBS_MEANINGFUL_CHANGE);
        const input = cellsOf(raw, { period: report.period, municipalities: report.municipalities, threshold, generatedAt: report.generatedAt });
        const hidden: Record<string, Suppression> = {};
        for (const [id, seen] of publishedCells(report)) {
          assert.ok(id in input.cells, `${id} is a cell of the report`);
          // Shown the same everywhere it appears, and shown right.
          assert.ok(seen.every((c) => c.count === seen[0]!.count && c.suppressed === seen[0]!.suppressed), id);
          if (seen[0]!.count !== null) assert.equal(seen[0]!.count, input.cells[id], id);
          else hidden[id] = seen[0]!.suppressed!;
        }
        const ranges = await exposure(input, hidden);
        for (const [id, value] of Object.entries(input.cells)) {
          if (value < 1 || value >= threshold) continue;
          assert.ok(hidden[id], `${id} = ${value} is hidden`);
          const [low, high] = ranges[id]!;
          assert.ok(high - low >= 2 && low <= value && value <= high, `${id} = ${value}: an outsider narrows it to ${low}–${high}`);
        }
        // No aggregate over a hidden n or fewer than the threshold.
        for (const summary of [...Object.values(report.summaries), ...report.measures.flatMap((m) => Object.values(m.timepoints))]) {
          const shown = Object.entries(summary).filter(([key, v]) => key !== 'n' && v !== null);
          if (shown.length) assert.ok(summary.n.count !== null && summary.n.count >= threshold, JSON.stringify(summary));
        }
        for (const change of report.measures.flatMap((m) => m.changes)) {
          if (change.mean !== null) assert.ok(change.n.count !== null && change.n.count >= threshold);
        }
      }),
      { numRuns: 30, seed: 20261202 },
    );
  });
});
