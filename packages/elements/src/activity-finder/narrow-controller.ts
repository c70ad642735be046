import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the element is narrower than `rem` root ems: a phone, or a narrow column of a wider page.
 * It is the element's own width that counts (a ResizeObserver), not the window's, so the finder in a
 * sidebar lays out as on a phone. The host is updated when the answer changes.
 */
export class NarrowController implements ReactiveController {
  /** Narrower than the breakpoint. False until the first measurement, as on a wide screen. */
  narrow = false;
  private observer: ResizeObserver | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly rem = 48,
  ) {
    host.addController(this);
  }

  hostConnected() {
    // Measured at once, so the first render already has the right layout.
    this.measure(this.host.getBoundingClientRect().width);
    if (typeof ResizeObserver === 'undefined') return;
    // A change of layout changes the host's height: applied in the next frame, not inside the
    // observer's delivery (which would end in "ResizeObserver loop completed with undelivered notifications").
    this.observer ??= new ResizeObserver(() => requestAnimationFrame(() => this.measure(this.host.getBoundingClientRect().width)));
    this.observer.observe(this.host);
  }

  hostDisconnected() {
    this.observer?.disconnect();
  }

  private measure(width: number) {
    const root = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    const narrow = width > 0 && width < this.rem * root;
    if (narrow === this.narrow) return;
    this.narrow = narrow;
    this.host.requestUpdate();
  }
}
