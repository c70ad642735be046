import type {
  Activity,
  CaseEvent,
  CaseSummary,
  EvaluationReport,
  QuestionnaireResponse,
  Referral,
  ReferralStatusReply,
  ValidationIssue,
} from '@linkki/schema';

/**
 * Every `linkki-*` event a Linkki element fires, and its `detail`. One name, one shape, whichever
 * element fires it (STYLE §4, §18):
 *
 * - a **fact** is named in the past tense (`linkki-submitted`, `linkki-completed`); it is not cancelable;
 * - an **intention** the host may stop is named in the base form (`linkki-submit`, `linkki-event-add`,
 *   `linkki-case-open`) and is cancelable: `preventDefault()` stops what the element was about to do;
 * - every event bubbles and is composed (it crosses shadow roots);
 * - `detail` is a validated `@linkki/schema` object, or a small record documented here.
 *
 * Each element's `define.ts` adds these to `HTMLElementEventMap`, so `addEventListener('linkki-…')`
 * is typed in the host's code; `@linkki/react` builds its `onLinkki…` props from the same map.
 */

/**
 * Why an element fired `linkki-error`. Which kinds an element uses is listed with the element.
 *
 * - `validation`: what the person typed, or what the host gave (a `case`), is not valid; `issues` say where.
 * - `invalid`: data the element received (from `endpoint` or `src`) does not fit the schema. With
 *   `issues` whose path starts with an index, only those entries were left out and the rest is shown.
 * - `instrument`: the questionnaire definition given with `src` or `instrument` is not valid.
 * - `rejected`: the service refused what was sent (400, 409, 422…); `status` and the service's `issues`.
 * - `network`: no usable answer (offline, timeout, 5xx); sending is kept and tried again later.
 * - `load`: the data could not be loaded from `src` or `endpoint`; `status` when there was an answer.
 * - `not-found`: the service knows no such thing (an unknown or switched-off status link).
 * - `unauthorized`: 401, the element offers *Sign in again* (`linkki-sign-in-requested`).
 * - `forbidden`: 403, the caller may not see this (another municipality's data).
 */
export type LinkkiErrorKind =
  | 'validation'
  | 'invalid'
  | 'instrument'
  | 'rejected'
  | 'network'
  | 'load'
  | 'not-found'
  | 'unauthorized'
  | 'forbidden';

/** `detail` of `linkki-error`, the same shape from every element. */
export interface LinkkiErrorDetail<K extends LinkkiErrorKind = LinkkiErrorKind> {
  kind: K;
  /** What was wrong and where (`path`, stable `code`); `[]` when nothing points at a field. */
  issues: ValidationIssue[];
  /** The HTTP status, when there was an answer. */
  status?: number;
}

/** `detail` of `linkki-changed` (`<linkki-swemwbs>`, `<linkki-participation>`): the answers so far, item id → value. */
export interface AnswersChangedDetail {
  answers: QuestionnaireResponse['answers'];
  /** Every statement has an answer (not yet confirmed: that is `linkki-completed`). */
  complete: boolean;
}

/** `detail` of `linkki-submitted` (`<linkki-referral-form>`). */
export interface ReferralSubmittedDetail {
  /** Exactly what was sent and stored. */
  referral: Referral;
  /** The service's answer (from `endpoint`), or what the host passed to `complete()`. */
  reply: unknown;
  /** The status link's secret, when the service gave one; shown once, stored nowhere by the element. */
  statusToken?: string;
}

/** `detail` of `linkki-event-added` (`<linkki-case-timeline>` with `endpoint`). */
export interface CaseEventAddedDetail {
  /** The `case-id` the event was stored under. */
  caseId: string;
  /** The stored event (a `questionnaire-completed` one under the id the intake gave it). */
  event: CaseEvent;
}

/** `detail` of `linkki-case-open` (`<linkki-case-list>`): the case's id and its `LNK-…` reference. */
export type CaseOpenDetail = Pick<CaseSummary, 'id' | 'reference'>;

/** `detail` of `linkki-report-downloaded` (`<linkki-evaluation-report>`): the format and the report's period. */
export interface ReportDownloadedDetail {
  format: 'csv';
  /** First month, `YYYY-MM`. */
  from: string;
  /** Last month, `YYYY-MM`. */
  to: string;
}

/** `detail` of `linkki-shortlist-changed` (`<linkki-activity-finder>`). */
export interface ShortlistChangedDetail {
  /** Activity ids on the shortlist, in the order they were added. */
  ids: string[];
  /** The person's own notes, activity id → text. */
  notes: Record<string, string>;
}

/** `detail` of `linkki-selected` (`<linkki-activity-finder>` in link-worker mode). */
export interface ActivitySelectedDetail {
  activity: Activity;
}

/** Event name → `detail`. `undefined`: the event carries no detail. */
export interface LinkkiEventMap {
  'linkki-changed': AnswersChangedDetail;
  'linkki-completed': QuestionnaireResponse;
  'linkki-submit': Referral;
  'linkki-submitted': ReferralSubmittedDetail;
  'linkki-status-loaded': ReferralStatusReply;
  'linkki-status-revoked': undefined;
  'linkki-event-add': CaseEvent;
  'linkki-event-added': CaseEventAddedDetail;
  'linkki-case-open': CaseOpenDetail;
  'linkki-sign-in-requested': undefined;
  'linkki-report-loaded': EvaluationReport;
  'linkki-report-downloaded': ReportDownloadedDetail;
  'linkki-shortlist-changed': ShortlistChangedDetail;
  'linkki-selected': ActivitySelectedDetail;
  'linkki-error': LinkkiErrorDetail;
}

export type LinkkiEventName = keyof LinkkiEventMap;

/** The DOM event of a name: `CustomEvent<detail>`. */
export type LinkkiEvent<K extends LinkkiEventName> = CustomEvent<LinkkiEventMap[K]>;

/** Every Linkki event as it appears in `HTMLElementEventMap`. */
export type LinkkiEvents = { [K in LinkkiEventName]: LinkkiEvent<K> };

/**
 * The events each element fires (its `@fires` list, without native `change`). Elements share names
 * where they mean the same thing: `linkki-error` everywhere, `linkki-sign-in-requested` in the two
 * signed-in views, `linkki-changed` and `linkki-completed` in both questionnaires.
 */
export const ELEMENT_EVENTS = {
  'linkki-swemwbs': ['linkki-changed', 'linkki-completed', 'linkki-error'],
  'linkki-participation': ['linkki-changed', 'linkki-completed', 'linkki-error'],
  'linkki-referral-form': ['linkki-submit', 'linkki-submitted', 'linkki-error'],
  'linkki-referral-status': ['linkki-status-loaded', 'linkki-status-revoked', 'linkki-error'],
  'linkki-case-timeline': ['linkki-event-add', 'linkki-event-added', 'linkki-error'],
  'linkki-case-list': ['linkki-case-open', 'linkki-sign-in-requested', 'linkki-error'],
  'linkki-evaluation-report': ['linkki-report-loaded', 'linkki-report-downloaded', 'linkki-sign-in-requested', 'linkki-error'],
  'linkki-activity-finder': ['linkki-shortlist-changed', 'linkki-selected', 'linkki-error'],
} as const satisfies Record<string, readonly LinkkiEventName[]>;

export type LinkkiTagName = keyof typeof ELEMENT_EVENTS;

export interface EmitOptions {
  /** A cancelable event announces an intention (`linkki-submit`); the caller checks the return value. */
  cancelable?: boolean;
}

/** The arguments after the name: the detail (left out when the event has none) and options. */
export type EmitArgs<K extends LinkkiEventName> = LinkkiEventMap[K] extends undefined
  ? [detail?: undefined, options?: EmitOptions]
  : [detail: LinkkiEventMap[K], options?: EmitOptions];

/** `emit()` as elements and their controllers see it: only names in the map, each with its detail. */
export type Emit = <K extends LinkkiEventName>(name: K, ...args: EmitArgs<K>) => boolean;

/** The events of one element, as `HTMLElementEventMap` entries. */
export type ElementEvents<T extends LinkkiTagName> = Pick<LinkkiEvents, (typeof ELEMENT_EVENTS)[T][number]>;
