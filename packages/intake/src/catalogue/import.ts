import { activity as activitySchema, fromHsds, fromPtv, importCatalogueCsv, validatorFor, type Activity, type ValidationIssue } from '@linkki/schema';
import { unstorableText } from '../storable.js';

export const IMPORT_FORMATS = ['csv', 'hsds', 'ptv', 'linkki'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** An entry the import left out, and why: a stable `reason` code, and details where there are some. */
export interface SkippedEntry {
  /** Position in the input (0-based), for JSON formats. */
  index?: number;
  /** Line of the spreadsheet, for CSV. */
  line?: number;
  id?: string;
  reason: 'invalid' | 'duplicateId' | 'notYourMunicipality' | 'notPublished' | 'noPlaceOrPhone' | 'noMunicipality' | 'noLanguage' | 'noOrganisation' | 'notAService';
  /** Schema issues (path + stable code), for `invalid`. */
  issues?: ValidationIssue[];
  /** A sentence for people, where the source gives one (the CSV import's Finnish messages, PTV reasons). */
  message?: string;
}

const validateActivity = validatorFor(activitySchema);

/** A Linkki catalogue (`{ activities }` or an array) validated entry by entry. */
function fromLinkki(json: unknown): { activities: Activity[]; skipped: SkippedEntry[] } {
  const entries = Array.isArray(json) ? json : json && typeof json === 'object' && Array.isArray((json as { activities?: unknown }).activities) ? (json as { activities: unknown[] }).activities : undefined;
  if (!entries) return { activities: [], skipped: [{ reason: 'invalid', issues: [{ path: ['activities'], code: 'required' }] }] };
  const activities: Activity[] = [];
  const skipped: SkippedEntry[] = [];
  entries.forEach((entry, index) => {
    const result = validateActivity(entry);
    if (result.ok) activities.push(result.value);
    else skipped.push({ index, id: typeof (entry as { id?: unknown })?.id === 'string' ? (entry as { id: string }).id : undefined, reason: 'invalid', issues: result.issues });
  });
  return { activities, skipped };
}

/**
 * Activities from an import body, with the parsers of @linkki/schema (the same as the
 * `linkki-catalogue` command): CSV (Finnish headers), HSDS 3.0 JSON, PTV Open API v11 JSON or a Linkki
 * catalogue. Ids repeated in one import keep the first; text PostgreSQL cannot store is refused.
 */
export function parseImport(format: ImportFormat, body: string | unknown, today: string): { activities: Activity[]; skipped: SkippedEntry[] } {
  let result: { activities: Activity[]; skipped: SkippedEntry[] };
  if (format === 'csv') {
    const { catalogue, errors } = importCatalogueCsv(String(body));
    const byLine = new Map<number, SkippedEntry>();
    for (const error of errors) {
      const entry = byLine.get(error.line) ?? { line: error.line, reason: 'invalid' as const, message: '' };
      entry.message = [entry.message, `${error.column ? `${error.column}: ` : ''}${error.message}`].filter(Boolean).join(' ');
      byLine.set(error.line, entry);
    }
    result = { activities: catalogue.activities, skipped: [...byLine.values()] };
  } else if (format === 'hsds') {
    const { activities, issues } = fromHsds(body, { today });
    const byIndex = new Map<number, SkippedEntry>();
    for (const issue of issues) {
      const entry = byIndex.get(issue.index) ?? { index: issue.index, id: issue.id, reason: 'invalid' as const, issues: [] };
      entry.issues!.push({ path: issue.path, code: issue.code });
      byIndex.set(issue.index, entry);
    }
    result = { activities, skipped: [...byIndex.values()] };
  } else if (format === 'ptv') {
    const { activities, skipped } = fromPtv(body);
    result = { activities, skipped: skipped.map((s) => ({ index: s.index, id: s.id, reason: s.reason, message: s.message, ...(s.issues ? { issues: s.issues } : {}) })) };
  } else result = fromLinkki(body);

  const seen = new Set<string>();
  const activities: Activity[] = [];
  for (const activity of result.activities) {
    const unstorable = unstorableText(activity);
    if (unstorable.length) result.skipped.push({ id: activity.id, reason: 'invalid', issues: unstorable });
    else if (seen.has(activity.id)) result.skipped.push({ id: activity.id, reason: 'duplicateId' });
    else {
      seen.add(activity.id);
      activities.push(activity);
    }
  }
  return { activities, skipped: result.skipped };
}
