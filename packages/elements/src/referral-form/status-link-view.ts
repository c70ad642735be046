import { css, html, type ReactiveControllerHost } from 'lit';
import type { LocalizeController } from '../i18n/index.js';

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

export const statusLinkStyles = css`
  .status-link {
    border-block-start: 1px solid var(--_color-border);
    margin-block: var(--_space-4);
    padding-block-start: var(--_space-4);
  }
  .status-link label {
    display: block;
    font-weight: 700;
    margin-block-end: var(--_space-2);
  }
  /* The whole address in view at 320 px, to read or write down; it wraps anywhere. */
  .status-link textarea {
    inline-size: 100%;
    word-break: break-all;
    resize: none;
    field-sizing: content;
  }
  .status-link-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3) var(--_space-4);
    align-items: center;
    margin-block: var(--_space-3);
  }
  .status-link-actions a {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_target-size);
    color: var(--_color-primary);
    font-weight: 700;
  }
  .status-link-copied:empty {
    margin: 0;
  }
`;

type Host = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * The link, *Copy the link* and *Open the link*: loaded only when a confirmation has a link to show,
 * so a form that never gets one does not carry it.
 */
export class StatusLinkView {
  private copied: 'no' | 'copied' | 'selected' = 'no';

  constructor(private readonly host: Host) {}

  /** The clipboard when the browser allows it; otherwise the address is selected for the person to copy. */
  private async copy(url: string) {
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
  }

  render(i18n: LocalizeController, url: string) {
    const message = this.copied === 'copied' ? i18n.t('statusLink.copied') : this.copied === 'selected' ? i18n.t('statusLink.selected') : '';
    return html`<div class="status-link" part="status-link">
      <p><strong>${i18n.t('statusLink.intro')}</strong></p>
      <label for="status-link-url">${i18n.t('statusLink.label')}</label>
      <textarea id="status-link-url" readonly rows="4" spellcheck="false" .value=${url}></textarea>
      <div class="status-link-actions">
        <button type="button" @click=${() => this.copy(url)}>${i18n.t('statusLink.copy')}</button>
        <a href=${url} target="_blank" rel="noopener noreferrer">${i18n.t('statusLink.open')}</a>
      </div>
      <p class="status-link-copied" role="status">${message}</p>
      <p>${i18n.t('statusLink.shared')}</p>
    </div>`;
  }
}
