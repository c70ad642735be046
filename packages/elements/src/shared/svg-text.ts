/**
 * Text in an SVG chart, which does not wrap or avoid other text by itself: measuring on a canvas,
 * wrapping at spaces, and a free place for a label. Imported only by the charts' own chunks.
 */

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
