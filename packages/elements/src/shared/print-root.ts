/**
 * Printing one element and nothing else of the page it sits on (#17): the finder's "Tulosta valitut"
 * prints the shortlist cards, never the host page's case timeline, menus or footers.
 *
 * While an element prints, a constructed stylesheet (CSP-safe: no `<style>` element, no inline
 * style) on `document.adoptedStyleSheets` hides, in print media only, every element that neither is
 * the printed element, nor lies inside it, nor contains it; the ancestors that contain it lose their
 * margins, borders and backgrounds, so the element starts at the top of the first page. When the
 * element sits in another component's shadow root, or is slotted into one, the same sheet goes on
 * each shadow root on the way up and the slot or host that leads to the element is marked too. The
 * sheet and the marks are removed on `afterprint` (or, where a browser never fires it, on the next
 * pointer or key press on the page). What the element itself shows on paper is its own `@media print`.
 */

/** Marks the printed element, and in an enclosing shadow root the slot or host that leads to it. */
export const PRINT_ROOT_ATTRIBUTE = 'data-linkki-print-root';

const ROOT = `[${PRINT_ROOT_ATTRIBUTE}]`;

const RULES = `@media print {
  :not(${ROOT}, ${ROOT} *, :has(${ROOT})) { display: none !important; }
  :has(${ROOT}):not(html) {
    display: block !important; position: static !important; float: none !important; transform: none !important;
    inline-size: auto !important; max-inline-size: none !important; block-size: auto !important; min-block-size: 0 !important;
    margin: 0 !important; padding: 0 !important; border: 0 !important; box-shadow: none !important;
    background: none !important; overflow: visible !important; columns: auto !important;
  }
  :has(${ROOT})::before, :has(${ROOT})::after { content: none !important; }
  ${ROOT} { margin: 0 !important; max-inline-size: none !important; }
}`;

export interface PrintRootOptions {
  /** A page size for `@page` while the element prints, e.g. `'A4'` (default: the printer's). */
  pageSize?: string;
  /** The page margin for `@page` (default `'15mm'`). */
  pageMargin?: string;
}

type Scope = Document | ShadowRoot;

/** The scopes on the way from the element up to the document, with the node in each that leads to the element. */
function pathToDocument(element: Element): [Scope, Element][] {
  const path: [Scope, Element][] = [];
  let node: Element | undefined = element;
  while (node) {
    const scope = node.getRootNode() as Scope | Node;
    if (!(scope instanceof Document || scope instanceof ShadowRoot)) break; // not on a page
    path.push([scope, node]);
    // The flat tree leaves this scope at the nearest slotted ancestor, else at the shadow root's host.
    let next: Element | undefined;
    for (let n: Element | null = node; n && !next; n = n.parentElement) if (n.assignedSlot) next = n.assignedSlot;
    node = next ?? (scope instanceof ShadowRoot ? scope.host : undefined);
  }
  return path;
}

let active: (() => void) | undefined;

/**
 * Makes `element` the only thing on the page that prints, until the returned function is called.
 * A second call replaces the first. Does nothing to the screen.
 */
export function addPrintRoot(element: Element, options: PrintRootOptions = {}): () => void {
  active?.();
  const path = pathToDocument(element);
  const sheets = new Map<Scope, CSSStyleSheet>();
  const page = options.pageSize ? `@page { size: ${options.pageSize}; margin: ${options.pageMargin ?? '15mm'}; }` : '';
  for (const [scope, node] of path) {
    node.setAttribute(PRINT_ROOT_ATTRIBUTE, '');
    if (sheets.has(scope)) continue;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(scope instanceof Document ? `${RULES}\n${page}` : RULES);
    sheets.set(scope, sheet);
    scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, sheet];
  }
  const remove = () => {
    for (const [, node] of path) node.removeAttribute(PRINT_ROOT_ATTRIBUTE);
    for (const [scope, sheet] of sheets) scope.adoptedStyleSheets = scope.adoptedStyleSheets.filter((s) => s !== sheet);
    sheets.clear();
    if (active === remove) active = undefined;
  };
  active = remove;
  return remove;
}

/**
 * Prints `element` alone (see `addPrintRoot`) through the browser's print dialog and puts the page
 * back after it.
 */
export function printOnly(element: Element, options: PrintRootOptions = {}): void {
  const view = element.ownerDocument.defaultView ?? window;
  const remove = addPrintRoot(element, options);
  const events = ['afterprint', 'pointerdown', 'keydown'] as const;
  const done = () => {
    for (const type of events) view.removeEventListener(type, done, true);
    remove();
  };
  for (const type of events) view.addEventListener(type, done, true);
  view.print();
}
