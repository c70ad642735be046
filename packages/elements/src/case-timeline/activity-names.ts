import { activity as activitySchema, validatorFor, type Activity, type Catalogue } from '@linkki/schema';

// Built here rather than imported as `validateActivity`, so that the activity schema lands in this lazy chunk.
const validateActivity = validatorFor(activitySchema);

/**
 * Activities of a catalogue by id, invalid entries left out. Loaded only when a catalogue is given,
 * so the activity schema is not part of every timeline download.
 */
export function activitiesById(catalogue: Catalogue | Activity[]): Map<string, Activity> {
  const list = Array.isArray(catalogue) ? catalogue : catalogue.activities;
  return new Map(list.filter((a) => validateActivity(a).ok).map((a) => [a.id, a]));
}

/** The activity's name in `lang`, else in Finnish, else in any language it has. */
export function nameIn(activity: Activity, lang: string): string {
  const names = activity.name as Record<string, string | undefined>;
  return names[lang] ?? names.fi ?? Object.values(names).find(Boolean) ?? activity.id;
}
