import fc from 'fast-check';
import {
  ENDING_REASONS,
  GENDERS,
  LANGUAGES,
  MAX_AGE,
  MAX_SHORT_TEXT,
  MAX_TEXT,
  MIN_AGE,
  MUNICIPALITY_CODES,
  REFERRAL_REASONS,
  REFERRER_TYPES,
  ROUTES,
  SCORING_METHODS,
  scoreEsis,
  scoreSwemwbs,
  TIMEPOINTS,
  validateCase,
  validateInstrumentDefinition,
  validateReferral,
  WHY_ENDED,
  type Case,
  type CaseEvent,
  type InstrumentDefinition,
  type QuestionnaireResponse,
  type Referral,
} from '@linkki/schema';

/**
 * Referrals drawn from the zod schema's own constraints: the lengths, ranges and code lists it
 * exports, text in any script (Sami letters, no-break spaces, emoji, leading and trailing spaces —
 * whatever `text()` accepts), date-times with any offset FHIR can hold. Every generated referral is
 * checked with `validateReferral`, so the generator cannot drift from the schema unnoticed.
 */
const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);
const sami = [...'áčđŋšŧžâäåõʒǯǧǥǩʹ’ÁČĐŊŠŦŽ'];
const unit = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzåäö ABCÅÄÖ-.,') },
  { weight: 2, arbitrary: fc.constantFrom(...sami) },
  { weight: 1, arbitrary: fc.constantFrom('\u00a0', '\n', '\t', '😊', '—', '"', '<', '&', '|') },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
);
/** What `text(max)` accepts: up to `max` characters with at least one that is not white space. */
export const text = (max: number) =>
  fc.string({ unit, minLength: 1, maxLength: Math.min(max, 80) }).filter((s) => s.length <= max && /\S/.test(s));
/** Occasionally a string right at the limit, so long values are tried too. */
const textUpTo = (max: number) => fc.oneof({ weight: 9, arbitrary: text(max) }, { weight: 1, arbitrary: fc.constant('ä'.repeat(max - 1) + 'x') });
/** What `optionalText()` accepts: anything up to the limit, the empty string and white space too. */
const optionalText = (max: number) => fc.oneof({ weight: 6, arbitrary: text(max) }, { weight: 1, arbitrary: fc.constantFrom('', ' ', '\n') });

export const phone = fc
  .tuple(pick(['', '+358 ', '(016) ']), fc.stringMatching(/^[0-9]{2,3}[ -]?[0-9]{3}[ -]?[0-9]{3,4}$/))
  .map(([prefix, rest]) => prefix + rest);
export const email = fc
  .tuple(fc.stringMatching(/^[a-z0-9]{1,8}([._+-][a-z0-9]{1,8}){0,2}$/), fc.stringMatching(/^[a-z][a-z0-9-]{0,12}[a-z0-9]$/), pick(['fi', 'org', 'net', 'se']))
  .map(([local, domain, tld]) => `${local}@${domain}.${tld}`);
export const contact = fc.oneof(fc.record({ phone }), fc.record({ email }), fc.record({ phone, email }));

const offset = fc.oneof(
  fc.constant('Z'),
  fc.tuple(pick(['+', '-']), fc.integer({ min: 0, max: 13 }), pick([0, 15, 30, 45])).map(([s, h, m]) => `${s}${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
  fc.constantFrom('+14:00', '-14:00'),
);
/** An ISO date-time with an offset, as the schema's `isoDateTime` takes it, within what FHIR's dateTime holds. */
export const dateTime = fc
  .tuple(fc.date({ min: new Date('1990-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }), fc.option(fc.integer({ min: 0, max: 999999 }), { nil: undefined }), offset)
  .map(([d, fraction, tz]) => `${d.toISOString().slice(0, 19)}${fraction === undefined ? '' : `.${String(fraction).padStart(6, '0').replace(/0+$/, '') || '0'}`}${tz}`);
export const date = fc.date({ min: new Date('2020-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

const thisYear = new Date().getFullYear();
export const person = fc
  .record(
    {
      name: textUpTo(MAX_SHORT_TEXT),
      contact,
      birthYear: fc.integer({ min: 1900, max: thisYear - MIN_AGE }),
      age: fc.integer({ min: MIN_AGE, max: MAX_AGE }),
      gender: pick(GENDERS),
      municipality: pick(MUNICIPALITY_CODES),
      language: pick(LANGUAGES),
    },
    { requiredKeys: ['name', 'contact', 'municipality', 'language'] },
  )
  .filter((p) => p.age !== undefined || p.birthYear !== undefined);

const identifier = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,30}$/);
const answersFor = (ids: readonly string[]) =>
  fc.tuple(...ids.map(() => fc.integer({ min: 1, max: 5 }))).map((values) => Object.fromEntries(ids.map((id, i) => [id, values[i]!])));
const SWEMWBS_IDS = ['optimistic', 'useful', 'relaxed', 'problems', 'thinking', 'close', 'decisions'];
const ESIS_IDS = Array.from({ length: 10 }, (_, i) => `s${i + 1}`);

export const questionnaireResponse = (instrument = fc.constantFrom('swemwbs', 'esis')): fc.Arbitrary<QuestionnaireResponse> =>
  fc
    .tuple(instrument, textUpTo(50), pick(['fi', 'en', 'sv', 'se', 'smn', 'sms', 'en-GB']), pick(TIMEPOINTS), dateTime)
    .chain(([id, version, language, timepoint, completedAt]) =>
      answersFor(id === 'swemwbs' ? SWEMWBS_IDS : ESIS_IDS).map((answers) => ({
        instrument: { id, version },
        language,
        timepoint,
        answers,
        score: (id === 'swemwbs' ? scoreSwemwbs(answers) : scoreEsis(answers))!,
        completedAt,
      })),
    );

const reasons = fc.uniqueArray(pick(REFERRAL_REASONS), { minLength: 1, maxLength: REFERRAL_REASONS.length });
const referralBase = fc.record(
  {
    id: fc.uuid(),
    createdAt: dateTime,
    person,
    reasons,
    otherReason: textUpTo(MAX_TEXT),
    hopes: optionalText(MAX_TEXT),
    consent: fc.constant(true as const),
  },
  { requiredKeys: ['id', 'createdAt', 'person', 'reasons', 'consent'] },
).map((r) => (r.reasons.includes('other') && r.otherReason === undefined ? { ...r, otherReason: 'Muu' } : r));

const referrer = fc
  .record(
    { type: pick(REFERRER_TYPES), name: textUpTo(MAX_SHORT_TEXT), organisation: textUpTo(MAX_SHORT_TEXT), contact, wantsFeedback: fc.boolean() },
    { requiredKeys: ['type'] },
  )
  .map((r) => (r.wantsFeedback && !(r.name && r.contact) ? { ...r, wantsFeedback: false } : r));

export const referral: fc.Arbitrary<Referral> = fc
  .oneof(
    fc.tuple(referralBase, referrer, fc.option(questionnaireResponse(fc.constant('swemwbs')), { nil: undefined })).map(([base, referrer, swemwbs]) => ({
      kind: 'professional' as const,
      ...base,
      referrer,
      ...(swemwbs ? { swemwbs } : {}),
    })),
    referralBase.map((base) => ({ kind: 'self' as const, ...base })),
  )
  .map((value) => {
    const result = validateReferral(value);
    if (!result.ok) throw new Error(`The generator made an invalid referral: ${JSON.stringify(result.issues)} ${JSON.stringify(value)}`);
    return value as Referral;
  });

/** Cases whose events move the status around: received, routed (again), closed, follow-up, agreed period. */
const eventBase = { id: fc.constant(''), at: dateTime, by: pick(['coordinator', 'link-worker'] as const) };
const statusEvent: fc.Arbitrary<CaseEvent> = fc.oneof(
  fc.record({ type: fc.constant('referral-received' as const), ...eventBase, referralKind: pick(['professional', 'self'] as const) }),
  fc.record({ type: fc.constant('routed' as const), ...eventBase, route: pick(ROUTES) }),
  fc
    .record({ type: fc.constant('closed' as const), ...eventBase, endingReason: pick(ENDING_REASONS), why: fc.option(pick(WHY_ENDED), { nil: undefined }), meetings: fc.nat(40) })
    .map(({ endingReason, why, meetings, ...e }) => ({
      ...e,
      closure: { endingReason, meetings, ...(why || ['interrupted', 'no-joint-work'].includes(endingReason) ? { whyEnded: { code: why ?? 'other' } } : {}) },
    })),
  fc.record({ type: fc.constant('follow-up-due' as const), ...eventBase, due: date }),
  fc.record({ type: fc.constant('follow-up-done' as const), ...eventBase }),
  fc.record({ type: fc.constant('period-agreed' as const), ...eventBase, until: date }),
  fc.record({ type: fc.constant('note' as const), ...eventBase, text: text(MAX_TEXT) }),
);

export const caseRecord: fc.Arbitrary<Case> = fc
  .record({ id: identifier, referral: fc.option(referral, { nil: undefined }), events: fc.array(statusEvent, { maxLength: 8 }) })
  .map(({ referral, ...c }) => {
    const value = { ...c, ...(referral ? { referral } : {}), events: c.events.map((e, i) => ({ ...e, id: `e${i + 1}` })) };
    const result = validateCase(value);
    if (!result.ok) throw new Error(`The generator made an invalid case: ${JSON.stringify(result.issues)}`);
    return value as Case;
  });

/**
 * Instrument definitions as an organisation could supply them: any wording (generated text, never a
 * real instrument's), 1–50 statements with unique ids, a scale of 2–11 steps within 0–10.
 */
export const instrumentDefinition: fc.Arbitrary<InstrumentDefinition> = fc
  .record(
    {
      id: identifier,
      version: textUpTo(50),
      title: textUpTo(MAX_SHORT_TEXT),
      language: pick(['fi', 'sv', 'en', 'se', 'smn', 'sms', 'fi-FI']),
      scoring: pick(SCORING_METHODS),
      instructions: textUpTo(1000),
      period: textUpTo(MAX_SHORT_TEXT),
      items: fc.uniqueArray(fc.record({ id: identifier, text: textUpTo(500) }), { minLength: 1, maxLength: 50, selector: (i) => i.id }),
      scale: fc
        .tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 10 }))
        .filter(([min, max]) => min < max)
        .chain(([min, max]) =>
          fc.array(textUpTo(MAX_SHORT_TEXT), { minLength: max - min + 1, maxLength: max - min + 1 }).map((labels) => ({
            min,
            max,
            labels: labels.map((label, i) => ({ value: min + i, label })),
          })),
        ),
      notice: textUpTo(1000),
      licence: textUpTo(1000),
    },
    { requiredKeys: ['id', 'version', 'title', 'language', 'scoring', 'items', 'scale'] },
  )
  .map((value) => {
    const result = validateInstrumentDefinition(value);
    if (!result.ok) throw new Error(`The generator made an invalid instrument: ${JSON.stringify(result.issues)}`);
    return value as InstrumentDefinition;
  });
