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

let context: CanvasRenderingContext2D | null | undefined;

/** The width of `text` in `font` (a CSS font shorthand, `700 14px system-ui`), measured on a canvas. */
export function textWidth(text: string, font: string): number {
  if (context === undefined) context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return text.length * 0.6 * (parseFloat(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? '16') || 16);
  context.font = font;
  return context.measureText(text).width;
}

/**
 * `text` broken at spaces into lines no wider than `width` (SVG text does not wrap by itself). A word
 * wider than `width` gets a line of its own.
 */
export function wrapText(text: string, width: number, font: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, font) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** The font an SVG's text is drawn in: the host's family at `size` px. */
export const svgFont = (host: Element, size: number, weight = 400) => `${weight} ${size}px ${getComputedStyle(host).fontFamily || 'sans-serif'}`;

/** A box in a chart's units (one a pixel). */
export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The first of `places` (in order of preference) whose box is inside the chart's top and clear of every `taken` box; else the first. */
export function freePlace<T extends { box: Box }>(places: T[], taken: Box[]): T {
  return places.find((place) => place.box.top >= 0 && !taken.some((box) => overlaps(box, place.box))) ?? places[0]!;
}
