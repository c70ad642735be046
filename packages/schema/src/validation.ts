import type * as z from 'zod/mini';

/**
 * Stable issue codes. Elements and servers localise these; never show them raw.
 * Adding a code is a minor change; renaming one is breaking.
 */
export const ISSUE_CODES = [
  'required',
  'invalidType',
  'invalidOption',
  'tooShort',
  'tooLong',
  'tooSmall',
  'tooBig',
  'tooFew',
  'tooMany',
  'notInteger',
  'notUnique',
  'invalidEmail',
  'invalidPhone',
  'invalidDate',
  'invalidUrl',
  'invalidFormat',
  'unknownField',
  'contactRequired',
  'otherReasonRequired',
  'consentRequired',
  'ageRequired',
  'tooYoung',
  'birthYearInFuture',
  'feedbackNeedsContact',
  'textRequired',
  'answerMissing',
  'answerOutOfScale',
  'scoreMismatch',
  'dateOrder',
  'closureMissing',
  'whyEndedRequired',
  'feedbackRequired',
  'invalid',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

export type IssuePath = (string | number)[];

export interface ValidationIssue {
  /** Where the problem is, e.g. `['person', 'contact', 'phone']`; `[]` for the whole payload. */
  path: IssuePath;
  code: IssueCode;
  /** Limits for messages such as "at most {{maximum}} characters". */
  params?: { minimum?: number; maximum?: number };
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

const issueCodeSet = new Set<string>(ISSUE_CODES);

function isIssueCode(value: unknown): value is IssueCode {
  return typeof value === 'string' && issueCodeSet.has(value);
}

const formatCodes: Record<string, IssueCode> = {
  email: 'invalidEmail',
  url: 'invalidUrl',
  date: 'invalidDate',
  datetime: 'invalidDate',
};

type RawIssue = z.core.$ZodIssue;

function sizeCode(issue: RawIssue & { origin?: string; minimum?: unknown }, small: boolean): IssueCode {
  const origin = issue.origin;
  if (origin === 'string') return small ? (Number(issue.minimum) <= 1 ? 'required' : 'tooShort') : 'tooLong';
  if (origin === 'array' || origin === 'set') return small ? (Number(issue.minimum) <= 1 ? 'required' : 'tooFew') : 'tooMany';
  return small ? 'tooSmall' : 'tooBig';
}

function toCode(issue: RawIssue, missing: boolean): IssueCode {
  if (missing && issue.code !== 'custom') return 'required';
  if (isIssueCode(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return missing ? 'required' : 'invalidType';
    case 'too_small':
      return sizeCode(issue, true);
    case 'too_big':
      return sizeCode(issue, false);
    case 'invalid_format':
      return formatCodes[issue.format] ?? 'invalidFormat';
    case 'invalid_value':
    case 'invalid_union':
      return missing ? 'required' : 'invalidOption';
    case 'not_multiple_of':
      return 'notInteger';
    case 'unrecognized_keys':
      return 'unknownField';
    default:
      return 'invalid';
  }
}

function toParams(issue: RawIssue): ValidationIssue['params'] {
  if (issue.code === 'too_small') return { minimum: Number(issue.minimum) };
  if (issue.code === 'too_big') return { maximum: Number(issue.maximum) };
  return undefined;
}

/** zod/mini does not report the input, so "missing" is read from the original value at the path. */
function isMissing(input: unknown, path: readonly PropertyKey[]): boolean {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return true;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value === undefined;
}

/** Turns zod's issues into stable, path-located codes. `unrecognized_keys` becomes one issue per key. */
export function toValidationIssues(issues: readonly RawIssue[], input?: unknown): ValidationIssue[] {
  return issues.flatMap((issue): ValidationIssue[] => {
    const path = issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment));
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...path, key], code: 'unknownField' }));
    }
    const params = toParams(issue);
    const code = toCode(issue, isMissing(input, issue.path));
    return [params ? { path, code, params } : { path, code }];
  });
}

/** Builds a `validate*` function that never throws, whatever it is given. */
export function validatorFor<S extends z.ZodMiniType>(schema: S) {
  return (input: unknown): ValidationResult<z.infer<S>> => {
    let result;
    try {
      result = schema.safeParse(input);
    } catch {
      // Hostile input (throwing getters, revoked proxies) must not escape as an exception.
      return { ok: false, issues: [{ path: [], code: 'invalid' }] };
    }
    return result.success
      ? { ok: true, value: result.data }
      : { ok: false, issues: toValidationIssues(result.error.issues, input) };
  };
}
