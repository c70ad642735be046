// Runs in the Storybook preview iframe before any of its scripts (puppeteer's evaluateOnNewDocument),
// as plain browser JavaScript so that no TypeScript helper leaks into it. It makes screenshots
// repeatable and gives the node side `window.__linkkiVisual` for waiting and for the layout checks.
(() => {
  // The clock: every `new Date()` and `Date.now()` is Tuesday 2026-10-13 09:30 Helsinki time, so
  // "today", ages, overdue marks and relative dates in the screenshots never move.
  const FROZEN = Date.parse('2026-10-13T06:30:00Z');
  const RealDate = Date;
  function FrozenDate(...args) {
    if (!new.target) return new RealDate(FROZEN).toString(); // `Date()` as a function: the time as text
    return args.length === 0 ? new RealDate(FROZEN) : new RealDate(...args);
  }
  FrozenDate.prototype = RealDate.prototype; // so `instanceof Date` holds for dates made anywhere
  FrozenDate.now = () => FROZEN;
  FrozenDate.parse = RealDate.parse;
  FrozenDate.UTC = RealDate.UTC;
  globalThis.Date = FrozenDate;

  // No motion: transitions, animations and the text caret are off in the document and in every
  // shadow root (Lit sets `adoptedStyleSheets` on its roots, so the setter appends one more sheet).
  const STILL = '*, *::before, *::after { transition: none !important; animation: none !important; caret-color: transparent !important; scroll-behavior: auto !important; }';
  const sheets = new WeakMap();
  const stillSheetFor = (root) => {
    const doc = root.ownerDocument ?? root;
    if (!sheets.has(doc)) {
      const sheet = new doc.defaultView.CSSStyleSheet();
      sheet.replaceSync(STILL);
      sheets.set(doc, sheet);
    }
    return sheets.get(doc);
  };
  const adopted = Object.getOwnPropertyDescriptor(ShadowRoot.prototype, 'adoptedStyleSheets');
  Object.defineProperty(ShadowRoot.prototype, 'adoptedStyleSheets', {
    configurable: true,
    get() {
      return adopted.get.call(this);
    },
    set(list) {
      const still = stillSheetFor(this);
      adopted.set.call(this, list.includes(still) ? list : [...list, still]);
    },
  });
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    root.adoptedStyleSheets = [];
    return root;
  };
  document.adoptedStyleSheets = [stillSheetFor(document)];

  /** Every element in the page, shadow trees included (open ones; Linkki's are open). */
  function* allElements(root = document) {
    for (const element of root.querySelectorAll('*')) {
      yield element;
      if (element.shadowRoot) yield* allElements(element.shadowRoot);
    }
  }
  const parentOf = (node) => node.parentElement ?? node.parentNode?.host ?? null;
  /** Inside the story (#storybook-root), through any shadow roots, not Storybook's own page. */
  const inStory = (element) => {
    let node = element;
    while (node.getRootNode() !== document) node = node.getRootNode().host;
    return Boolean(node.closest('#storybook-root'));
  };
  const frames = (n) => new Promise((resolve) => {
    const step = () => (n-- <= 0 ? resolve() : requestAnimationFrame(step));
    step();
  });

  /** Lit elements updated, fonts loaded, every image decoded, two frames drawn. */
  async function settle() {
    for (let round = 0; round < 5; round++) {
      const pending = [...allElements()].filter((el) => el.updateComplete instanceof Promise);
      const again = await Promise.all(pending.map((el) => el.updateComplete.catch(() => true)));
      if (!again.includes(false)) break;
    }
    await document.fonts.ready;
    await Promise.all([...allElements()].filter((el) => el instanceof HTMLImageElement && !el.complete).map((img) => img.decode().catch(() => {})));
    for (const animation of document.getAnimations()) {
      try {
        animation.finish();
      } catch {
        animation.cancel();
      }
    }
    await frames(2);
  }

  const describe = (element) => {
    const id = element.id ? `#${element.id}` : '';
    const part = element.getAttribute('part') ? `[part="${element.getAttribute('part')}"]` : '';
    const cls = typeof element.className === 'string' && element.className ? `.${element.className.trim().split(/\s+/).join('.')}` : '';
    const host = element.getRootNode().host;
    return `${host ? `${host.localName} › ` : ''}${element.localName}${id}${part}${cls}`;
  };
  const snippet = (text) => text.trim().replace(/\s+/g, ' ').slice(0, 50);

  /** Hidden from sight on purpose: not drawn, visually hidden screen-reader text, inside a closed <details>. */
  function unseen(element) {
    for (let el = element; el; el = parentOf(el)) {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse') return true;
      if (style.position === 'absolute' && (style.clipPath === 'inset(50%)' || (style.clip !== 'auto' && style.clip !== ''))) return true;
      if (el.localName === 'details' && !el.open) return !element.closest?.('summary');
      if (el instanceof HTMLElement && el.hidden) return true;
    }
    return false;
  }

  /**
   * The layout checks of issue #17 for the page as it is now:
   * - the page does not scroll sideways (`scrollWidth <= innerWidth`);
   * - no text node reaches outside its parent element's box (each line of the text is measured with
   *   a Range; 1 px slack horizontally, a quarter of the font size vertically for tight line heights);
   * - every interactive control is at least `minTarget` × `minTarget` CSS px, counting as its target
   *   the control's own box or the box of a label that activates it (a custom checkbox or radio).
   *   Links inside running text are left out, as WCAG 2.5.8 does ("inline" targets).
   * Returns the problems as sentences.
   */
  function checks({ minTarget = 44, targets = true } = {}) {
    const problems = [];
    const page = document.scrollingElement;
    if (page.scrollWidth > innerWidth) problems.push(`scroll: the page is ${page.scrollWidth} px wide in a ${innerWidth} px viewport`);

    const roots = [document, ...[...allElements()].filter((el) => el.shadowRoot).map((el) => el.shadowRoot)];
    const reported = new Set();
    for (const root of roots) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.data.trim()) continue;
        const parent = parentOf(node);
        if (!parent || reported.has(parent) || parent.closest('script, style, select, option, textarea, noscript, title, head, svg')) continue;
        if (!inStory(parent)) continue;
        if (unseen(parent)) continue;
        const box = parent.getBoundingClientRect();
        if (box.width <= 1 || box.height <= 1) continue;
        const style = getComputedStyle(parent);
        const slackY = parseFloat(style.fontSize) / 4;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const line of range.getClientRects()) {
          if (line.width === 0) continue;
          const out = line.right > box.right + 1 || line.left < box.left - 1 || line.bottom > box.bottom + slackY || line.top < box.top - slackY;
          if (out) {
            reported.add(parent);
            problems.push(`text: "${snippet(node.data)}" is ${Math.round(line.left)}–${Math.round(line.right)} × ${Math.round(line.top)}–${Math.round(line.bottom)} px, outside its ${describe(parent)} (${Math.round(box.left)}–${Math.round(box.right)} × ${Math.round(box.top)}–${Math.round(box.bottom)} px)`);
            break;
          }
        }
      }
    }

    if (targets) {
      const interactive = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="link"], [role="checkbox"], [role="radio"], [role="tab"], [tabindex]:not([tabindex="-1"])';
      for (const element of allElements()) {
        if (!element.matches(interactive) || !inStory(element)) continue;
        if (unseen(element)) continue;
        const own = element.getBoundingClientRect();
        const labels = [...(element.labels ?? [])].filter((label) => !unseen(label)).map((label) => label.getBoundingClientRect());
        if (own.width === 0 && own.height === 0 && labels.length === 0) continue;
        const fits = (r) => r.width >= minTarget - 0.5 && r.height >= minTarget - 0.5;
        if (fits(own) || labels.some(fits)) continue;
        if (element.localName === 'a' && getComputedStyle(element).display === 'inline') {
          const block = parentOf(element);
          const textAround = [...(block?.childNodes ?? [])].some((n) => n !== element && n.nodeType === Node.TEXT_NODE && n.data.trim());
          if (textAround) continue;
        }
        const best = [own, ...labels].reduce((a, b) => (b.width * b.height > a.width * a.height ? b : a));
        problems.push(`target: ${describe(element)} "${snippet(element.textContent || element.getAttribute('aria-label') || element.value || '')}" is ${Math.round(best.width)}×${Math.round(best.height)} px`);
      }
    }
    return problems;
  }

  /**
   * The state of the story `id` (or of whichever story is shown): 'loading', 'ready' (rendered, play
   * function done) or an error text (Storybook's error overlay or a failed phase).
   */
  function storyState(id) {
    const body = document.body;
    const render = window.__STORYBOOK_PREVIEW__?.currentRender;
    if (!body || !render || (id && render.id !== id)) return 'loading';
    if (body.classList.contains('sb-show-errordisplay')) {
      const message = document.querySelector('#error-message')?.textContent ?? '';
      const stack = document.querySelector('#error-stack')?.textContent ?? '';
      return `Storybook error: ${snippet(message)} ${stack.split('\n').slice(0, 3).join(' ')}`.trim();
    }
    if (body.classList.contains('sb-show-nopreview')) return 'Storybook: no preview (story not found)';
    if (render.phase === 'errored') return 'Storybook error: the story errored';
    if (render.phase === 'aborted') return 'Storybook: the story was aborted';
    return ['completed', 'afterEach', 'finished'].includes(render.phase) ? 'ready' : 'loading';
  }

  /** Shows another story in the same preview, as Storybook's manager does (no page load). */
  function showStory(id) {
    window.__STORYBOOK_PREVIEW__.channel.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
  }

  /** The language a story pins on its element (a non-empty lang attribute on a Linkki element), else null. */
  const ownLanguage = () => [...allElements()].find((el) => el.localName.startsWith('linkki-') && el.getAttribute('lang'))?.getAttribute('lang') ?? null;

  window.__linkkiVisual = { settle, checks, storyState, showStory, ownLanguage };
})();
