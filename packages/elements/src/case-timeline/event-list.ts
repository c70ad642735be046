import type { ActivityRef, CaseEvent } from '@linkki/schema';
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { LocalizeController } from '../i18n/index.js';
import { dayOf, localDateOf } from './calendar.js';
import { closureDetails } from './closure-view.js';

export type Order = 'newest' | 'oldest';
export type ActivityNames = (ref: ActivityRef) => string;

// 24×24 outline icons; always shown next to a text label, never alone.
const ICONS: Record<CaseEvent['type'], TemplateResult> = {
  'referral-received': svg`<rect x="3" y="5" width="18" height="14" rx="2"></rect><path d="M3 7l9 6 9-6"></path>`,
  routed: svg`<path d="M4 12h13"></path><path d="M13 6l6 6-6 6"></path>`,
  meeting: svg`<circle cx="8" cy="8" r="3"></circle><circle cx="16" cy="8" r="3"></circle><path d="M2 20c0-4 3-6 6-6s6 2 6 6"></path><path d="M14 14.5c1-.3 1.5-.5 2-.5 3 0 6 2 6 6"></path>`,
  'activity-tried': svg`<path d="M12 3l2.8 5.7 6.2.9-4.5 4.4 1 6.2L12 17.3 6.5 20.2l1-6.2L3 9.6l6.2-.9z"></path>`,
  'activity-joined': svg`<path class="filled" d="M12 3l2.8 5.7 6.2.9-4.5 4.4 1 6.2L12 17.3 6.5 20.2l1-6.2L3 9.6l6.2-.9z"></path>`,
  'questionnaire-completed': svg`<rect x="5" y="4" width="14" height="17" rx="2"></rect><path d="M9 9h6M9 13h6M9 17h4"></path>`,
  note: svg`<path d="M4 20l4-1 11-11-3-3L5 16z"></path><path d="M14 7l3 3"></path>`,
  closed: svg`<path d="M5 21V4"></path><path d="M5 4h12l-2 4 2 4H5"></path>`,
  'follow-up-due': svg`<circle cx="12" cy="12" r="9"></circle><path d="M12 7v5l3 3"></path>`,
  'follow-up-done': svg`<circle cx="12" cy="12" r="9"></circle><path d="M8 12l3 3 5-6"></path>`,
  'period-agreed': svg`<rect x="3" y="5" width="18" height="16" rx="2"></rect><path d="M3 10h18M8 3v4M16 3v4"></path>`,
  'goals-set': svg`<circle cx="12" cy="12" r="9"></circle><circle cx="12" cy="12" r="5"></circle><circle cx="12" cy="12" r="1"></circle>`,
  'needs-recorded': svg`<path d="M12 3l9 16H3z"></path><path d="M12 10v4M12 17v.5"></path>`,
};

const dateText = (i18n: LocalizeController, at: string) =>
  i18n.date(at, { day: 'numeric', month: 'numeric', year: 'numeric' });

/** The one-line label of an event: "Tapaaminen: Kotona", "Kokeili toimintaa: Kylätalon kuoro". */
export function eventLabel(i18n: LocalizeController, event: CaseEvent, activityName: ActivityNames): string {
  const key = `events.type.${event.type}`;
  switch (event.type) {
    case 'referral-received':
      return i18n.t(key, { context: event.referralKind === 'self' ? 'self' : undefined });
    case 'routed':
      return i18n.t(key, { route: i18n.code('route', event.route) });
    case 'meeting':
      return i18n.t(key, { place: i18n.code('meetingPlace', event.place) });
    case 'activity-tried':
    case 'activity-joined':
      return i18n.t(key, { name: activityName(event.activity) });
    case 'questionnaire-completed':
      return i18n.t(key, {
        instrument: i18n.t([`instruments.${event.response.instrument.id}`], { defaultValue: event.response.instrument.id }),
        timepoint: i18n.code('timepoint', event.response.timepoint).toLocaleLowerCase(),
      });
    case 'closed':
      return i18n.t(key, { reason: i18n.code('caseStatus', event.closure.endingReason) });
    case 'follow-up-due':
      return i18n.t(key, { date: dateText(i18n, event.due) });
    case 'period-agreed':
      return i18n.t(key, { date: dateText(i18n, event.until) });
    default:
      return i18n.t(key);
  }
}

function detailsOf(i18n: LocalizeController, event: CaseEvent, activityName: ActivityNames): TemplateResult | undefined {
  const note = (text: string | undefined) => (text ? html`<p class="note">${text}</p>` : undefined);
  switch (event.type) {
    case 'referral-received':
      return event.reasons?.length
        ? html`<p>${i18n.t('events.reasons', { reasons: i18n.list(event.reasons.map((r) => i18n.code('referralReason', r))) })}</p>`
        : undefined;
    case 'meeting':
      return event.durationMinutes || event.kilometres !== undefined || event.note
        ? html`${event.durationMinutes ? html`<p>${i18n.t('events.duration', { count: event.durationMinutes })}</p>` : nothing}${event.kilometres !== undefined
            ? html`<p>${i18n.t('events.kilometres', { count: event.kilometres })}</p>`
            : nothing}${note(event.note) ?? nothing}`
        : undefined;
    case 'goals-set':
      return html`<ul class="goals">${event.goals.map((goal) => html`<li>${goal}</li>`)}</ul>`;
    case 'period-agreed':
      return event.reason ? html`<p>${i18n.t('events.periodReason', { reason: event.reason })}</p>` : undefined;
    case 'needs-recorded':
      return html`${event.barriers?.length ? html`<p>${i18n.t('events.barriers', { list: i18n.list(event.barriers.map((b) => i18n.code('barrier', b))) })}</p>` : nothing}${event.unmetNeeds?.length
        ? html`<p>${i18n.t('events.unmetNeeds', { list: i18n.list(event.unmetNeeds.map((n) => i18n.code('unmetNeed', n))) })}</p>`
        : nothing}${note(event.text) ?? nothing}`;
    case 'activity-tried':
    case 'activity-joined':
      return note(event.note);
    case 'questionnaire-completed':
      return html`<p>${i18n.t('events.score', { score: i18n.number(event.response.score.metric, { maximumFractionDigits: 2 }) })}</p>`;
    case 'follow-up-done':
      return event.response
        ? html`<p>${i18n.t('events.score', { score: i18n.number(event.response.score.metric, { maximumFractionDigits: 2 }) })}</p>`
        : undefined;
    case 'note':
      return note(event.text);
    case 'closed':
      return closureDetails(i18n, event.closure, activityName);
    default:
      return undefined;
  }
}

function eventItem(i18n: LocalizeController, event: CaseEvent, activityName: ActivityNames) {
  const label = eventLabel(i18n, event, activityName);
  const details = detailsOf(i18n, event, activityName);
  return html`<li class="event" part="event" data-type=${event.type}>
    <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${ICONS[event.type]}</svg>
    <div class="event-body">
      <p class="event-label">${label}</p>
      <p class="event-meta">
        <time datetime=${event.at}>${dateText(i18n, event.at)}</time> ·
        ${i18n.t('events.recordedBy', { role: i18n.code('recorderRole', event.by) })}
      </p>
      ${details
        ? html`<details part="event-details">
            <summary>${i18n.t('events.details')}<span class="visually-hidden">: ${label}</span></summary>
            ${details}
          </details>`
        : nothing}
    </div>
  </li>`;
}

interface MonthGroup {
  key: string;
  label: string;
  events: CaseEvent[];
}

/** Groups sorted events by calendar month, keeping their order. */
export function groupByMonth(i18n: LocalizeController, events: CaseEvent[]): MonthGroup[] {
  const groups: MonthGroup[] = [];
  for (const event of events) {
    const day = localDateOf(dayOf(event.at));
    const key = `${day.getFullYear()}-${day.getMonth()}`;
    let group = groups.at(-1);
    if (group?.key !== key) {
      group = { key, label: i18n.date(day, { month: 'long', year: 'numeric' }), events: [] };
      groups.push(group);
    }
    group.events.push(event);
  }
  return groups;
}

/** Events grouped by month, each month a heading one level below the section's. */
export function eventList(
  i18n: LocalizeController,
  oldestFirst: CaseEvent[],
  order: Order,
  activityName: ActivityNames,
  monthHeading: (text: string) => unknown,
) {
  if (oldestFirst.length === 0) return html`<p>${i18n.t('events.none')}</p>`;
  const events = order === 'oldest' ? oldestFirst : [...oldestFirst].reverse();
  return groupByMonth(i18n, events).map(
    (group) => html`<section class="month" part="month">
      ${monthHeading(group.label)}
      <ol class="events">
        ${group.events.map((event) => eventItem(i18n, event, activityName))}
      </ol>
    </section>`,
  );
}
