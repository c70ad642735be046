import fc from 'fast-check';
import {
  BARRIERS,
  CONTINUING,
  UNMET_NEEDS,
  WHY_ENDED,
  ACCESSIBILITY_FEATURES,
  ACTIVITY_CATEGORIES,
  ATTENDING_TYPES,
  ENDING_REASONS,
  GENDERS,
  LANGUAGES,
  MEETING_PLACES,
  MUNICIPALITY_CODES,
  RECORDER_ROLES,
  REFERRAL_REASONS,
  REFERRER_TYPES,
  ROUTES,
  scoreEsis,
  scoreSwemwbs,
  TIMEPOINTS,
  type Activity,
  type Case,
  type CaseEvent,
  type Catalogue,
  type Closure,
  type InstrumentDefinition,
  type QuestionnaireResponse,
  type Referral,
} from '../src/index.js';

/** Letters people in Lapland type, Sami ones included. */
const letters = [...'abcdefghijklmnopqrstuvwxyzåäöáčđŋšŧžâõʒǯǧǥǩʹ\'ABCÅÄÖÁČĐŊŠŦŽ -.,'];
export const someText = (max = 60) =>
  fc.string({ unit: fc.constantFrom(...letters), minLength: 1, maxLength: max }).filter((s) => /\S/.test(s));
const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);
const subset = <T>(values: readonly T[], minLength = 0) =>
  fc.uniqueArray(pick(values), { minLength, maxLength: values.length });

export const phone = fc.stringMatching(/^\+?[0-9]{2,4} [0-9]{3} [0-9]{3,4}$/);
export const email = fc
  .tuple(fc.stringMatching(/^[a-z][a-z0-9]{0,10}$/), fc.stringMatching(/^[a-z][a-z0-9]{1,10}$/), pick(['fi', 'org', 'net']))
  .map(([local, domain, tld]) => `${local}@${domain}.${tld}`);
export const contact = fc.oneof(
  fc.record({ phone }),
  fc.record({ email }),
  fc.record({ phone, email }),
);
const instant = fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true });
export const dateTime = instant.map((d) => d.toISOString());
export const date = instant.map((d) => d.toISOString().slice(0, 10));
export const identifier = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,20}$/);
const localised = fc
  .record({ fi: someText(), se: someText(), smn: someText(), sms: someText(), sv: someText(), en: someText() }, { requiredKeys: [] })
  .filter((t) => Object.keys(t).length > 0);

export const person = fc
  .record(
    {
      name: someText(),
      contact,
      birthYear: fc.integer({ min: 1900, max: new Date().getFullYear() - 18 }),
      age: fc.integer({ min: 18, max: 120 }),
      gender: pick(GENDERS),
      municipality: pick(MUNICIPALITY_CODES),
      language: pick(LANGUAGES),
    },
    { requiredKeys: ['name', 'contact', 'municipality', 'language'] },
  )
  .filter((p) => p.age !== undefined || p.birthYear !== undefined);

const reasonsWithOther = subset(REFERRAL_REASONS, 1).chain((reasons) =>
  reasons.includes('other')
    ? someText().map((otherReason) => ({ reasons, otherReason }))
    : fc.constant({ reasons }),
);

function answersFor(ids: readonly string[], min: number, max: number) {
  return fc.tuple(...ids.map(() => fc.integer({ min, max }))).map((values) =>
    Object.fromEntries(ids.map((id, i) => [id, values[i]!])),
  );
}

const SWEMWBS_IDS = ['optimistic', 'useful', 'relaxed', 'problems', 'thinking', 'close', 'decisions'];
const ESIS_IDS = Array.from({ length: 10 }, (_, i) => `s${i + 1}`);

export const questionnaireResponse: fc.Arbitrary<QuestionnaireResponse> = fc
  .tuple(
    fc.oneof(
      answersFor(SWEMWBS_IDS, 1, 5).map((answers) => ({ id: 'swemwbs', answers, score: scoreSwemwbs(answers)! })),
      answersFor(ESIS_IDS, 1, 5).map((answers) => ({ id: 'esis', answers, score: scoreEsis(answers)! })),
    ),
    pick(['fi', 'en', 'sv', 'se']),
    pick(TIMEPOINTS),
    dateTime,
  )
  .map(([{ id, answers, score }, language, timepoint, completedAt]) => ({
    instrument: { id, version: '1.0' },
    language,
    timepoint,
    answers,
    score,
    completedAt,
  }));

const referralBase = fc.record({
  id: fc.uuid({ version: 4 }),
  createdAt: dateTime,
  person,
  hopes: fc.option(someText(200), { nil: undefined }),
  consent: fc.constant(true as const),
});

const referrer = fc.oneof(
  fc.record({ type: pick(REFERRER_TYPES) }),
  fc.record({
    type: pick(REFERRER_TYPES),
    name: someText(),
    organisation: someText(),
    contact,
    wantsFeedback: fc.boolean(),
  }),
);

const withoutUndefined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

export const referral: fc.Arbitrary<Referral> = fc.oneof(
  fc
    .tuple(referralBase, reasonsWithOther, referrer, fc.option(questionnaireResponse, { nil: undefined }))
    .map(([base, reasons, referrer, swemwbs]) =>
      withoutUndefined({ kind: 'professional' as const, ...base, ...reasons, referrer, swemwbs }),
    ),
  fc.tuple(referralBase, reasonsWithOther).map(([base, reasons]) => withoutUndefined({ kind: 'self' as const, ...base, ...reasons })),
);

const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(
  ([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`,
);
const scheduleRule = fc.oneof(
  fc.record({ frequency: fc.constant('weekly' as const), weekday: fc.integer({ min: 1, max: 7 }), start: time }),
  fc.record({ frequency: fc.constant('biweekly' as const), weekday: fc.integer({ min: 1, max: 7 }), start: time, end: time, anchor: date }),
  fc.record({
    frequency: fc.constant('monthly' as const),
    weekday: fc.integer({ min: 1, max: 7 }),
    weekOfMonth: pick([-1, 1, 2, 3, 4]),
    start: time,
  }),
);

export const activity: fc.Arbitrary<Activity> = fc.record(
  {
    id: identifier,
    name: localised,
    description: localised,
    organisation: fc.record({ name: someText() }),
    categories: subset(ACTIVITY_CATEGORIES),
    municipality: pick(MUNICIPALITY_CODES),
    location: fc.record(
      {
        name: someText(),
        address: fc.record({ street: someText(), postalCode: fc.stringMatching(/^9\d{4}$/), city: someText() }),
        coordinates: fc.record({ lat: fc.double({ min: 65, max: 70, noNaN: true }), lon: fc.double({ min: 20, max: 30, noNaN: true }) }),
      },
      { requiredKeys: [] },
    ),
    transport: localised,
    schedule: fc.record({ text: localised, rules: fc.array(scheduleRule, { maxLength: 3 }) }, { requiredKeys: [] }),
    cost: fc.record({ free: fc.boolean(), text: localised }, { requiredKeys: ['free'] }),
    attending: subset(ATTENDING_TYPES, 1),
    accessibility: fc.record({ features: subset(ACCESSIBILITY_FEATURES), text: localised }, { requiredKeys: ['features'] }),
    languages: subset(LANGUAGES, 1),
    audience: fc.record({ minAge: fc.integer({ min: 0, max: 60 }), maxAge: fc.integer({ min: 60, max: 120 }) }, { requiredKeys: [] }),
    contact: fc.record({ phone, email }, { requiredKeys: [] }),
    checked: date,
  },
  { requiredKeys: ['id', 'name', 'organisation', 'categories', 'municipality', 'cost', 'attending', 'languages', 'checked'] },
);

export const catalogue: fc.Arbitrary<Catalogue> = fc.record({
  publisher: someText(),
  activities: fc.array(activity, { maxLength: 4 }),
});

const personAnswer = pick([1, 2, 3, 4, 5, 'declined'] as const);
const activityRef = fc.record({ activityId: identifier, name: someText() }, { requiredKeys: ['name'] });

export const closure: fc.Arbitrary<Closure> = fc.record(
  {
    endingReason: pick(ENDING_REASONS),
    meetings: fc.integer({ min: 0, max: 60 }),
    whyEnded: fc.record({ code: pick(WHY_ENDED), text: someText(200) }, { requiredKeys: ['code'] }),
    hours: fc.record({ linkWorker: fc.integer({ min: 0, max: 400 }).map((q) => q / 4), coordinator: fc.integer({ min: 0, max: 40 }).map((q) => q / 4) }, { requiredKeys: [] }),
    kilometres: fc.integer({ min: 0, max: 3000 }),
    recommend: personAnswer,
    wellbeingStrengthened: personAnswer,
    whatCameIn: someText(200),
    activitiesJoined: fc.array(activityRef, { maxLength: 3 }),
    continuing: fc.subarray([...CONTINUING]),
    feedbackToReferrer: someText(200),
    feedbackConsent: fc.boolean(),
  },
  { requiredKeys: ['endingReason', 'meetings'] },
).map((c) => ({
  ...c,
  // The rules: a reason when it ended early, words when they may be shared.
  ...(['interrupted', 'no-joint-work'].includes(c.endingReason) && !c.whyEnded ? { whyEnded: { code: 'other' as const } } : {}),
  ...(c.feedbackConsent && !c.feedbackToReferrer ? { feedbackConsent: false } : {}),
}));

const eventBase = { at: dateTime, by: pick(RECORDER_ROLES) };
export const caseEvent: fc.Arbitrary<Omit<CaseEvent, 'id'>> = fc.oneof(
  fc.record({ type: fc.constant('referral-received' as const), ...eventBase, referralKind: pick(['professional', 'self'] as const) }),
  fc.record({ type: fc.constant('routed' as const), ...eventBase, route: pick(ROUTES) }),
  fc.record({ type: fc.constant('meeting' as const), ...eventBase, place: pick(MEETING_PLACES), durationMinutes: fc.integer({ min: 1, max: 240 }) }),
  fc.record({ type: fc.constant('activity-tried' as const), ...eventBase, activity: activityRef }),
  fc.record({ type: fc.constant('activity-joined' as const), ...eventBase, activity: activityRef }),
  fc.record({ type: fc.constant('questionnaire-completed' as const), ...eventBase, response: questionnaireResponse }),
  fc.record({ type: fc.constant('note' as const), ...eventBase, text: someText(200) }),
  fc.record({ type: fc.constant('closed' as const), ...eventBase, closure }),
  fc.record({ type: fc.constant('follow-up-due' as const), ...eventBase, due: date }),
  fc.record({ type: fc.constant('follow-up-done' as const), ...eventBase }),
  fc.record({ type: fc.constant('period-agreed' as const), ...eventBase, until: date, reason: someText() }, { requiredKeys: ['type', 'at', 'by', 'until'] }),
  fc.record({ type: fc.constant('goals-set' as const), ...eventBase, goals: fc.array(someText(), { minLength: 1, maxLength: 4 }) }),
  fc.record(
    { type: fc.constant('needs-recorded' as const), ...eventBase, barriers: fc.subarray([...BARRIERS], { minLength: 1 }), unmetNeeds: fc.subarray([...UNMET_NEEDS]), text: someText(200) },
    { requiredKeys: ['type', 'at', 'by', 'barriers'] },
  ),
);

export const caseRecord: fc.Arbitrary<Case> = fc
  .record(
    { id: identifier, referral, events: fc.array(caseEvent, { maxLength: 6 }) },
    { requiredKeys: ['id', 'events'] },
  )
  .map((c) => ({ ...c, events: c.events.map((e, i) => ({ ...e, id: `e${i + 1}` }) as CaseEvent) }));

export const instrumentDefinition: fc.Arbitrary<InstrumentDefinition> = fc
  .record({
    id: identifier,
    version: someText(10),
    title: someText(),
    language: pick(['fi', 'sv', 'en']),
    scoring: pick(['swemwbs', 'esis'] as const),
    itemCount: fc.integer({ min: 1, max: 12 }),
    itemText: someText(),
    min: fc.integer({ min: 0, max: 1 }),
    steps: fc.integer({ min: 2, max: 7 }),
  })
  .map(({ itemCount, itemText, min, steps, ...rest }) => ({
    ...rest,
    items: Array.from({ length: itemCount }, (_, i) => ({ id: `item-${i + 1}`, text: itemText })),
    scale: {
      min,
      max: min + steps - 1,
      labels: Array.from({ length: steps }, (_, i) => ({ value: min + i, label: `${itemText} ${i}` })),
    },
  }));
