import {
  validateCase,
  validateCaseEvent,
  type Activity,
  type ActivityRef,
  type Case,
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
import { dayOf, isoDateOf, today, type Day } from './calendar.js';
import { caseProgress, type CaseProgress } from './case-progress.js';
import { timelineStyles } from './case-timeline.styles.js';
import { closureView } from './closure-view.js';
import type { EventFieldId, EventFormKind, EventFormValues } from './edit/event-form-model.js';
import { eventList, type Order } from './event-list.js';
import { followUpView, jointWorkView, statusView } from './progress-view.js';
import { usableReferences, wellbeingView, type ReferenceLine } from './wellbeing-chart.js';
import './strings.js';

const FORM_ACTIONS: [EventFormKind, string][] = [
  ['meeting', 'actions.addMeeting'],
  ['note', 'actions.addNote'],
  ['activity', 'actions.recordActivity'],
  ['close', 'actions.close'],
];
const FIELD_ORDER: EventFieldId[] = ['date', 'place', 'duration', 'text', 'activityName', 'endingReason', 'meetings', 'recommend', 'wellbeingStrengthened', 'whatCameIn', 'activitiesJoined', 'feedbackToReferrer', 'note'];

/**
 * Where one person's case stands: events by month, time left of the six months with a link
 * worker, the three-month follow-up, SWEMWBS over time and the closure. With `editable`, offers
 * forms that produce schema-valid case events for the host to store.
 *
 * @summary Case timeline for coordinators and link workers.
 *
 * @fires linkki-event-add - Cancelable. A new, valid `CaseEvent` (`detail`) to store; the host saves it and updates `case`. Calling `preventDefault()` keeps the form open with what was typed.
 * @fires linkki-error - `case` is not a valid `Case`. `detail`: `{ issues }` with paths.
 *
 * @csspart base - The whole timeline.
 * @csspart status - The case status line.
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
 * @csspart error - The invalid-case message.
 *
 * @cssprop --linkki-timeline-series-color - Line and points of the SWEMWBS chart (default: primary colour).
 * @cssprop --linkki-timeline-reference-color - Reference lines of the chart.
 * @cssprop --linkki-timeline-warning-color - Overdue states (with text and an icon, never colour alone).
 */
export class LinkkiCaseTimeline extends LinkkiElement {
  static override styles = [...LinkkiElement.styles, buttonStyles, timelineStyles];

  /** The case (`Case` from `@linkki/schema`). Invalid input shows an error state and fires `linkki-error`. */
  @property({ attribute: false }) case: Case | undefined;
  /** `newest` (default) or `oldest` first. */
  @property({ reflect: true }) order: Order = 'newest';
  /** Reference lines for the SWEMWBS chart: `{ label, value, source? }[]`. None are built in. */
  @property({ attribute: false }) references: ReferenceLine[] = [];
  /** A catalogue (or its activities) to show activity names in the reader's language. */
  @property({ attribute: false }) catalogue: Catalogue | Activity[] | undefined;
  /** Today, as an ISO date (`2026-11-24`), for demos and tests; defaults to the real today. */
  @property() now: string | undefined;
  /** Shows the forms for adding meetings, notes, activities and closing the case. */
  @property({ type: Boolean, reflect: true }) editable = false;
  /** The role recorded as `by` on events added here. */
  @property({ attribute: 'recorder-role' }) recorderRole: RecorderRole = 'link-worker';
  /** Level of the timeline's heading, to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private openForm: EventFormKind | undefined;
  @state() private values: EventFormValues | undefined;
  @state() private issues: ValidationIssue[] = [];

  private readonly i18n = new LocalizeController(this, ['timeline', 'timelineEdit']);
  /** The edit forms module, loaded the first time the timeline is editable. */
  @state() private editing: typeof import('./edit/editing.js') | undefined;
  private editingRequested = false;
  private readonly live = new LiveAnnouncer(this);
  private validation: ReturnType<typeof validateCase> | undefined;
  @state() private activities = new Map<string, Activity>();
  private nameIn: ((activity: Activity, lang: string) => string) | undefined;
  private opener: EventFormKind | undefined;

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

  protected override willUpdate(changed: PropertyValues<this>) {
    if (this.editable && !this.editingRequested) {
      this.editingRequested = true;
      void import('./edit/editing.js').then(async (module) => {
        await languageReady(this.i18n.lang);
        // Field styles come with the forms, not with every read-only timeline.
        adoptStyles(this.renderRoot as ShadowRoot, [...LinkkiCaseTimeline.elementStyles, module.fieldStyles]);
        this.editing = module;
      });
    }
    if (changed.has('case')) this.validation = this.case === undefined ? undefined : validateCase(this.case);
    if (changed.has('catalogue')) void this.loadCatalogue(this.catalogue);
  }

  protected override updated(changed: PropertyValues<this>) {
    if (changed.has('case') && this.validation && !this.validation.ok) this.emit('linkki-error', { issues: this.validation.issues });
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
    const body = !this.validation
      ? html`<p>${this.i18n.t('noCase')}</p>`
      : this.validation.ok
        ? this.timeline(this.validation.value, level)
        : this.invalid(this.validation.issues);
    return html`<article part="base" aria-labelledby="timeline-title">
      ${heading(level, this.i18n.t('title'), { id: 'timeline-title' })} ${body} ${this.live.render()}
    </article>`;
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
          @click=${() => this.open(kind, progress)}>${this.i18n.t(key)}</button>`,
      )}
      <button type="button" class="secondary print" @click=${() => print()}>${this.i18n.t('actions.print')}</button>
    </div>`;
  }

  private joinedActivities(progress: CaseProgress): ActivityRef[] {
    const seen = new Set<string>();
    return progress.events.flatMap((e) => {
      if (e.type !== 'activity-joined') return [];
      const key = e.activity.activityId ?? e.activity.name;
      if (seen.has(key)) return [];
      seen.add(key);
      return [e.activity];
    });
  }

  private async open(kind: EventFormKind, progress: CaseProgress) {
    if (this.openForm === kind || !this.editing) return;
    const meetings = progress.events.filter((e) => e.type === 'meeting').length;
    this.values = this.editing.emptyEventValues(isoDateOf(this.today), meetings, this.joinedActivities(progress).length);
    this.issues = [];
    this.openForm = kind;
    this.opener = kind;
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('.event-form [data-step-focus]')?.focus();
  }

  private async closeForm(message?: string) {
    this.openForm = undefined;
    this.issues = [];
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
    const { toCaseEvent, typingIssues, randomId } = this.editing!;
    const suggestions = [...this.activities.values()].map((a): [string, string] => [this.activityName({ activityId: a.id, name: a.id }), a.id]);
    const candidate = toCaseEvent(kind, values, {
      id: `event-${randomId()}`,
      by: this.recorderRole,
      now: new Date(),
      activityIdByName: new Map(suggestions),
      joinedActivities: this.joinedActivities(progress),
    });
    const result = validateCaseEvent(candidate);
    const issues = [...typingIssues(kind, values), ...(result.ok ? [] : result.issues)];
    if (issues.length || !result.ok) {
      this.issues = issues;
      await this.updateComplete;
      focusErrorSummary(this.shadowRoot);
      return;
    }
    if (this.emit('linkki-event-add', result.value, { cancelable: true })) await this.closeForm(this.i18n.t('saved.added'));
    else this.live.announce(this.i18n.t('saved.declined'));
  }

  private form(progress: CaseProgress, level: number) {
    const { openForm: kind, editing, values } = this;
    if (!this.editable || !kind || !editing || !values) return nothing;
    const errors = this.errors(editing.fieldForPath);
    const summary: SummaryError[] = FIELD_ORDER.filter((f) => errors[f]).map((f) => ({ target: f, message: errors[f]! }));
    const caseNames = progress.events.flatMap((e) => (e.type === 'activity-tried' || e.type === 'activity-joined' ? [this.activityName(e.activity)] : []));
    const catalogueNames = [...this.activities.values()].map((a) => this.activityName({ activityId: a.id, name: a.id }));
    return editing.eventForm({
      i18n: this.i18n,
      kind,
      values,
      errors,
      summary,
      root: () => this.shadowRoot,
      label: (id) => this.i18n.t(`fields.${id}.label`),
      hint: (id) => this.i18n.t(`fields.${id}.hint`, { defaultValue: '' }) || undefined,
      set: (key, value) => (this.values = { ...values, ...this.values, [key]: value }),
      suggestions: [...new Set([...caseNames, ...catalogueNames])].sort((a, b) => a.localeCompare(b, this.i18n.lang)),
      joinedNames: this.joinedActivities(progress).map(this.activityName),
      heading: (text) => heading(level, text, { focusTarget: true }),
      submit: () => void this.submit(kind, progress, this.values ?? values),
      cancel: () => void this.closeForm(),
    });
  }
}
