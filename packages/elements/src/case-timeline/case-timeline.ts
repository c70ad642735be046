import {
  validateCase,
  validateCaseEvent,
  type Activity,
  type ActivityRef,
  type Case,
  type CaseEvent,
  type Catalogue,
  type RecorderRole,
  type ValidationIssue,
} from '@linkki/schema';
import { adoptStyles, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { languageReady, LocalizeController } from '../i18n/index.js';
import { buttonStyles } from '../shared/button.styles.js';
import { focusErrorSummary, type SummaryError } from '../shared/error-summary.js';
import { heading } from '../shared/heading.js';
import { issueMessage } from '../shared/issue-message.js';
import { LinkkiElement } from '../shared/linkki-element.js';
import { LiveAnnouncer } from '../shared/live-announcer.js';
import type { DraftMode } from '../shared/draft-controller.js';
import type { OutboxEntry } from '../shared/outbox-controller.js';
import { addMonths, dayOf, isoDateOf, today, type Day } from './calendar.js';
import { caseActivities } from './case-activities.js';
import { caseProgress, JOINT_WORK_MONTHS, type CaseProgress } from './case-progress.js';
import { authorizationHeader, CaseSource, caseUrl } from './case-source.js';
import { timelineStyles } from './case-timeline.styles.js';
import { closureView } from './closure-view.js';
import type { EventFieldId, EventFormKind, EventFormValues, FormContext } from './edit/event-form-model.js';
import type { EventSaver, SavedBody } from './edit/event-saver.js';
import { eventList, type Order } from './event-list.js';
import { followUpView, jointWorkView, statusView } from './progress-view.js';
import { usableReferences, wellbeingView, type ReferenceLine } from './wellbeing-chart.js';
import './strings.js';

const FORM_ACTIONS: [EventFormKind, string][] = [
  ['meeting', 'actions.addMeeting'],
  ['note', 'actions.addNote'],
  ['activity', 'actions.recordActivity'],
  ['goals', 'actions.setGoals'],
  ['period', 'actions.agreePeriod'],
  ['needs', 'actions.recordNeeds'],
  ['close', 'actions.close'],
];
/** Messages for a final refusal while saving, by HTTP status (422 shows the issues on their fields). */
const REFUSALS: Record<number, string> = { 401: 'status.unauthorized', 403: 'status.notFound', 404: 'status.notFound', 409: 'status.conflict', 422: 'status.rejected' };

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
 * @fires linkki-event-add - Without `endpoint`. Cancelable. A new, valid `CaseEvent` (`detail`) to store; the host saves it and updates `case`. Calling `preventDefault()` keeps the form open with what was typed. The close form with an end SWEMWBS fires it twice: first the `questionnaire-completed` event, then `closed`.
 * @fires linkki-event-added - With `endpoint`: the intake stored a new event. `detail`: `{ caseId, event }` (`event`: the `CaseEvent`; for the end SWEMWBS, the `questionnaire-completed` event under the id the intake gave it).
 * @fires linkki-error - `case` (or the loaded case) is not a valid `Case`: `{ kind: 'validation', issues }`; loading failed: `{ kind: 'load', issues: [], status? }`; saving was refused: `{ kind: 'rejected', issues, status }`; saving gave up for now: `{ kind: 'network', issues: [] }`.
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
  static override styles = [...LinkkiElement.styles, buttonStyles, timelineStyles];

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

  @state() private openForm: EventFormKind | undefined;
  @state() private values: EventFormValues | undefined;
  @state() private issues: ValidationIssue[] = [];
  /** A refusal while saving, in words (the form keeps what was typed). */
  @state() private refusal: { key: string; status: number } | undefined;

  private readonly i18n = new LocalizeController(this, ['timeline', 'timelineEdit']);
  /** The edit forms module, loaded the first time the timeline is editable. */
  @state() private editing: typeof import('./edit/editing.js') | undefined;
  private editingRequested = false;
  private readonly live = new LiveAnnouncer(this);
  private validation: ReturnType<typeof validateCase> | undefined;
  @state() private activities = new Map<string, Activity>();
  private nameIn: ((activity: Activity, lang: string) => string) | undefined;
  private opener: EventFormKind | undefined;
  private readonly source = new CaseSource(
    this,
    () => ({ endpoint: this.endpoint, caseId: this.caseId, authorization: this.authorization, timeoutMs: this.timeout }),
    (record) => (this.case = record as Case),
    (failure) => this.emit('linkki-error', { kind: 'load', issues: [], ...(failure.status ? { status: failure.status } : {}) }),
  );
  private saver: EventSaver | undefined;
  private swemwbs: InstanceType<(typeof import('./edit/editing.js'))['EmbeddedSwemwbs']> | undefined;
  /** Ids of the open form's entries: kept across retries and refusals, new after a 409. */
  private eventId = '';
  private responseKey = '';
  /** The end SWEMWBS of the open close form is stored; a second try sends only the closure. */
  private swemwbsSaved = false;

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
    return this.source.configured;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (this.editable && !this.editingRequested) {
      this.editingRequested = true;
      void import('./edit/editing.js').then(async (module) => {
        await languageReady(this.i18n.lang);
        // Field styles come with the forms, not with every read-only timeline.
        adoptStyles(this.renderRoot as ShadowRoot, [...LinkkiCaseTimeline.elementStyles, module.fieldStyles]);
        this.swemwbs = new module.EmbeddedSwemwbs(() => this.shadowRoot);
        this.editing = module;
      });
    }
    if ((changed.has('endpoint') || changed.has('caseId') || changed.has('authorization')) && this.api) void this.source.load();
    if (this.editing && this.api && !this.saver) this.saver = this.createSaver(this.editing);
    if (changed.has('case')) this.validation = this.case === undefined ? undefined : validateCase(this.case);
    if (changed.has('catalogue')) void this.loadCatalogue(this.catalogue);
  }

  protected override updated(changed: PropertyValues<this>) {
    if (changed.has('case') && this.validation && !this.validation.ok) this.emit('linkki-error', { kind: 'validation', issues: this.validation.issues });
  }

  /** The outbox of this case; created once the forms and the API are both there, it resumes what a reload left pending. */
  private createSaver(module: typeof import('./edit/editing.js')): EventSaver {
    return new module.EventSaver(
      this,
      () => ({
        storage: this.draft,
        storageKey: `linkki-case-timeline:${this.caseId}`,
        timeoutMs: this.timeout,
        retryBaseMs: this.retryDelay,
        headers: (): Record<string, string> => (this.authorization ? { Authorization: authorizationHeader(this.authorization) } : {}),
      }),
      {
        // Refusals get their own, more specific message (see `onRefused`).
        announce: (key, options) => !key.startsWith('status.rejected') && this.live.announce(this.i18n.t(key, options)),
        saved: (entry, reply) => this.onSaved(entry, reply),
        allSaved: () => void this.onAllSaved(),
        rejected: (status, issues) => void this.onRefused(status, issues),
        gaveUp: () => this.emit('linkki-error', { kind: 'network', issues: [] }),
      },
    );
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
    const level = this.headingLevel;
    const status = this.source.status;
    const body = this.api && status.state !== 'loaded' && !this.validation
      ? this.loadStatus()
      : !this.validation
        ? html`<p>${this.i18n.t('noCase')}</p>`
        : this.validation.ok
          ? html`${status.state === 'failed' ? this.loadStatus() : nothing}${this.timeline(this.validation.value, level)}`
          : this.invalid(this.validation.issues);
    return html`<article part="base" aria-labelledby="timeline-title">
      ${heading(level, this.i18n.t('title'), { id: 'timeline-title' })} ${body} ${this.live.render()}
    </article>`;
  }

  /** Loading, or why the case could not be loaded, with "Try again" where trying again can help. */
  private loadStatus() {
    const status = this.source.status;
    if (status.state === 'failed') {
      return html`<div class="invalid" role="alert" part="load-status">
        <p>${this.i18n.t(`load.${status.reason}`)}</p>
        ${status.reason === 'network'
          ? html`<button type="button" class="secondary" @click=${() => void this.source.load()}>${this.i18n.t('load.retry')}</button>`
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

  private timeline(record: Case, level: number) {
    const progress = caseProgress(record, this.today);
    const title = this.sectionHeading(level + 1);
    return html`${statusView(this.i18n, progress)} ${this.actions(progress)} ${this.form(progress, level + 1)}
      <div class="overview">
        ${jointWorkView(this.i18n, progress.jointWork, title)} ${followUpView(this.i18n, progress.followUp, title)}
        ${wellbeingView(this.i18n, progress.swemwbs, usableReferences(this.references), title)}
        ${progress.closure ? closureView(this.i18n, progress.closure.closure, this.activityName, title) : nothing}
      </div>
      <section class="history" aria-labelledby="events-title">
        ${title(this.i18n.t('events.title'), 'events-title')}
        ${eventList(this.i18n, progress.events, this.order, this.activityName, (text) => heading(level + 2, text))}
      </section>`;
  }

  private actions(progress: CaseProgress) {
    const closed = progress.closure !== undefined;
    const offered = this.editable && this.editing ? FORM_ACTIONS.filter(([kind]) => !(closed && kind === 'close')) : [];
    return html`<div class="actions" part="actions">
      ${offered.map(
        ([kind, key]) => html`<button type="button" class="secondary" data-form=${kind} aria-expanded=${this.openForm === kind ? 'true' : 'false'}
          ?disabled=${Boolean(this.saver?.busy) && this.openForm !== kind} @click=${() => this.open(kind, progress)}>${this.i18n.t(key)}</button>`,
      )}
      <button type="button" class="secondary print" @click=${() => print()}>${this.i18n.t('actions.print')}</button>
    </div>`;
  }

  /** The six-month end and the start of joint work, for the period form. */
  private formContext(progress: CaseProgress): FormContext {
    const work = progress.jointWork;
    if (work.kind !== 'link-worker') return {};
    return { start: isoDateOf(work.start), sixMonthsUntil: isoDateOf(addMonths(work.start, JOINT_WORK_MONTHS)) };
  }

  private async open(kind: EventFormKind, progress: CaseProgress) {
    if (this.openForm === kind || !this.editing || this.saver?.busy) return;
    const meetings = progress.events.filter((e) => e.type === 'meeting').length;
    const work = progress.jointWork;
    const until = work.kind === 'link-worker' ? isoDateOf(work.deadline) : '';
    this.values = this.editing.emptyEventValues({ date: isoDateOf(this.today), meetings, joined: caseActivities(progress).joined, until });
    this.issues = [];
    this.refusal = undefined;
    this.eventId = `event-${this.editing.randomId()}`;
    this.responseKey = `response-${this.editing.randomId()}`;
    this.swemwbsSaved = false;
    this.saver?.outbox.reset();
    this.openForm = kind;
    this.opener = kind;
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('.event-form [data-step-focus]')?.focus();
  }

  private async closeForm(message?: string) {
    this.openForm = undefined;
    this.issues = [];
    this.refusal = undefined;
    this.swemwbs?.clear();
    if (message) this.live.announce(message);
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>(`button[data-form="${this.opener}"]`)?.focus();
  }

  private errors(fieldForPath: (path: ValidationIssue['path']) => EventFieldId | undefined): Partial<Record<EventFieldId, string>> {
    const errors: Partial<Record<EventFieldId, string>> = {};
    for (const issue of this.issues) {
      const field = fieldForPath(issue.path);
      if (field && !errors[field]) errors[field] = issueMessage(this.i18n, issue, field);
    }
    return errors;
  }

  private async submit(kind: EventFormKind, progress: CaseProgress, values: EventFormValues) {
    if (this.saver?.busy) return;
    const { toCaseEvent, typingIssues } = this.editing!;
    const suggestions = [...this.activities.values()].map((a): [string, string] => [this.activityName({ activityId: a.id, name: a.id }), a.id]);
    const now = new Date();
    const candidate = toCaseEvent(kind, values, {
      id: this.eventId,
      by: this.recorderRole,
      now,
      activityIdByName: new Map(suggestions),
      offeredActivities: caseActivities(progress).offered,
    });
    const result = validateCaseEvent(candidate);
    const swemwbsIssues = kind === 'close' && this.swemwbs ? this.swemwbs.issues() : [];
    const issues = [...typingIssues(kind, values, this.formContext(progress)), ...swemwbsIssues, ...(result.ok ? [] : result.issues)];
    this.refusal = undefined;
    if (issues.length || !result.ok) {
      this.issues = issues;
      await this.updateComplete;
      focusErrorSummary(this.shadowRoot);
      return;
    }
    this.issues = [];
    const event = result.value;
    const response = kind === 'close' && !this.swemwbsSaved ? this.swemwbs?.response : undefined;
    if (this.api && this.saver && this.endpoint && this.caseId) {
      const entries: OutboxEntry<SavedBody>[] = [];
      if (response) entries.push({ key: this.responseKey, endpoint: caseUrl(this.endpoint, this.caseId, 'responses'), body: response });
      entries.push({ key: event.id, endpoint: caseUrl(this.endpoint, this.caseId, 'events'), body: event });
      this.saver.save(entries);
      await this.updateComplete;
      this.shadowRoot?.querySelector<HTMLElement>('#send-status')?.focus();
      return;
    }
    if (response) {
      const completed: CaseEvent = { type: 'questionnaire-completed', id: `event-${this.editing!.randomId()}`, at: event.at, by: this.recorderRole, response };
      if (!this.emit('linkki-event-add', completed, { cancelable: true })) {
        this.live.announce(this.i18n.t('saved.declined'));
        return;
      }
      this.swemwbsSaved = true;
    }
    if (this.emit('linkki-event-add', event, { cancelable: true })) await this.closeForm(this.i18n.t('saved.added'));
    else this.live.announce(this.i18n.t('saved.declined'));
  }

  /** One entry is stored: say so to the host, as the event the case now holds. */
  private onSaved(entry: OutboxEntry<SavedBody>, reply: unknown) {
    const body = entry.body;
    let event: CaseEvent;
    if ('type' in body) event = body;
    else {
      this.swemwbsSaved = true;
      const id = String((reply as { id?: unknown } | undefined)?.id ?? entry.key);
      event = { type: 'questionnaire-completed', id, at: body.completedAt, by: this.recorderRole, response: body };
    }
    this.emit('linkki-event-added', { caseId: this.caseId, event });
  }

  private async onAllSaved() {
    if (this.openForm) await this.closeForm(this.i18n.t('saved.added'));
    await this.source.load(true);
  }

  private async onRefused(status: number, issues: ValidationIssue[]) {
    this.refusal = { key: REFUSALS[status] ?? 'status.rejectedUnknown', status };
    if (status === 409) {
      // Another entry holds this id: nothing of this one was stored. Saving again goes under new ids.
      this.eventId = `event-${this.editing!.randomId()}`;
      this.responseKey = `response-${this.editing!.randomId()}`;
    }
    this.issues = status === 422 ? issues : [];
    this.emit('linkki-error', { kind: 'rejected', issues, status });
    this.live.announce(this.i18n.t(this.refusal.key, { status }));
    await this.updateComplete;
    if (this.issues.length) focusErrorSummary(this.shadowRoot);
    else this.shadowRoot?.querySelector<HTMLElement>('#send-status')?.focus();
  }

  private saveStatus() {
    const { editing, saver, refusal } = this;
    if (refusal) {
      return html`<div class="status status--error" id="send-status" part="save-status" tabindex="-1" role="alert">
        <p>${this.i18n.t(refusal.key, { status: refusal.status })}</p>
      </div>`;
    }
    return editing && saver ? html`<div part="save-status">${editing.sendingStatus(this.i18n, saver.outbox)}</div>` : nothing;
  }

  private form(progress: CaseProgress, level: number) {
    const { openForm: kind, editing, values } = this;
    if (!this.editable || !kind || !editing || !values) return nothing;
    const errors = this.errors(editing.fieldForPath);
    const summary: SummaryError[] = editing.FIELD_ORDER.filter((f) => errors[f]).map((f) => ({ target: f, message: errors[f]! }));
    const caseNames = progress.events.flatMap((e) => (e.type === 'activity-tried' || e.type === 'activity-joined' ? [this.activityName(e.activity)] : []));
    const catalogueNames = [...this.activities.values()].map((a) => this.activityName({ activityId: a.id, name: a.id }));
    const busy = Boolean(this.saver?.busy);
    const sixMonths = this.formContext(progress).sixMonthsUntil;
    return html`<div @linkki-change=${() => this.issues.length && this.requestUpdate()}>${editing.eventForm({
      i18n: this.i18n,
      kind,
      values,
      errors,
      summary,
      disabled: busy,
      busy,
      root: () => this.shadowRoot,
      label: (id) => this.i18n.t(`fields.${id}.label`, { context: kind }),
      hint: (id) =>
        this.i18n.t(`fields.${id}.hint`, { defaultValue: '', context: id === 'until' && !sixMonths ? 'none' : undefined, date: sixMonths ? this.i18n.date(sixMonths, { day: 'numeric', month: 'numeric', year: 'numeric' }) : '' }) || undefined,
      set: (key, value) => (this.values = { ...values, ...this.values, [key]: value }),
      suggestions: [...new Set([...caseNames, ...catalogueNames])].sort((a, b) => a.localeCompare(b, this.i18n.lang)),
      closure: {
        // The error summary's heading is an h2: parts at the form title's level keep the outline in order.
        level,
        offeredNames: caseActivities(progress).offered.map(this.activityName),
        clearSwemwbs: () => {
          this.swemwbs?.clear();
          this.issues = this.issues.filter((i) => i.path[0] !== 'swemwbs');
        },
      },
      status: this.saveStatus(),
      heading: (text) => heading(level, text, { focusTarget: true }),
      submit: () => void this.submit(kind, progress, this.values ?? values),
      cancel: () => void this.closeForm(),
    })}</div>`;
  }
}
