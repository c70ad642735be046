import { html, nothing } from 'lit';
import type { LocalizeController } from '../i18n/index.js';
import { localDateOf, type Day, type MonthsAndDays } from './calendar.js';
import type { CaseProgress, FollowUp, JointWork } from './case-progress.js';

/** "2 kk 5 pv": whole months and days, days shown when there are no months. */
export function durationText(i18n: LocalizeController, { months, days }: MonthsAndDays): string {
  const parts: string[] = [];
  if (months) parts.push(i18n.t('duration.months', { count: months }));
  if (days || !months) parts.push(i18n.t('duration.days', { count: days }));
  return parts.join(' ');
}

export const dayText = (i18n: LocalizeController, day: Day) =>
  i18n.date(localDateOf(day), { day: 'numeric', month: 'numeric', year: 'numeric' });

export function statusView(i18n: LocalizeController, progress: CaseProgress) {
  const text = progress.closure
    ? i18n.t('status.closed', {
        date: dayText(i18n, progress.closure.closedOn),
        reason: i18n.code('caseStatus', progress.closure.closure.endingReason),
      })
    : i18n.t('status.ongoing');
  return html`<p class="status" part="status">${text}</p>`;
}

function linkWorkerPeriod(i18n: LocalizeController, work: Extract<JointWork, { kind: 'link-worker' }>) {
  const start = dayText(i18n, work.start);
  const total = work.deadline - work.start;
  const used = Math.round(work.fraction * total);
  // An agreed period other than six months says so: `…_agreed` strings.
  const context = work.agreed ? 'agreed' : undefined;
  let headline: string;
  if (work.state === 'ended') {
    headline = i18n.t('jointWork.ended', { time: durationText(i18n, work.used), start, end: dayText(i18n, work.endedOn!) });
  } else if (work.state === 'overdue') {
    headline = i18n.t('jointWork.overdue', { time: durationText(i18n, work.over!), context });
  } else {
    const { months, days } = work.left;
    headline = months === 0 && days === 0 ? i18n.t('jointWork.lastDay') : i18n.t('jointWork.left', { time: durationText(i18n, work.left) });
  }
  const usedText = i18n.t('jointWork.used', { time: durationText(i18n, work.used) });
  return html`<p class="headline" data-state=${work.state}>
      ${work.state === 'overdue' ? html`<span class="flag" aria-hidden="true">!</span>` : nothing}${headline}
    </p>
    <progress
      part="time-bar"
      class="time-bar"
      data-state=${work.state}
      max=${total}
      value=${used}
      aria-label=${i18n.t('jointWork.meterLabel', { context })}
      aria-valuetext=${work.state === 'running' ? `${usedText}, ${headline}` : `${usedText}. ${headline}`}
    ></progress>
    <p class="period">${usedText}. ${i18n.t('jointWork.period', { start, deadline: dayText(i18n, work.deadline), context })}</p>
    ${work.agreed?.reason ? html`<p class="period">${i18n.t('jointWork.agreedReason', { reason: work.agreed.reason })}</p>` : nothing}
    ${work.state === 'overdue' ? html`<p class="help">${i18n.t('jointWork.overdueHelp')}</p>` : nothing}`;
}

export function jointWorkView(i18n: LocalizeController, work: JointWork, title: (text: string, id: string) => unknown) {
  let body;
  if (work.kind === 'not-routed') body = html`<p>${i18n.t('jointWork.notRouted')}</p>`;
  else if (work.kind === 'direct') body = html`<p>${i18n.t('jointWork.direct', { date: dayText(i18n, work.routedOn) })}</p>`;
  else body = linkWorkerPeriod(i18n, work);
  return html`<section class="panel joint-work" part="joint-work" aria-labelledby="joint-work-title">
    ${title(i18n.t('jointWork.title'), 'joint-work-title')} ${body}
  </section>`;
}

function followUpText(i18n: LocalizeController, followUp: FollowUp): string[] {
  switch (followUp.state) {
    case 'not-closed':
      return [i18n.t('followUp.notClosed')];
    case 'done':
      return [i18n.t('followUp.done', { date: dayText(i18n, followUp.doneOn) })];
    case 'due':
      return followUp.daysLeft === 0
        ? [i18n.t('followUp.dueToday')]
        : [i18n.t('followUp.due', { date: dayText(i18n, followUp.due) }), i18n.t('followUp.daysLeft', { count: followUp.daysLeft })];
    case 'overdue':
      return [i18n.t('followUp.overdue', { date: dayText(i18n, followUp.due) }), i18n.t('followUp.daysLate', { count: followUp.daysLate })];
  }
}

export function followUpView(i18n: LocalizeController, followUp: FollowUp, title: (text: string, id: string) => unknown) {
  const [main, extra] = followUpText(i18n, followUp);
  return html`<section class="panel follow-up" part="follow-up" aria-labelledby="follow-up-title" data-state=${followUp.state}>
    ${title(i18n.t('followUp.title'), 'follow-up-title')}
    <p class="headline" data-state=${followUp.state}>
      ${followUp.state === 'overdue' ? html`<span class="flag" aria-hidden="true">!</span>` : nothing}${main}${extra ? html` (${extra})` : nothing}
    </p>
  </section>`;
}
