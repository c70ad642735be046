import { validateCaseSummary, type CaseSummary, type ValidationIssue } from '@linkki/schema';
import type { LinkkiErrorDetail } from '../shared/events.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LocalizeController } from '../i18n/index.js';
import { controlStyles } from '../shared/controls.styles.js';
import { heading, headingLevels } from '../shared/heading.js';
import { LinkkiElement } from '../shared/linkki-element.js';
import { LiveAnnouncer } from '../shared/live-announcer.js';
import { municipalityOptions } from '../shared/municipality-name.js';
import { problemView } from '../shared/problem.js';
import { problemStyles } from '../shared/problem.styles.js';
import { isFiltered, matches, NO_FILTERS, type CaseFilters } from './case-filters.js';
import { caseListStyles } from './case-list.styles.js';
import { fetchCasePage, type PageOutcome } from './case-source.js';
import { filtersView } from './filters-view.js';
import { rowsView } from './rows-view.js';
import './strings.js';

export type { CaseOpenDetail } from '../shared/events.js';

/**
 * `detail` of `linkki-error` from the case list, the shape every element uses: `unauthorized` (401),
 * `forbidden` (403), `network` (no answer, timeout, 5xx) or `invalid` (rows that are not a `CaseSummary`).
 */
export type CaseListErrorDetail = LinkkiErrorDetail<'unauthorized' | 'forbidden' | 'network' | 'invalid'>;

type Failure = Exclude<PageOutcome, { kind: 'ok' }>;
type Phase = 'idle' | 'loading' | 'more' | 'ready' | 'failed';

/** Today on this device, as an ISO date. */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/**
 * The cases a coordinator or link worker works on: how long each has waited, its status, the
 * assigned link worker, reasons, municipality and the follow-up, with filters. Rows come from the
 * `cases` property or, with `endpoint`, from the intake's `GET /referrals`, a page at a time. Every
 * row is checked against `CaseSummary` from `@linkki/schema`; one that does not fit is left out and
 * reported. A table on wide screens, stacked cards at 40em and narrower.
 *
 * @summary Case list with waiting times, status and filters.
 *
 * @fires {CustomEvent<CaseOpenDetail>} linkki-case-open - Cancelable. A case's reference was activated; `detail`: `{ id, reference }`. With `case-href`, `preventDefault()` keeps the link from being followed (the host opens the case itself).
 * @fires {CustomEvent<undefined>} linkki-sign-in-requested - The person pressed "Sign in again" after the intake answered 401; the host signs in and sets `authorization`, and the list loads again.
 * @fires {CustomEvent<LinkkiErrorDetail>} linkki-error - Loading failed or rows were invalid. `detail`: `{ kind: 'unauthorized' | 'forbidden' | 'network' | 'invalid', issues, status? }`.
 *
 * @csspart base - The whole list.
 * @csspart filters - The filter form.
 * @csspart field - One filter's label and control.
 * @csspart count - The visible count of cases shown.
 * @csspart table - The table (stacked cards on narrow screens).
 * @csspart row - One case.
 * @csspart reference - The reference link or button of a case.
 * @csspart status-message - Loading, empty and no-match messages.
 * @csspart error - The problem message with its sign-in or retry button.
 * @csspart more - The "Show more cases" button.
 *
 * @cssprop --linkki-case-list-warning-color - Waiting too long and late follow-ups (with text and an icon, never colour alone).
 * @cssprop --linkki-case-list-row-border-color - The lines between cases and around stacked cards.
 */
export class LinkkiCaseList extends LinkkiElement {
  static override styles = [...LinkkiElement.styles, ...controlStyles, ...problemStyles, caseListStyles];

  /** The rows (`CaseSummary[]` from `@linkki/schema`), e.g. from the host's own request. When set, `endpoint` is not used. */
  @property({ attribute: false }) cases: unknown[] | undefined;
  /** The intake's base URL (`https://intake.example/api`); the list loads `GET <endpoint>/referrals`. */
  @property() endpoint: string | undefined;
  /** A personal API key or an OIDC access token, sent as `Authorization: Bearer …`. A property only, so a key never shows in the DOM. */
  @property({ attribute: false }) authorization: string | undefined;
  /** Address of a case page, `{id}` replaced by the case id (`/cases/{id}`): references become links. */
  @property({ attribute: 'case-href' }) caseHref: string | undefined;
  /** Days a new referral may wait to be routed before it is marked as waiting too long. */
  @property({ type: Number, attribute: 'waiting-limit' }) waitingLimit = 14;
  /** Rows per request to the intake (1–500). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 100;
  /** Today, as an ISO date (`2026-11-24`), for demos and tests; defaults to the real today. */
  @property() now: string | undefined;
  /** Level of the list's heading, to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /**
   * Leaves out the list's own title, for a page whose heading already names it: the list keeps the
   * title as its accessible name, and the filters' heading takes `heading-level`.
   */
  @property({ type: Boolean, reflect: true, attribute: 'hide-title' }) hideTitle = false;

  @state() private filters: CaseFilters = NO_FILTERS;
  @state() private loaded: CaseSummary[] = [];
  @state() private next: string | undefined;
  @state() private phase: Phase = 'idle';
  @state() private failure: Failure | undefined;
  @state() private invalidRows = 0;

  private given: CaseSummary[] = [];
  private givenInvalid = 0;
  private controller: AbortController | undefined;
  /** The page that failed to load (`before` of its request), for "Try again". */
  private failedBefore: string | undefined;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly i18n = new LocalizeController(this, 'caseList');
  private readonly live = new LiveAnnouncer(this);

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.controller?.abort();
    clearTimeout(this.announceTimer);
  }

  /** Loads the first page again (e.g. after the host saved a change). Filters are kept. */
  reload(): Promise<void> {
    return this.load(undefined);
  }

  private get today(): string {
    return this.now && /^\d{4}-\d{2}-\d{2}$/.test(this.now) ? this.now : localToday();
  }

  private get fromEndpoint() {
    return this.cases === undefined && Boolean(this.endpoint);
  }

  private get rows(): CaseSummary[] {
    return this.cases === undefined ? this.loaded : this.given;
  }

  /** Keeps the rows that are a `CaseSummary`; reports the others once. */
  private validRows(rows: unknown[]): CaseSummary[] {
    const valid: CaseSummary[] = [];
    const issues: ValidationIssue[] = [];
    rows.forEach((row, index) => {
      const result = validateCaseSummary(row);
      if (result.ok) valid.push(result.value);
      else issues.push(...result.issues.map((issue) => ({ ...issue, path: [index, ...issue.path] })));
    });
    if (issues.length) this.emit('linkki-error', { kind: 'invalid', issues });
    return valid;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('cases') && this.cases !== undefined) {
      const rows = Array.isArray(this.cases) ? this.cases : [];
      this.given = this.validRows(rows);
      this.givenInvalid = rows.length - this.given.length;
      this.controller?.abort();
      this.announceCount();
    } else if ((changed.has('endpoint') || changed.has('authorization') || changed.has('pageSize') || changed.has('cases')) && this.fromEndpoint) {
      // Started before rendering, so the first render already says "loading".
      void this.load(undefined);
    }
  }

  /** Loads the first page (`before` undefined, replacing the rows) or the page after `before`. */
  private async load(before: string | undefined) {
    if (!this.fromEndpoint) return;
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    this.phase = before ? 'more' : 'loading';
    this.failure = undefined;
    this.live.announce(this.i18n.t(before ? 'loadingMore' : 'loading'));
    const limit = Math.min(500, Math.max(1, Math.round(this.pageSize) || 100));
    const outcome = await fetchCasePage(this.endpoint!, { authorization: this.authorization, before, limit, signal: controller.signal });
    if (controller.signal.aborted) return;
    if (outcome.kind !== 'ok') {
      this.phase = 'failed';
      this.failure = outcome;
      this.failedBefore = before;
      this.emit('linkki-error', { kind: outcome.kind, issues: [], ...(outcome.status ? { status: outcome.status } : {}) });
      this.live.announce(this.failureText(outcome));
      return;
    }
    const rows = this.validRows(outcome.rows);
    const shownBefore = before ? this.visibleRows().length : 0;
    this.invalidRows = (before ? this.invalidRows : 0) + outcome.rows.length - rows.length;
    this.loaded = before ? [...this.loaded, ...rows] : rows;
    this.next = outcome.next;
    this.phase = 'ready';
    this.announceCount();
    if (before) await this.focusRow(shownBefore);
  }

  /** After "Show more", focus moves to the first newly shown case, so the keyboard carries on from there. */
  private async focusRow(index: number) {
    await this.updateComplete;
    const rows = this.shadowRoot?.querySelectorAll<HTMLElement>('tbody .reference');
    rows?.[index]?.focus();
  }

  private visibleRows(): CaseSummary[] {
    const today = this.today;
    return this.rows.filter((row) => matches(row, this.filters, today));
  }

  private countText(shown: number): string {
    const text = this.i18n.t('count.shown', { count: shown });
    return isFiltered(this.filters) ? `${text} ${this.i18n.t('count.total', { total: this.rows.length })}` : text;
  }

  private announceCount() {
    clearTimeout(this.announceTimer);
    this.live.announce(this.countText(this.visibleRows().length));
  }

  private setFilters(filters: CaseFilters) {
    const typing = filters.reference !== this.filters.reference;
    this.filters = filters;
    clearTimeout(this.announceTimer);
    // While the person types, the count is said once she pauses, not after every letter.
    if (typing) this.announceTimer = setTimeout(() => this.announceCount(), 600);
    else this.announceCount();
  }

  private clearFilters() {
    this.setFilters(NO_FILTERS);
    this.shadowRoot?.querySelector<HTMLElement>('#status')?.focus();
  }

  private open(row: CaseSummary, event: MouseEvent) {
    // A new tab or window is the browser's business, not the host's.
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    if (!this.emit('linkki-case-open', { id: row.id, reference: row.reference }, { cancelable: true })) event.preventDefault();
  }

  private href(row: CaseSummary): string | undefined {
    return this.caseHref ? this.caseHref.replaceAll('{id}', encodeURIComponent(row.id)) : undefined;
  }

  private failureText(failure: Failure): string {
    return this.i18n.t(failure.kind === 'unauthorized' ? 'errors.unauthorized' : failure.kind === 'forbidden' ? 'errors.forbidden' : 'errors.network');
  }

  private retry() {
    // The button goes away while loading: the list's heading (or the list, when it has none) keeps the focus in place.
    this.shadowRoot?.querySelector<HTMLElement>('#case-list-title, [part="base"][tabindex]')?.focus();
    void this.load(this.failedBefore);
  }

  private municipalities(): [string, string][] {
    const codes = new Set(this.rows.map((row) => row.municipality));
    if (this.filters.municipality) codes.add(this.filters.municipality);
    return municipalityOptions(codes, this.i18n.lang);
  }

  override render() {
    const levels = headingLevels(this.headingLevel, this.hideTitle);
    const title = this.i18n.t('title');
    return html`<section
      part="base"
      aria-labelledby=${ifDefined(this.hideTitle ? undefined : 'case-list-title')}
      aria-label=${ifDefined(this.hideTitle ? title : undefined)}
      tabindex=${ifDefined(this.hideTitle ? '-1' : undefined)}
    >
      ${this.hideTitle ? nothing : heading(levels.title, title, { id: 'case-list-title', focusTarget: true })}
      ${filtersView({
        i18n: this.i18n,
        filters: this.filters,
        municipalities: this.municipalities(),
        heading: (text, id) => heading(levels.section, text, { id }),
        set: (filters) => this.setFilters(filters),
        clear: () => this.clearFilters(),
      })}
      ${this.body()} ${this.live.render()}
    </section>`;
  }

  private body(): TemplateResult {
    const invalid = this.cases === undefined ? this.invalidRows : this.givenInvalid;
    const notice = invalid ? html`<p class="problem" part="error">${this.i18n.t('errors.invalid', { count: invalid })}</p>` : nothing;
    if (this.fromEndpoint && this.phase === 'loading') return html`<p class="message" part="status-message">${this.i18n.t('loading')}</p>`;
    if (this.fromEndpoint && this.phase === 'failed' && !this.loaded.length) return this.problem();
    const visible = this.visibleRows();
    const count = this.countText(visible.length);
    let content: TemplateResult;
    if (!this.rows.length) content = html`<p class="message" part="status-message">${this.i18n.t('empty')}</p>`;
    // "Clear choices" is right above, in the filter form.
    else if (!visible.length) content = html`<p class="message" part="status-message">${this.i18n.t('noMatch')}</p>`;
    else
      content = rowsView(
        { i18n: this.i18n, rows: visible, today: this.today, waitingLimit: this.waitingLimit, href: (row) => this.href(row), open: (row, event) => this.open(row, event) },
        `${this.i18n.t('title')}. ${count}`,
      );
    return html`${notice}<p class="count" part="count">${count}</p>
      ${content} ${this.more()}`;
  }

  private more() {
    if (!this.fromEndpoint) return nothing;
    if (this.phase === 'more') return html`<p class="message" part="status-message">${this.i18n.t('loadingMore')}</p>`;
    if (this.phase === 'failed') return this.problem();
    if (!this.next) return nothing;
    return html`<button type="button" class="secondary more" part="more" @click=${() => void this.load(this.next)}>${this.i18n.t('more')}</button>`;
  }

  private problem(): TemplateResult {
    const failure = this.failure!;
    return problemView({ i18n: this.i18n, kind: failure.kind, message: this.failureText(failure), signIn: () => this.emit('linkki-sign-in-requested'), retry: () => this.retry() });
  }
}
