'use client';

/**
 * `@linkki/react`: React components for the Linkki elements, with typed props and `onLinkki…`
 * event props (`onLinkkiSubmitted={(event) => event.detail.referral}`). Importable on a server
 * (Next.js, Remix, `renderToString`): each element's module is imported only in the browser, when
 * its component first mounts.
 */
import type { ELEMENT_EVENTS } from '@linkki/elements';
import { linkkiComponent } from './linkki-component.js';

export { eventProp, type EventProp, type EventProps, type LinkkiComponent } from './linkki-component.js';
export type * from '@linkki/elements';
// The element classes, for refs (`useRef<LinkkiSwemwbsElement>(null)`); importing their types also
// brings each element's HTMLElementTagNameMap and HTMLElementEventMap entries.
export type { LinkkiActivityFinder as LinkkiActivityFinderElement } from '@linkki/elements/activity-finder.js';
export type { LinkkiCaseList as LinkkiCaseListElement } from '@linkki/elements/case-list.js';
export type { LinkkiCaseTimeline as LinkkiCaseTimelineElement } from '@linkki/elements/case-timeline.js';
export type { LinkkiEvaluationReport as LinkkiEvaluationReportElement } from '@linkki/elements/evaluation-report.js';
export type { LinkkiParticipation as LinkkiParticipationElement } from '@linkki/elements/participation.js';
export type { LinkkiReferralForm as LinkkiReferralFormElement } from '@linkki/elements/referral-form.js';
export type { LinkkiReferralStatus as LinkkiReferralStatusElement } from '@linkki/elements/referral-status.js';
export type { LinkkiSwemwbs as LinkkiSwemwbsElement } from '@linkki/elements/swemwbs.js';

/** The events of each element: the same table as `ELEMENT_EVENTS` of `@linkki/elements` (the compiler holds them equal). */
const EVENTS = {
  'linkki-swemwbs': ['linkki-changed', 'linkki-completed', 'linkki-error'],
  'linkki-participation': ['linkki-changed', 'linkki-completed', 'linkki-error'],
  'linkki-referral-form': ['linkki-submit', 'linkki-submitted', 'linkki-error'],
  'linkki-referral-status': ['linkki-status-loaded', 'linkki-status-revoked', 'linkki-error'],
  'linkki-case-timeline': ['linkki-event-add', 'linkki-event-added', 'linkki-error'],
  'linkki-case-list': ['linkki-case-open', 'linkki-sign-in-requested', 'linkki-error'],
  'linkki-evaluation-report': ['linkki-report-loaded', 'linkki-report-downloaded', 'linkki-sign-in-requested', 'linkki-error'],
  'linkki-activity-finder': ['linkki-shortlist-changed', 'linkki-selected', 'linkki-error'],
} as const satisfies typeof ELEMENT_EVENTS;

/** Properties of both questionnaires (and of every form-associated element: `name`, `disabled`, `required`). */
const QUESTIONNAIRE = ['timepoint', 'layout', 'instrument', 'src', 'previous', 'showResult', 'readonly', 'headingLevel', 'hideTitle', 'answers', 'name', 'disabled', 'required'] as const;

/** `<linkki-swemwbs>`: the SWEMWBS questionnaire. */
export const LinkkiSwemwbs = linkkiComponent({
  tagName: 'linkki-swemwbs',
  displayName: 'LinkkiSwemwbs',
  properties: QUESTIONNAIRE,
  events: EVENTS['linkki-swemwbs'],
  load: () => import('@linkki/elements/swemwbs.js'),
});

/** `<linkki-participation>`: the participation questionnaire (a licensed instrument given by `src` or `instrument`). */
export const LinkkiParticipation = linkkiComponent({
  tagName: 'linkki-participation',
  displayName: 'LinkkiParticipation',
  properties: QUESTIONNAIRE,
  events: EVENTS['linkki-participation'],
  load: () => import('@linkki/elements/participation.js'),
});

/** `<linkki-referral-form>`: the hyvinvointilähete. */
export const LinkkiReferralForm = linkkiComponent({
  tagName: 'linkki-referral-form',
  displayName: 'LinkkiReferralForm',
  properties: ['mode', 'endpoint', 'privacyNotice', 'municipality', 'municipalities', 'referrer', 'draft', 'draftKey', 'withSwemwbs', 'timeout', 'retryDelay', 'statusPage', 'headingLevel', 'hideTitle', 'name', 'disabled', 'required'],
  events: EVENTS['linkki-referral-form'],
  load: () => import('@linkki/elements/referral-form.js'),
});

/** `<linkki-referral-status>`: where a referral stands, by its status link. */
export const LinkkiReferralStatus = linkkiComponent({
  tagName: 'linkki-referral-status',
  displayName: 'LinkkiReferralStatus',
  properties: ['endpoint', 'token', 'headingLevel', 'hideTitle', 'timeout'],
  events: EVENTS['linkki-referral-status'],
  load: () => import('@linkki/elements/referral-status.js'),
});

/** `<linkki-case-timeline>`: one person's case. */
export const LinkkiCaseTimeline = linkkiComponent({
  tagName: 'linkki-case-timeline',
  displayName: 'LinkkiCaseTimeline',
  properties: ['case', 'order', 'references', 'catalogue', 'now', 'editable', 'recorderRole', 'headingLevel', 'hideTitle', 'endpoint', 'caseId', 'authorization', 'draft', 'timeout', 'retryDelay'],
  events: EVENTS['linkki-case-timeline'],
  load: () => import('@linkki/elements/case-timeline.js'),
});

/** `<linkki-case-list>`: the cases a coordinator or link worker works on. */
export const LinkkiCaseList = linkkiComponent({
  tagName: 'linkki-case-list',
  displayName: 'LinkkiCaseList',
  properties: ['cases', 'endpoint', 'authorization', 'caseHref', 'waitingLimit', 'pageSize', 'now', 'headingLevel', 'hideTitle'],
  events: EVENTS['linkki-case-list'],
  load: () => import('@linkki/elements/case-list.js'),
});

/** `<linkki-evaluation-report>`: the municipality's evaluation report. */
export const LinkkiEvaluationReport = linkkiComponent({
  tagName: 'linkki-evaluation-report',
  displayName: 'LinkkiEvaluationReport',
  properties: ['report', 'endpoint', 'authorization', 'from', 'to', 'basis', 'municipalities', 'municipalityOptions', 'references', 'headingLevel', 'hideTitle'],
  events: EVENTS['linkki-evaluation-report'],
  load: () => import('@linkki/elements/evaluation-report.js'),
});

/** `<linkki-activity-finder>`: the activity catalogue. */
export const LinkkiActivityFinder = linkkiComponent({
  tagName: 'linkki-activity-finder',
  displayName: 'LinkkiActivityFinder',
  properties: ['src', 'activities', 'municipality', 'mode', 'syncUrl', 'today', 'headingLevel', 'hideTitle', 'synonyms'],
  events: EVENTS['linkki-activity-finder'],
  load: () => import('@linkki/elements/activity-finder.js'),
});
