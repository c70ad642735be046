import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { LocalizeController } from '../i18n/index.js';

/** The status token in the intake's 201 (`{ id, reference, statusToken }`), if it gave one. */
export function statusTokenOf(reply: unknown): string | undefined {
  const token = (reply as { statusToken?: unknown } | null | undefined)?.statusToken;
  return typeof token === 'string' && /^[A-Za-z0-9_-]{16,256}$/.test(token) ? token : undefined;
}

/**
 * The status page's address for `token`: `{token}` in `page` is replaced by it, else it goes in the
 * fragment (`#<token>`), which browsers never send to a server. Undefined unless http(s).
 */
export function statusLinkUrl(page: string | undefined, token: string, base: string): string | undefined {
  const raw = page?.trim();
  if (!raw) return undefined;
  const templated = raw.includes('{token}');
  try {
    const url = new URL(templated ? raw.replaceAll('{token}', token) : raw, base);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    if (!templated) url.hash = token;
    return url.href;
  } catch {
    return undefined;
  }
}

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * The referrer's status link on the confirmation, shown once: the token lives in this controller's
 * memory only — never in a draft, the outbox or the form's restore state — and is gone with the
 * confirmation ("start over", a reload, closing the page).
 */
export class StatusLinkController implements ReactiveController {
  private token: string | undefined;
  private copied: 'no' | 'copied' | 'selected' = 'no';

  constructor(
    private readonly host: Host,
    private readonly settings: () => { i18n: LocalizeController; page: string | undefined },
  ) {
    host.addController(this);
  }

  hostConnected() {}

  /** The token of the reply that was confirmed (after a lost reply, the replay's new one). */
  show(token: string | undefined) {
    this.token = token;
    this.copied = 'no';
    this.host.requestUpdate();
  }

  forget() {
    this.show(undefined);
  }

  private url() {
    return this.token ? statusLinkUrl(this.settings().page, this.token, document.baseURI) : undefined;
  }

  /** The clipboard when the browser allows it; otherwise the link is selected for the person to copy. */
  private copy = async () => {
    const url = this.url();
    if (!url) return;
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      this.copied = 'copied';
    } catch {
      const field = this.host.renderRoot.querySelector<HTMLTextAreaElement>('#status-link-url');
      field?.focus();
      field?.select();
      this.copied = 'selected';
    }
    this.host.requestUpdate();
  };

  render() {
    const url = this.url();
    if (!url) return nothing;
    const { i18n } = this.settings();
    const message = this.copied === 'copied' ? i18n.t('statusLink.copied') : this.copied === 'selected' ? i18n.t('statusLink.selected') : '';
    return html`<div class="status-link" part="status-link">
      <p><strong>${i18n.t('statusLink.intro')}</strong></p>
      <label for="status-link-url">${i18n.t('statusLink.label')}</label>
      <textarea id="status-link-url" readonly rows="3" spellcheck="false" .value=${url}></textarea>
      <div class="status-link-actions">
        <button type="button" @click=${this.copy}>${i18n.t('statusLink.copy')}</button>
        <a href=${url} target="_blank" rel="noopener noreferrer">${i18n.t('statusLink.open')}</a>
      </div>
      <p class="status-link-copied" role="status">${message}</p>
      <p>${i18n.t('statusLink.shared')}</p>
    </div>`;
  }
}
