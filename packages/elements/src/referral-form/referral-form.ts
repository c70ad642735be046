import { validateReferral, type QuestionnaireResponse, type Referral, type ValidationIssue } from '@linkki/schema';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocalizeController } from '../i18n/index.js';
import { controlStyles } from '../shared/controls.styles.js';
import { DraftController, type DraftMode } from '../shared/draft-controller.js';
import { errorSummary, focusErrorSummary } from '../shared/error-summary.js';
import { LinkkiFormElement } from '../shared/form-associated.js';
import { heading } from '../shared/heading.js';
import { issueMessage } from '../shared/issue-message.js';
import { LiveAnnouncer } from '../shared/live-announcer.js';
import type { LinkkiSwemwbs } from '../swemwbs/swemwbs.js';
import { emptyValues, fieldForPath, toReferral, typingIssues, type FieldId, type FormValues, type HostReferrer, type Mode } from './form-model.js';
import { referralStyles } from './referral-form.styles.js';
import { formBody } from './referral-view.js';
import { Submission, type SubmissionState } from './submission.js';
import './strings.js';

interface Draft {
  id: string;
  values: FormValues;
}

/**
 * The wellbeing referral (hyvinvointilähete), made by a professional (`mode="professional"`) or by
 * the person herself (`mode="self"`). Validates with `@linkki/schema` before anything leaves the
 * element; POSTs to `endpoint` with an Idempotency-Key and retries calmly, or hands the referral to
 * the host. What was typed survives reloads (`draft`) and is never cleared by an error.
 *
 * @summary Referral form for professionals and for self-referral, GOV.UK-style errors, nothing lost.
 *
 * @fires linkki-submit - Cancelable. A valid referral is about to be sent. `detail`: the `Referral`. Without `endpoint`, the host sends it and calls `complete(reference)` or `fail(issues)`.
 * @fires linkki-submitted - The referral was received. `detail`: `{ referral, reply }`.
 * @fires linkki-error - Validation failed, the server rejected it, or sending gave up. `detail`: `{ kind: 'validation' | 'rejected' | 'network', issues, status? }`.
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
 */
export class LinkkiReferralForm extends LinkkiFormElement {
  static override styles = [...LinkkiFormElement.styles, ...controlStyles, referralStyles];

  /** `professional` (default) or `self` (the citizen refers herself: plain "you" wording, fewer fields). */
  @property({ reflect: true }) mode: Mode = 'professional';
  /** URL to POST the referral to. Without it the host handles `linkki-submit`. */
  @property() endpoint: string | undefined;
  /** Default municipality code, e.g. `758`. */
  @property() municipality = '';
  /** Restricts the municipality list to these codes (property, or a space-separated attribute). */
  @property({ converter: { fromAttribute: (v) => (v ? v.split(/[\s,]+/).filter(Boolean) : undefined) } }) municipalities: string[] | undefined;
  /** The referrer as the host system knows her; then her identity fields are not shown. */
  @property({ attribute: false }) referrer: HostReferrer | undefined;
  /** Where typed data survives a reload: `session` (default), `local` (opt-in) or `none` (shared computers). */
  @property() draft: DraftMode = 'session';
  /** Storage key of the draft, if a page has several forms. */
  @property({ attribute: 'draft-key' }) draftKey = 'linkki-referral';
  /** Embeds SWEMWBS at the start (professional mode). */
  @property({ type: Boolean, attribute: 'with-swemwbs' }) withSwemwbs = false;
  /** Milliseconds before one POST attempt counts as timed out. */
  @property({ type: Number }) timeout = 15000;
  /** Milliseconds before the first retry; each later wait doubles, up to 30 s. */
  @property({ type: Number, attribute: 'retry-delay' }) retryDelay = 1000;
  /** Level of the form's title heading (1–6, default 2). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private values: FormValues = emptyValues();
  @state() private issues: ValidationIssue[] = [];
  @state() private submitted = false;
  @state() private confirmClear = false;
  @state() private restored = false;
  private referralId: string = crypto.randomUUID();

  private readonly i18n = new LocalizeController(this, 'referral');
  private readonly live = new LiveAnnouncer(this);
  private readonly drafts = new DraftController<Draft>(this, () => ({ mode: this.draft, key: `${this.draftKey}:${this.mode}` }));
  private readonly submission = new Submission(this, {
    announce: (key, options) => this.live.announce(this.i18n.t(key, options)),
    done: (reply) => this.onSubmitted(reply),
    rejected: (status, issues) => this.onRejected(status, issues),
    gaveUp: () => this.emit('linkki-error', { kind: 'network', issues: [] }),
  });

  /** The referral as it stands, or null while it is not valid. */
  get value(): Referral | null {
    const result = validateReferral(this.candidate());
    return result.ok ? result.value : null;
  }

  /** Where sending stands: `idle`, `sending`, `waiting` (to retry), `failed`, `done`. */
  get submissionState(): SubmissionState {
    return this.submission.state;
  }

  override connectedCallback() {
    super.connectedCallback();
    const saved = this.drafts.load();
    if (saved?.values) {
      this.values = { ...emptyValues(this.municipality), ...saved.values };
      this.referralId = saved.id;
      this.restored = Object.values(saved.values).some((v) => (Array.isArray(v) ? v.length : Boolean(v)));
    }
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('municipality') && !this.values.municipality) this.values = { ...this.values, municipality: this.municipality };
    if (changed.has('draft') && this.draft === 'none') this.drafts.clear();
  }

  protected override updated() {
    const value = this.value;
    this.setFormValue(value ? JSON.stringify(value) : null, JSON.stringify({ id: this.referralId, values: this.values }));
    if (this.required && !value) this.internals.setValidity({ valueMissing: true }, this.i18n.t('common:issues.required'));
    else this.internals.setValidity({});
  }

  protected formReset() {
    this.clearAll(false);
  }

  protected formRestore(state: string) {
    try {
      const draft = JSON.parse(state) as Draft;
      this.values = { ...emptyValues(this.municipality), ...draft.values };
      this.referralId = draft.id;
    } catch {
      // Not a state this element wrote.
    }
  }

  /** Host mode: the referral was stored under `reference`. */
  complete(reference?: string) {
    this.submission.finish({ reference });
  }

  /** Host mode: the referral was refused; path-located issues are shown on their fields. */
  fail(issues: ValidationIssue[] = []) {
    this.submission.reject(422, issues);
  }

  private candidate(): Referral {
    const swemwbs = this.renderRoot?.querySelector<LinkkiSwemwbs>('linkki-swemwbs')?.value ?? undefined;
    return toReferral(this.values, { mode: this.mode, id: this.referralId, createdAt: new Date().toISOString(), hostReferrer: this.referrer, swemwbs: swemwbs as QuestionnaireResponse | undefined });
  }

  private setField = <K extends keyof FormValues>(key: K, value: FormValues[K]) => {
    this.values = { ...this.values, [key]: value };
    this.drafts.save({ id: this.referralId, values: this.values });
    if (this.submitted) this.revalidate();
  };

  /** GOV.UK: after the first submit, a field is re-checked when the person leaves it. */
  private onFieldBlur = () => {
    if (this.submitted) this.revalidate();
  };

  /** Every problem at once: typed text that is not a value, then what the schema says. */
  private check(): { referral: Referral; issues: ValidationIssue[] } {
    const typing = typingIssues(this.values);
    const result = validateReferral(this.candidate());
    const issues = [...typing, ...(result.ok ? [] : result.issues)];
    return { referral: result.ok ? result.value : this.candidate(), issues };
  }

  private revalidate() {
    this.issues = this.check().issues;
  }

  private async onSubmit(event: Event) {
    event.preventDefault();
    if (this.submission.busy) return;
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
    if (!this.emit('linkki-submit', referral, { cancelable: true })) return;
    this.submission.start(this.endpoint, () => {
      const latest = validateReferral(this.candidate());
      return latest.ok ? latest.value : referral;
    }, { idempotencyKey: this.referralId, timeoutMs: this.timeout, retryBaseMs: this.retryDelay });
  }

  private onSubmitted(reply: unknown) {
    const referral = this.value;
    this.drafts.clear();
    this.emit('linkki-submitted', { referral, reply });
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part="confirmation"] [tabindex="-1"]')?.focus());
  }

  private onRejected(status: number, issues: ValidationIssue[]) {
    this.issues = issues;
    this.emit('linkki-error', { kind: 'rejected', issues, status });
    if (issues.some((i) => fieldForPath(i.path))) void this.updateComplete.then(() => focusErrorSummary(this.renderRoot as ShadowRoot));
  }

  private clearAll(announce = true) {
    this.values = emptyValues(this.municipality);
    this.issues = [];
    this.submitted = false;
    this.confirmClear = false;
    this.restored = false;
    this.referralId = crypto.randomUUID();
    this.submission.reset();
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
    if (this.submission.state === 'done') return this.renderConfirmation(t);
    const errors = this.fieldErrors();
    const summary = Object.entries(errors).map(([target, message]) => ({ target, message: message! }));
    const busy = this.submission.busy;
    return html`<form part="form" novalidate @submit=${this.onSubmit}>
      ${heading(this.headingLevel, t('title'))}
      <p>${t('intro')}</p>
      ${this.mode === 'self' ? html`<div class="notice" part="notice"><slot name="notice"><strong>${this.i18n.t('notEmergency.title')}</strong> ${this.i18n.t('notEmergency.body')}</slot></div>` : nothing}
      ${this.restored ? html`<p class="restored">${this.i18n.t('status.draftRestored')}</p>` : nothing}
      ${errorSummary(this.i18n, summary, () => this.renderRoot as ShadowRoot)}
      ${formBody(
        { i18n: this.i18n, mode: this.mode, level: this.headingLevel, values: this.values, errors, disabled: this.isDisabled, hostReferrer: this.referrer, municipalities: this.municipalities, set: this.setField, blur: this.onFieldBlur },
        this.withSwemwbs && this.mode === 'professional' ? html`<section class="section">${heading(this.headingLevel + 1, t('fields.swemwbs.label'))}<linkki-swemwbs timepoint="start" heading-level=${this.headingLevel + 2}></linkki-swemwbs></section>` : nothing,
      )}
      ${this.renderStatus()}
      <div class="actions">
        <button type="submit" part="submit" ?disabled=${this.isDisabled} aria-describedby=${busy ? 'send-status' : nothing}>${t('actions.submit')}</button>
        ${this.renderClear()}
      </div>
      ${this.live.render()}
    </form>`;
  }

  private renderStatus() {
    const view = this.submission.view();
    if (!view) return nothing;
    return html`<div class="status status--${view.tone}" id="send-status" part="status">
      <p>${this.i18n.t(view.key, view.options)}</p>
      ${view.canRetry ? html`<button type="button" class="secondary" @click=${() => this.submission.retryNow()}>${this.i18n.t('actions.retryNow')}</button>` : nothing}
    </div>`;
  }

  private renderClear() {
    if (!this.confirmClear) {
      return html`<button type="button" class="secondary" @click=${() => (this.confirmClear = true)}>${this.i18n.t('actions.clear')}</button>`;
    }
    return html`<div class="confirm-clear" role="group" aria-labelledby="clear-question">
      <p id="clear-question">${this.i18n.t('actions.clearConfirm')}</p>
      <button type="button" @click=${() => this.clearAll()}>${this.i18n.t('actions.clearYes')}</button>
      <button type="button" class="secondary" @click=${() => (this.confirmClear = false)}>${this.i18n.t('actions.clearNo')}</button>
    </div>`;
  }

  private renderConfirmation(t: (key: string) => string) {
    const reference = this.submission.reference;
    return html`<section class="confirmation" part="confirmation" aria-labelledby="confirmation-title">
      ${heading(this.headingLevel, t('confirmation.title'), { id: 'confirmation-title', focusTarget: true })}
      ${reference ? html`<p class="reference">${this.i18n.t('confirmation.reference', { reference })}</p>` : nothing}
      <p>${t('confirmation.next')}</p>
      <button type="button" class="secondary" @click=${() => this.clearAll(false)}>${t('actions.newReferral')}</button>
      ${this.live.render()}
    </section>`;
  }
}
