import { compareText, type Activity } from '@linkki/schema';
import { inLanguage } from './activity-text.js';
import { entriesOf, validActivities } from './catalogue-source.js';
import { yieldToEventLoop } from './event-loop.js';
import { applyFilters, FacetTable, facetValuesOf } from './facets.js';
import type { EngineSettings, FromEngine, ToEngine } from './finder-protocol.js';
import { fuzzyWords } from './fuzzy-words.js';
import { SearchIndex } from './search-index.js';
import { searchDocumentOf } from './search/search-document.js';

const SLICE = 1000;

/**
 * Everything the finder does that is not drawing: reads the catalogue (fetch, JSON, HSDS mapping),
 * validates it, builds the facet table, the name order and the search index, and answers searches
 * with facet counts. It runs in a module worker (finder-worker.ts) or, where workers are not
 * available, on the main thread in slices. It speaks only in messages, the same in both places.
 */
export class FinderEngine {
  private settings: EngineSettings = { lang: 'fi', categoryLabels: [], synonyms: [] };
  private load = 0;
  private catalogue: Activity[] = [];
  private indexOfId = new Map<string, number>();
  private facetTable = new FacetTable([]);
  private index: SearchIndex | undefined;
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
        if (message.load !== this.load || !this.index) return;
        return this.post({ type: 'activities', load: message.load, found: this.activitiesAt([...message.indexes, ...message.ids.map((id) => this.indexOfId.get(id) ?? -1)]) });
    }
  }

  private async configure(settings: EngineSettings) {
    const reindex = indexedDifferently(settings, this.settings);
    this.settings = settings;
    if (reindex && this.index) await this.buildIndex(this.load);
  }

  private async loadUrl({ load, src, defaultMunicipality, today }: Extract<ToEngine, { type: 'load-url' }>) {
    this.load = load;
    try {
      const early = this.early.get(src);
      this.early.delete(src);
      const response = (await early) ?? (await fetch(src, { headers: { accept: 'application/json' } }));
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
    this.index = undefined;
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
    await this.buildIndex(load);
  }

  /** The index and the name order for the current language; a newer load or language drops an older build. */
  private async buildIndex(load: number): Promise<void> {
    const run = ++this.indexRun;
    const { catalogue, settings } = this;
    const index = await SearchIndex.build((i) => searchDocumentOf(catalogue[i]!, settings.lang, settings.categoryLabels), catalogue.length, SLICE);
    if (load !== this.load || run !== this.indexRun) return;
    // The language or its labels changed while the first index was built: build it again with them.
    if (indexedDifferently(settings, this.settings)) return this.buildIndex(load);
    const lang = settings.lang;
    // Sami names in the Sami alphabet's order (á after a, č after c, đ after d…), others by Intl.Collator.
    const compare = compareText(lang);
    const names = catalogue.map((a) => inLanguage(a.name, lang));
    await yieldToEventLoop();
    if (load !== this.load || run !== this.indexRun) return;
    this.byName = names.map((_, i) => i).sort((a, b) => compare(names[a]!, names[b]!));
    this.index = index;
    this.post({ type: 'ready', load, lang, count: catalogue.length });
  }

  /** The activities at these indexes (those that exist), for the page to draw. */
  private activitiesAt(indexes: readonly number[]): [number, Activity][] {
    return indexes.filter((i) => this.catalogue[i] !== undefined).map((i) => [i, this.catalogue[i]!]);
  }

  private async search({ run, query, filters, want }: Extract<ToEngine, { type: 'search' }>) {
    const { index, load } = this;
    if (!index) return;
    const { results, partial } = await index.find(query, this.byName, { fuzzy: fuzzyWords, synonyms: this.settings.synonyms });
    if (index !== this.index || load !== this.load) return;
    const { matching, counts, without } = applyFilters(results, this.facetTable, filters);
    this.post({ type: 'results', run, load, partial, results: matching, page: this.activitiesAt(matching.slice(0, want)), counts, without });
  }
}

/** Whether an index built with `a` differs from one built with `b` (language, category labels). */
function indexedDifferently(a: EngineSettings, b: EngineSettings): boolean {
  return a.lang !== b.lang || JSON.stringify(a.categoryLabels) !== JSON.stringify(b.categoryLabels);
}
