import { ACTIVITY_CATEGORIES, type Activity } from '@linkki/schema';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocalizeController, type Language } from '../i18n/index.js';
import { translate } from '../i18n/i18n.js';
import { buttonStyles } from '../shared/button.styles.js';
import { fieldStyles } from '../shared/field.styles.js';
import { heading, headingLevels } from '../shared/heading.js';
import { LinkkiElement } from '../shared/linkki-element.js';
import { LiveAnnouncer } from '../shared/live-announcer.js';
import { inLanguage, municipalityName, placeOf } from './activity-text.js';
import { finderStyles } from './activity-finder.styles.js';
import type { FacetName, FacetResult, FilterName, Filters } from './facets.js';
import { FinderEngineClient } from './finder-client.js';
import type { FromEngine, SynonymGroups } from './finder-protocol.js';
import { filtersView } from './filters-view.js';
import { readHash, writeHash } from './hash-state.js';
import { NarrowController } from './narrow-controller.js';
import { resultsView } from './results-view.js';
import './strings.js';

const PAGE = 20;
/** Cards drawn in the first frame of the first results; the filters follow in the next frame, then the rest of the cards. */
const FIRST_FRAME = 6;
/** Runs `then` once the next frame has been painted. */
const afterFrame = (then: () => void) => requestAnimationFrame(() => requestAnimationFrame(then));

/**
 * The activity catalogue (palvelutarjotin) as a search: typo-tolerant, diacritic- and apostrophe-
 * insensitive free text, facets with counts, plain-language results and details. In
 * `mode="link-worker"` the worker and the person build a shortlist together, print it and share it.
 * "Print the chosen" prints only the chosen activities, one large card per A4 page, and nothing else
 * of the host page (shared/print-root.ts).
 *
 * Narrower than 48 rem (its own width, not the window's), the finder folds its filters into one
 * closed "Rajaa hakua" disclosure, so the first results follow the search box on a phone.
 *
 * The catalogue is read, validated, indexed and searched in a module worker
 * (`linkki-finder-worker.min.js`, served next to the bundle), so a large catalogue never blocks the
 * page; a strict Content-Security-Policy needs `worker-src 'self'` (or the bundles' origin when it
 * is the page's). Without a worker the same code runs on the main thread, in slices.
 *
 * @summary Searchable catalogue of municipal activities and associations.
 *
 * @fires {CustomEvent<ShortlistChangedDetail>} linkki-shortlist-changed - The shortlist changed. `detail`: `{ ids, notes }`.
 * @fires {CustomEvent<ActivitySelectedDetail>} linkki-selected - An activity was chosen (link-worker mode). `detail`: `{ activity }`.
 * @fires {CustomEvent<LinkkiErrorDetail>} linkki-error - `{ kind: 'invalid', issues }`: entries of the catalogue were invalid and left out, the rest is shown (each issue's `path` starts with the entry's index; `[index, 'id']` for a repeated id); `{ kind: 'load', issues: [], status? }`: the catalogue could not be loaded from `src` (the element offers *Try again*).
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
  /** Level of the finder's title (2); the filters and results headings are one level below it. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /**
   * Leaves out the finder's own title, for a host page whose heading already names it: the finder
   * keeps the title as its region's accessible name, and its section headings start at `heading-level`.
   */
  @property({ type: Boolean, attribute: 'hide-title' }) hideTitle = false;
  /**
   * Extra synonym groups of the embedder, added to the built-in ones: each group's words find each
   * other, e.g. `[['kerho', 'piiri', 'ryhmä'], ['kuntosali', 'kuntosalivuoro']]`. Words are matched
   * without diacritics and case.
   */
  @property({ attribute: false }) synonyms: SynonymGroups = [];

  @state() private loadState: 'idle' | 'loading' | 'failed' = 'idle';
  @state() private skipped = 0;
  /**
   * The text in the search box. Not reactive: a keystroke draws nothing by itself (the box already
   * shows it); the page is drawn once, when the results for it arrive.
   */
  private query = '';
  @state() private filters: Filters = {};
  @state() private results: readonly number[] = [];
  /** The results match only some of the query's words (nothing matched them all). */
  @state() private partial = false;
  @state() private facets: FacetResult | undefined;
  @state() private shown = PAGE;
  /** How many of the shown cards are drawn yet: the first results are drawn over three frames, never in one long task. */
  @state() private drawn = PAGE;
  /** The first results' filters wait for the frame after their first cards. */
  @state() private filtersWaiting = false;
  @state() private detailsId: string | undefined;
  @state() private shortlist: string[] = [];
  @state() private notes: Record<string, string> = {};
  @state() private largeText = false;
  @state() private copyText = '';
  /** The filter disclosure is open (it exists only while the finder is narrow). */
  @state() private filtersExpanded = false;
  /** The first results of a catalogue are there: the search form replaces the loading message. */
  @state() private ready = false;
  @state() private views: typeof import('./more-views.js') | undefined;

  private readonly i18n = new LocalizeController(this, 'finder');
  private readonly live = new LiveAnnouncer(this);
  private readonly width = new NarrowController(this);
  private engine: FinderEngineClient | undefined;
  /** The engine has indexed the catalogue: searches may be sent. */
  private indexed = false;
  /**
   * The activities the page has been sent (results drawn, shortlist), by index among the valid ones
   * and by id. The catalogue itself stays with the engine.
   */
  private readonly atIndex = new Map<number, Activity>();
  private readonly byId = new Map<string, Activity>();
  private engineSettings = '';
  private searchRun = 0;
  private loadRun = 0;
  private searchesAnswered: (() => void)[] = [];
  private announceNext = false;
  private openedFrom: string | undefined;
  /** @internal The search started by the last keystroke or filter, settled when its results arrive. */
  searching: Promise<void> = Promise.resolve();

  /** @internal Whether the catalogue is indexed and searched in a worker (false: on the main thread). */
  get searchesInWorker(): boolean {
    return this.engine?.inWorker ?? false;
  }

  private get day(): string {
    return this.today && /^\d{4}-\d{2}-\d{2}$/.test(this.today) ? this.today : new Date().toISOString().slice(0, 10);
  }

  override connectedCallback() {
    super.connectedCallback();
    if (this.syncUrl) this.restoreFromHash();
    // Moved on the page (the worker was stopped when the element left), or given data while detached.
    if (this.hasUpdated && !this.engine && (this.src || this.activities)) this.reload();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.engine?.close();
    this.engine = undefined;
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
    if ((changed.has('src') && this.src && !this.activities) || (changed.has('activities') && this.activities)) this.reload();
    if (changed.has('municipality') && this.municipality && !this.filters.municipality) this.filters = { ...this.filters, municipality: [this.municipality] };
    if (this.engine) this.configureEngine();
    if (changed.has('synonyms') && this.ready) void this.search();
  }

  private startEngine(): FinderEngineClient {
    this.engine ??= new FinderEngineClient(
      (message) => this.receive(message),
      () => this.reload(),
    );
    return this.engine;
  }

  /** The language, its category labels and the synonyms, sent to the engine when they change. */
  private configureEngine() {
    const lang = this.i18n.lang;
    const labelsIn = (language: Language) => Object.fromEntries(ACTIVITY_CATEGORIES.map((c) => [c, translate(language, `codes:activityCategory.${c}`, ['codes'])]));
    const categoryLabels = lang === 'fi' ? [labelsIn('fi')] : [labelsIn(lang), labelsIn('fi')];
    // Plain arrays: a framework's reactive proxy cannot be copied to a worker.
    const settings = { lang, categoryLabels, synonyms: this.synonyms.map((group) => Array.from(group, String)) };
    const key = JSON.stringify(settings);
    if (key === this.engineSettings) return;
    this.engineSettings = key;
    this.engine?.configure(settings);
  }

  /** Loads `activities`, else `src`, from the start: validation, facets and index happen in the engine. */
  private reload() {
    // A detached element starts no worker; connectedCallback loads when it is back on a page.
    if (!this.isConnected) return;
    const engine = this.startEngine();
    const load = ++this.loadRun;
    this.engineSettings = '';
    this.configureEngine();
    this.atIndex.clear();
    this.byId.clear();
    this.indexed = false;
    this.skipped = 0;
    this.loadState = 'loading';
    if (this.activities) void engine.loadEntries(load, this.activities, () => this.loadRun);
    // Resolved here: inside a worker a relative URL would resolve against the worker's script.
    else if (this.src) engine.loadUrl(load, new URL(this.src, document.baseURI).href, { defaultMunicipality: this.municipality, today: this.day });
  }

  private receive(message: FromEngine) {
    if (message.load !== this.loadRun) return;
    switch (message.type) {
      case 'results':
        return this.showResults(message);
      case 'activities':
        this.keep(message.found);
        this.requestUpdate();
        return;
      case 'skipped':
        this.skipped = message.entries.length;
        this.emit('linkki-error', { kind: 'invalid', issues: message.entries.flatMap((entry) => entry.paths.map((path) => ({ path: [entry.index, ...path], code: 'invalid' as const }))) });
        return;
      case 'failed':
        this.loadState = 'failed';
        this.emit('linkki-error', { kind: 'load', issues: [], ...(message.status ? { status: message.status } : {}) });
        return;
      case 'ready':
        // Again after a change of language, with the same activities.
        this.indexed = true;
        // A shortlist restored from a link, or details open across a reload, name activities no result
        // has shown yet (asked first, so that they are there when the first results are drawn).
        this.engine?.activities(this.loadRun, [], [...this.shortlist, ...(this.detailsId ? [this.detailsId] : [])].filter((id) => !this.byId.has(id)));
        // Words typed while the catalogue loaded: their result count is announced like any search's.
        void this.search(!this.ready && this.query.trim() !== '');
        return;
    }
  }

  private keep(found: [number, Activity][]) {
    for (const [index, activity] of found) {
      // The object already kept stays, so its card text (cached per object) is not made again.
      if (this.atIndex.has(index)) continue;
      this.atIndex.set(index, activity);
      this.byId.set(activity.id, activity);
    }
  }

  private showMore = () => {
    this.shown += PAGE;
    this.drawn = this.shown;
    const missing = this.results.slice(0, this.shown).filter((index) => !this.atIndex.has(index));
    this.engine?.activities(this.loadRun, missing, []);
  };

  /** Runs the query and filters in the engine; a newer keystroke makes an older, slower search drop its result. */
  private search(announce = false): Promise<void> {
    if (!this.indexed || !this.engine) return Promise.resolve();
    const run = ++this.searchRun;
    this.announceNext = announce;
    this.engine.search(run, this.query, this.filters, PAGE);
    return new Promise((resolve) => this.searchesAnswered.push(resolve));
  }

  private showResults(message: Extract<FromEngine, { type: 'results' }>) {
    if (message.run !== this.searchRun) return;
    const { results, counts, without, partial } = message;
    this.keep(message.page);
    this.facets = { matching: results, counts, without };
    this.results = results;
    this.partial = partial;
    this.shown = PAGE;
    // The first results of a catalogue come over three frames — the first cards, the filters (many
    // controls), the rest of the cards — each a short task; later ones update the cards in place.
    if (!this.ready) {
      this.drawn = FIRST_FRAME;
      this.filtersWaiting = true;
      afterFrame(() => {
        this.filtersWaiting = false;
        afterFrame(() => (this.drawn = this.shown));
      });
    }
    this.loadState = 'idle';
    this.ready = true;
    if (this.announceNext) {
      const count = this.i18n.t('results.count', { count: results.length });
      this.live.announce(partial ? `${this.i18n.t('results.partial')} ${count}` : count);
    }
    this.writeUrl();
    for (const resolve of this.searchesAnswered.splice(0)) resolve();
  }

  private writeUrl() {
    if (!this.syncUrl) return;
    const hash = writeHash(location.hash, { query: this.query, filters: this.filters, shortlist: this.shortlist, notes: this.notes });
    if (hash !== location.hash) history.replaceState(history.state, '', hash || location.pathname + location.search);
  }

  private setFilters(filters: Filters) {
    this.filters = filters;
    this.searching = this.search(true);
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
    this.emit('linkki-shortlist-changed', { ids: [...this.shortlist], notes: { ...this.notes } });
    if (message) this.live.announce(message);
    this.writeUrl();
  }

  private toggleShortlist = (id: string) => {
    const name = inLanguage(this.byId.get(id)?.name, this.i18n.lang);
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

  /** The shortlisted activities the page has (those restored from a link arrive after the catalogue is indexed). */
  private shortlistItems(): Activity[] {
    return this.shortlist.map((id) => this.byId.get(id)).filter((a): a is Activity => Boolean(a));
  }

  private get shareUrl(): string {
    const url = new URL(location.href);
    url.hash = writeHash(url.hash, { query: '', filters: {}, shortlist: this.shortlist, notes: this.notes });
    return url.href;
  }

  private async copy() {
    const items = this.shortlistItems();
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
    const { title, section } = headingLevels(this.headingLevel, this.hideTitle);
    const linkWorker = this.mode === 'link-worker';
    const classes = [this.largeText ? 'large' : '', this.width.narrow ? 'narrow' : ''].filter(Boolean).join(' ');
    return html`<div part="base" class=${classes} role="region" aria-labelledby=${this.hideTitle ? nothing : 'finder-title'}
      aria-label=${this.hideTitle ? this.i18n.t('title') : nothing}>
      ${this.hideTitle ? nothing : heading(title, this.i18n.t('title'), { id: 'finder-title' })}
      ${linkWorker
        ? html`<button type="button" class="secondary no-print" aria-pressed=${this.largeText ? 'true' : 'false'} @click=${() => (this.largeText = !this.largeText)}>
            ${this.i18n.t('linkWorker.largeText')}
          </button>`
        : nothing}
      ${this.body(section, linkWorker)} ${this.live.render()}
    </div>`;
  }

  /** `level`: the level of the finder's section headings (filters, results, shortlist, details). */
  private body(level: number, linkWorker: boolean) {
    if (this.loadState === 'failed') {
      return html`<div class="failed" role="alert"><p>${this.i18n.t('error.load')}</p>
        <button type="button" @click=${() => this.reload()}>${this.i18n.t('error.retry')}</button></div>`;
    }
    const loading = this.loadState === 'loading' && !this.ready;
    const details = this.detailsId ? this.byId.get(this.detailsId) : undefined;
    const detailsView = this.views?.detailsView;
    return html`${linkWorker && !loading ? this.shortlistPanel(level) : nothing}
      <div class="layout no-print">
        ${details && detailsView
          ? detailsView({
              i18n: this.i18n,
              activity: details,
              today: this.day,
              linkWorker,
              heading: (text) => heading(level, text, { id: 'details-title', focusTarget: true }),
              subheading: (text) => heading(level + 1, text),
              back: () => void this.open(undefined),
              select: () => {
                this.emit('linkki-selected', { activity: details });
                this.live.announce(this.i18n.t('details.selected', { name: inLanguage(details.name, this.i18n.lang) }));
              },
            })
          : this.searchArea(level, linkWorker, loading)}
      </div>`;
  }

  /**
   * The search box is there while the catalogue is still loading (on a slow connection the finder's
   * code arrives well before it): a person can start typing, and the first results are for what they
   * typed. The box stays the same element when the results arrive, so focus and text stay put.
   */
  private searchArea(level: number, linkWorker: boolean, loading: boolean) {
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
      ${loading ? html`<p role="status">${i18n.t('error.loading')}</p>` : this.resultsArea(level, linkWorker)}`;
  }

  private resultsArea(level: number, linkWorker: boolean) {
    const i18n = this.i18n;
    return html`${this.skipped ? html`<p class="skipped">${i18n.t('error.skipped', { count: this.skipped })}</p>` : nothing}
      <div class="columns">
        ${this.filtersColumn(level)}
        <section class="result-area" aria-labelledby="results-title">
          ${heading(level, i18n.t('results.count', { count: this.results.length }), { id: 'results-title' })}
          ${this.partial ? html`<p class="partial">${i18n.t('results.partial')}</p>` : nothing}
          ${resultsView({
            i18n,
            activityAt: (index) => this.atIndex.get(index),
            results: this.results,
            shown: this.shown,
            drawn: this.drawn,
            today: this.day,
            linkWorker,
            shortlist: this.shortlist,
            relaxable: Object.entries(this.facets?.without ?? {})
              .filter(([, n]) => n > 0)
              .sort((a, b) => b[1] - a[1]) as [FilterName, number][],
            heading: (text) => heading(level + 1, text),
            open: (id) => void this.open(id),
            toggleShortlist: this.toggleShortlist,
            showMore: this.showMore,
            relax: this.relax,
          })}
        </section>
      </div>`;
  }

  /** The filters; in the first frame of the first results an empty column that holds their place. */
  private filtersColumn(level: number) {
    if (!this.facets) return nothing;
    if (this.filtersWaiting) return html`<div></div>`;
    const i18n = this.i18n;
    return filtersView({
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
      title: (text, id) => heading(level, text, { id }),
      narrow: this.width.narrow,
      expanded: this.filtersExpanded,
      setExpanded: (expanded) => (this.filtersExpanded = expanded),
    });
  }

  private shortlistPanel(level: number) {
    const shortlistView = this.views?.shortlistView;
    if (!shortlistView) return nothing;
    const items = this.shortlistItems();
    return html`${shortlistView({
        i18n: this.i18n,
        items,
        notes: this.notes,
        shareUrl: this.shareUrl,
        heading: (text, id) => heading(level, text, { id }),
        setNote: (id, note) => {
          this.notes = { ...this.notes, [id]: note };
          this.shortlistChanged();
        },
        remove: this.toggleShortlist,
        // The cards alone, one per A4 page: nothing else of the host page (its case timeline) is printed.
        // The print root is loaded on first use, not with the finder.
        print: () => void import('../shared/print-root.js').then(({ printOnly }) => printOnly(this, { pageSize: 'A4' })),
        copy: () => void this.copy(),
      })}
      ${this.copyText ? html`<textarea class="copy-fallback no-print" readonly aria-label=${this.i18n.t('linkWorker.shareText')} .value=${this.copyText}></textarea>` : nothing}`;
  }
}
