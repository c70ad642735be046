import { validateCase, type Activity, type ActivityRef, type Case, type Catalogue, type RecorderRole, type ValidationIssue } from '@linkki/schema';
import { adoptStyles, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { languageReady, LocalizeController } from '../i18n/index.js';
import { buttonStyles } from '../shared/button.styles.js';
import { heading, headingLevels } from '../shared/heading.js';
import { issueMessage } from '../shared/issue-message.js';
import { DrawnWidth, svgFont } from '../shared/drawn-width.js';
import { LinkkiElement } from '../shared/linkki-element.js';
import { LiveAnnouncer } from '../shared/live-announcer.js';
import { flagStyles } from '../shared/problem.styles.js';
import type { DraftMode } from '../shared/draft-controller.js';
import { dayOf, today, type Day } from './calendar.js';
import { caseProgress, type CaseProgress } from './case-progress.js';
import type { CaseSource, LoadState } from './case-source.js';
import { timelineStyles } from './case-timeline.styles.js';
import { closureView } from './closure-view.js';
import type { EditSession } from './edit/edit-session.js';
import { eventList, type Order } from './event-list.js';
import { followUpView, jointWorkView, statusView } from './progress-view.js';
import type { ReferenceLine } from '../shared/reference-lines.js';
import { DEFAULT_CHART_WIDTH, usableReferences, wellbeingView } from './wellbeing-chart.js';
import './strings.js';

type ChartSvg = typeof import('./wellbeing-svg.js');
let chartSvg: ChartSvg | undefined;
let chartSvgLoading: Promise<ChartSvg> | undefined;
/** The SWEMWBS chart's drawing, in a chunk of its own (the summary and the table hold the same figures meanwhile). */
const loadChartSvg = () => (chartSvgLoading ??= import('./wellbeing-svg.js').then((module) => (chartSvg = module)));

/**
 * Where one person's case stands: events by month, time left of the agreed period with a link
 * worker (six months unless agreed otherwise), the three-month follow-up, SWEMWBS over time and the
 * closure. With `editable`, offers forms for meetings, notes, activities, the person's goals, the
 * agreed period, barriers and unmet needs, and the closure (with the person's own answers and the
 * end SWEMWBS). With `endpoint`, `case-id` and `authorization`, it loads the case from the intake API
 * and saves what is recorded there through the shared outbox, nothing lost; without `endpoint` the
 * host stores each new event (`linkki-event-add`).
 *
 * @summary Case timeline for coordinators and link workers, from referral to closure.
 *
 * @fires {CustomEvent<CaseEvent>} linkki-event-add - Without `endpoint`. Cancelable. A new, valid `CaseEvent` (`detail`) to store; the host saves it and updates `case`. Calling `preventDefault()` keeps the form open with what was typed. The close form with an end SWEMWBS fires it twice: first the `questionnaire-completed` event, then `closed`.
 * @fires {CustomEvent<CaseEventAddedDetail>} linkki-event-added - With `endpoint`: the intake stored a new event. `detail`: `{ caseId, event }` (`event`: the `CaseEvent`; for the end SWEMWBS, the `questionnaire-completed` event under the id the intake gave it).
 * @fires {CustomEvent<LinkkiErrorDetail>} linkki-error - `case` (or the loaded case) is not a valid `Case`: `{ kind: 'validation', issues }`; loading failed: `{ kind: 'load', issues: [], status? }`; saving was refused: `{ kind: 'rejected', issues, status }`; saving gave up for now: `{ kind: 'network', issues: [] }`.
 *
 * @csspart base - The whole timeline.
 * @csspart status - The case status line.
 * @csspart load-status - Loading, or why the case could not be loaded.
 * @csspart joint-work - The six-month panel.
 * @csspart time-bar - The time-used bar.
 * @csspart follow-up - The follow-up panel.
 * @csspart wellbeing - The SWEMWBS panel.
 * @csspart chart - The SWEMWBS chart (SVG).
 * @csspart chart-table - The chart's figures as a table.
 * @csspart references - The list of reference lines.
 * @csspart closure-panel - The closure panel.
 * @csspart closure - The closure details list.
 * @csspart month - A month of events.
 * @csspart event - One event.
 * @csspart event-details - An event's expandable details.
 * @csspart actions - The print and edit buttons.
 * @csspart event-form - The open event form.
 * @csspart ask-person - The close form's part with the person's own answers.
 * @csspart answer-scale - The tiles of one of the person's answers.
 * @csspart save-status - The saving status in an open form.
 * @csspart error - The invalid-case message.
 *
 * @cssprop --linkki-timeline-series-color - Line and points of the SWEMWBS chart (default: primary colour).
 * @cssprop --linkki-timeline-reference-color - Reference lines of the chart.
 * @cssprop --linkki-timeline-warning-color - Overdue states (with text and an icon, never colour alone).
 * @cssprop --linkki-timeline-person-background - Background of the part the person answers herself.
 */
export class LinkkiCaseTimeline extends LinkkiElement {
  static override styles = [...LinkkiElement.styles, buttonStyles, flagStyles, ...timelineStyles];

  /** The case (`Case` from `@linkki/schema`). Invalid input shows an error state and fires `linkki-error`. Set by the element when it loads from `endpoint`. */
  @property({ attribute: false }) case: Case | undefined;
  /** `newest` (default) or `oldest` first. */
  @property({ reflect: true }) order: Order = 'newest';
  /** Reference lines for the SWEMWBS chart: `{ label, value, source? }[]`. None are built in. */
  @property({ attribute: false }) references: ReferenceLine[] = [];
  /** A catalogue (or its activities) to show activity names in the reader's language. */
  @property({ attribute: false }) catalogue: Catalogue | Activity[] | undefined;
  /** Today, as an ISO date (`2026-11-24`), for demos and tests; defaults to the real today. */
  @property() now: string | undefined;
  /** Shows the forms for recording meetings, notes, activities, goals, the period, needs and the closure. */
  @property({ type: Boolean, reflect: true }) editable = false;
  /** The role recorded as `by` on events added here. */
  @property({ attribute: 'recorder-role' }) recorderRole: RecorderRole = 'link-worker';
  /** Level of the timeline's heading, to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /**
   * Leaves out the timeline's own title, for a page whose heading already names it: the timeline
   * keeps the title as its accessible name, and its panels' headings take `heading-level`.
   */
  @property({ type: Boolean, reflect: true, attribute: 'hide-title' }) hideTitle = false;
  /** Base URL of `@linkki/intake` (e.g. `/api`). With `case-id` and `authorization`, the case is loaded from and saved to it. */
  @property() endpoint: string | undefined;
  /** The referral's id at the intake (`GET <endpoint>/referrals/<case-id>`). */
  @property({ attribute: 'case-id' }) caseId: string | undefined;
  /**
   * The staff member's API key or OIDC access token, sent as `Authorization: Bearer …` on every
   * request. A property only, never an attribute, so that a key does not show in the page's HTML.
   */
  @property({ attribute: false }) authorization: string | undefined;
  /** Where entries waiting to be saved survive a reload: `session` (default), `local` or `none` (shared computers: memory only). */
  @property() draft: DraftMode = 'session';
  /** Milliseconds before one request counts as timed out. */
  @property({ type: Number }) timeout = 15000;
  /** Milliseconds before the first retry of a save; each later wait doubles, up to 30 s. */
  @property({ type: Number, attribute: 'retry-delay' }) retryDelay = 1000;

  private readonly i18n = new LocalizeController(this, ['timeline', 'timelineEdit']);
  /** The edit forms at work, loaded the first time the timeline is editable. */
  @state() private editing: EditSession | undefined;
  private editingRequested = false;
  private readonly live = new LiveAnnouncer(this);
  /** The SWEMWBS chart is drawn at the width of its box, so its text keeps its size on a phone. */
  private readonly drawn = new DrawnWidth(this);
  /** The chart's drawing, loaded with the first case shown (then at hand for every timeline on the page). */
  @state() private chartSvg = chartSvg;
  private validation: ReturnType<typeof validateCase> | undefined;
  @state() private activities = new Map<string, Activity>();
  private nameIn: ((activity: Activity, lang: string) => string) | undefined;
  /** Loading from the intake API, downloaded only by a timeline that has an `endpoint`. */
  private source: CaseSource | undefined;

  override connectedCallback() {
    super.connectedCallback();
    addEventListener('beforeprint', this.openDetailsForPrint);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    removeEventListener('beforeprint', this.openDetailsForPrint);
  }

  private readonly openDetailsForPrint = () => {
    for (const details of this.shadowRoot?.querySelectorAll('details') ?? []) details.open = true;
  };

  private get today(): Day {
    return this.now && /^\d{4}-\d{2}-\d{2}$/.test(this.now) ? dayOf(this.now) : today();
  }

  /** True when the case comes from, and goes to, the intake API. */
  private get api(): boolean {
    return Boolean(this.endpoint && this.caseId && this.authorization);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (this.editable && !this.editingRequested) {
      this.editingRequested = true;
      void import('./edit/editing.js').then(async (module) => {
        await languageReady(this.i18n.lang);
        // Field and form styles come with the forms, not with every read-only timeline.
        adoptStyles(this.renderRoot as ShadowRoot, [...LinkkiCaseTimeline.elementStyles, module.fieldStyles, module.editStyles]);
        this.editing = new module.EditSession({
          element: this,
          i18n: this.i18n,
          announce: (message) => this.live.announce(message),
          emit: (name, ...args) => this.emit(name, ...args),
          settings: () => ({
            endpoint: this.endpoint,
            caseId: this.caseId,
            authorization: this.authorization,
            draft: this.draft,
            timeout: this.timeout,
            retryDelay: this.retryDelay,
            recorderRole: this.recorderRole,
            today: this.today,
          }),
          api: () => this.api,
          reload: () => this.load(true),
          activities: () => this.activities,
          activityName: this.activityName,
        });
      });
    }
    if ((changed.has('endpoint') || changed.has('caseId') || changed.has('authorization')) && this.api) void this.load();
    if (this.editing && this.api) this.editing.connectApi();
    if (changed.has('case')) this.validation = this.case === undefined ? undefined : validateCase(this.case);
    if (this.validation?.ok && !this.chartSvg) void loadChartSvg().then((module) => (this.chartSvg = module));
    if (changed.has('catalogue')) void this.loadCatalogue(this.catalogue);
  }

  /**
   * Loads the case again from `endpoint`, keeping the current one on screen meanwhile: for a host
   * that saved something to the case itself (a questionnaire, an activity chosen in the finder).
   * Does nothing without `endpoint`, `case-id` and `authorization`.
   */
  async reload(): Promise<void> {
    if (this.api) await this.load(true);
  }

  /** Loads the case from the intake; `quietly` keeps the current one on screen (a reload after saving). */
  private async load(quietly = false) {
    if (!this.source) {
      const { CaseSource } = await import('./case-source.js');
      this.source ??= new CaseSource(
        this,
        () => ({ endpoint: this.endpoint, caseId: this.caseId, authorization: this.authorization, timeoutMs: this.timeout }),
        (record) => (this.case = record as Case),
        (failure) => this.emit('linkki-error', { kind: 'load', issues: [], ...(failure.status ? { status: failure.status } : {}) }),
      );
    }
    await this.source.load(quietly);
  }

  private get loadState(): LoadState {
    return this.source?.status ?? (this.api ? { state: 'loading' } : { state: 'idle' });
  }

  protected override updated(changed: PropertyValues<this>) {
    if (changed.has('case') && this.validation && !this.validation.ok) this.emit('linkki-error', { kind: 'validation', issues: this.validation.issues });
  }

  private async loadCatalogue(catalogue: Catalogue | Activity[] | undefined) {
    if (!catalogue) {
      this.activities = new Map();
      return;
    }
    const { activitiesById, nameIn } = await import('./activity-names.js');
    if (catalogue !== this.catalogue) return;
    this.nameIn = nameIn;
    this.activities = activitiesById(catalogue);
  }

  private readonly activityName = (ref: ActivityRef) => {
    const activity = ref.activityId ? this.activities.get(ref.activityId) : undefined;
    return activity && this.nameIn ? this.nameIn(activity, this.i18n.lang) : ref.name;
  };

  private sectionHeading = (level: number) => (text: string, id?: string) => heading(level, text, { id });

  override render() {
    const levels = headingLevels(this.headingLevel, this.hideTitle);
    const level = levels.section;
    const status = this.loadState;
    const body = this.api && status.state !== 'loaded' && !this.validation
      ? this.loadStatus()
      : !this.validation
        ? html`<p>${this.i18n.t('noCase')}</p>`
        : this.validation.ok
          ? html`${status.state === 'failed' ? this.loadStatus() : nothing}${this.timeline(this.validation.value, level)}`
          : this.invalid(this.validation.issues);
    const title = this.i18n.t('title');
    return html`<article
      part="base"
      aria-labelledby=${ifDefined(this.hideTitle ? undefined : 'timeline-title')}
      aria-label=${ifDefined(this.hideTitle ? title : undefined)}
    >
      ${this.hideTitle ? nothing : heading(levels.title, title, { id: 'timeline-title' })} ${body} ${this.live.render()}
    </article>`;
  }

  /** Loading, or why the case could not be loaded, with "Try again" where trying again can help. */
  private loadStatus() {
    const status = this.loadState;
    if (status.state === 'failed') {
      return html`<div class="invalid" role="alert" part="load-status">
        <p>${this.i18n.t(`load.${status.reason}`)}</p>
        ${status.reason === 'network'
          ? html`<button type="button" class="secondary" @click=${() => void this.load()}>${this.i18n.t('load.retry')}</button>`
          : nothing}
      </div>`;
    }
    return html`<p role="status" part="load-status">${status.state === 'loading' ? this.i18n.t('load.loading') : ''}</p>`;
  }

  private invalid(issues: ValidationIssue[]) {
    return html`<div class="invalid" role="alert" part="error">
      <p><strong>${this.i18n.t('invalid.title')}</strong></p>
      <p>${this.i18n.t('invalid.body')}</p>
      <ul>
        ${issues.map((issue) => html`<li><code>${issue.path.join('.') || '/'}</code>: ${issueMessage(this.i18n, issue)}</li>`)}
      </ul>
    </div>`;
  }

  /** The timeline with its panels' headings at `level`, months one below. */
  private timeline(record: Case, level: number) {
    const progress = caseProgress(record, this.today);
    const title = this.sectionHeading(level);
    return html`${statusView(this.i18n, progress)} ${this.actions(progress)} ${this.form(progress, level)}
      <div class="overview">
        ${jointWorkView(this.i18n, progress.jointWork, title)} ${followUpView(this.i18n, progress.followUp, title)}
        ${wellbeingView(this.i18n, progress.swemwbs, usableReferences(this.references), title, {
          width: this.drawn.of('wellbeing', DEFAULT_CHART_WIDTH),
          font: (size, weight) => svgFont(this, size, weight),
          svg: this.chartSvg,
        })}
        ${progress.closure ? closureView(this.i18n, progress.closure.closure, this.activityName, title) : nothing}
      </div>
      <section class="history" aria-labelledby="events-title">
        ${title(this.i18n.t('events.title'), 'events-title')}
        ${eventList(this.i18n, progress.events, this.order, this.activityName, (text) => heading(level + 1, text))}
      </section>`;
  }

  private actions(progress: CaseProgress) {
    return html`<div class="actions" part="actions">
      ${this.editable && this.editing ? this.editing.buttons(progress) : nothing}
      <button type="button" class="secondary print" @click=${() => this.printSummary()}>${this.i18n.t('actions.print')}</button>
    </div>`;
  }

  /** Prints the timeline alone, not the page around it (the print root is loaded on first use). */
  private async printSummary() {
    const { printOnly } = await import('../shared/print-root.js');
    printOnly(this, { pageSize: 'A4' });
  }

  private form(progress: CaseProgress, level: number) {
    return this.editable && this.editing ? this.editing.form(progress, level) : nothing;
  }
}
