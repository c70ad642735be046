import type { PublishedCount } from '@linkki/schema';
import { html, type TemplateResult } from 'lit';
import type { LocalizeController } from '../i18n/index.js';

/** What every part of the report view needs: strings and formats, the report's threshold, headings at the page's level. */
export interface ReportView {
  i18n: LocalizeController;
  /** The smallest count shown (`report.threshold`). */
  threshold: number;
  /** A heading `offset` levels below the report's title (1: a section; with `hide-title`, at `heading-level`). */
  heading: (offset: number, text: string, id?: string) => TemplateResult;
  /** The width in CSS px of the box marked `data-drawn-width="<key>"`, or `fallback` before it is laid out: charts are drawn at it. */
  drawnWidth: (key: string, fallback: number) => number;
  /** The font a chart's text is measured in (for wrapping), `size` in px. */
  font: (size: number, weight?: number) => string;
  /** The pictures, once their chunk has loaded (`charts.ts`); until then the tables stand alone. */
  charts?: typeof import('./charts.js');
}

/** How a hidden number is marked: `small` ("< 5": 1 to threshold − 1) or `hidden` ("–"). */
export type Marker = 'small' | 'hidden';

export const markerOf = (count: PublishedCount): Marker => (count.suppressed === 'small' ? 'small' : 'hidden');

/**
 * A hidden number: the glyph for the eye ("< 5", "–"), words for a screen reader ("fewer than 5",
 * "hidden"). The glyphs are explained once, near the top of the report.
 */
export function marker({ i18n, threshold }: ReportView, kind: Marker): TemplateResult {
  return html`<span class="marker" data-marker=${kind}
    ><span aria-hidden="true">${i18n.t(`cell.${kind}Marker`, { threshold })}</span
    ><span class="visually-hidden">${i18n.t(`cell.${kind}`, { threshold })}</span></span
  >`;
}

/** A published count as a number; a hidden one as its marker. */
export function countCell(view: ReportView, count: PublishedCount): TemplateResult {
  return count.count === null ? marker(view, markerOf(count)) : html`${view.i18n.number(count.count)}`;
}

/** A mean, SD, CI bound …: one decimal; null (computed over too few people) is hidden. */
export function statisticCell(view: ReportView, value: number | null | undefined, options: Intl.NumberFormatOptions = {}): TemplateResult {
  if (value === null || value === undefined) return marker(view, 'hidden');
  return html`${view.i18n.number(value, { maximumFractionDigits: 1, ...options })}`;
}

/** `part` of `total` as a percentage, when both are published; else hidden. */
export function shareCell(view: ReportView, part: PublishedCount, total: PublishedCount): TemplateResult {
  // Nothing to share out: no people at all.
  if (total.count === 0) return html``;
  if (part.count === null || total.count === null) return marker(view, 'hidden');
  return html`${view.i18n.number(part.count / total.count, { style: 'percent', maximumFractionDigits: 0 })}`;
}
