import { ENDING_REASONS, identifier, isoDate, isoDateTime, uuid, type Case, type CaseSummary, type ReferralStatus, type WhyEnded } from '@linkki/schema';
import type * as fhir from '@medplum/fhirtypes';
import { codeFrom, coding, concept } from './codes.js';
import { fail, reading } from './errors.js';
import { dateTime, defined } from './primitives.js';
import { CASE_ID_SYSTEM, URI_SYSTEM } from './urls.js';

/**
 * Where a case stands, derived from its events the way the intake derives a referral's status:
 * `new` until routed, then the route, then, once closed, the ending reason (a later routing reopens
 * it). Dates follow the case list (`CaseSummary`): first routing, last closing.
 */
export interface CaseState {
  /** The case id. */
  id: string;
  /** The referral's id (a uuid), when the case has its referral. */
  referralId?: string;
  status: ReferralStatus;
  /** When the referral arrived: the `referral-received` event, else the referral's `createdAt`. */
  receivedAt?: string;
  routedAt?: NonNullable<CaseSummary['routedAt']>;
  closedAt?: NonNullable<CaseSummary['closedAt']>;
  /** Why joint work ended early, from the closure. */
  whyEnded?: WhyEnded;
  /** The agreed end of joint work (6 months from routing unless changed). */
  until?: string;
  /** When the follow-up SWEMWBS is due, while it is still to do. */
  followUpDue?: NonNullable<CaseSummary['followUpDue']>;
}

export function caseStateOf(record: Case): CaseState {
  let status: ReferralStatus = 'new';
  let receivedAt = record.referral?.createdAt;
  let routedAt: string | undefined;
  let closedAt: string | undefined;
  let whyEnded: WhyEnded | undefined;
  let until: string | undefined;
  let followUpDue: string | undefined;
  for (const event of record.events) {
    if (event.type === 'referral-received') receivedAt = event.at;
    else if (event.type === 'routed') {
      status = event.route;
      routedAt ??= event.at;
      closedAt = undefined;
      whyEnded = undefined;
    } else if (event.type === 'closed') {
      status = event.closure.endingReason;
      closedAt = event.at;
      whyEnded = event.closure.whyEnded?.code;
    } else if (event.type === 'period-agreed') until = event.until;
    else if (event.type === 'follow-up-due') followUpDue = event.due;
    else if (event.type === 'follow-up-done') followUpDue = undefined;
  }
  return defined({ id: record.id, referralId: record.referral?.id, status, receivedAt, routedAt, closedAt, whyEnded, until, followUpDue });
}

/** FHIR's coarse Task.status for each Linkki status; the exact one travels in `businessStatus`. */
const TASK_STATUS = {
  new: 'received',
  direct: 'in-progress',
  'link-worker': 'in-progress',
  completed: 'completed',
  'referred-elsewhere': 'completed',
  interrupted: 'cancelled',
  'no-joint-work': 'cancelled',
  'may-start-later': 'on-hold',
} as const satisfies Record<ReferralStatus, fhir.Task['status']>;

/**
 * A case's status as a FHIR Task that fulfils the referral's ServiceRequest (`basedOn`, by its
 * identifier): `status` as FHIR sees it, the exact Linkki status as `businessStatus`, why it ended as
 * `statusReason`, the joint work as `executionPeriod`, the agreed end as `restriction.period.end` and
 * the follow-up due date as an input coded with the `follow-up` timepoint.
 */
export function caseStatusToFhir(source: Case | CaseState): fhir.Task {
  const state = 'events' in source ? caseStateOf(source) : source;
  const closed = (ENDING_REASONS as readonly string[]).includes(state.status);
  return defined({
    resourceType: 'Task' as const,
    identifier: [{ system: CASE_ID_SYSTEM, value: state.id }],
    basedOn: state.referralId === undefined ? undefined : [{ type: 'ServiceRequest', identifier: { system: URI_SYSTEM, value: `urn:uuid:${state.referralId}` } }],
    status: TASK_STATUS[state.status],
    statusReason: state.whyEnded === undefined ? undefined : concept('whyEnded', state.whyEnded),
    businessStatus: concept('referralStatus', state.status),
    intent: 'order' as const,
    authoredOn: state.receivedAt === undefined ? undefined : dateTime(state.receivedAt, 'receivedAt'),
    lastModified: closed ? state.closedAt : state.routedAt,
    executionPeriod:
      state.routedAt === undefined && state.closedAt === undefined
        ? undefined
        : defined({ start: state.routedAt && dateTime(state.routedAt, 'routedAt'), end: state.closedAt && dateTime(state.closedAt, 'closedAt') }),
    restriction: state.until === undefined ? undefined : { period: { end: state.until } },
    input: state.followUpDue === undefined ? undefined : [{ type: { coding: [coding('timepoint', 'follow-up')] }, valueDate: state.followUpDue }],
  });
}

/** A Task made by `caseStatusToFhir` back to the case's state. */
export function caseStatusFromFhir(task: fhir.Task): CaseState {
  return reading('Task', () => readTask(task));
}

function readTask(task: fhir.Task): CaseState {
  if (task.resourceType !== 'Task') fail(`Expected a Task, got ${task.resourceType}`);
  const id = task.identifier?.find((i) => i.system === CASE_ID_SYSTEM)?.value ?? fail(`The Task has no identifier in ${CASE_ID_SYSTEM}`);
  const status = codeFrom<ReferralStatus>('referralStatus', task.businessStatus?.coding) ?? fail('The Task has no Linkki businessStatus');
  const followUp = task.input?.find((i) => codeFrom('timepoint', i.type.coding) === 'follow-up');
  const referral = task.basedOn?.find((r) => r.identifier?.system === URI_SYSTEM)?.identifier?.value;
  const state = defined({
    id,
    referralId: referral?.startsWith('urn:uuid:') ? referral.slice('urn:uuid:'.length) : undefined,
    status,
    receivedAt: task.authoredOn,
    routedAt: task.executionPeriod?.start,
    closedAt: task.executionPeriod?.end,
    whyEnded: codeFrom<WhyEnded>('whyEnded', task.statusReason?.coding),
    until: task.restriction?.period?.end,
    followUpDue: followUp?.valueDate,
  });
  // CaseState is not a schema document of its own: its fields are checked one by one.
  const checks = { id: identifier, referralId: uuid, receivedAt: isoDateTime, routedAt: isoDateTime, closedAt: isoDateTime, until: isoDate, followUpDue: isoDate };
  for (const [field, schema] of Object.entries(checks)) {
    const value = state[field as keyof CaseState];
    if (value !== undefined && !schema.safeParse(value).success) fail(`The Task's ${field} ${String(value)} is not valid`);
  }
  return state;
}
