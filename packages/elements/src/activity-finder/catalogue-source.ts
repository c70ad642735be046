import { activity as activitySchema, validatorFor, type Activity, type IssuePath } from '@linkki/schema';
import { yieldToEventLoop } from './event-loop.js';

// Built here rather than imported as `validateActivity`, so that bundles without a finder stay lean.
const validateActivity = validatorFor(activitySchema);

/**
 * Runs the activity validator once on an empty skeleton (which it rejects), so that its first real
 * run does not also pay for the validator's set-up and the engine's compilation of it.
 */
export function warmUpValidation(): void {
  validateActivity({ name: {}, location: { address: {}, coordinates: {} }, schedule: { rules: [{}] }, contact: {}, cost: {} });
}

/** An entry left out of the catalogue, reported once per load in `linkki-error` (`kind: 'invalid'`). */
export interface SkippedEntry {
  index: number;
  id: string | undefined;
  paths: IssuePath[];
}

/**
 * The entries of a catalogue document: our `Catalogue` (`{ activities }`) or a bare array. This is
 * the seam where other formats (Open Referral HSDS) are recognised and mapped.
 */
export function entriesOf(json: unknown): unknown[] | undefined {
  const first: unknown = Array.isArray(json) ? json[0] : undefined;
  // HSDS spells it "organization"; a Linkki activity has "organisation".
  if (first && typeof first === 'object' && 'organization' in first && !('organisation' in first)) return undefined;
  if (Array.isArray(json)) return json;
  if (json && typeof json === 'object' && Array.isArray((json as { activities?: unknown }).activities)) return (json as { activities: unknown[] }).activities;
  return undefined;
}

/**
 * Valid activities (ids unique, the first wins) and the entries skipped, with where they failed.
 * Validates in slices, giving the thread back between them.
 */
export async function validActivities(entries: readonly unknown[], slice = 1000): Promise<{ activities: Activity[]; skipped: SkippedEntry[] }> {
  const activities: Activity[] = [];
  const skipped: SkippedEntry[] = [];
  const seen = new Set<string>();
  for (let index = 0; index < entries.length; index += 1) {
    if (index > 0 && index % slice === 0) await yieldToEventLoop();
    const entry = entries[index];
    const id = typeof (entry as { id?: unknown })?.id === 'string' ? (entry as { id: string }).id : undefined;
    const result = validateActivity(entry);
    if (!result.ok) skipped.push({ index, id, paths: result.issues.map((i) => i.path) });
    else if (seen.has(result.value.id)) skipped.push({ index, id, paths: [['id']] });
    else {
      seen.add(result.value.id);
      activities.push(result.value);
    }
  }
  return { activities, skipped };
}
