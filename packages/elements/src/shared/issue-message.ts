import type { ValidationIssue } from '@linkki/schema';
import type { LocalizeController } from '../i18n/index.js';

/**
 * The message for a schema issue: a field-specific string `<namespace>:errors.<field>.<code>` when
 * the element has one ("Enter the person's phone number"), else the shared `common:issues.<code>`.
 */
export function issueMessage(i18n: LocalizeController, issue: ValidationIssue, field?: string, context?: string): string {
  const options = { ...issue.params, context };
  const fieldKey = field ? `errors.${field}.${issue.code}` : undefined;
  const keys = fieldKey ? [fieldKey, `common:issues.${issue.code}`] : [`common:issues.${issue.code}`];
  return i18n.t(keys, options);
}
