import type { ExportedSchemaName, IssueCode, IssuePath } from '../src/index.js';

// Tests deliberately break valid objects, so they work on loose records.
type Doc = Record<string, any>;

export interface Mutation {
  name: string;
  schema: ExportedSchemaName;
  /** Returns false when the mutation does not apply to this sample. */
  apply: (doc: Doc) => boolean;
  path: IssuePath | ((doc: Doc) => IssuePath);
  code: IssueCode;
  /** True when JSON Schema cannot express the rule (see SEMANTIC_RULES). */
  semanticOnly?: boolean;
}

const referral = (name: string, apply: Mutation['apply'], path: Mutation['path'], code: IssueCode, semanticOnly = false): Mutation => ({
  name,
  schema: 'referral',
  apply,
  path,
  code,
  semanticOnly,
});

export const MUTATIONS: Mutation[] = [
  referral('person name missing', (d) => delete d.person.name, ['person', 'name'], 'required'),
  referral('person name blank', (d) => ((d.person.name = '   '), true), ['person', 'name'], 'required'),
  referral('no contact method', (d) => ((d.person.contact = {}), true), ['person', 'contact'], 'contactRequired'),
  referral('phone has letters', (d) => ((d.person.contact.phone = 'soita minulle'), true), ['person', 'contact', 'phone'], 'invalidPhone'),
  referral('email without domain', (d) => ((d.person.contact = { email: 'aino@' }), true), ['person', 'contact', 'email'], 'invalidEmail'),
  referral('no reason chosen', (d) => ((d.reasons = []), true), ['reasons'], 'required'),
  referral('reason repeated', (d) => (d.reasons.push(d.reasons[0]), true), ['reasons'], 'notUnique'),
  referral('unknown reason', (d) => ((d.reasons = ['boredom']), true), ['reasons', 0], 'invalidOption'),
  referral(
    'other reason without text',
    (d) => {
      d.reasons = ['other'];
      delete d.otherReason;
      return true;
    },
    ['otherReason'],
    'otherReasonRequired',
  ),
  referral('no consent', (d) => ((d.consent = false), true), ['consent'], 'consentRequired'),
  referral('municipality outside Lapland', (d) => ((d.person.municipality = '091'), true), ['person', 'municipality'], 'invalidOption'),
  referral(
    'neither age nor birth year',
    (d) => {
      delete d.person.age;
      delete d.person.birthYear;
      return true;
    },
    ['person', 'birthYear'],
    'ageRequired',
  ),
  referral('a minor by age', (d) => ((d.person.age = 15), true), ['person', 'age'], 'tooSmall'),
  referral(
    'born next year',
    (d) => ((d.person.birthYear = new Date().getFullYear() + 1), true),
    ['person', 'birthYear'],
    'birthYearInFuture',
    true,
  ),
  referral('extra personal data smuggled in', (d) => ((d.person.socialSecurityNumber = '010101-123A'), true), ['person', 'socialSecurityNumber'], 'unknownField'),
  referral('unknown kind', (d) => ((d.kind = 'anonymous'), true), ['kind'], 'invalidOption'),
  referral('hopes too long', (d) => ((d.hopes = 'x'.repeat(2001)), true), ['hopes'], 'tooLong'),
  referral(
    'feedback wanted but referrer unknown',
    (d) => {
      if (d.kind !== 'professional') return false;
      d.referrer = { type: 'parish', wantsFeedback: true };
      return true;
    },
    ['referrer', 'wantsFeedback'],
    'feedbackNeedsContact',
  ),
  {
    name: 'answer missing',
    schema: 'questionnaire-response',
    apply: (d) => delete d.answers[Object.keys(d.answers)[0]!],
    path: ['answers'],
    code: 'answerMissing',
  },
  {
    name: 'answer outside the scale',
    schema: 'questionnaire-response',
    apply: (d) => ((d.answers[Object.keys(d.answers)[0]!] = 6), true),
    path: (d) => ['answers', Object.keys(d.answers)[0]!],
    code: 'answerOutOfScale',
  },
  {
    name: 'score does not match the answers',
    schema: 'questionnaire-response',
    apply: (d) => ((d.score = { ...d.score, raw: d.score.raw + 1 }), true),
    path: ['score'],
    code: 'scoreMismatch',
    semanticOnly: true,
  },
  {
    name: 'unknown timepoint',
    schema: 'questionnaire-response',
    apply: (d) => ((d.timepoint = 'middle'), true),
    path: ['timepoint'],
    code: 'invalidOption',
  },
  {
    name: 'completion time not a date',
    schema: 'questionnaire-response',
    apply: (d) => ((d.completedAt = 'eilen'), true),
    path: ['completedAt'],
    code: 'invalidDate',
  },
  { name: 'activity without a name', schema: 'activity', apply: (d) => ((d.name = {}), true), path: ['name'], code: 'textRequired' },
  { name: 'activity given in no language', schema: 'activity', apply: (d) => ((d.languages = []), true), path: ['languages'], code: 'required' },
  { name: 'activity never checked', schema: 'activity', apply: (d) => delete d.checked, path: ['checked'], code: 'required' },
  {
    name: 'javascript: url',
    schema: 'activity',
    apply: (d) => ((d.contact = { url: 'javascript:alert(1)' }), true),
    path: ['contact', 'url'],
    code: 'invalidUrl',
  },
  {
    name: 'biweekly without an anchor date',
    schema: 'activity',
    apply: (d) => ((d.schedule = { rules: [{ frequency: 'biweekly', weekday: 4, start: '13:00' }] }), true),
    path: ['schedule', 'rules', 0, 'anchor'],
    code: 'required',
  },
  {
    name: 'time of day 25:00',
    schema: 'activity',
    apply: (d) => ((d.schedule = { rules: [{ frequency: 'weekly', weekday: 4, start: '25:00' }] }), true),
    path: ['schedule', 'rules', 0, 'start'],
    code: 'invalidFormat',
  },
  { name: 'closure with negative meetings', schema: 'closure', apply: (d) => ((d.meetings = -1), true), path: ['meetings'], code: 'tooSmall' },
  { name: 'recommend 6 of 5', schema: 'closure', apply: (d) => ((d.recommend = 6), true), path: ['recommend'], code: 'invalidOption' },
  { name: 'interrupted without a reason', schema: 'closure', apply: (d) => ((d.endingReason = 'interrupted'), delete d.whyEnded, true), path: ['whyEnded'], code: 'whyEndedRequired' },
  { name: 'consent to share without feedback', schema: 'closure', apply: (d) => ((d.feedbackConsent = true), delete d.feedbackToReferrer, true), path: ['feedbackToReferrer'], code: 'feedbackRequired' },
  { name: 'unknown ending reason', schema: 'closure', apply: (d) => ((d.endingReason = 'moved'), true), path: ['endingReason'], code: 'invalidOption' },
  {
    name: 'unknown event type',
    schema: 'case',
    apply: (d) => {
      d.events.push({ type: 'phone-call', id: 'x1', at: '2026-01-01T10:00:00Z', by: 'coordinator' });
      return true;
    },
    path: (d) => ['events', d.events.length - 1, 'type'],
    code: 'invalidOption',
  },
  {
    name: 'repeated event id',
    schema: 'case',
    apply: (d) => {
      if (d.events.length < 1) return false;
      d.events.push({ ...d.events[0] });
      return true;
    },
    path: ['events'],
    code: 'notUnique',
    semanticOnly: true,
  },
];

export function pathOf(mutation: Mutation, doc: Doc): IssuePath {
  return typeof mutation.path === 'function' ? mutation.path(doc) : mutation.path;
}
