import { ENDINGS_WITH_WHY, type ActivityRef, type IssuePath, type RecorderRole, type ValidationIssue } from '@linkki/schema';
import { clean, fieldForPathIn, optional, withoutUndefined } from '../../shared/form-values.js';

/** The forms an editable timeline offers. */
export type EventFormKind = 'meeting' | 'note' | 'activity' | 'goals' | 'period' | 'needs' | 'close';

/** What the worker has typed, exactly as typed, for every form (one form is open at a time). */
export interface EventFormValues {
  date: string;
  place: string;
  duration: string;
  /** Kilometres travelled: for one meeting, or for the whole case on the close form. */
  kilometres: string;
  note: string;
  text: string;
  activityName: string;
  joined: boolean;
  /** The person's goals, one per line, in her own words. */
  goals: string;
  /** The agreed period ends on this date (ISO). */
  until: string;
  /** Why the period differs from six months. */
  periodReason: string;
  barriers: string[];
  unmetNeeds: string[];
  needsText: string;
  endingReason: string;
  /** Why it was interrupted or never started: a `WHY_ENDED` code and words. */
  whyEnded: string;
  whyEndedText: string;
  meetings: string;
  hoursLinkWorker: string;
  hoursCoordinator: string;
  /** The person's own answers: `1`–`5` or `declined`. */
  recommend: string;
  wellbeingStrengthened: string;
  whatCameIn: string;
  /** Indexes into the activities offered on the close form. */
  activitiesJoined: number[];
  continuing: string[];
  feedbackToReferrer: string;
  feedbackConsent: boolean;
}

export type EventFieldId = Exclude<keyof EventFormValues, 'joined'> | 'swemwbs';

export interface EmptyValuesOptions {
  date: string;
  meetings?: number;
  /** Activities pre-ticked on the close form (indexes into those offered). */
  joined?: number[];
  /** The end of the period as agreed now (six months from routing unless changed). */
  until?: string;
}

export const emptyEventValues = ({ date, meetings = 0, joined = [], until = '' }: EmptyValuesOptions): EventFormValues => ({
  date,
  place: '',
  duration: '',
  kilometres: '',
  note: '',
  text: '',
  activityName: '',
  joined: false,
  goals: '',
  until,
  periodReason: '',
  barriers: [],
  unmetNeeds: [],
  needsText: '',
  endingReason: '',
  whyEnded: '',
  whyEndedText: '',
  meetings: String(meetings),
  hoursLinkWorker: '',
  hoursCoordinator: '',
  recommend: '',
  wellbeingStrengthened: '',
  whatCameIn: '',
  activitiesJoined: [...joined],
  continuing: [],
  feedbackToReferrer: '',
  feedbackConsent: false,
});

const wholeNumber = (value: string) => (/^\d+$/.test(clean(value)) ? Number(clean(value)) : undefined);
/** Hours as typed in Finland ("1,5") or elsewhere ("1.5"); undefined when it is not a number. */
const hoursOf = (value: string) => {
  const typed = clean(value).replace(',', '.');
  return /^\d+(\.\d+)?$/.test(typed) ? Number(typed) : undefined;
};
export const needsWhy = (endingReason: string) => (ENDINGS_WITH_WHY as readonly string[]).includes(endingReason);

/** What the form knows about the case that the schema cannot check alone. */
export interface FormContext {
  /** The period's end when nobody changes it: six months from the routing (ISO date). */
  sixMonthsUntil?: string | undefined;
  /** The day joint work started (ISO date), for the period's order check. */
  start?: string | undefined;
}

/** Numbers typed as words, a reason missing for a changed period, an empty needs form: said here, before the schema. */
export function typingIssues(kind: EventFormKind, values: EventFormValues, ctx: FormContext = {}): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const number = (value: string, path: IssuePath, parse: (v: string) => number | undefined = wholeNumber) => {
    if (clean(value) && parse(value) === undefined) issues.push({ path, code: 'notInteger' });
  };
  if (!clean(values.date)) issues.push({ path: ['at'], code: 'required' });
  if (kind === 'meeting') {
    number(values.duration, ['durationMinutes']);
    number(values.kilometres, ['kilometres']);
  }
  if (kind === 'period') {
    const until = clean(values.until);
    if (until && ctx.start && until <= ctx.start) issues.push({ path: ['until'], code: 'dateOrder' });
    if (until && ctx.sixMonthsUntil && until !== ctx.sixMonthsUntil && !clean(values.periodReason)) issues.push({ path: ['reason'], code: 'required' });
  }
  if (kind === 'needs' && !values.barriers.length && !values.unmetNeeds.length && !clean(values.needsText)) {
    issues.push({ path: ['barriers'], code: 'required' });
  }
  if (kind === 'close') {
    number(values.meetings, ['closure', 'meetings']);
    number(values.hoursLinkWorker, ['closure', 'hours', 'linkWorker'], hoursOf);
    number(values.hoursCoordinator, ['closure', 'hours', 'coordinator'], hoursOf);
    number(values.kilometres, ['closure', 'kilometres']);
  }
  return issues;
}

export interface EventContext {
  id: string;
  by: RecorderRole;
  /** The current time, used when the chosen date is today. */
  now: Date;
  /** Activity ids by name, from the catalogue, so a chosen suggestion keeps its id. */
  activityIdByName: ReadonlyMap<string, string>;
  /** The activities offered as "joined" on the close form. */
  offeredActivities: readonly ActivityRef[];
}

const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');

/** An ISO date-time with offset for a chosen calendar day: now, if it is today; else noon local time. */
export function timestampFor(date: string, now: Date): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  const [y, m, d] = date.split('-').map(Number);
  const sameDay = now.getFullYear() === y && now.getMonth() + 1 === m && now.getDate() === d;
  const at = sameDay ? now : new Date(y!, m! - 1, d!, 12, 0, 0);
  const offset = -at.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return `${date}T${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

function activityRef(values: EventFormValues, ctx: EventContext): ActivityRef {
  const name = clean(values.activityName);
  return withoutUndefined({ activityId: ctx.activityIdByName.get(name), name });
}

/** The person's answer: `declined`, a number 1–5, or nothing. */
const personAnswer = (value: string) => (value === 'declined' ? value : value ? Number(value) : undefined);
const list = <T>(values: T[]) => (values.length ? values : undefined);

function closureOf(values: EventFormValues, ctx: EventContext) {
  const joined = values.activitiesJoined.map((i) => ctx.offeredActivities[i]).filter((a): a is ActivityRef => a !== undefined);
  const why = needsWhy(values.endingReason) && (values.whyEnded || clean(values.whyEndedText))
    ? withoutUndefined({ code: optional(values.whyEnded), text: optional(values.whyEndedText) })
    : undefined;
  const hours = withoutUndefined({ linkWorker: hoursOf(values.hoursLinkWorker), coordinator: hoursOf(values.hoursCoordinator) });
  const feedback = optional(values.feedbackToReferrer);
  return withoutUndefined({
    endingReason: optional(values.endingReason),
    whyEnded: why,
    meetings: clean(values.meetings) ? wholeNumber(values.meetings) : undefined,
    hours: Object.keys(hours).length ? hours : undefined,
    kilometres: wholeNumber(values.kilometres),
    recommend: personAnswer(values.recommend),
    wellbeingStrengthened: personAnswer(values.wellbeingStrengthened),
    whatCameIn: optional(values.whatCameIn),
    activitiesJoined: list(joined),
    continuing: list(values.continuing),
    feedbackToReferrer: feedback,
    // Recorded either way once there is feedback: shared only with her consent.
    feedbackConsent: feedback || values.feedbackConsent ? values.feedbackConsent : undefined,
  });
}

/** Turns typed values into a `CaseEvent` candidate for `validateCaseEvent`. */
export function toCaseEvent(kind: EventFormKind, values: EventFormValues, ctx: EventContext): unknown {
  const base = { id: ctx.id, at: timestampFor(clean(values.date), ctx.now), by: ctx.by };
  switch (kind) {
    case 'meeting':
      return withoutUndefined({
        type: 'meeting',
        ...base,
        place: optional(values.place),
        durationMinutes: wholeNumber(values.duration),
        kilometres: wholeNumber(values.kilometres),
        note: optional(values.note),
      });
    case 'note':
      return { type: 'note', ...base, text: clean(values.text) };
    case 'activity':
      return withoutUndefined({
        type: values.joined ? 'activity-joined' : 'activity-tried',
        ...base,
        activity: activityRef(values, ctx),
        note: optional(values.note),
      });
    case 'goals':
      return { type: 'goals-set', ...base, goals: values.goals.split(/\r?\n/).map(clean).filter(Boolean) };
    case 'period':
      return withoutUndefined({ type: 'period-agreed', ...base, until: clean(values.until), reason: optional(values.periodReason) });
    case 'needs':
      return withoutUndefined({ type: 'needs-recorded', ...base, barriers: list(values.barriers), unmetNeeds: list(values.unmetNeeds), text: optional(values.needsText) });
    case 'close':
      return { type: 'closed', ...base, closure: closureOf(values, ctx) };
  }
}

const FIELD_BY_PATH: [string, EventFieldId][] = [
  ['at', 'date'],
  ['place', 'place'],
  ['durationMinutes', 'duration'],
  ['kilometres', 'kilometres'],
  ['note', 'note'],
  ['text', 'text'],
  ['activity', 'activityName'],
  ['goals', 'goals'],
  ['until', 'until'],
  ['reason', 'periodReason'],
  ['barriers', 'barriers'],
  ['unmetNeeds', 'unmetNeeds'],
  ['swemwbs', 'swemwbs'],
  ['closure.endingReason', 'endingReason'],
  ['closure.whyEnded.text', 'whyEndedText'],
  ['closure.whyEnded', 'whyEnded'],
  ['closure.meetings', 'meetings'],
  ['closure.hours.linkWorker', 'hoursLinkWorker'],
  ['closure.hours.coordinator', 'hoursCoordinator'],
  ['closure.kilometres', 'kilometres'],
  ['closure.recommend', 'recommend'],
  ['closure.wellbeingStrengthened', 'wellbeingStrengthened'],
  ['closure.whatCameIn', 'whatCameIn'],
  ['closure.activitiesJoined', 'activitiesJoined'],
  ['closure.continuing', 'continuing'],
  ['closure.feedbackToReferrer', 'feedbackToReferrer'],
  ['closure.feedbackConsent', 'feedbackConsent'],
];

export const fieldForPath = (path: IssuePath): EventFieldId | undefined => fieldForPathIn(FIELD_BY_PATH, path);

/** The order problems are listed in the error summary: the order of the fields on screen. */
export const FIELD_ORDER: EventFieldId[] = [
  'date', 'place', 'duration', 'text', 'activityName', 'goals', 'until', 'periodReason', 'barriers', 'unmetNeeds', 'needsText',
  'endingReason', 'whyEnded', 'whyEndedText', 'meetings', 'hoursLinkWorker', 'hoursCoordinator', 'kilometres',
  'whatCameIn', 'activitiesJoined', 'continuing', 'recommend', 'wellbeingStrengthened', 'swemwbs', 'feedbackToReferrer', 'feedbackConsent', 'note',
];
