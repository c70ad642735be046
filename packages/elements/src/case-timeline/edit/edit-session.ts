import { validateCaseEvent, type Activity, type ActivityRef, type CaseEvent, type RecorderRole, type ValidationIssue } from '@linkki/schema';
import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { LocalizeController } from '../../i18n/index.js';
import type { DraftMode } from '../../shared/draft-controller.js';
import type { Emit } from '../../shared/events.js';
import { focusErrorSummary, type SummaryError } from '../../shared/error-summary.js';
import { heading } from '../../shared/heading.js';
import { issueMessage } from '../../shared/issue-message.js';
import type { OutboxEntry } from '../../shared/outbox-controller.js';
import { randomId } from '../../shared/random-id.js';
import { EmbeddedSwemwbs } from '../../referral-form/embedded-swemwbs.js';
import { sendingStatus } from '../../referral-form/sending-view.js';
import { addMonths, isoDateOf, type Day } from '../calendar.js';
import { caseActivities } from '../case-activities.js';
import { JOINT_WORK_MONTHS, type CaseProgress } from '../case-progress.js';
import { authorizationHeader } from '../../shared/endpoint-client.js';
import { caseUrl } from '../case-source.js';
import { emptyEventValues, FIELD_ORDER, fieldForPath, toCaseEvent, typingIssues, type EventFieldId, type EventFormKind, type EventFormValues, type FormContext } from './event-form-model.js';
import { eventForm } from './event-form-view.js';
import { EventSaver, type SavedBody } from './event-saver.js';

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

/** What the timeline element lends its editing session. */
export interface SessionHost {
  element: ReactiveControllerHost & HTMLElement;
  i18n: LocalizeController;
  announce: (message: string) => void;
  emit: Emit;
  settings: () => {
    endpoint: string | undefined;
    caseId: string | undefined;
    authorization: string | undefined;
    draft: DraftMode;
    timeout: number;
    retryDelay: number;
    recorderRole: RecorderRole;
    today: Day;
  };
  /** True when the case comes from, and goes to, the intake API. */
  api: () => boolean;
  /** Loads the case again after a save, keeping the current one on screen meanwhile. */
  reload: () => Promise<void>;
  activities: () => Map<string, Activity>;
  activityName: (ref: ActivityRef) => string;
}

/**
 * The timeline's edit forms at work: which form is open and what it holds, validation, and saving —
 * to the host (`linkki-event-add`) or to the intake API through the shared outbox. Loaded with the
 * forms, so a read-only timeline does not download it.
 */
export class EditSession {
  private openForm: EventFormKind | undefined;
  private values: EventFormValues | undefined;
  private issues: ValidationIssue[] = [];
  /** A refusal while saving, in words (the form keeps what was typed). */
  private refusal: { key: string; status: number } | undefined;
  private opener: EventFormKind | undefined;
  private saver: EventSaver | undefined;
  private readonly swemwbs: EmbeddedSwemwbs;
  /** Ids of the open form's entries: kept across retries and refusals, new after a 409. */
  private eventId = '';
  private responseKey = '';
  /** The end SWEMWBS of the open close form is stored; a second try sends only the closure. */
  private swemwbsSaved = false;

  constructor(private readonly host: SessionHost) {
    this.swemwbs = new EmbeddedSwemwbs(() => host.element.shadowRoot);
  }

  private get root() {
    return this.host.element.shadowRoot;
  }

  private update() {
    this.host.element.requestUpdate();
    return this.host.element.updateComplete;
  }

  get busy(): boolean {
    return Boolean(this.saver?.busy);
  }

  /** The outbox of this case: made once the API is configured; it resumes what a reload left pending. */
  connectApi() {
    if (this.saver || !this.host.api()) return;
    this.saver = new EventSaver(
      this.host.element,
      () => {
        const s = this.host.settings();
        return {
          storage: s.draft,
          storageKey: `linkki-case-timeline:${s.caseId}`,
          timeoutMs: s.timeout,
          retryBaseMs: s.retryDelay,
          headers: (): Record<string, string> => (this.host.settings().authorization ? { Authorization: authorizationHeader(this.host.settings().authorization!) } : {}),
        };
      },
      {
        // Refusals get their own, more specific message (see `onRefused`).
        announce: (key, options) => !key.startsWith('status.rejected') && this.host.announce(this.host.i18n.t(key, options)),
        saved: (entry, reply) => this.onSaved(entry, reply),
        allSaved: () => void this.onAllSaved(),
        rejected: (status, issues) => void this.onRefused(status, issues),
        gaveUp: () => this.host.emit('linkki-error', { kind: 'network', issues: [] }),
      },
    );
  }

  /** The buttons that open the forms (no closing once closed; the others wait while a save is pending). */
  buttons(progress: CaseProgress) {
    const closed = progress.closure !== undefined;
    return FORM_ACTIONS.filter(([kind]) => !(closed && kind === 'close')).map(
      ([kind, key]) => html`<button type="button" class="secondary" data-form=${kind} aria-expanded=${this.openForm === kind ? 'true' : 'false'}
        ?disabled=${this.busy && this.openForm !== kind} @click=${() => this.open(kind, progress)}>${this.host.i18n.t(key)}</button>`,
    );
  }

  /** The six-month end and the start of joint work, for the period form. */
  private formContext(progress: CaseProgress): FormContext {
    const work = progress.jointWork;
    if (work.kind !== 'link-worker') return {};
    return { start: isoDateOf(work.start), sixMonthsUntil: isoDateOf(addMonths(work.start, JOINT_WORK_MONTHS)) };
  }

  private async open(kind: EventFormKind, progress: CaseProgress) {
    if (this.openForm === kind || this.busy) return;
    const meetings = progress.events.filter((e) => e.type === 'meeting').length;
    const work = progress.jointWork;
    const until = work.kind === 'link-worker' ? isoDateOf(work.deadline) : '';
    this.values = emptyEventValues({ date: isoDateOf(this.host.settings().today), meetings, joined: caseActivities(progress).joined, until });
    this.issues = [];
    this.refusal = undefined;
    this.eventId = `event-${randomId()}`;
    this.responseKey = `response-${randomId()}`;
    this.swemwbsSaved = false;
    this.saver?.outbox.reset();
    this.openForm = kind;
    this.opener = kind;
    await this.update();
    this.root?.querySelector<HTMLElement>('.event-form [data-step-focus]')?.focus();
  }

  private async closeForm(message?: string) {
    this.openForm = undefined;
    this.issues = [];
    this.refusal = undefined;
    this.swemwbs.clear();
    if (message) this.host.announce(message);
    await this.update();
    this.root?.querySelector<HTMLElement>(`button[data-form="${this.opener}"]`)?.focus();
  }

  private errors(): Partial<Record<EventFieldId, string>> {
    const errors: Partial<Record<EventFieldId, string>> = {};
    for (const issue of this.issues) {
      const field = fieldForPath(issue.path);
      if (field && !errors[field]) errors[field] = issueMessage(this.host.i18n, issue, field);
    }
    return errors;
  }

  private async submit(kind: EventFormKind, progress: CaseProgress, values: EventFormValues) {
    if (this.busy) return;
    const { i18n } = this.host;
    const settings = this.host.settings();
    const suggestions = [...this.host.activities().values()].map((a): [string, string] => [this.host.activityName({ activityId: a.id, name: a.id }), a.id]);
    const candidate = toCaseEvent(kind, values, {
      id: this.eventId,
      by: settings.recorderRole,
      now: new Date(),
      activityIdByName: new Map(suggestions),
      offeredActivities: caseActivities(progress).offered,
    });
    const result = validateCaseEvent(candidate);
    const swemwbsIssues = kind === 'close' ? this.swemwbs.issues() : [];
    this.issues = [...typingIssues(kind, values, this.formContext(progress)), ...swemwbsIssues, ...(result.ok ? [] : result.issues)];
    this.refusal = undefined;
    if (this.issues.length || !result.ok) {
      await this.update();
      focusErrorSummary(this.root);
      return;
    }
    const event = result.value;
    const response = kind === 'close' && !this.swemwbsSaved ? this.swemwbs.response : undefined;
    const { endpoint, caseId } = settings;
    if (this.saver && this.host.api() && endpoint && caseId) {
      const entries: OutboxEntry<SavedBody>[] = [];
      if (response) entries.push({ key: this.responseKey, endpoint: caseUrl(endpoint, caseId, 'responses'), body: response });
      entries.push({ key: event.id, endpoint: caseUrl(endpoint, caseId, 'events'), body: event });
      this.saver.save(entries);
      await this.update();
      this.root?.querySelector<HTMLElement>('#send-status')?.focus();
      return;
    }
    if (response) {
      const completed: CaseEvent = { type: 'questionnaire-completed', id: `event-${randomId()}`, at: event.at, by: settings.recorderRole, response };
      if (!this.host.emit('linkki-event-add', completed, { cancelable: true })) {
        this.host.announce(i18n.t('saved.declined'));
        return;
      }
      this.swemwbsSaved = true;
    }
    if (this.host.emit('linkki-event-add', event, { cancelable: true })) await this.closeForm(i18n.t('saved.added'));
    else this.host.announce(i18n.t('saved.declined'));
  }

  /** One entry is stored: say so to the host, as the event the case now holds. */
  private onSaved(entry: OutboxEntry<SavedBody>, reply: unknown) {
    const body = entry.body;
    let event: CaseEvent;
    if ('type' in body) event = body;
    else {
      this.swemwbsSaved = true;
      const id = String((reply as { id?: unknown } | undefined)?.id ?? entry.key);
      event = { type: 'questionnaire-completed', id, at: body.completedAt, by: this.host.settings().recorderRole, response: body };
    }
    // The outbox exists only with a case id (`api()`), so there is one here.
    this.host.emit('linkki-event-added', { caseId: this.host.settings().caseId!, event });
  }

  private async onAllSaved() {
    if (this.openForm) await this.closeForm(this.host.i18n.t('saved.added'));
    await this.host.reload();
  }

  private async onRefused(status: number, issues: ValidationIssue[]) {
    this.refusal = { key: REFUSALS[status] ?? 'status.rejectedUnknown', status };
    if (status === 409) {
      // Another entry holds this id: nothing of this one was stored. Saving again goes under new ids.
      this.eventId = `event-${randomId()}`;
      this.responseKey = `response-${randomId()}`;
    }
    this.issues = status === 422 ? issues : [];
    this.host.emit('linkki-error', { kind: 'rejected', issues, status });
    this.host.announce(this.host.i18n.t(this.refusal.key, { status }));
    await this.update();
    if (this.issues.length) focusErrorSummary(this.root);
    else this.root?.querySelector<HTMLElement>('#send-status')?.focus();
  }

  private saveStatus() {
    const { saver, refusal } = this;
    const { i18n } = this.host;
    if (refusal) {
      return html`<div class="status status--error" id="send-status" part="save-status" tabindex="-1" role="alert">
        <p>${i18n.t(refusal.key, { status: refusal.status })}</p>
      </div>`;
    }
    return saver ? html`<div part="save-status">${sendingStatus(i18n, saver.outbox)}</div>` : nothing;
  }

  /** The open form, if any, with its errors and sending status. */
  form(progress: CaseProgress, level: number) {
    const { openForm: kind, values } = this;
    if (!kind || !values) return nothing;
    const { i18n, activityName } = this.host;
    const errors = this.errors();
    const summary: SummaryError[] = FIELD_ORDER.filter((f) => errors[f]).map((f) => ({ target: f, message: errors[f]! }));
    const caseNames = progress.events.flatMap((e) => (e.type === 'activity-tried' || e.type === 'activity-joined' ? [activityName(e.activity)] : []));
    const catalogueNames = [...this.host.activities().values()].map((a) => activityName({ activityId: a.id, name: a.id }));
    const sixMonths = this.formContext(progress).sixMonthsUntil;
    const date = sixMonths ? i18n.date(sixMonths, { day: 'numeric', month: 'numeric', year: 'numeric' }) : '';
    return eventForm({
      i18n,
      kind,
      values,
      errors,
      summary,
      disabled: this.busy,
      busy: this.busy,
      root: () => this.root,
      label: (id) => i18n.t(`fields.${id}.label`, { context: kind }),
      hint: (id) => i18n.t(`fields.${id}.hint`, { defaultValue: '', context: id === 'until' && !sixMonths ? 'none' : undefined, date }) || undefined,
      set: (key, value) => {
        this.values = { ...values, ...this.values, [key]: value };
        this.host.element.requestUpdate();
      },
      suggestions: [...new Set([...caseNames, ...catalogueNames])].sort((a, b) => a.localeCompare(b, i18n.lang)),
      closure: {
        // The error summary's heading is an h2: parts at the form title's level keep the outline in order.
        level,
        offeredNames: caseActivities(progress).offered.map(activityName),
        clearSwemwbs: () => {
          this.swemwbs.clear();
          this.issues = this.issues.filter((i) => i.path[0] !== 'swemwbs');
          this.host.element.requestUpdate();
        },
      },
      status: this.saveStatus(),
      heading: (text) => heading(level, text, { focusTarget: true }),
      submit: () => void this.submit(kind, progress, this.values ?? values),
      cancel: () => void this.closeForm(),
    });
  }
}
