import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * A polite live region owned by one element. `announce()` empties the region first, so the
 * same message said twice ("3 results") is read twice.
 */
export class LiveAnnouncer implements ReactiveController {
  private message = '';
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected() {
    clearTimeout(this.timer);
  }

  /** The text currently in the region (for tests and for hosts that mirror it visibly). */
  get text() {
    return this.message;
  }

  announce(message: string) {
    clearTimeout(this.timer);
    this.message = '';
    this.host.requestUpdate();
    // Screen readers announce a change, not a state: give them an empty region to change from.
    this.timer = setTimeout(() => {
      this.message = message;
      this.host.requestUpdate();
    }, 100);
  }

  /** Render once, always, so the region exists before the first announcement. */
  render() {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.message}</div>`;
  }
}
