import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { caseMeasures, measureChange, scoreSwemwbs, validateCase, type Case, type QuestionnaireResponse, type Timepoint } from '../src/index.js';

const swemwbs = (timepoint: Timepoint, answers: number[], completedAt: string): QuestionnaireResponse => ({
  instrument: { id: 'swemwbs', version: '1.0' },
  language: 'fi',
  timepoint,
  answers: Object.fromEntries(answers.map((value, i) => [`item${i + 1}`, value])),
  score: scoreSwemwbs(answers)!,
  completedAt,
});

const completed = (id: string, response: QuestionnaireResponse) =>
  ({ type: 'questionnaire-completed', id, at: response.completedAt, by: 'link-worker', response }) as const;

describe('caseMeasures', () => {
  const start = swemwbs('start', [3, 3, 3, 3, 3, 3, 3], '2026-01-10T10:00:00Z'); // raw 21
  const end = swemwbs('end', [4, 4, 4, 4, 4, 4, 4], '2026-06-20T10:00:00Z'); // raw 28
  const corrected = swemwbs('end', [5, 4, 4, 4, 4, 4, 4], '2026-06-21T09:00:00Z'); // raw 29
  const followUp = swemwbs('follow-up', [4, 4, 4, 4, 4, 4, 3], '2026-09-25T10:00:00Z'); // raw 27
  const record: Case = {
    id: 'case-1',
    // Recorded out of order: the correction arrives before the event it corrects is listed.
    events: [completed('e3', corrected), completed('e1', start), completed('e2', end), completed('e4', followUp)],
  };

  it('pairs start, end and follow-up; the latest response at a timepoint counts, the earlier one is history', () => {
    assert.equal(validateCase(record).ok, true);
    const measures = caseMeasures(record);
    assert.equal(measures.swemwbs?.start?.current, start);
    assert.equal(measures.swemwbs?.end?.current, corrected);
    assert.deepEqual(measures.swemwbs?.end?.history, [end]);
    assert.equal(measures.swemwbs?.['follow-up']?.current, followUp);
  });

  it('gives the metric change between two timepoints only when both exist', () => {
    const measures = caseMeasures(record);
    assert.deepEqual(measureChange(measures, 'swemwbs', 'start', 'end'), { from: 19.25, to: 26.02, change: 6.77 });
    assert.deepEqual(measureChange(measures, 'swemwbs', 'start', 'follow-up'), { from: 19.25, to: 24.11, change: 4.86 });
    assert.equal(measureChange(measures, 'esis', 'start', 'end'), undefined);
    assert.equal(measureChange(caseMeasures({ id: 'c', events: [completed('e1', start)] }), 'swemwbs', 'start', 'end'), undefined);
  });

  it("counts the referral's embedded start SWEMWBS", () => {
    const measures = caseMeasures({ id: 'c', events: [], referral: { kind: 'professional', swemwbs: start } as unknown as Case['referral'] });
    assert.equal(measures.swemwbs?.start?.current, start);
  });
});
