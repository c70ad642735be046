import { expect } from '@open-wc/testing';

/** What a person can click, tap or tab to. */
const INTERACTIVE = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';

function* elementsIn(root: ShadowRoot | Element): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* elementsIn(element.shadowRoot);
  }
}

/**
 * WCAG 2.5.5 / 2.5.8 "inline" exception: a link inside a sentence or a block of running text may be
 * as tall as the line. A link is inline when the block around it (p, li, dd, td) holds text of its
 * own besides the link. A link standing alone in its block is a target like a button and is not exempt.
 */
export function isInlineTextLink(element: Element): boolean {
  if (!(element instanceof HTMLAnchorElement)) return false;
  const block = element.parentElement?.closest('p, li, dd, td, th, span');
  if (!block) return false;
  const own = (element.textContent ?? '').trim();
  const all = (block.textContent ?? '').trim();
  return all.length > own.length;
}

export interface TargetCheck {
  /** Minimum width and height in CSS px (default 44). */
  min?: number;
  /** Leave inline text links in running prose out (WCAG's inline exception); default true. */
  exemptInlineLinks?: boolean;
}

/**
 * Every interactive control in `host`'s shadow root (and the shadow roots below it) whose own box
 * (getBoundingClientRect of the control itself, not of its label) is smaller than `min` × `min`.
 * Controls not rendered (hidden, inside a closed details) are left out.
 */
export function smallControls(host: HTMLElement, { min = 44, exemptInlineLinks = true }: TargetCheck = {}): string[] {
  const problems: string[] = [];
  for (const element of elementsIn(host.shadowRoot!)) {
    if (!element.matches(INTERACTIVE)) continue;
    if (element.closest('[hidden], details:not([open]) > :not(summary)')) continue;
    const box = element.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    if (exemptInlineLinks && isInlineTextLink(element)) continue;
    if (box.width < min - 0.5 || box.height < min - 0.5) {
      const name = element.getAttribute('aria-label') ?? (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      const type = element instanceof HTMLInputElement ? `[type=${element.type}]` : '';
      problems.push(`<${element.localName}${type}> "${name}" ${Math.round(box.width)}×${Math.round(box.height)} px`);
    }
  }
  return problems;
}

/** The interactive controls `smallControls` looks at, for a test to say how many it checked. */
export function countControls(host: HTMLElement): number {
  return [...elementsIn(host.shadowRoot!)].filter((e) => e.matches(INTERACTIVE) && e.getBoundingClientRect().width > 0).length;
}

/** Fails with the list of controls smaller than 44 × 44 px. */
export function expectTargetsAtLeast44(host: HTMLElement, what = host.localName, options: TargetCheck = {}) {
  const problems = smallControls(host, options);
  expect(problems, `${what}: controls under ${options.min ?? 44} × ${options.min ?? 44} px:\n${problems.join('\n')}`).to.deep.equal([]);
}
