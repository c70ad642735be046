import type { ReferralStatusReply } from '@linkki/schema';
import type { LinkkiErrorDetail } from '../shared/events.js';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocalizeController } from '../i18n/index.js';
import { buttonStyles } from '../shared/button.styles.js';
import { heading, headingLevels } from '../shared/heading.js';
import { LinkkiElement } from '../shared/linkki-element.js';
import { statusStyles } from './referral-status.styles.js';
import { fetchStatus, revokeStatus, TOKEN_PATTERN, type NetworkReason } from './status-client.js';
import { feedbackView, revokeView, stepsView, type RevokeView } from './status-view.js';
import './strings.js';

/** What the element shows: the status, or why it cannot. */
export type StatusState = 'loading' | 'shown' | 'missing' | 'not-found' | 'revoked' | 'error';

/**
 * `detail` of `linkki-error` from this element (the shape every Linkki element uses): `not-found`: no
 * token, or the service knows none like it (unknown, revoked); `network`: no usable answer; `invalid`:
 * an answer that is not a valid status.
 */
export type StatusErrorDetail = LinkkiErrorDetail<'not-found' | 'network' | 'invalid'>;

/**
 * The referral's status link page (a capability URL: whoever has the link sees this, and nothing
 * else about the person). Loads `GET <endpoint>/status/<token>`, validates it with `@linkki/schema`
 * and shows three stages — received, passed on (to a link worker or directly to an activity),
 * finished — each with its date, and the feedback to the referrer when the person agreed to share
 * it. The person holding the link can switch it off (`DELETE`), after a second question.
 *
 * Without a `token` attribute the token is read from the page address's fragment (`#<token>`) and
 * then removed from the address bar, so a copied address or a screenshot does not pass it on.
 *
 * @summary Where a referral stands, for the referrer or the person, by a private link.
 *
 * @fires {CustomEvent<ReferralStatusReply>} linkki-status-loaded - The status was loaded and is shown. `detail`: the validated `ReferralStatusReply` (`@linkki/schema`).
 * @fires {CustomEvent<undefined>} linkki-status-revoked - The link was switched off (`DELETE` answered); it shows nothing any more.
 * @fires {CustomEvent<LinkkiErrorDetail>} linkki-error - The status cannot be shown. `detail`: `{ kind: 'not-found' | 'network' | 'invalid', issues, status? }`.
 *
 * @csspart base - The whole element.
 * @csspart loading - The "getting the details" line.
 * @csspart reference - The referral's reference.
 * @csspart steps - The list of stages.
 * @csspart step - One stage.
 * @csspart feedback - The feedback to the referrer.
 * @csspart revoke - Switching the link off, with its question.
 * @csspart message - Why nothing is shown (incomplete link, not in use, switched off, no connection).
 * @csspart retry - The "try again" button.
 *
 * @cssprop --linkki-status-done-color - Marker of a stage that has happened (default: the success colour; a tick says it too).
 */
export class LinkkiReferralStatus extends LinkkiElement {
  static override styles = [...LinkkiElement.styles, buttonStyles, statusStyles];

  /** Base URL of the intake service, e.g. `/api`; the status is read from `<endpoint>/status/<token>`. */
  @property() endpoint: string | undefined;
  /** The link's token. Without it, the token is taken from `location.hash` and removed from the address bar. */
  @property() token: string | undefined;
  /** Level of the title heading (1–6, default 2); the feedback heading is one below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /**
   * Leaves the title out, for a host page whose heading already says what this is. The
   * status keeps the title as its accessible name and the feedback heading moves up to
   * `heading-level`. Messages (link not in use, no connection) keep their own heading.
   */
  @property({ type: Boolean, attribute: 'hide-title', reflect: true }) hideTitle = false;
  /** Milliseconds before a request counts as failed (default 15000). */
  @property({ type: Number }) timeout = 15000;

  @state() private view: StatusState = 'loading';
  @state() private reply: ReferralStatusReply | undefined;
  @state() private failure: NetworkReason | 'invalid' = 'offline';
  @state() private revoking: RevokeView['step'] = 'closed';
  /** The token read from the address (never stored; the address bar no longer shows it). */
  private hashToken: string | undefined;
  private loadedFor: string | undefined;
  private generation = 0;
  private abort: AbortController | undefined;

  private readonly i18n = new LocalizeController(this, 'status');

  /** What is shown: `loading`, `shown`, `missing` (no token), `not-found`, `revoked` or `error` (with "try again"). */
  get state(): StatusState {
    return this.view;
  }

  /** The status shown, validated; undefined in every other state. */
  get status(): ReferralStatusReply | undefined {
    return this.view === 'shown' ? this.reply : undefined;
  }

  override connectedCallback() {
    super.connectedCallback();
    this.takeTokenFromAddress();
    addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.onHashChange);
    this.abort?.abort();
    // Connected again, it loads again.
    this.loadedFor = undefined;
  }

  /** A link pasted into the same tab changes only the fragment. */
  private onHashChange = () => {
    if (this.token || !this.takeTokenFromAddress()) return;
    this.loadedFor = undefined;
    this.requestUpdate();
  };

  /** Takes `#<token>` from the address and removes it from the address bar (history entry replaced). */
  private takeTokenFromAddress(): boolean {
    if (this.token) return false;
    const fragment = location.hash.slice(1);
    if (!TOKEN_PATTERN.test(fragment)) return false;
    this.hashToken = fragment;
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    return true;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    const key = `${this.endpoint ?? ''} ${this.token || this.hashToken || ''}`;
    if (key !== this.loadedFor) {
      this.loadedFor = key;
      void this.load(false);
    }
  }

  /** Loads (again); `focus`: a person asked for it, so focus follows to what comes. */
  private async load(focus: boolean) {
    const token = this.token || this.hashToken;
    const endpoint = this.endpoint;
    const generation = ++this.generation;
    this.abort?.abort();
    this.revoking = 'closed';
    if (!token || !TOKEN_PATTERN.test(token)) return this.fail('missing', { kind: 'not-found', issues: [] }, focus);
    if (!endpoint) return this.fail('error', { kind: 'invalid', issues: [{ path: ['endpoint'], code: 'required' }] }, focus, 'invalid');
    this.view = 'loading';
    if (focus) this.focusAfterUpdate('[part="loading"]');
    const abort = (this.abort = new AbortController());
    const outcome = await fetchStatus(endpoint, token, this.timeout, abort.signal);
    if (generation !== this.generation) return;
    switch (outcome.kind) {
      case 'ok':
        this.reply = outcome.status;
        this.show('shown', focus);
        this.emit('linkki-status-loaded', outcome.status);
        break;
      case 'not-found':
        this.fail('not-found', { kind: 'not-found', issues: [], status: outcome.httpStatus }, focus);
        break;
      case 'invalid':
        this.fail('error', { kind: 'invalid', issues: outcome.issues, status: outcome.httpStatus }, focus, 'invalid');
        break;
      default:
        this.fail('error', { kind: 'network', issues: [], ...(outcome.httpStatus ? { status: outcome.httpStatus } : {}) }, focus, outcome.reason);
    }
  }

  private show(view: StatusState, focus: boolean) {
    this.view = view;
    if (focus) this.focusAfterUpdate('[data-step-focus]');
  }

  /** State first, then the event: a listener reads the new `state`. */
  private fail(view: StatusState, detail: StatusErrorDetail, focus: boolean, failure?: NetworkReason | 'invalid') {
    this.reply = undefined;
    if (failure) this.failure = failure;
    this.show(view, focus);
    this.emit('linkki-error', detail);
  }

  private focusAfterUpdate(selector: string) {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  private askRevoke = () => {
    this.revoking = 'asking';
    this.focusAfterUpdate('#revoke-question');
  };

  private cancelRevoke = () => {
    if (this.revoking === 'sending') return;
    this.revoking = 'closed';
    this.focusAfterUpdate('#revoke');
  };

  private confirmRevoke = async () => {
    const token = this.token || this.hashToken;
    if (this.revoking === 'sending' || !token || !this.endpoint) return;
    this.revoking = 'sending';
    const generation = this.generation;
    const outcome = await revokeStatus(this.endpoint, token, this.timeout);
    if (generation !== this.generation) return;
    if (outcome.kind === 'ok') {
      this.reply = undefined;
      this.hashToken = undefined;
      this.show('revoked', true);
      this.emit('linkki-status-revoked');
    } else if (outcome.kind === 'not-found') {
      // Someone switched it off already: it is not in use, which is what was asked.
      this.fail('not-found', { kind: 'not-found', issues: [], status: outcome.httpStatus }, true);
    } else {
      this.revoking = 'failed';
      this.emit('linkki-error', { kind: 'network', issues: [], ...(outcome.httpStatus ? { status: outcome.httpStatus } : {}) } satisfies StatusErrorDetail);
    }
  };

  override render() {
    const t = (key: string) => this.i18n.t(key);
    const levels = headingLevels(this.headingLevel, this.hideTitle);
    const level = levels.title;
    const title = (key: string) => heading(level, t(key), { focusTarget: true });
    // With `hide-title` the status is still a named region; it takes the focus the title would.
    const named = this.hideTitle;
    switch (this.view) {
      case 'loading':
        return html`<section class="base" part="base" aria-labelledby=${named ? nothing : 'status-title'} aria-label=${named ? t('title') : nothing}>
          ${named ? nothing : heading(level, t('title'), { id: 'status-title' })}
          <p part="loading" role="status" tabindex="-1">${t('loading')}</p>
        </section>`;
      case 'shown': {
        const reply = this.reply!;
        return html`<section class="base" part="base" aria-labelledby=${named ? nothing : 'status-title'} aria-label=${named ? t('title') : nothing}
          tabindex=${named ? '-1' : nothing} ?data-step-focus=${named}>
          ${named ? nothing : heading(level, t('title'), { id: 'status-title', focusTarget: true })}
          <p>${t('intro')}</p>
          <p class="reference" part="reference">${this.i18n.t('reference', { reference: reply.reference })}</p>
          ${stepsView(this.i18n, reply)} ${feedbackView(this.i18n, levels.section, reply.feedback)}
          ${revokeView({ i18n: this.i18n, step: this.revoking, ask: this.askRevoke, confirm: this.confirmRevoke, cancel: this.cancelRevoke })}
        </section>`;
      }
      case 'error':
        return html`<div class="base message message--error" part="base message">
          ${title('error.title')}
          <p>${t(`error.${this.failure}`)}</p>
          <button type="button" part="retry" @click=${() => this.load(true)}>${t('actions.retry')}</button>
        </div>`;
      default: {
        const key = this.view === 'missing' ? 'missing' : this.view === 'revoked' ? 'revoked' : 'notFound';
        return html`<div class="base message" part="base message">
          ${title(`${key}.title`)}
          <p>${t(`${key}.body`)}</p>
          ${key === 'notFound' ? html`<p>${t('notFound.help')}</p>` : nothing}
        </div>`;
      }
    }
  }
}
