/** One query of the relevance set whose expected activity was not in the top 3. */
export interface RelevanceMiss {
  query: string;
  expected: string;
  /** The ids of the first three results. */
  got: string[];
}

/** Hits (expected activity in the top 3) over all queries of the relevance set, and the misses. */
export function relevanceRow(files?: { catalogue?: string; queries?: string }): Promise<{ hits: number; total: number; misses: RelevanceMiss[] }>;

/**
 * Searches `catalogue` as <linkki-activity-finder> does in Finnish: a function from a query to the
 * ids of its results, best first, and whether they match only some of the words.
 */
export function catalogueSearch(catalogue: { activities: readonly unknown[] }): Promise<(query: string) => Promise<{ ids: string[]; partial: boolean }>>;
