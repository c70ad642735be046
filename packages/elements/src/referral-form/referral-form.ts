import { uuid, validateReferral, type Referral, type ValidationIssue } from '@linkki/schema';
import { adoptStyles, html, nothing, type CSSResult, type LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocalizeController } from '../i18n/index.js';
import { controlStyles } from '../shared/controls.styles.js';
import { DraftController, type DraftMode } from '../shared/draft-controller.js';
import { errorSummary, focusErrorSummary } from '../shared/error-summary.js';
import { LinkkiFormElement } from '../shared/form-associated.js';
import { heading, headingLevels } from '../shared/heading.js';
import { issueMessage } from '../shared/issue-message.js';
import { LiveAnnouncer } from '../shared/live-announcer.js';
import type { OutboxController, OutboxState } from '../shared/outbox-controller.js';
import { entriesIn } from '../shared/outbox-store.js';
import { randomId } from '../shared/random-id.js';
import { EmbeddedSwemwbs, type SwemwbsAnswers } from './embedded-swemwbs.js';
import { emptyValues, fieldForPath, toReferral, typingIssues, type FieldId, type FormValues, type HostReferrer, type Mode } from './form-model.js';
import { referralStyles } from './referral-form.styles.js';
import { formBody, privacyNoticeMissing, privacyNoticeUrl } from './referral-view.js';
import type { StatusLinkController } from './after-send.js';
import { clearControl, sendingStatus } from './sending-view.js';
import { statusTokenOf } from './status-link.js';
import './strings.js';

/** A draft id the schema would refuse (a damaged draft) is replaced, never sent. */
const usableId = (id: unknown) => uuid.safeParse(id).success;

type AfterSend = typeof import('./after-send.js');

interface Draft {
  id: string;
  values: FormValues;
  swemwbs?: SwemwbsAnswers;
}

/**
 * The wellbeing referral (hyvinvointilähete), made by a professional (`mode="professional"`) or by
 * the person herself (`mode="self"`). Validates with `@linkki/schema` before anything leaves the
 * element. At submit the referral is frozen (one id, one `createdAt`) and kept as pending in the
 * draft's storage; it is POSTed to `endpoint` under its Idempotency-Key, byte for byte the same on
 * every retry (timer, "try now", back online, after a reload), until the server answers 2xx or a
 * final 4xx. While pending the fields are locked. Without `endpoint` the host sends it. What was
 * typed survives reloads (`draft`) and is never cleared by an error.
 *
 * @summary Referral form for professionals and for self-referral, GOV.UK-style errors, nothing lost.
 *
 * @fires {CustomEvent<Referral>} linkki-submit - Cancelable. A valid referral is about to be sent. `detail`: the frozen `Referral`. Without `endpoint`, the host sends it and calls `complete(reference)` or `fail(issues)`; after a reload with a referral still pending it fires again with the same referral.
 * @fires {CustomEvent<ReferralSubmittedDetail>} linkki-submitted - The referral was received. `detail`: `{ referral, reply, statusToken? }`, `referral` being exactly what was sent; `statusToken` when the service gave one (the status link's secret: a host may keep it for the referrer; the element shows it once and stores it nowhere).
 * @fires {Event} change - Native-like: something in the form changed (fired after the form value is set).
 * @fires {CustomEvent<LinkkiErrorDetail>} linkki-error - Validation failed, the server rejected it, or sending gave up. `detail`: `{ kind: 'validation' | 'rejected' | 'network', issues, status? }`.
 *
 * @slot notice - Replaces the default "not an emergency" notice in self-referral mode.
 *
 * @csspart form - The form.
 * @csspart notice - The not-an-emergency notice (self mode).
 * @csspart error-summary - The error summary.
 * @csspart field - Each field wrapper.
 * @csspart hint - Hint texts.
 * @csspart error-message - Inline error messages.
 * @csspart submit - The submit button.
 * @csspart status - The visible sending status.
 * @csspart confirmation - The confirmation after success.
 * @csspart status-link - The status link on the confirmation (with `status-page`).
 * @csspart privacy-notice - The link to the privacy notice.
 * @csspart unavailable - The message shown in self-referral when no privacy notice is given.
 */
export class LinkkiReferralForm extends LinkkiFormElement {
  static override styles = [...LinkkiFormElement.styles, ...controlStyles, referralStyles];

  /** `professional` (default) or `self` (the citizen refers herself: plain "you" wording, fewer fields). */
  @property({ reflect: true }) mode: Mode = 'professional';
  /** URL to POST the referral to. Without it the host handles `linkki-submit`. */
  @property() endpoint: string | undefined;
  /**
   * URL of the privacy notice (tietosuojaseloste), linked before the consent. Required in
   * self-referral: without a valid http(s) URL the form is not shown, and the page's administrator
   * is told what is missing.
   */
  @property({ attribute: 'privacy-notice' }) privacyNotice: string | undefined;
  /** Default municipality code, e.g. `758`. */
  @property() municipality = '';
  /** Restricts the municipality list to these codes (property, or a space-separated attribute). */
  @property({ converter: { fromAttribute: (v) => (v ? v.split(/[\s,]+/).filter(Boolean) : undefined) } }) municipalities: string[] | undefined;
  /** The referrer as the host system knows her; then her identity fields are not shown. */
  @property({ attribute: false }) referrer: HostReferrer | undefined;
  /** Where typed data and a referral waiting to be sent survive a reload: `session` (default, until the tab closes), `local` (opt-in, also after the browser was closed) or `none` (shared computers; a pending referral is kept in memory for the page's life). */
  @property() draft: DraftMode = 'session';
  /** Storage key of the draft, if a page has several forms. */
  @property({ attribute: 'draft-key' }) draftKey = 'linkki-referral';
  /** Embeds SWEMWBS at the start (professional mode). */
  @property({ type: Boolean, attribute: 'with-swemwbs' }) withSwemwbs = false;
  /** Milliseconds before one POST attempt counts as timed out. */
  @property({ type: Number }) timeout = 15000;
  /** Milliseconds before the first retry; each later wait doubles, up to 30 s. */
  @property({ type: Number, attribute: 'retry-delay' }) retryDelay = 1000;
  /**
   * URL of the page that shows a referral's status (`<linkki-referral-status>`). When the service's
   * reply carries a `statusToken`, the confirmation shows the link once, with a copy button: `{token}`
   * in the URL is replaced by it, otherwise `#<token>` is appended (a fragment never reaches server logs).
   */
  @property({ attribute: 'status-page' }) statusPage: string | undefined;
  /** Level of the form's title heading (1–6, default 2); the section headings are one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /**
   * Leaves the form's own title out, for a host page whose heading already names the form (e.g.
   * "New wellbeing referral" right above it). The form keeps the title as its accessible name, and
   * the section headings start at `heading-level` instead of one below it.
   */
  @property({ type: Boolean, attribute: 'hide-title', reflect: true }) hideTitle = false;

  @state() private values: FormValues = emptyValues();
  @state() private issues: ValidationIssue[] = [];
  @state() private submitted = false;
  @state() private confirmClear = false;
  @state() private restored = false;
  private referralId: string = randomId();

  private readonly i18n = new LocalizeController(this, 'referral');
  private readonly live = new LiveAnnouncer(this);
  private readonly drafts = new DraftController<Draft>(this, () => ({ mode: this.draft, key: `${this.draftKey}:${this.mode}` }));
  private readonly swemwbs = new EmbeddedSwemwbs(() => this.shadowRoot);
  /** The outbox, the confirmation and the status link (after-send.ts), loaded when the person first moves into the form, sends or resumes. */
  private afterSend: AfterSend | undefined;
  private afterSendLoading: Promise<AfterSend> | undefined;
  private statusLink: StatusLinkController | undefined;
  /** Styles adopted when a lazily loaded part arrives, next to the element's own. */
  private readonly lateStyles: CSSResult[] = [];
  /**
   * The shared outbox (after-send.ts): created when that part arrives — when the person first moves
   * into the form, sends, or has a referral still pending here from an earlier page load.
   */
  private outbox: OutboxController<Referral> | undefined;
  /** Loading the outbox before it can send or resume: the form is locked meanwhile. */
  private preparing: Promise<unknown> | undefined;
  /** The outbox's part could not be loaded when Send was pressed (offline): said in the status, tried again. */
  @state() private unloaded = false;

  /** The referral as it stands (the frozen one while it is being sent), or null while it is not valid. */
  get value(): Referral | null {
    const pending = this.outbox?.pending?.body;
    if (pending) return pending;
    const result = validateReferral(this.candidate());
    return result.ok ? result.value : null;
  }

  /** Where sending stands: `idle`, `sending`, `waiting` (to retry), `failed` (pending, retried when asked, online or reloaded), `rejected`, `done`. */
  get submissionState(): OutboxState {
    return this.outbox?.state ?? (this.preparing ? 'sending' : 'idle');
  }

  private get busy() {
    return Boolean(this.outbox?.busy || this.preparing);
  }

  constructor() {
    super();
    this.addEventListener('focusin', () => this.prepareAfterSend(), { once: true });
  }

  private adopt = (styles: CSSResult) => {
    if (this.lateStyles.includes(styles)) return;
    this.lateStyles.push(styles);
    adoptStyles(this.renderRoot as ShadowRoot, [...(this.constructor as typeof LitElement).elementStyles, ...this.lateStyles]);
  };

  /** Loads after-send.ts once (again after a failed try); renders with it when it arrives. */
  private loadAfterSend(): Promise<AfterSend> {
    this.afterSendLoading ??= import('./after-send.js').then(
      (module) => {
        this.afterSend = module;
        this.statusLink = new module.StatusLinkController(this, () => ({ i18n: this.i18n, page: this.statusPage, adopt: this.adopt }));
        // Added to a connected element, the outbox resumes a referral pending in its slot at once.
        this.outbox = new module.OutboxController<Referral>(
          this,
          () => ({ storage: this.draft, storageKey: this.outboxKey, timeoutMs: this.timeout, retryBaseMs: this.retryDelay }),
          {
            announce: (key, options) => this.live.announce(this.i18n.t(key, options)),
            sent: (referral, reply) => this.onSubmitted(referral, reply),
            rejected: (status, issues) => this.onRejected(status, issues),
            gaveUp: () => this.emit('linkki-error', { kind: 'network', issues: [] }),
            handOver: (referral) => this.emit('linkki-submit', referral),
          },
        );
        if (this.outbox.pending) this.referralId = this.outbox.pending.key;
        this.adopt(module.confirmationStyles);
        this.requestUpdate();
        return module;
      },
      (error: unknown) => {
        this.afterSendLoading = undefined;
        throw error;
      },
    );
    return this.afterSendLoading;
  }

  /** Starts loading after-send.ts without waiting for it; a failure is tried again when it is needed. */
  private prepareAfterSend() {
    this.loadAfterSend().catch(() => undefined);
  }

  /**
   * Also waits while the outbox loads to send or resume a referral, so that `updateComplete` after
   * Send (or after connecting with a referral pending) still means the sending has started.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.preparing) {
      await this.preparing;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  private get outboxKey() {
    return `${this.draftKey}:${this.mode}`;
  }

  /** Runs `then` with the outbox loaded; until then the form is locked and `updateComplete` waits. */
  private withOutbox(then: () => void, failed: () => void) {
    if (this.outbox) return then();
    const preparing = this.loadAfterSend().then(then, failed).finally(() => {
      if (this.preparing === preparing) this.preparing = undefined;
      this.requestUpdate();
    });
    this.preparing = preparing;
    this.requestUpdate();
  }

  override connectedCallback() {
    const saved = this.drafts.load();
    if (saved?.values) {
      this.values = { ...emptyValues(this.municipality), ...saved.values };
      if (usableId(saved.id)) this.referralId = saved.id;
      this.swemwbs.restore(saved.swemwbs);
      this.restored = Object.values(saved.values).some((v) => (Array.isArray(v) ? v.length : Boolean(v)));
    }
    // After the draft is in: the outbox resumes a pending referral when the element connects.
    super.connectedCallback();
    const pending = this.outbox?.pending;
    if (pending) this.referralId = pending.key;
    // A referral still pending from an earlier page load (the outbox's slot, `<key>:outbox`): resume it.
    else if (!this.outbox && entriesIn({ storage: this.draft, key: `${this.outboxKey}:outbox` }).length) {
      this.withOutbox(() => undefined, () => addEventListener('online', () => this.prepareAfterSend(), { once: true }));
    }
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('municipality') && !this.values.municipality) this.values = { ...this.values, municipality: this.municipality };
    if (changed.has('draft') && this.draft === 'none') this.drafts.clear();
  }

  protected override updated() {
    this.swemwbs.apply();
    this.syncFormValue();
  }

  private syncFormValue() {
    const value = this.value;
    this.setFormValue(value ? JSON.stringify(value) : null, JSON.stringify(this.draftState()));
    if (this.required && !value) this.internals.setValidity({ valueMissing: true }, this.i18n.t('common:issues.required'));
    else this.internals.setValidity({});
  }

  /**
   * A native `change` inside (a checkbox, a select, a text field left, an answer in the embedded
   * questionnaire) does not cross the shadow root: set the form value, then re-fire it from the host.
   */
  private onInnerChange = (event: Event) => {
    if (event.target === this) return;
    event.stopPropagation();
    this.syncFormValue();
    this.dispatchEvent(new Event('change', { bubbles: true }));
  };

  /** A referral being sent is not reset: it is already on its way. */
  protected formReset() {
    if (!this.busy) this.clearAll(false);
  }

  protected formRestore(state: string) {
    try {
      const draft = JSON.parse(state) as Draft;
      this.values = { ...emptyValues(this.municipality), ...draft.values };
      if (usableId(draft.id)) this.referralId = draft.id;
      this.swemwbs.restore(draft.swemwbs);
    } catch {
      // Not a state this element wrote.
    }
  }

  /** Host mode: the referral was stored under `reference`. */
  complete(reference?: string) {
    this.withOutbox(() => this.outbox!.finish({ reference }), () => undefined);
  }

  /** Host mode: the referral was refused; path-located issues are shown on their fields. */
  fail(issues: ValidationIssue[] = []) {
    this.withOutbox(() => this.outbox!.reject(422, issues), () => undefined);
  }

  private candidate(createdAt = new Date().toISOString()): Referral {
    const swemwbs = this.withSwemwbs && this.mode === 'professional' ? this.swemwbs.response : undefined;
    return toReferral(this.values, { mode: this.mode, id: this.referralId, createdAt, hostReferrer: this.referrer, swemwbs });
  }

  private draftState(): Draft {
    return { id: this.referralId, values: this.values, swemwbs: this.swemwbs.answers };
  }

  private saveDraft() {
    this.drafts.save(this.draftState());
  }

  private setField = <K extends keyof FormValues>(key: K, value: FormValues[K]) => {
    this.values = { ...this.values, [key]: value };
    this.saveDraft();
    if (this.submitted) this.revalidate();
  };

  private onSwemwbsChange = () => {
    this.saveDraft();
    if (this.submitted) this.revalidate();
  };

  /** GOV.UK: after the first submit, a field is re-checked when the person leaves it. */
  private onFieldBlur = () => {
    if (this.submitted) this.revalidate();
  };

  /** Every problem at once: typed text that is not a value, then what the schema says. */
  private check(): { referral: Referral; issues: ValidationIssue[] } {
    const typing = [...typingIssues(this.values), ...(this.withSwemwbs && this.mode === 'professional' ? this.swemwbs.issues() : [])];
    const candidate = this.candidate();
    const result = validateReferral(candidate);
    const issues = [...typing, ...(result.ok ? [] : result.issues)];
    return { referral: result.ok ? result.value : candidate, issues };
  }

  private revalidate() {
    this.issues = this.check().issues;
  }

  private async onSubmit(event: Event) {
    event.preventDefault();
    if (this.busy) return;
    this.submitted = true;
    const { referral, issues } = this.check();
    if (issues.length) {
      this.issues = issues;
      this.emit('linkki-error', { kind: 'validation', issues });
      await this.updateComplete;
      focusErrorSummary(this.renderRoot as ShadowRoot);
      return;
    }
    this.issues = [];
    this.unloaded = false;
    const send = () => {
      this.outbox!.send({ key: this.referralId, endpoint: this.endpoint, body: referral }, (frozen) => this.emit('linkki-submit', frozen, { cancelable: true }));
      void this.updateComplete.then(() => this.keepFocus());
    };
    // Offline before the outbox ever loaded: nothing was frozen yet; the draft keeps every answer.
    const offline = () => {
      this.unloaded = true;
      addEventListener('online', () => this.unloaded && this.notLoaded.retryNow(), { once: true });
      this.live.announce(this.i18n.t('status.gaveUp'));
      this.emit('linkki-error', { kind: 'network', issues: [] });
      void this.updateComplete.then(() => this.keepFocus());
    };
    this.withOutbox(send, offline);
  }

  private onSubmitted(referral: Referral, reply: unknown) {
    this.drafts.clear();
    // Only the reply that was confirmed counts: after a lost reply, the replay's new token.
    const statusToken = statusTokenOf(reply);
    // The outbox came with after-send.ts: the confirmation and the status link are here too.
    this.statusLink!.show(statusToken);
    this.emit('linkki-submitted', { referral, reply, ...(statusToken ? { statusToken } : {}) });
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part="confirmation"] [tabindex="-1"]')?.focus());
  }

  private onRejected(status: number, issues: ValidationIssue[]) {
    this.issues = issues;
    // 409: the service holds another referral under this id (e.g. the same draft sent from two
    // windows). Nothing of this one was stored; sending it again goes under a new id.
    if (status === 409) {
      this.referralId = randomId();
      this.saveDraft();
    }
    this.emit('linkki-error', { kind: 'rejected', issues, status });
    if (issues.length) void this.updateComplete.then(() => focusErrorSummary(this.renderRoot as ShadowRoot));
    else void this.updateComplete.then(() => this.keepFocus());
  }

  /** The submit button is disabled while sending: focus goes to the status, never to the page. */
  private keepFocus() {
    // A control that has just been disabled still holds focus until the browser's next update.
    const inner = this.shadowRoot?.activeElement as (HTMLElement & { disabled?: boolean }) | null | undefined;
    if (inner && !inner.disabled) return;
    const active = document.activeElement;
    if (!inner && active && active !== document.body && active !== this) return;
    this.shadowRoot?.querySelector<HTMLElement>('#send-status')?.focus();
  }

  private clearAll(announce = true) {
    if (this.busy) return;
    this.values = emptyValues(this.municipality);
    this.swemwbs.clear();
    this.issues = [];
    this.submitted = false;
    this.confirmClear = false;
    this.restored = false;
    this.referralId = randomId();
    this.statusLink?.forget();
    this.outbox?.reset();
    this.unloaded = false;
    this.drafts.clear();
    if (announce) this.live.announce(this.i18n.t('status.cleared'));
  }

  private fieldErrors(): Partial<Record<FieldId, string>> {
    const errors: Partial<Record<FieldId, string>> = {};
    const context = this.mode === 'self' ? 'self' : undefined;
    for (const issue of this.issues) {
      const id = fieldForPath(issue.path);
      if (id && !errors[id]) errors[id] = issueMessage(this.i18n, issue, id, context);
    }
    return errors;
  }

  override render() {
    const t = (key: string) => this.i18n.t(key, { context: this.mode === 'self' ? 'self' : undefined });
    const levels = headingLevels(this.headingLevel, this.hideTitle);
    if (this.outbox?.state === 'done') {
      const startOver = () => this.clearAll(false);
      return this.afterSend!.confirmation({ i18n: this.i18n, t, level: levels.title, reference: this.outbox.reference, statusLink: this.statusLink!.render(), live: this.live.render(), startOver });
    }
    const privacyNotice = privacyNoticeUrl(this.privacyNotice, document.baseURI);
    if (this.mode === 'self' && !privacyNotice) return privacyNoticeMissing(this.i18n, levels.title);
    const errors = this.fieldErrors();
    const busy = this.busy;
    const disabled = this.isDisabled || busy;
    return html`<form part="form" novalidate @submit=${this.onSubmit} @change=${this.onInnerChange}
      aria-labelledby=${this.hideTitle ? nothing : 'form-title'} aria-label=${this.hideTitle ? t('title') : nothing}>
      ${this.hideTitle ? nothing : heading(levels.title, t('title'), { id: 'form-title' })}
      <p>${t('intro')}</p>
      ${this.mode === 'self' ? html`<div class="notice" part="notice"><slot name="notice"><strong>${this.i18n.t('notEmergency.title')}</strong> ${this.i18n.t('notEmergency.body')}</slot></div>` : nothing}
      ${this.restored ? html`<p class="restored">${this.i18n.t('status.draftRestored')}</p>` : nothing}
      ${errorSummary(this.i18n, this.summary(errors), () => this.renderRoot as ShadowRoot)}
      ${formBody(
        { i18n: this.i18n, mode: this.mode, level: levels.section, values: this.values, errors, disabled, hostReferrer: this.referrer, municipalities: this.municipalities, privacyNotice, set: this.setField, blur: this.onFieldBlur },
        this.withSwemwbs && this.mode === 'professional'
          ? html`<div @linkki-changed=${this.onSwemwbsChange}>${this.swemwbs.render({ i18n: this.i18n, level: levels.section, title: t('fields.swemwbs.label'), error: errors.swemwbs, disabled, onClear: this.clearSwemwbs })}</div>`
          : nothing,
      )}
      ${sendingStatus(this.i18n, this.outbox ?? this.notLoaded)}
      <div class="actions">
        <button type="submit" part="submit" ?disabled=${disabled} aria-describedby=${busy ? 'send-status' : nothing}>${t('actions.submit')}</button>
        ${busy ? nothing : clearControl(this.i18n, this.confirmClear, { ask: () => (this.confirmClear = true), clear: () => this.clearAll(), cancel: () => (this.confirmClear = false) })}
      </div>
      ${this.live.render()}
    </form>`;
  }

  /** The status while the outbox is not loaded: nothing, or that sending did not succeed (with "Try now"). */
  private notLoaded = {
    view: () => (this.unloaded ? { key: 'status.gaveUp', tone: 'error' as const, canRetry: true } : undefined),
    busy: false,
    retryNow: () => this.renderRoot.querySelector('form')?.requestSubmit(),
  };

  /** One entry per field with a problem, then any problem no field shows (as plain text, never lost). */
  private summary(errors: Partial<Record<FieldId, string>>) {
    const context = this.mode === 'self' ? 'self' : undefined;
    const unplaced = this.issues.filter((issue) => !fieldForPath(issue.path)).map((issue) => ({ message: issueMessage(this.i18n, issue, undefined, context) }));
    return [...Object.entries(errors).map(([target, message]) => ({ target, message: message! })), ...unplaced];
  }

  private clearSwemwbs = () => {
    this.swemwbs.clear();
    this.saveDraft();
    this.revalidate();
  };
}
