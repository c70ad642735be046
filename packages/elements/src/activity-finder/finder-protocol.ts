import type { Activity, Language } from '@linkki/schema';
import type { SkippedEntry } from './catalogue-source.js';
import type { FacetResult, Filters } from './facets.js';
import type { SynonymGroups } from './search/synonyms.js';

export type { SynonymGroups };

/** What the search works with besides the catalogue: the reader's language and the words that depend on it. */
export interface EngineSettings {
  lang: Language;
  /** Category code → label, in the reader's language and in Finnish (the index finds "Music" and "Musiikki"). */
  categoryLabels: Record<string, string>[];
  synonyms: SynonymGroups;
}

/** Messages from the element to the engine (in a worker, or on the main thread as a fallback). */
export type ToEngine =
  | { type: 'configure'; settings: EngineSettings }
  | { type: 'load-url'; load: number; src: string; defaultMunicipality: string | undefined; today: string }
  /** A catalogue given as a property arrives in chunks, so that no single `postMessage` is a long task. */
  | { type: 'entries'; load: number; entries: unknown[]; done: boolean }
  /** `want`: send the activities of the first `want` results with them (the page shown). */
  | { type: 'search'; run: number; query: string; filters: Filters; want: number }
  /** Activities the page needs besides those of a search: "show more", a shortlist restored from a link. */
  | { type: 'activities'; load: number; indexes: number[]; ids: string[] }
  /**
   * The all-in-one loader downloads a catalogue before the finder asks for it (early-start.ts): the
   * engine waits for its body (`status` 0 and no body: a network failure, so it fetches it itself).
   */
  | { type: 'early-catalogue'; src: string }
  | { type: 'early-catalogue-body'; src: string; status: number; body: ArrayBuffer | undefined };

/** Messages from the engine to the element. */
export type FromEngine =
  /** Activities by their index among the valid ones (results are such indexes). */
  | { type: 'activities'; load: number; found: [number, Activity][] }
  | { type: 'skipped'; load: number; entries: SkippedEntry[] }
  /** The catalogue is indexed for `lang`: searches may start. */
  | { type: 'ready'; load: number; lang: string; count: number }
  | { type: 'failed'; load: number; status: number | undefined }
  | ({ type: 'results'; run: number; load: number; partial: boolean; results: number[]; page: [number, Activity][] } & Omit<FacetResult, 'matching'>);
