import { caseMeasures, type Case, type CaseEvent, type Closure, type QuestionnaireResponse, type Timepoint } from '@linkki/schema';
import { addMonths, dayOf, monthsAndDays, type Day, type MonthsAndDays } from './calendar.js';

/** Joint work with a link worker lasts at most six months (DOMAIN: the flow, step 3). */
export const JOINT_WORK_MONTHS = 6;
/** The follow-up questionnaire is due three months after the case closes. */
export const FOLLOW_UP_MONTHS = 3;

export type JointWork =
  | { kind: 'not-routed' }
  | { kind: 'direct'; routedOn: Day }
  | {
      kind: 'link-worker';
      start: Day;
      deadline: Day;
      /** The day the case closed, when it has. */
      endedOn: Day | undefined;
      /** `running` within six months, `overdue` past them and still open, `ended` once closed. */
      state: 'running' | 'overdue' | 'ended';
      used: MonthsAndDays;
      /** Time left to the deadline (zero once past it or ended). */
      left: MonthsAndDays;
      /** How far past the deadline the work went (or is), when it did. */
      over: MonthsAndDays | undefined;
      /** Share of the period used, 0–1 (capped). */
      fraction: number;
      /** Set when a `period-agreed` event moved the end from six months: its reason, if given. */
      agreed: { reason: string | undefined } | undefined;
    };

export type FollowUp =
  | { state: 'not-closed' }
  | { state: 'done'; due: Day; doneOn: Day }
  | { state: 'due'; due: Day; daysLeft: number }
  | { state: 'overdue'; due: Day; daysLate: number };

export type WellbeingSeries = Partial<Record<Timepoint, QuestionnaireResponse>>;

export interface CaseProgress {
  /** Events oldest first; equal times keep the order they were recorded in. */
  events: CaseEvent[];
  jointWork: JointWork;
  closure: { closedOn: Day; closure: Closure } | undefined;
  followUp: FollowUp;
  /** SWEMWBS per time point: the latest completed one of each. */
  swemwbs: WellbeingSeries;
}

export function sortEvents(events: readonly CaseEvent[]): CaseEvent[] {
  return events
    .map((event, index) => ({ event, index, time: Date.parse(event.at) }))
    .sort((a, b) => a.time - b.time || a.index - b.index)
    .map(({ event }) => event);
}

const lastOfType = <T extends CaseEvent['type']>(events: CaseEvent[], type: T) =>
  events.filter((e): e is Extract<CaseEvent, { type: T }> => e.type === type).at(-1);

function jointWorkOf(events: CaseEvent[], closedOn: Day | undefined, now: Day): JointWork {
  const routing = events.find((e): e is Extract<CaseEvent, { type: 'routed' }> => e.type === 'routed' && e.route === 'link-worker')
    ?? lastOfType(events, 'routed');
  if (!routing) return { kind: 'not-routed' };
  const start = dayOf(routing.at);
  if (routing.route === 'direct') return { kind: 'direct', routedOn: start };

  // The latest agreement sets the end; without one it is six months from the routing.
  const period = lastOfType(events, 'period-agreed');
  const sixMonths = addMonths(start, JOINT_WORK_MONTHS);
  const agreedEnd = period ? dayOf(period.until) : undefined;
  const deadline = agreedEnd !== undefined && agreedEnd > start ? agreedEnd : sixMonths;
  const until = Math.max(start, closedOn ?? now);
  const state = closedOn !== undefined ? 'ended' : until > deadline ? 'overdue' : 'running';
  return {
    kind: 'link-worker',
    start,
    deadline,
    endedOn: closedOn,
    state,
    used: monthsAndDays(start, until),
    left: state === 'running' ? monthsAndDays(until, deadline) : { months: 0, days: 0 },
    over: until > deadline ? monthsAndDays(deadline, until) : undefined,
    fraction: Math.min(1, (until - start) / (deadline - start)),
    agreed: deadline !== sixMonths ? { reason: period?.reason } : undefined,
  };
}

function followUpOf(events: CaseEvent[], closedOn: Day | undefined, now: Day): FollowUp {
  if (closedOn === undefined) return { state: 'not-closed' };
  const scheduled = lastOfType(events, 'follow-up-due');
  const due = scheduled ? dayOf(scheduled.due) : addMonths(closedOn, FOLLOW_UP_MONTHS);
  const done = events.find(
    (e) =>
      (e.type === 'follow-up-done' && dayOf(e.at) >= closedOn) ||
      (e.type === 'questionnaire-completed' && e.response.timepoint === 'follow-up'),
  );
  if (done) return { state: 'done', due, doneOn: dayOf(done.at) };
  return now <= due ? { state: 'due', due, daysLeft: due - now } : { state: 'overdue', due, daysLate: now - due };
}

/** The current SWEMWBS response at each timepoint (corrections replace, see `caseMeasures`). */
function swemwbsOf(record: Case): WellbeingSeries {
  const byTimepoint = caseMeasures(record).swemwbs ?? {};
  return Object.fromEntries(Object.entries(byTimepoint).map(([timepoint, measure]) => [timepoint, measure.current]));
}

/** Where one person's case stands on `now`: time used and left, the closure, the follow-up, the SWEMWBS series. */
export function caseProgress(record: Case, now: Day): CaseProgress {
  const events = sortEvents(record.events);
  const closed = lastOfType(events, 'closed');
  const closedOn = closed ? dayOf(closed.at) : undefined;
  return {
    events,
    jointWork: jointWorkOf(events, closedOn, now),
    closure: closed && closedOn !== undefined ? { closedOn, closure: closed.closure } : undefined,
    followUp: followUpOf(events, closedOn, now),
    swemwbs: swemwbsOf(record),
  };
}
