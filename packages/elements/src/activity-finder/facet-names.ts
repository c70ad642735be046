// The facets by name, apart from facets.ts (the engine's counting), which the page need not load.

/** The filters offered, in the order shown. */
export const FACETS = ['municipality', 'category', 'cost', 'attending', 'accessibility', 'language', 'weekday', 'timeOfDay'] as const;
export type FacetName = (typeof FACETS)[number];

/** Selected values per facet, and an age the activity must be open to. */
export type Filters = Partial<Record<FacetName, string[]>> & { age?: number | undefined };
export type FilterName = FacetName | 'age';
