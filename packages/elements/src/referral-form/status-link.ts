import { adoptStyles, nothing, type LitElement, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { LocalizeController } from '../i18n/index.js';
import type { StatusLinkView } from './status-link-view.js';

/** The status token in the intake's 201 (`{ id, reference, statusToken }`), if it gave one. */
export function statusTokenOf(reply: unknown): string | undefined {
  const token = (reply as { statusToken?: unknown } | null | undefined)?.statusToken;
  return typeof token === 'string' && /^[A-Za-z0-9_-]{16,256}$/.test(token) ? token : undefined;
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
    private readonly settings: () => { i18n: LocalizeController; page: string | undefined },
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
      const { elementStyles } = this.host.constructor as typeof LitElement;
      adoptStyles(this.host.renderRoot as ShadowRoot, [...elementStyles, this.module.statusLinkStyles]);
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
