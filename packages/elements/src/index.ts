import './shared/common-strings.js';

export * from './i18n/index.js';
export { LinkkiElement } from './shared/linkki-element.js';
export * from './shared/events.js';
export { tokens, baseStyles } from './shared/tokens.js';
export { LinkkiFormElement, type FormAssociatedElement } from './shared/form-associated.js';
export type { Answers, Layout, Score } from './questionnaire/questionnaire-element.js';
export type { StatusErrorDetail, StatusState } from './referral-status/referral-status.js';
export type { CaseListErrorDetail } from './case-list/case-list.js';
export type { ReportErrorDetail } from './evaluation-report/evaluation-report.js';
export type { ReportReference } from './evaluation-report/references.js';
