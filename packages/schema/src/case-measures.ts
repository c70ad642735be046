import type { Case } from './case.js';
import type { Timepoint } from './codes/lists.js';
import type { QuestionnaireResponse } from './response.js';

/** One instrument's answers at one timepoint: the one that counts, and every earlier version. */
export interface TimepointMeasure {
  current: QuestionnaireResponse;
  /** Earlier responses at the same timepoint, oldest first; a correction never deletes one. */
  history: QuestionnaireResponse[];
}

/** Per instrument id (`swemwbs`, `esis`), per timepoint. */
export type CaseMeasures = Record<string, Partial<Record<Timepoint, TimepointMeasure>>>;

/** Every questionnaire response recorded on a case: the referral's start SWEMWBS, then the events'. */
function responsesOf(record: Case): QuestionnaireResponse[] {
  const responses: QuestionnaireResponse[] = [];
  if (record.referral?.kind === 'professional' && record.referral.swemwbs) responses.push(record.referral.swemwbs);
  for (const event of record.events) {
    if (event.type === 'questionnaire-completed') responses.push(event.response);
    if (event.type === 'follow-up-done' && event.response) responses.push(event.response);
  }
  return responses;
}

/**
 * The case's measures paired by instrument and timepoint. One response counts per case,
 * instrument and timepoint: the one completed last (a correction is recorded as a new response);
 * the others stay as its history.
 */
export function caseMeasures(record: Case): CaseMeasures {
  const byTime = responsesOf(record)
    .map((response, order) => ({ response, order }))
    .sort((a, b) => Date.parse(a.response.completedAt) - Date.parse(b.response.completedAt) || a.order - b.order);
  const measures: CaseMeasures = {};
  for (const { response } of byTime) {
    const instrument = (measures[response.instrument.id] ??= {});
    const earlier = instrument[response.timepoint];
    instrument[response.timepoint] = { current: response, history: earlier ? [...earlier.history, earlier.current] : [] };
  }
  return measures;
}

/** The metric change between two timepoints of one instrument, when the case has both. */
export function measureChange(measures: CaseMeasures, instrument: string, from: Timepoint, to: Timepoint): { from: number; to: number; change: number } | undefined {
  const a = measures[instrument]?.[from]?.current.score.metric;
  const b = measures[instrument]?.[to]?.current.score.metric;
  return a === undefined || b === undefined ? undefined : { from: a, to: b, change: Math.round((b - a) * 100) / 100 };
}
