import {
  SCORING_METHODS,
  validateInstrumentDefinition,
  validateQuestionnaireResponse,
  type InstrumentDefinition,
  type QuestionnaireResponse,
  type ScoringMethod,
} from '@linkki/schema';
import type * as fhir from '@medplum/fhirtypes';
import { codeFrom, coding } from './codes.js';
import { fail, reading, validated } from './errors.js';
import { dateTime, defined, extensionOf } from './primitives.js';
import { EXTENSIONS, INSTRUMENT_ID_SYSTEM, ORDINAL_VALUE_EXTENSION, questionnaireUrl } from './urls.js';

/**
 * Display items that carry the instructions and the recall period. Their link ids start with `_`,
 * which an instrument's item id cannot (`identifier` starts with a letter or digit), so they never
 * clash with a statement.
 */
const INSTRUCTIONS = '_instructions';
const PERIOD = '_period';

/**
 * An instrument definition as a FHIR Questionnaire: one required `choice` item per statement with
 * the scale as answer options (code = the value, display = the label, `ordinalValue` = the value),
 * the notice as `copyright`, the licence and the scoring rule as Linkki extensions. The wording is
 * taken as given — Linkki never writes a licensed instrument's statements itself.
 */
export function instrumentToFhir(def: InstrumentDefinition): fhir.Questionnaire {
  const answerOption = def.scale.labels.map(({ value, label }) => ({
    valueCoding: {
      code: String(value),
      display: label,
      extension: [{ url: ORDINAL_VALUE_EXTENSION, valueDecimal: value }],
    },
  }));
  const display = (linkId: string, text: string | undefined): fhir.QuestionnaireItem[] =>
    text === undefined ? [] : [{ linkId, type: 'display', text }];
  return defined({
    resourceType: 'Questionnaire' as const,
    extension: [
      { url: EXTENSIONS.scoring, valueCode: def.scoring },
      ...(def.licence === undefined ? [] : [{ url: EXTENSIONS.licence, valueString: def.licence }]),
    ],
    url: questionnaireUrl(def.id),
    identifier: [{ system: INSTRUMENT_ID_SYSTEM, value: def.id }],
    version: def.version,
    title: def.title,
    status: 'active' as const,
    language: def.language,
    copyright: def.notice,
    item: [
      ...display(INSTRUCTIONS, def.instructions),
      ...display(PERIOD, def.period),
      ...def.items.map((item) => ({ linkId: item.id, text: item.text, type: 'choice' as const, required: true, answerOption })),
    ],
  });
}

function instrumentId(q: { identifier?: fhir.Identifier[] }): string {
  const id = q.identifier?.find((i) => i.system === INSTRUMENT_ID_SYSTEM)?.value;
  return id ?? fail(`The Questionnaire has no identifier in ${INSTRUMENT_ID_SYSTEM}`);
}

/** A Questionnaire made by `instrumentToFhir` (or written to the same rules) back to a definition. */
export function instrumentFromFhir(q: fhir.Questionnaire): InstrumentDefinition {
  return reading('Questionnaire', () => readInstrument(q));
}

function readInstrument(q: fhir.Questionnaire): InstrumentDefinition {
  if (q.resourceType !== 'Questionnaire') fail(`Expected a Questionnaire, got ${q.resourceType}`);
  const items = q.item ?? [];
  const text = (linkId: string) => items.find((i) => i.linkId === linkId)?.text;
  const statements = items.filter((i) => i.type !== 'display');
  const options = statements[0]?.answerOption ?? [];
  const labels = options.map((o) => {
    const value = Number(o.valueCoding?.code);
    if (!Number.isInteger(value) || o.valueCoding?.display === undefined) fail('An answer option has no integer code and label');
    return { value, label: o.valueCoding.display };
  });
  const scoring = extensionOf(q.extension, EXTENSIONS.scoring)?.valueCode as ScoringMethod | undefined;
  if (!scoring || !SCORING_METHODS.includes(scoring)) fail(`The Questionnaire has no scoring extension (${EXTENSIONS.scoring})`);
  return validated(
    'instrument definition',
    validateInstrumentDefinition(
      defined({
        id: instrumentId(q),
        version: q.version,
        title: q.title,
        language: q.language,
        scoring,
        instructions: text(INSTRUCTIONS),
        period: text(PERIOD),
        items: statements.map((i) => ({ id: i.linkId, text: i.text })),
        scale: { min: labels[0]?.value, max: labels.at(-1)?.value, labels },
        notice: q.copyright,
        licence: extensionOf(q.extension, EXTENSIONS.licence)?.valueString,
      }),
    ),
  );
}

export interface ResponseOptions {
  /** Whose answers they are, e.g. the Patient of a referral bundle. */
  subject?: fhir.Reference;
  /**
   * The wording the statements were shown in. When given (and it is the response's instrument and
   * version), each answer carries its label as `display`, so a reader needs no Questionnaire at hand.
   */
  instrument?: InstrumentDefinition;
}

/** `questionnaire` points at the instrument's canonical URL and version: `…/Questionnaire/swemwbs|1.0`. */
const canonical = (id: string, version: string) => `${questionnaireUrl(id)}|${encodeURIComponent(version)}`;

function parseCanonical(value: string | undefined): { id: string; version: string } {
  const prefix = questionnaireUrl('');
  const bar = value?.indexOf('|') ?? -1;
  if (!value?.startsWith(prefix) || bar < 0) fail(`questionnaire ${value ?? '(none)'} is not a Linkki instrument with a version`);
  return { id: value.slice(prefix.length, bar), version: decodeURIComponent(value.slice(bar + 1)) };
}

/**
 * A completed questionnaire as a QuestionnaireResponse: one item per answer (a Coding whose code is
 * the value, as in the Questionnaire's answer options), the language the statements were shown in
 * as `language`, the timepoint and the score as Linkki extensions.
 */
export function responseToFhir(response: QuestionnaireResponse, options: ResponseOptions = {}): fhir.QuestionnaireResponse {
  const { instrument } = options;
  const shown = instrument && instrument.id === response.instrument.id && instrument.version === response.instrument.version ? instrument : undefined;
  const label = (value: number) => shown?.scale.labels.find((l) => l.value === value)?.label;
  return defined({
    resourceType: 'QuestionnaireResponse' as const,
    extension: [
      { url: EXTENSIONS.timepoint, valueCoding: coding('timepoint', response.timepoint) },
      {
        url: EXTENSIONS.score,
        extension: [
          { url: 'raw', valueDecimal: response.score.raw },
          { url: 'metric', valueDecimal: response.score.metric },
        ],
      },
    ],
    language: response.language,
    questionnaire: canonical(response.instrument.id, response.instrument.version),
    status: 'completed' as const,
    subject: options.subject,
    authored: dateTime(response.completedAt, 'completedAt'),
    item: Object.entries(response.answers).map(([linkId, value]) => ({
      linkId,
      answer: [{ valueCoding: defined({ code: String(value), display: label(value) }) }],
    })),
  });
}

/** A QuestionnaireResponse made by `responseToFhir` back to Linkki's response, validated (score included). */
export function responseFromFhir(qr: fhir.QuestionnaireResponse): QuestionnaireResponse {
  return reading('QuestionnaireResponse', () => readResponse(qr));
}

function readResponse(qr: fhir.QuestionnaireResponse): QuestionnaireResponse {
  if (qr.resourceType !== 'QuestionnaireResponse') fail(`Expected a QuestionnaireResponse, got ${qr.resourceType}`);
  const score = extensionOf(qr.extension, EXTENSIONS.score)?.extension;
  const part = (url: string) => score?.find((e) => e.url === url)?.valueDecimal;
  const timepoint = codeFrom('timepoint', [extensionOf(qr.extension, EXTENSIONS.timepoint)?.valueCoding ?? {}]);
  const answers = Object.fromEntries(
    (qr.item ?? []).map((item) => {
      const code = item.answer?.[0]?.valueCoding?.code;
      if (item.answer?.length !== 1 || code === undefined || !/^\d+$/.test(code)) fail(`Item ${item.linkId} has no single coded answer`);
      return [item.linkId, Number(code)];
    }),
  );
  return validated(
    'questionnaire response',
    validateQuestionnaireResponse(
      defined({
        instrument: parseCanonical(qr.questionnaire),
        language: qr.language,
        timepoint,
        answers,
        score: { raw: part('raw'), metric: part('metric') },
        completedAt: qr.authored,
      }),
    ),
  );
}
