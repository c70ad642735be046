import { clean, fieldForPathIn, optional, withoutUndefined } from '../../shared/form-values.js';
import type { ActivityRef, IssuePath, RecorderRole, ValidationIssue } from '@linkki/schema';

/** The forms an editable timeline offers. */
export type EventFormKind = 'meeting' | 'note' | 'activity' | 'close';

/** What the worker has typed, exactly as typed, for every form (one form is open at a time). */
export interface EventFormValues {
  date: string;
  place: string;
  duration: string;
  note: string;
  text: string;
  activityName: string;
  joined: boolean;
  endingReason: string;
  meetings: string;
  recommend: string;
  wellbeingStrengthened: string;
  whatCameIn: string;
  /** Indexes into the activities the person joined, as offered by the close form. */
  activitiesJoined: number[];
  feedbackToReferrer: string;
}

export type EventFieldId = Exclude<keyof EventFormValues, 'joined'>;

export const emptyEventValues = (date: string, meetings = 0, joinedCount = 0): EventFormValues => ({
  date,
  place: '',
  duration: '',
  note: '',
  text: '',
  activityName: '',
  joined: false,
  endingReason: '',
  meetings: String(meetings),
  recommend: '',
  wellbeingStrengthened: '',
  whatCameIn: '',
  activitiesJoined: Array.from({ length: joinedCount }, (_, i) => i),
  feedbackToReferrer: '',
});

const wholeNumber = (value: string) => (/^\d+$/.test(clean(value)) ? Number(clean(value)) : undefined);

/** Numbers typed as words or with decimals never reach the schema as numbers: say so here. */
export function typingIssues(kind: EventFormKind, values: EventFormValues): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!clean(values.date)) issues.push({ path: ['at'], code: 'required' });
  if (kind === 'meeting' && clean(values.duration) && wholeNumber(values.duration) === undefined) {
    issues.push({ path: ['durationMinutes'], code: 'notInteger' });
  }
  if (kind === 'close' && clean(values.meetings) && wholeNumber(values.meetings) === undefined) {
    issues.push({ path: ['closure', 'meetings'], code: 'notInteger' });
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
  joinedActivities: readonly ActivityRef[];
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

const likert = (value: string) => (value ? Number(value) : undefined);

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
    case 'close': {
      const joined = values.activitiesJoined.map((i) => ctx.joinedActivities[i]).filter((a): a is ActivityRef => a !== undefined);
      const closure = withoutUndefined({
        endingReason: optional(values.endingReason),
        meetings: clean(values.meetings) ? wholeNumber(values.meetings) : undefined,
        recommend: likert(values.recommend),
        wellbeingStrengthened: likert(values.wellbeingStrengthened),
        whatCameIn: optional(values.whatCameIn),
        activitiesJoined: joined.length ? joined : undefined,
        feedbackToReferrer: optional(values.feedbackToReferrer),
      });
      return { type: 'closed', ...base, closure };
    }
  }
}

const FIELD_BY_PATH: [string, EventFieldId][] = [
  ['at', 'date'],
  ['place', 'place'],
  ['durationMinutes', 'duration'],
  ['note', 'note'],
  ['text', 'text'],
  ['activity', 'activityName'],
  ['closure.endingReason', 'endingReason'],
  ['closure.meetings', 'meetings'],
  ['closure.recommend', 'recommend'],
  ['closure.wellbeingStrengthened', 'wellbeingStrengthened'],
  ['closure.whatCameIn', 'whatCameIn'],
  ['closure.activitiesJoined', 'activitiesJoined'],
  ['closure.feedbackToReferrer', 'feedbackToReferrer'],
];

export const fieldForPath = (path: IssuePath): EventFieldId | undefined => fieldForPathIn(FIELD_BY_PATH, path);
