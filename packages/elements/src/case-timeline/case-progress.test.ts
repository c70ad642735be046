import type { Case, CaseEvent } from '@linkki/schema';
import { expect } from '@open-wc/testing';
import { addMonths, dayOf, isoDateOf, monthsAndDays } from './calendar.js';
import { caseProgress } from './case-progress.js';
import { closedCase, followedUpCase, swemwbsResponse } from './case-timeline.fixtures.js';

const day = (iso: string) => dayOf(iso);
const plus = (iso: string, months: number) => isoDateOf(addMonths(day(iso), months));

const linkWorkerCase = (routedOn: string, extra: CaseEvent[] = []): Case => ({
  id: 'c',
  events: [{ type: 'routed', id: 'r', at: `${routedOn}T10:00:00+02:00`, by: 'coordinator', route: 'link-worker' }, ...extra],
});
const workOn = (routedOn: string, now: string) => {
  const work = caseProgress(linkWorkerCase(routedOn), day(now)).jointWork;
  if (work.kind !== 'link-worker') throw new Error('expected a link-worker period');
  return work;
};

describe('calendar arithmetic', () => {
  it('adds months and lands on the last day of shorter months', () => {
    expect(plus('2026-08-31', 6)).to.equal('2027-02-28');
    expect(plus('2027-08-31', 6)).to.equal('2028-02-29');
    expect(plus('2028-02-29', 6)).to.equal('2028-08-29');
    expect(plus('2026-01-31', 1)).to.equal('2026-02-28');
    expect(plus('2026-12-15', 3)).to.equal('2027-03-15');
  });

  it('counts whole months, then days', () => {
    expect(monthsAndDays(day('2026-07-20'), day('2026-09-25'))).to.deep.equal({ months: 2, days: 5 });
    expect(monthsAndDays(day('2026-01-31'), day('2026-02-28'))).to.deep.equal({ months: 1, days: 0 });
    expect(monthsAndDays(day('2028-02-01'), day('2028-03-01'))).to.deep.equal({ months: 1, days: 0 });
    expect(monthsAndDays(day('2026-05-05'), day('2026-05-05'))).to.deep.equal({ months: 0, days: 0 });
  });

  it('reads an event time as the local calendar day', () => {
    expect(isoDateOf(dayOf('2026-03-02'))).to.equal('2026-03-02');
    const late = new Date(2026, 2, 1, 23, 30).toISOString();
    expect(isoDateOf(dayOf(late))).to.equal('2026-03-01');
  });
});

describe('six months with a link worker', () => {
  it('on day 0 has all six months left', () => {
    const work = workOn('2026-11-24', '2026-11-24');
    expect(work).to.deep.include({ state: 'running', used: { months: 0, days: 0 }, left: { months: 6, days: 0 }, fraction: 0 });
  });

  it('on the day six months are up has nothing left but is not overdue', () => {
    const work = workOn('2026-05-10', '2026-11-10');
    expect(work).to.deep.include({ state: 'running', left: { months: 0, days: 0 }, used: { months: 6, days: 0 }, fraction: 1 });
    expect(work.over).to.equal(undefined);
  });

  it('the day after is overdue by one day', () => {
    const work = workOn('2026-05-10', '2026-11-11');
    expect(work.state).to.equal('overdue');
    expect(work.over).to.deep.equal({ months: 0, days: 1 });
    expect(work.fraction).to.equal(1);
  });

  it('starting on 31 August ends on the last day of February, also in a leap year', () => {
    expect(isoDateOf(workOn('2026-08-31', '2026-09-01').deadline)).to.equal('2027-02-28');
    expect(isoDateOf(workOn('2027-08-31', '2027-09-01').deadline)).to.equal('2028-02-29');
    expect(workOn('2027-08-31', '2028-02-29')).to.deep.include({ state: 'running', left: { months: 0, days: 0 } });
    expect(workOn('2027-08-31', '2028-03-01').state).to.equal('overdue');
  });

  it('starting on 29 February counts from it', () => {
    const work = workOn('2028-02-29', '2028-05-31');
    expect(isoDateOf(work.deadline)).to.equal('2028-08-29');
    expect(work.used).to.deep.equal({ months: 3, days: 2 });
    expect(work.left).to.deep.equal({ months: 2, days: 29 });
  });

  it('stops counting when the case closes', () => {
    const { record } = closedCase();
    const work = caseProgress(record, day('2026-09-30')).jointWork;
    expect(work).to.deep.include({ kind: 'link-worker', state: 'ended', used: { months: 5, days: 29 } });
  });

  it('has no period for a direct referral or an unrouted one', () => {
    const direct: Case = { id: 'd', events: [{ type: 'routed', id: 'r', at: '2026-10-08T10:00:00+02:00', by: 'coordinator', route: 'direct' }] };
    expect(caseProgress(direct, day('2026-11-24')).jointWork).to.deep.equal({ kind: 'direct', routedOn: day('2026-10-08') });
    expect(caseProgress({ id: 'n', events: [] }, day('2026-11-24')).jointWork).to.deep.equal({ kind: 'not-routed' });
  });
});

describe('an agreed period', () => {
  const agreed = (until: string, at: string, reason?: string): CaseEvent => ({ type: 'period-agreed', id: `p-${until}`, at: `${at}T12:00:00+02:00`, by: 'link-worker', until, ...(reason ? { reason } : {}) });
  const work = (extra: CaseEvent[], now: string) => {
    const result = caseProgress(linkWorkerCase('2026-03-02', extra), day(now)).jointWork;
    if (result.kind !== 'link-worker') throw new Error('expected a link-worker period');
    return result;
  };

  it('moves the end: the latest agreement counts, with its reason', () => {
    const longer = work([agreed('2026-11-02', '2026-04-01', 'Kuoro alkaa syksyllä.')], '2026-10-01');
    expect(isoDateOf(longer.deadline)).to.equal('2026-11-02');
    expect(longer.state).to.equal('running');
    expect(longer.left).to.deep.equal({ months: 1, days: 1 });
    expect(longer.agreed).to.deep.equal({ reason: 'Kuoro alkaa syksyllä.' });
    const shorter = work([agreed('2026-11-02', '2026-04-01'), agreed('2026-06-02', '2026-05-01')], '2026-07-01');
    expect(isoDateOf(shorter.deadline)).to.equal('2026-06-02');
    expect(shorter.state).to.equal('overdue');
  });

  it('agreed at six months is no change, and an end before the start is ignored', () => {
    expect(work([agreed('2026-09-02', '2026-04-01')], '2026-04-02').agreed).to.equal(undefined);
    expect(isoDateOf(work([agreed('2026-01-01', '2026-04-01')], '2026-04-02').deadline)).to.equal('2026-09-02');
  });
});

describe('follow-up', () => {
  it('is due three months after closure, then overdue, then done', () => {
    const { record } = closedCase();
    expect(caseProgress(record, day('2026-09-30')).followUp).to.deep.equal({ state: 'due', due: day('2026-10-31'), daysLeft: 31 });
    expect(caseProgress(record, day('2026-10-31')).followUp).to.deep.include({ state: 'due', daysLeft: 0 });
    expect(caseProgress(record, day('2026-11-03')).followUp).to.deep.include({ state: 'overdue', daysLate: 3 });
    const done = followedUpCase();
    expect(caseProgress(done.record, day(done.now)).followUp).to.deep.equal({ state: 'done', due: day('2026-10-31'), doneOn: day('2026-10-29') });
  });

  it('uses an agreed due date when one is recorded', () => {
    const { record } = closedCase();
    const agreed: CaseEvent = { type: 'follow-up-due', id: 'fu', at: '2026-08-01T10:00:00+02:00', by: 'coordinator', due: '2026-11-15' };
    const progress = caseProgress({ ...record, events: [...record.events, agreed] }, day('2026-11-16'));
    expect(progress.followUp).to.deep.equal({ state: 'overdue', due: day('2026-11-15'), daysLate: 1 });
  });

  it('is not due while the case is open', () => {
    expect(caseProgress(linkWorkerCase('2026-06-01'), day('2026-11-24')).followUp).to.deep.equal({ state: 'not-closed' });
  });
});

describe('events and SWEMWBS series', () => {
  it('sorts events by time, keeping the recorded order for equal times', () => {
    const note = (eventId: string, time: string): CaseEvent => ({ type: 'note', id: eventId, at: time, by: 'link-worker', text: eventId });
    const record: Case = { id: 'c', events: [note('b', '2026-03-02T10:00:00+02:00'), note('a', '2026-03-01T10:00:00+02:00'), note('c', '2026-03-02T10:00:00+02:00')] };
    expect(caseProgress(record, day('2026-03-03')).events.map((e) => e.id)).to.deep.equal(['a', 'b', 'c']);
  });

  it('takes the latest SWEMWBS of each time point, including the follow-up', () => {
    const { record, now } = followedUpCase();
    const redo = swemwbsResponse('end', '2026-08-02T10:00:00+02:00', [5, 5, 5, 5, 5, 5, 5]);
    const events: CaseEvent[] = [...record.events, { type: 'questionnaire-completed', id: 'redo', at: redo.completedAt, by: 'link-worker', response: redo }];
    const series = caseProgress({ ...record, events }, day(now)).swemwbs;
    expect(series.start?.score.metric).to.equal(16.36);
    expect(series.end?.score.metric).to.equal(35);
    expect(series['follow-up']?.score.raw).to.equal(25);
  });
});
