import type { Activity, Language } from '@linkki/schema';
import { municipalityName, placeOf } from '../activity-text.js';

/** The text of one activity to search, per field, already in the reader's language and Finnish. */
export interface SearchDocument {
  name: string;
  /** Organisation, category labels, place names. */
  context: string;
  description: string;
}

/** Every language the provider wrote: a Sami speaker finds Sami names from a Finnish page too. */
const allLanguages = (text: Partial<Record<string, string | undefined>> | undefined) => Object.values(text ?? {}).join(' ');

/**
 * The searchable text of one activity: its name and description in every language it was written
 * in; as context its organisation, its categories' labels from each of `categoryLabels` (e.g. the
 * reader's language and Finnish), its place, and its municipality in Finnish and in `lang`.
 * Pure — no DOM, no i18n controller — so that it runs in a worker and in node.
 */
export function searchDocumentOf(activity: Activity, lang: Language, categoryLabels: readonly Readonly<Record<string, string>>[]): SearchDocument {
  return {
    name: allLanguages(activity.name),
    context: [
      activity.organisation.name,
      ...categoryLabels.flatMap((labels) => activity.categories.map((category) => labels[category] ?? '')),
      placeOf(activity, lang),
      municipalityName(activity.municipality, 'fi'),
      municipalityName(activity.municipality, lang),
      activity.location?.address?.city ?? '',
    ].join(' '),
    description: allLanguages(activity.description),
  };
}
