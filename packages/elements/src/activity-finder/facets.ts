import type { Activity } from '@linkki/schema';
import { FACETS, type FacetName, type Filters, type FilterName } from './facet-names.js';
import { timeOfDay } from './schedule.js';

export { FACETS, type FacetName, type Filters, type FilterName } from './facet-names.js';

/** Remote by phone and by video are one choice for the person; mobile services come to the village. */
const ATTENDING: Record<string, string> = {
  'in-person': 'in-person',
  mobile: 'in-person',
  'remote-phone': 'remote',
  'remote-video': 'remote',
  'home-visit': 'home-visit',
};

export interface FacetValues {
  values: Record<FacetName, string[]>;
  minAge: number;
  maxAge: number;
}

export function facetValuesOf(activity: Activity): FacetValues {
  const rules = activity.schedule?.rules ?? [];
  return {
    values: {
      municipality: [activity.municipality],
      category: activity.categories,
      cost: activity.cost.free ? ['free'] : [],
      attending: [...new Set(activity.attending.map((a) => ATTENDING[a]!))],
      accessibility: activity.accessibility?.features ?? [],
      language: activity.languages,
      weekday: [...new Set(rules.map((r) => String(r.weekday)))],
      timeOfDay: [...new Set(rules.map((r) => timeOfDay(r.start)))],
    },
    minAge: activity.audience?.minAge ?? 0,
    maxAge: activity.audience?.maxAge ?? 120,
  };
}

/**
 * Every facet value of a catalogue numbered once, and each activity's values as numbers in one flat
 * array, so that counting facets on every keystroke is array arithmetic rather than map lookups, and
 * 50 000 activities cost a few hundred kilobytes rather than an object each.
 */
export class FacetTable {
  readonly facetOfValue: number[] = [];
  readonly valueNames: string[] = [];
  /** Activity i's value ids are `ids[offsets[i]]` up to `ids[offsets[i + 1]]`. */
  readonly ids: Uint16Array;
  readonly offsets: Uint32Array;
  readonly minAge: Uint8Array;
  readonly maxAge: Uint8Array;
  private readonly idByKey = new Map<string, number>();

  constructor(items: readonly FacetValues[]) {
    const perItem = items.map((item) => FACETS.flatMap((facet, f) => item.values[facet].map((value) => this.idOf(f, value))));
    this.offsets = new Uint32Array(items.length + 1);
    perItem.forEach((ids, i) => (this.offsets[i + 1] = this.offsets[i]! + ids.length));
    this.ids = new Uint16Array(this.offsets[items.length]!);
    perItem.forEach((ids, i) => this.ids.set(ids, this.offsets[i]!));
    this.minAge = Uint8Array.from(items, (item) => item.minAge);
    this.maxAge = Uint8Array.from(items, (item) => item.maxAge);
  }

  private idOf(facet: number, value: string): number {
    const key = `${facet}:${value}`;
    let id = this.idByKey.get(key);
    if (id === undefined) {
      id = this.valueNames.length;
      this.idByKey.set(key, id);
      this.valueNames.push(value);
      this.facetOfValue.push(facet);
    }
    return id;
  }

  /** The id of a facet's value, or -1 when no activity has it. */
  find(facet: FacetName, value: string): number {
    return this.idByKey.get(`${FACETS.indexOf(facet)}:${value}`) ?? -1;
  }

  /** Whether activity `doc` passes a facet's selection (value ids). */
  passes(facet: FacetName, selected: readonly number[], doc: number): boolean {
    if (selected.length === 0) return true;
    const start = this.offsets[doc]!;
    const end = this.offsets[doc + 1]!;
    const has = (id: number) => {
      for (let i = start; i < end; i += 1) if (this.ids[i] === id) return true;
      return false;
    };
    // Accessibility needs add up (step-free *and* a hearing loop); other choices widen (Inari *or* Utsjoki).
    return facet === 'accessibility' ? selected.every(has) : selected.some(has);
  }
}

export interface FacetResult {
  /** Documents passing every filter. */
  matching: number[];
  /** Per facet and value: how many would match with that facet's own selection ignored. */
  counts: Record<FacetName, Map<string, number>>;
  /** Per active filter: how many would match without it (to suggest which to relax). */
  without: Partial<Record<FilterName, number>>;
}

/** One pass over the candidates: the matches, disjunctive facet counts and "without this filter" counts. */
export function applyFilters(candidates: readonly number[], table: FacetTable, filters: Filters): FacetResult {
  const active: FilterName[] = FACETS.filter((f) => filters[f]?.length);
  if (filters.age !== undefined) active.push('age');
  const selected = Object.fromEntries(active.map((f) => [f, f === 'age' ? [] : filters[f]!.map((value) => table.find(f, value))])) as Record<FilterName, number[]>;
  const without: Partial<Record<FilterName, number>> = Object.fromEntries(active.map((f) => [f, 0]));
  const matching: number[] = [];
  const tally = new Uint32Array(table.valueNames.length);
  const count = (doc: number, onlyFacet?: FacetName) => {
    const only = onlyFacet === undefined ? -1 : FACETS.indexOf(onlyFacet);
    for (let i = table.offsets[doc]!; i < table.offsets[doc + 1]!; i += 1) {
      const id = table.ids[i]!;
      if (only < 0 || table.facetOfValue[id] === only) tally[id]! += 1;
    }
  };
  for (const doc of candidates) {
    let failed: FilterName | undefined;
    let failures = 0;
    for (const filter of active) {
      const ok = filter === 'age' ? table.minAge[doc]! <= filters.age! && filters.age! <= table.maxAge[doc]! : table.passes(filter, selected[filter], doc);
      if (!ok) {
        failed = filter;
        failures += 1;
        if (failures > 1) break;
      }
    }
    if (failures === 0) {
      matching.push(doc);
      count(doc);
    } else if (failures === 1) {
      without[failed!] = (without[failed!] ?? 0) + 1;
      if (failed !== 'age') count(doc, failed);
    }
  }
  const counts = Object.fromEntries(FACETS.map((f) => [f, new Map<string, number>()])) as FacetResult['counts'];
  tally.forEach((n, id) => n && counts[FACETS[table.facetOfValue[id]!]!].set(table.valueNames[id]!, n));
  for (const filter of active) without[filter] = (without[filter] ?? 0) + matching.length;
  return { matching, counts, without };
}
