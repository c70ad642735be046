import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * The widths, in CSS px, of the boxes marked `data-drawn-width="<key>"` in the host's shadow root,
 * kept up to date with a ResizeObserver. A chart draws its SVG with a viewBox of the box's own width,
 * so one unit is one pixel: its text stays at its font size on a phone instead of shrinking with the
 * picture, and the chart makes room (shorter bars, wrapped labels) instead.
 */
export class DrawnWidth implements ReactiveController {
  private readonly widths = new Map<string, number>();
  private readonly observed = new Set<Element>();
  private observer: ResizeObserver | undefined;
  private frame = 0;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** The box's width, or `fallback` before it has been laid out (first render, or no ResizeObserver). */
  of(key: string, fallback: number): number {
    return this.widths.get(key) ?? fallback;
  }

  hostConnected() {
    if (typeof ResizeObserver === 'undefined') return;
    this.observer = new ResizeObserver((entries) => {
      let changed = false;
      for (const entry of entries) {
        const key = (entry.target as HTMLElement).dataset.drawnWidth;
        const width = Math.floor(entry.contentBoxSize?.[0]?.inlineSize ?? entry.contentRect.width);
        // Not laid out (display: none, a closed details): keep what was drawn.
        if (!key || width <= 0 || this.widths.get(key) === width) continue;
        this.widths.set(key, width);
        changed = true;
      }
      // Drawn in the next frame, not inside this observer's own (that would be a resize loop).
      if (changed && !this.frame) {
        this.frame = requestAnimationFrame(() => {
          this.frame = 0;
          this.host.requestUpdate();
        });
      }
    });
    this.observed.clear();
    // Back in the page after a move: observe what is already drawn.
    this.hostUpdated();
  }

  hostUpdated() {
    if (!this.observer) return;
    const boxes = new Set(this.host.shadowRoot?.querySelectorAll('[data-drawn-width]') ?? []);
    for (const box of this.observed) if (!boxes.has(box)) this.observer.unobserve(box);
    for (const box of boxes) if (!this.observed.has(box)) this.observer.observe(box);
    this.observed.clear();
    boxes.forEach((box) => this.observed.add(box));
  }

  hostDisconnected() {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed.clear();
  }
}

/** The font an SVG's text is drawn in: the host's family at `size` px. */
export const svgFont = (host: Element, size: number, weight = 400) => `${weight} ${size}px ${getComputedStyle(host).fontFamily || 'sans-serif'}`;
