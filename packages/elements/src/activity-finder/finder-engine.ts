import { compareText, foldForSearch, type Activity } from '@linkki/schema';
import { inLanguage } from './activity-text.js';
import { entriesOf, validActivities, warmUpValidation } from './catalogue-source.js';
import { yieldToEventLoop } from './event-loop.js';
import { applyFilters, FacetTable, facetValuesOf } from './facets.js';
import type { EngineSettings, FromEngine, ToEngine } from './finder-protocol.js';
import type { SearchIndex } from './search-index.js';
import { rawWordsOf } from './search/raw-words.js';

type SearchPart = typeof import('./search-part.js');
let searchPart: Promise<SearchPart> | undefined;
/** The search code, once; after a failed download the next search tries again. */
function loadSearchPart(): Promise<SearchPart> {
  searchPart ??= import('./search-part.js').catch((error: unknown) => {
    searchPart = undefined;
    throw error;
  });
  return searchPart;
}

const hasWords = (query: string) => rawWordsOf(query).some((raw) => foldForSearch(raw));

function warmUp(lang: EngineSettings['lang']) {
  warmUpValidation();
  compareText(lang)('a', 'b');
}

const SLICE = 1000;

/**
 * Everything the finder does that is not drawing: reads the catalogue (fetch, JSON, HSDS mapping),
 * validates it, builds the facet table and the name order — enough for the first results, which it
 * says with `ready` — then loads the search code and builds the search index, and answers searches
 * with facet counts (a search with words waits for the index). It runs in a module worker
 * (finder-worker.ts) or, where workers are not available, on the main thread in slices. It speaks only in messages, the same in both places.
 */
export class FinderEngine {
  private settings: EngineSettings = { lang: 'fi', categoryLabels: [], synonyms: [] };
  private load = 0;
  private catalogue: Activity[] = [];
  private indexOfId = new Map<string, number>();
  private facetTable = new FacetTable([]);
  /** The catalogue of the current load is validated and in name order: searches without words can be answered. */
  private listed = false;
  private index: SearchIndex | undefined;
  private indexing: Promise<SearchIndex | undefined> | undefined;
  private fuzzy: SearchPart['fuzzyWords'] | undefined;
  private byName: number[] = [];
  private indexRun = 0;
  private received: unknown[] = [];
  /** Catalogues downloaded before they were asked for, by address (early-start.ts), until a load takes one… */
  private early = new Map<string, Promise<Response | undefined>>();
  /** …and until each has arrived (a load may take one still on its way). */
  private arrivals = new Map<string, (response: Response | undefined) => void>();

  constructor(private readonly post: (message: FromEngine) => void) {}

  receive(message: ToEngine): void {
    switch (message.type) {
      case 'configure':
        return void this.configure(message.settings);
      case 'load-url':
        return void this.loadUrl(message);
      case 'early-catalogue':
        return void this.early.set(message.src, new Promise((resolve) => this.arrivals.set(message.src, resolve)));
      case 'early-catalogue-body':
        this.arrivals.get(message.src)?.(message.status ? new Response(message.body ?? null, { status: message.status }) : undefined);
        return void this.arrivals.delete(message.src);
      case 'entries':
        if (message.load !== this.load) this.received = [];
        this.load = message.load;
        this.received.push(...message.entries);
        if (message.done) void this.useEntries(message.load, this.received.splice(0));
        return;
      case 'search':
        return void this.search(message);
      case 'activities':
        if (message.load !== this.load || !this.listed) return;
        return this.post({ type: 'activities', load: message.load, found: this.activitiesAt([...message.indexes, ...message.ids.map((id) => this.indexOfId.get(id) ?? -1)]) });
    }
  }

  private async configure(settings: EngineSettings) {
    const reindex = indexedDifferently(settings, this.settings);
    this.settings = settings;
    if (reindex && this.listed) await this.prepare(this.load);
  }

  private async loadUrl({ load, src, defaultMunicipality, today }: Extract<ToEngine, { type: 'load-url' }>) {
    this.load = load;
    this.listed = false;
    try {
      const early = this.early.get(src);
      this.early.delete(src);
      const fetchIt = () => fetch(src, { headers: { accept: 'application/json' } });
      const arriving = early ?? fetchIt();
      // While the catalogue is still on its way, the validator and the collator have their first,
      // slow run (a cold start costs several times a warm one), not once it is here.
      if (!early || this.arrivals.has(src)) warmUp(this.settings.lang);
      const response = (await arriving) ?? (await fetchIt());
      if (!response.ok) throw Object.assign(new Error('HTTP'), { status: response.status });
      const json: unknown = await response.json();
      if (load !== this.load) return;
      const entries = entriesOf(json);
      // A paged Open Referral feed (e.g. @linkki/intake's GET /services) is read to its last page.
      const hsds = entries ? undefined : await (await import('./hsds-source.js')).hsdsEntriesFrom(json, src, { defaultMunicipality, today });
      if (load !== this.load) return;
      await this.useEntries(load, entries ?? hsds?.entries ?? [], hsds?.skipped);
    } catch (error) {
      if (load === this.load) this.post({ type: 'failed', load, status: (error as { status?: number }).status });
    }
  }

  private async useEntries(load: number, entries: readonly unknown[], mappingSkipped: Extract<FromEngine, { type: 'skipped' }>['entries'] = []) {
    this.load = load;
    this.listed = false;
    const valid = await validActivities(entries, SLICE);
    if (load !== this.load) return;
    this.catalogue = valid.activities;
    this.indexOfId = new Map(valid.activities.map((a, i) => [a.id, i]));
    const skipped = [...mappingSkipped, ...valid.skipped];
    if (skipped.length) this.post({ type: 'skipped', load, entries: skipped });
    const facetValues = [];
    for (let start = 0; start < valid.activities.length; start += SLICE) {
      if (start > 0) await yieldToEventLoop();
      if (load !== this.load) return;
      facetValues.push(...valid.activities.slice(start, start + SLICE).map(facetValuesOf));
    }
    this.facetTable = new FacetTable(facetValues);
    await this.prepare(load);
  }

  /**
   * The name order for the current language, then `ready`, then the search index in the background;
   * a newer load or language drops an older run.
   */
  private async prepare(load: number): Promise<void> {
    const run = ++this.indexRun;
    this.index = undefined;
    this.indexing = undefined;
    const { catalogue, settings } = this;
    const lang = settings.lang;
    // Sami names in the Sami alphabet's order (á after a, č after c, đ after d…), others by Intl.Collator.
    const compare = compareText(lang);
    const names = catalogue.map((a) => inLanguage(a.name, lang));
    await yieldToEventLoop();
    if (load !== this.load || run !== this.indexRun) return;
    // The language or its labels changed meanwhile: order again with them.
    if (indexedDifferently(settings, this.settings)) return this.prepare(load);
    this.byName = names.map((_, i) => i).sort((a, b) => compare(names[a]!, names[b]!));
    this.listed = true;
    this.post({ type: 'ready', load, lang, count: catalogue.length });
    void this.indexFor(load, run);
  }

  /** The search index of this load and run, built once (undefined when a newer one replaced it, or the search code could not be loaded). */
  private indexFor(load: number, run: number): Promise<SearchIndex | undefined> {
    this.indexing ??= this.buildIndex(load, run);
    return this.indexing;
  }

  private async buildIndex(load: number, run: number): Promise<SearchIndex | undefined> {
    const { catalogue, settings } = this;
    let part: SearchPart;
    try {
      part = await loadSearchPart();
    } catch {
      if (run === this.indexRun) this.indexing = undefined;
      return undefined;
    }
    const index = await part.SearchIndex.build((i) => part.searchDocumentOf(catalogue[i]!, settings.lang, settings.categoryLabels), catalogue.length, SLICE);
    if (load !== this.load || run !== this.indexRun) return undefined;
    this.fuzzy = part.fuzzyWords;
    this.index = index;
    return index;
  }

  /** The activities at these indexes (those that exist), for the page to draw. */
  private activitiesAt(indexes: readonly number[]): [number, Activity][] {
    return indexes.filter((i) => this.catalogue[i] !== undefined).map((i) => [i, this.catalogue[i]!]);
  }

  private async search({ run, query, filters, want }: Extract<ToEngine, { type: 'search' }>) {
    const { load, indexRun } = this;
    if (!this.listed) return;
    let results: number[];
    let partial = false;
    if (hasWords(query)) {
      const index = this.index ?? (await this.indexFor(load, indexRun));
      if (!index || index !== this.index || load !== this.load) return;
      ({ results, partial } = await index.find(query, this.byName, { fuzzy: this.fuzzy, synonyms: this.settings.synonyms }));
      if (index !== this.index || load !== this.load) return;
    } else results = [...this.byName];
    const { matching, counts, without } = applyFilters(results, this.facetTable, filters);
    this.post({ type: 'results', run, load, partial, results: matching, page: this.activitiesAt(matching.slice(0, want)), counts, without });
  }
}

/** Whether an index built with `a` differs from one built with `b` (language, category labels). */
function indexedDifferently(a: EngineSettings, b: EngineSettings): boolean {
  return a.lang !== b.lang || JSON.stringify(a.categoryLabels) !== JSON.stringify(b.categoryLabels);
}
