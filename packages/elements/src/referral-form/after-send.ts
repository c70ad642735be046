/**
 * What the referral form needs only once the person sends: the outbox (sending, retries, the
 * pending referral kept across reloads), the confirmation with its styles and the status link. A
 * chunk of its own, so a page that shows the form does not download it first: the form asks for it
 * when the person first moves into the form (focus), sends, or has a referral still pending from an
 * earlier page load.
 */
import { css, html, nothing, type CSSResult, type LitElement, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { LocalizeController } from '../i18n/index.js';
import { heading } from '../shared/heading.js';
import type { StatusLinkView } from './status-link-view.js';

export { OutboxController } from '../shared/outbox-controller.js';


export const confirmationStyles = css`
  .confirmation {
    border: 5px solid var(--_color-success);
    border-radius: var(--_radius);
    padding: var(--_space-4);
  }
  .confirmation :is(h1, h2, h3, h4, h5, h6) {
    overflow-wrap: break-word;
    hyphens: auto;
  }
  .confirmation .reference {
    font-size: var(--_font-size-large);
    font-weight: 700;
  }
`;

export interface ConfirmationView {
  i18n: LocalizeController;
  /** Looks a key up in the form's mode ("you" wording in self-referral). */
  t: (key: string) => string;
  level: number;
  reference: string | undefined;
  /** The status link, shown once (or nothing). */
  statusLink: TemplateResult | typeof nothing;
  live: TemplateResult;
  startOver: () => void;
}

export function confirmation(view: ConfirmationView) {
  const { i18n, t, reference } = view;
  return html`<section class="confirmation" part="confirmation" aria-labelledby="confirmation-title">
    ${heading(view.level, t('confirmation.title'), { id: 'confirmation-title', focusTarget: true })}
    ${reference ? html`<p class="reference">${i18n.t('confirmation.reference', { reference })}</p>` : nothing}
    <p>${t('confirmation.next')}</p>
    ${view.statusLink}
    <button type="button" class="secondary" @click=${view.startOver}>${t('actions.newReferral')}</button>
    ${view.live}
  </section>`;
}

type Host = ReactiveControllerHost & LitElement;

/**
 * The referrer's status link on the confirmation, shown once: the token lives in this controller's
 * memory only — never in a draft, the outbox or the form's restore state — and is gone with the
 * confirmation ("start over", a reload, closing the page). Its view loads when there is a link to show.
 */
export class StatusLinkController implements ReactiveController {
  private token: string | undefined;
  private view: StatusLinkView | undefined;
  private module: typeof import('./status-link-view.js') | undefined;

  constructor(
    private readonly host: Host,
    private readonly settings: () => { i18n: LocalizeController; page: string | undefined; adopt: (styles: CSSResult) => void },
  ) {
    host.addController(this);
  }

  hostConnected() {}

  /** The token of the reply that was confirmed (after a lost reply, the replay's new one). */
  show(token: string | undefined) {
    this.token = token;
    this.view = undefined;
    if (token && this.settings().page) void this.load();
    this.host.requestUpdate();
  }

  forget() {
    this.show(undefined);
  }

  private async load() {
    if (!this.module) {
      this.module = await import('./status-link-view.js');
      this.settings().adopt(this.module.statusLinkStyles);
    }
    this.host.requestUpdate();
  }

  render() {
    const url = this.token && this.module ? this.module.statusLinkUrl(this.settings().page, this.token, document.baseURI) : undefined;
    if (!url || !this.module) return nothing;
    this.view ??= new this.module.StatusLinkView(this.host);
    return this.view.render(this.settings().i18n, url);
  }
}
