import { expect } from '@open-wc/testing';

/** Is the element, or a box around it, deliberately 1 px (visually hidden text for screen readers)? */
const isVisuallyHidden = (element: Element): boolean => {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const style = getComputedStyle(node);
    if (style.position === 'absolute' && (style.clipPath === 'inset(50%)' || (style.clip !== 'auto' && style.clip !== ''))) return true;
  }
  return false;
};

function* elementsIn(root: ShadowRoot | Element): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* elementsIn(element.shadowRoot);
  }
}

const describeElement = (element: Element) => {
  const part = element.getAttribute('part');
  const name = element.getAttribute('class');
  const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
  return `<${element.localName}${part ? ` part="${part}"` : ''}${name ? ` class="${name}"` : ''}> "${text}"`;
};

/** Is any of the element's own text (not its children's) in it? */
const holdsText = (element: Element) => [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim());

/**
 * What overflows at the current viewport width: the page itself scrolling sideways, any text box in
 * `host`'s shadow root (and shadow roots below it) whose content is wider than its box, and any box
 * that reaches past the host's own right or left edge. Boxes inside a closed `<details>`, hidden ones
 * and visually hidden screen-reader text are left out.
 */
export function horizontalOverflow(host: HTMLElement): string[] {
  const problems: string[] = [];
  const page = document.scrollingElement!;
  if (page.scrollWidth > innerWidth) problems.push(`the page is ${page.scrollWidth} px wide in a ${innerWidth} px viewport`);
  const edge = host.getBoundingClientRect();
  const outside = new Set<Element>();
  const parentOf = (element: Element) => element.parentElement ?? ((element.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  const insideReported = (element: Element) => {
    for (let node = parentOf(element); node && node !== host; node = parentOf(node)) if (outside.has(node)) return true;
    return false;
  };
  for (const element of elementsIn(host.shadowRoot!)) {
    if (element instanceof SVGElement && !(element instanceof SVGSVGElement)) continue;
    if (element.closest('details:not([open]) > :not(summary)')) continue;
    const box = element.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    if (isVisuallyHidden(element)) continue;
    if (box.right > edge.right + 0.5 || box.left < edge.left - 0.5) {
      outside.add(element);
      // Only the outermost box that overflows: its contents go with it.
      if (!insideReported(element)) problems.push(`${describeElement(element)} reaches ${Math.round(box.left)}–${Math.round(box.right)} px, outside the element (${Math.round(edge.left)}–${Math.round(edge.right)} px)`);
    }
    const display = getComputedStyle(element).display;
    if (holdsText(element) && display !== 'inline' && element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX === 'visible') {
      problems.push(`${describeElement(element)}: text ${element.scrollWidth} px wide in a ${element.clientWidth} px box`);
    }
  }
  return problems;
}

/** Fails with the list of what overflows (see `horizontalOverflow`). */
export function expectNoHorizontalOverflow(host: HTMLElement, what = host.localName) {
  const problems = horizontalOverflow(host);
  expect(problems, `${what} overflows at ${innerWidth} px:\n${problems.join('\n')}`).to.deep.equal([]);
}

/** Font sizes of the SVG text in `host`'s shadow root as drawn on screen, in CSS px. */
export function drawnSvgTextSizes(host: HTMLElement): number[] {
  return [...host.shadowRoot!.querySelectorAll('svg text')]
    .filter((text) => (text.textContent ?? '').trim())
    .map((text) => {
      const svg = (text as SVGTextElement).ownerSVGElement!;
      const viewBox = svg.viewBox.baseVal;
      const scale = viewBox && viewBox.width ? svg.getBoundingClientRect().width / viewBox.width : 1;
      return parseFloat(getComputedStyle(text).fontSize) * scale;
    });
}

/**
 * Interactive controls in `host`'s shadow root whose target is smaller than `min` × `min` px: a
 * control's target is its own box or, for a checkbox or radio, the label that wraps it.
 */
export function smallTargets(host: HTMLElement, min = 44): string[] {
  const problems: string[] = [];
  const focusable = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
  for (const element of elementsIn(host.shadowRoot!)) {
    if (!element.matches(focusable)) continue;
    if ((element as HTMLInputElement).type === 'hidden' || element.closest('[hidden], details:not([open]) > :not(summary)')) continue;
    const own = element.getBoundingClientRect();
    if (own.width === 0 && own.height === 0) continue;
    const label = element instanceof HTMLInputElement ? element.closest('label') : null;
    const box = label ? label.getBoundingClientRect() : own;
    if (box.width < min - 0.5 || box.height < min - 0.5) problems.push(`${describeElement(element)} ${Math.round(box.width)}×${Math.round(box.height)} px`);
  }
  return problems;
}

/** Waits until charts drawn at their box's width have been measured and drawn again (two frames, then the update). */
export async function laidOut(element: HTMLElement & { updateComplete?: Promise<unknown> }) {
  for (let frame = 0; frame < 3; frame++) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await element.updateComplete;
  }
}

/** Pairs of SVG texts in `host`'s shadow root whose drawn boxes overlap, and texts that reach out of their SVG. */
export function clashingSvgTexts(host: HTMLElement): string[] {
  const problems: string[] = [];
  for (const chart of host.shadowRoot!.querySelectorAll('svg')) {
    const frame = chart.getBoundingClientRect();
    const texts = [...chart.querySelectorAll('text')].filter((text) => (text.textContent ?? '').trim());
    const boxes = texts.map((text) => text.getBoundingClientRect());
    boxes.forEach((box, i) => {
      const name = texts[i]!.textContent!.trim();
      // 2 px for a glyph's overhang (the left edge of a T or J).
      if (box.left < frame.left - 2 || box.right > frame.right + 2 || box.top < frame.top - 2 || box.bottom > frame.bottom + 2) {
        problems.push(`"${name}" reaches out of its chart`);
      }
      for (let j = i + 1; j < boxes.length; j++) {
        const other = boxes[j]!;
        const overlap = Math.min(box.right, other.right) - Math.max(box.left, other.left) > 1 && Math.min(box.bottom, other.bottom) - Math.max(box.top, other.top) > 1;
        if (overlap) problems.push(`"${name}" overlaps "${texts[j]!.textContent!.trim()}"`);
      }
    });
  }
  return problems;
}
