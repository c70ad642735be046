import type { Activity } from '@linkki/schema';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocalizeController } from '../i18n/index.js';
import { buttonStyles } from '../shared/button.styles.js';
import { fieldStyles } from '../shared/field.styles.js';
import { heading } from '../shared/heading.js';
import { LinkkiElement } from '../shared/linkki-element.js';
import { LiveAnnouncer } from '../shared/live-announcer.js';
import { inLanguage, municipalityName, placeOf } from './activity-text.js';
import { finderStyles } from './activity-finder.styles.js';
import { entriesOf, validActivities, type SkippedEntry } from './catalogue-source.js';
import { applyFilters, FacetTable, facetValuesOf, type FacetName, type FacetResult, type FilterName, type Filters } from './facets.js';
import { filtersView } from './filters-view.js';
import { fuzzyWords } from './fuzzy-words.js';
import { readHash, writeHash } from './hash-state.js';
import { resultsView } from './results-view.js';
import { SearchIndex } from './search-index.js';
import './strings.js';

const PAGE = 20;

/**
 * The activity catalogue (palvelutarjotin) as a search: typo-tolerant, diacritic- and apostrophe-
 * insensitive free text, facets with counts, plain-language results and details. In
 * `mode="link-worker"` the worker and the person build a shortlist together, print it and share it.
 *
 * @summary Searchable catalogue of municipal activities and associations.
 *
 * @fires linkki-catalogue-error - Entries of the catalogue were invalid and left out. `detail`: `{ entries: [{ index, id, paths }] }`.
 * @fires linkki-shortlist-change - The shortlist changed. `detail`: `{ ids, notes }`.
 * @fires linkki-select - An activity was chosen (link-worker mode). `detail`: `{ activity }`.
 * @fires linkki-error - The catalogue could not be loaded from `src`. `detail`: `{ status? }`.
 *
 * @csspart base - The whole finder.
 * @csspart search - The search form.
 * @csspart filters - The filter panel.
 * @csspart facet - One filter group.
 * @csspart result - One result card.
 * @csspart no-results - The zero-results help.
 * @csspart details - The details view.
 * @csspart shortlist - The shortlist (link-worker mode).
 * @csspart shortlist-card - One shortlisted activity (a printed card).
 */
export class LinkkiActivityFinder extends LinkkiElement {
  static override styles = [...LinkkiElement.styles, buttonStyles, fieldStyles, finderStyles];

  /** URL of a catalogue JSON (`Catalogue` or an array of `Activity`). */
  @property() src: string | undefined;
  /** The activities, given directly (instead of `src`). */
  @property({ attribute: false }) activities: unknown[] | undefined;
  /** Municipality code selected when the finder opens, e.g. `758`. */
  @property() municipality: string | undefined;
  /** `citizen` (default) or `link-worker`: shortlist with notes, print and share, large-text toggle. */
  @property({ reflect: true }) mode: 'citizen' | 'link-worker' = 'citizen';
  /** Keeps the query, filters and shortlist in the page's URL hash, so a link can be shared. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;
  /** Today, as an ISO date, for demos and tests. */
  @property() today: string | undefined;
  /** Level of the finder's title (2). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private catalogue: Activity[] = [];
  @state() private loadState: 'idle' | 'loading' | 'failed' = 'idle';
  @state() private skipped = 0;
  @state() private query = '';
  @state() private filters: Filters = {};
  @state() private results: number[] = [];
  @state() private facets: FacetResult | undefined;
  @state() private shown = PAGE;
  @state() private detailsId: string | undefined;
  @state() private shortlist: string[] = [];
  @state() private notes: Record<string, string> = {};
  @state() private largeText = false;
  @state() private copyText = '';
  @state() private indexing = false;
  @state() private views: typeof import('./more-views.js') | undefined;

  private readonly i18n = new LocalizeController(this, 'finder');
  private readonly live = new LiveAnnouncer(this);
  private facetTable = new FacetTable([]);
  private byName: number[] = [];
  private index: SearchIndex | undefined;
  private indexLang = '';
  private searchRun = 0;
  private loadRun = 0;
  private entriesRun = 0;
  private openedFrom: string | undefined;
  /** @internal The search started by the last keystroke (the benchmark waits on it). */
  searching: Promise<void> = Promise.resolve();

  private get day(): string {
    return this.today && /^\d{4}-\d{2}-\d{2}$/.test(this.today) ? this.today : new Date().toISOString().slice(0, 10);
  }

  override connectedCallback() {
    super.connectedCallback();
    if (this.syncUrl) this.restoreFromHash();
  }

  private restoreFromHash() {
    const state = readHash(location.hash);
    if (state.query !== undefined) this.query = state.query;
    if (state.filters && Object.keys(state.filters).length) this.filters = state.filters;
    if (state.shortlist) this.shortlist = state.shortlist;
    if (state.notes) this.notes = state.notes;
  }

  private loadViews() {
    return import('./more-views.js').then((views) => (this.views = views));
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (this.mode === 'link-worker' && !this.views) void this.loadViews();
    if (changed.has('src') && this.src && !this.activities) void this.load(this.src);
    if (changed.has('activities') && this.activities) void this.useEntries(this.activities);
    if (changed.has('municipality') && this.municipality && !this.filters.municipality) this.filters = { ...this.filters, municipality: [this.municipality] };
    if (this.index && this.indexLang !== this.i18n.lang) void this.buildIndex();
  }

  private async load(src: string) {
    const run = ++this.loadRun;
    this.loadState = 'loading';
    try {
      const response = await fetch(src, { headers: { accept: 'application/json' } });
      if (!response.ok) throw Object.assign(new Error('HTTP'), { status: response.status });
      const json: unknown = await response.json();
      if (run !== this.loadRun) return;
      const entries = entriesOf(json);
      const hsds = entries ? undefined : (await import('./hsds-source.js')).hsdsEntries(json, { defaultMunicipality: this.municipality, today: this.day });
      if (run !== this.loadRun) return;
      await this.useEntries(entries ?? hsds?.entries ?? [], hsds?.skipped);
      this.loadState = 'idle';
    } catch (error) {
      if (run !== this.loadRun) return;
      this.loadState = 'failed';
      this.emit('linkki-error', { status: (error as { status?: number }).status });
    }
  }

  private async useEntries(entries: readonly unknown[], mappingSkipped: SkippedEntry[] = []) {
    const run = ++this.entriesRun;
    this.indexing = true;
    const valid = await validActivities(entries);
    const activities = valid.activities;
    const skipped = [...mappingSkipped, ...valid.skipped];
    if (run !== this.entriesRun) return;
    this.catalogue = activities;
    this.skipped = skipped.length;
    if (skipped.length) this.emit('linkki-catalogue-error', { entries: skipped });
    this.facetTable = new FacetTable(activities.map(facetValuesOf));
    await this.buildIndex();
  }

  private async buildIndex() {
    const lang = this.i18n.lang;
    this.indexLang = lang;
    const catalogue = this.catalogue;
    // Every language the provider wrote: a Sami speaker finds Sami names from a Finnish page too.
    const both = (text: Partial<Record<string, string | undefined>> | undefined) => Object.values(text ?? {}).join(' ');
    const index = await SearchIndex.build((i) => {
      const a = catalogue[i]!;
      return {
        name: both(a.name),
        context: [
          a.organisation.name,
          ...a.categories.map((c) => this.i18n.code('activityCategory', c)),
          placeOf(a, lang),
          municipalityName(a.municipality, 'fi'),
          municipalityName(a.municipality, lang),
          a.location?.address?.city ?? '',
        ].join(' '),
        description: both(a.description),
      };
    }, catalogue.length);
    if (catalogue !== this.catalogue || lang !== this.indexLang) return;
    this.index = index;
    this.indexing = false;
    const collator = new Intl.Collator(lang === 'se' || lang === 'smn' || lang === 'sms' ? 'fi' : lang);
    const names = this.catalogue.map((a) => inLanguage(a.name, lang));
    this.byName = names.map((_, i) => i).sort((a, b) => collator.compare(names[a]!, names[b]!));
    void this.search();
  }

  /** Runs the query and filters; a newer keystroke makes an older, slower search drop its result. */
  private async search(announce = false) {
    if (!this.index) return;
    const run = ++this.searchRun;
    const found = await this.index.search(this.query, this.byName, fuzzyWords);
    if (run !== this.searchRun) return;
    const facets = applyFilters(found, this.facetTable, this.filters);
    this.facets = facets;
    this.results = facets.matching;
    this.shown = PAGE;
    if (announce) this.live.announce(this.i18n.t('results.count', { count: facets.matching.length }));
    this.writeUrl();
  }

  private writeUrl() {
    if (!this.syncUrl) return;
    const hash = writeHash(location.hash, { query: this.query, filters: this.filters, shortlist: this.shortlist, notes: this.notes });
    if (hash !== location.hash) history.replaceState(history.state, '', hash || location.pathname + location.search);
  }

  private setFilters(filters: Filters) {
    this.filters = filters;
    void this.search(true);
  }

  private toggle = (facet: FacetName, value: string, on: boolean) => {
    const current = this.filters[facet] ?? [];
    this.setFilters({ ...this.filters, [facet]: on ? [...current, value] : current.filter((v) => v !== value) });
  };

  private relax = (filter: FilterName) => {
    const next = { ...this.filters };
    delete next[filter];
    this.setFilters(next);
  };

  private shortlistChanged(message?: string) {
    this.emit('linkki-shortlist-change', { ids: [...this.shortlist], notes: { ...this.notes } });
    if (message) this.live.announce(message);
    this.writeUrl();
  }

  private toggleShortlist = (id: string) => {
    const name = inLanguage(this.catalogue.find((a) => a.id === id)?.name, this.i18n.lang);
    const removing = this.shortlist.includes(id);
    this.shortlist = removing ? this.shortlist.filter((s) => s !== id) : [...this.shortlist, id];
    this.shortlistChanged(this.i18n.t(removing ? 'linkWorker.removed' : 'linkWorker.added', { name }));
  };

  private async open(id: string | undefined) {
    if (!this.views) await this.loadViews();
    if (id) this.openedFrom = id;
    this.detailsId = id;
    await this.updateComplete;
    const target = id ? '#details-title' : `button[data-details="${CSS.escape(this.openedFrom ?? '')}"]`;
    this.shadowRoot?.querySelector<HTMLElement>(target)?.focus();
  }

  private get shareUrl(): string {
    const url = new URL(location.href);
    url.hash = writeHash(url.hash, { query: '', filters: {}, shortlist: this.shortlist, notes: this.notes });
    return url.href;
  }

  private async copy() {
    const items = this.shortlist.map((id) => this.catalogue.find((a) => a.id === id)).filter((a): a is Activity => Boolean(a));
    const text = (await this.loadViews()).shortlistText(this.i18n, items, this.notes, this.shareUrl);
    try {
      await navigator.clipboard.writeText(text);
      this.copyText = '';
      this.live.announce(this.i18n.t('linkWorker.copied'));
    } catch {
      this.copyText = text;
      this.live.announce(this.i18n.t('linkWorker.copyFailed'));
    }
  }

  override render() {
    const level = this.headingLevel;
    const linkWorker = this.mode === 'link-worker';
    return html`<div part="base" class=${this.largeText ? 'large' : ''}>
      ${heading(level, this.i18n.t('title'))}
      ${linkWorker
        ? html`<button type="button" class="secondary no-print" aria-pressed=${this.largeText ? 'true' : 'false'} @click=${() => (this.largeText = !this.largeText)}>
            ${this.i18n.t('linkWorker.largeText')}
          </button>`
        : nothing}
      ${this.body(level, linkWorker)} ${this.live.render()}
    </div>`;
  }

  private body(level: number, linkWorker: boolean) {
    if ((this.loadState === 'loading' || this.indexing) && !this.index) return html`<p role="status">${this.i18n.t('error.loading')}</p>`;
    if (this.loadState === 'failed') {
      return html`<div class="failed" role="alert"><p>${this.i18n.t('error.load')}</p>
        <button type="button" @click=${() => this.src && void this.load(this.src)}>${this.i18n.t('error.retry')}</button></div>`;
    }
    const details = this.detailsId ? this.catalogue.find((a) => a.id === this.detailsId) : undefined;
    const detailsView = this.views?.detailsView;
    return html`${linkWorker ? this.shortlistPanel(level) : nothing}
      <div class="layout no-print">
        ${details && detailsView
          ? detailsView({
              i18n: this.i18n,
              activity: details,
              today: this.day,
              linkWorker,
              heading: (text) => heading(level + 1, text, { id: 'details-title', focusTarget: true }),
              subheading: (text) => heading(level + 2, text),
              back: () => void this.open(undefined),
              select: () => {
                this.emit('linkki-select', { activity: details });
                this.live.announce(this.i18n.t('details.selected', { name: inLanguage(details.name, this.i18n.lang) }));
              },
            })
          : this.searchArea(level, linkWorker)}
      </div>`;
  }

  private searchArea(level: number, linkWorker: boolean) {
    const i18n = this.i18n;
    return html`<form role="search" part="search" class="search" @submit=${(e: Event) => e.preventDefault()}>
        <label class="label" for="query">${i18n.t('search.label')}</label>
        <span class="hint" id="query-hint">${i18n.t('search.hint')}</span>
        <input id="query" type="search" autocomplete="off" aria-describedby="query-hint" .value=${this.query}
          @input=${(e: Event) => {
            this.query = (e.target as HTMLInputElement).value;
            this.searching = this.search(true);
          }} />
      </form>
      ${this.skipped ? html`<p class="skipped">${i18n.t('error.skipped', { count: this.skipped })}</p>` : nothing}
      <div class="columns">
        ${this.facets
          ? filtersView({
              i18n,
              filters: this.filters,
              counts: this.facets.counts,
              toggle: this.toggle,
              setAge: (text) => {
                const age = Number(text.trim());
                const next = { ...this.filters };
                if (text.trim() && Number.isInteger(age) && age >= 0 && age <= 120) next.age = age;
                else delete next.age;
                this.setFilters(next);
              },
              clear: () => this.setFilters({}),
              title: (text, id) => heading(level + 1, text, { id }),
            })
          : nothing}
        <section class="result-area" aria-labelledby="results-title">
          ${heading(level + 1, i18n.t('results.count', { count: this.results.length }), { id: 'results-title' })}
          ${resultsView({
            i18n,
            activities: this.catalogue,
            results: this.results,
            shown: this.shown,
            today: this.day,
            linkWorker,
            shortlist: this.shortlist,
            relaxable: Object.entries(this.facets?.without ?? {})
              .filter(([, n]) => n > 0)
              .sort((a, b) => b[1] - a[1]) as [FilterName, number][],
            heading: (text) => heading(level + 2, text),
            open: (id) => void this.open(id),
            toggleShortlist: this.toggleShortlist,
            showMore: () => (this.shown += PAGE),
            relax: this.relax,
          })}
        </section>
      </div>`;
  }

  private shortlistPanel(level: number) {
    const shortlistView = this.views?.shortlistView;
    if (!shortlistView) return nothing;
    const items = this.shortlist.map((id) => this.catalogue.find((a) => a.id === id)).filter((a): a is Activity => Boolean(a));
    return html`${shortlistView({
        i18n: this.i18n,
        items,
        notes: this.notes,
        shareUrl: this.shareUrl,
        heading: (text, id) => heading(level + 1, text, { id }),
        setNote: (id, note) => {
          this.notes = { ...this.notes, [id]: note };
          this.shortlistChanged();
        },
        remove: this.toggleShortlist,
        print: () => print(),
        copy: () => void this.copy(),
      })}
      ${this.copyText ? html`<textarea class="copy-fallback no-print" readonly aria-label=${this.i18n.t('linkWorker.shareText')} .value=${this.copyText}></textarea>` : nothing}`;
  }
}
