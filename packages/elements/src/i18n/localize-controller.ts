import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TOptions } from 'i18next';
import { i18n, languageReady, onStringsChanged, translate } from './i18n.js';
import { formatDate, formatList, formatNumber, formatWeekday } from './format.js';
import { languageTagOf, resolveLanguage, type Language } from './languages.js';

type Host = ReactiveControllerHost & HTMLElement;

const connected = new Set<LocalizeController>();
const observedRoots = new WeakSet<Node>();
let observer: MutationObserver | undefined;

function refreshAll() {
  for (const controller of connected) controller.refresh();
}

function observe(root: Node) {
  if (observedRoots.has(root)) return;
  observer ??= new MutationObserver(refreshAll);
  observer.observe(root instanceof Document ? root.documentElement : root, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
  observedRoots.add(root);
}

const readiness = new WeakMap<object, Promise<void>>();

/**
 * Resolves when the strings of `host`'s language have arrived. `LinkkiElement` waits for it before
 * rendering, so a Sami page never flashes Finnish while its strings download.
 */
export function whenStringsReady(host: object): Promise<void> {
  return readiness.get(host) ?? Promise.resolve();
}

onStringsChanged(() => {
  for (const controller of connected) controller.host.requestUpdate();
});

/**
 * Gives an element its language and strings. The language is the element's own `lang`, else the
 * nearest ancestor's (through shadow roots), else `<html lang>`, else Finnish; a change of `lang`
 * anywhere above re-renders the element.
 */
export class LocalizeController implements ReactiveController {
  readonly host: Host;
  /** Namespaces searched in order; `common` always last. */
  private readonly namespaces: string[];
  lang: Language = 'fi';

  /** `namespace`: the element's own strings namespace(s), searched before `common`. */
  constructor(host: Host, namespace: string | string[] = []) {
    this.host = host;
    this.namespaces = [...(Array.isArray(namespace) ? namespace : [namespace]), 'common'];
    host.addController(this);
  }

  hostConnected() {
    connected.add(this);
    observe(document);
    // Ancestors inside a shadow root are invisible to the document observer.
    for (let root = this.host.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) observe(root);
    this.refresh();
  }

  hostDisconnected() {
    connected.delete(this);
  }

  /** Re-reads the language; re-renders the host when it changed. */
  refresh() {
    const next = resolveLanguage(languageTagOf(this.host) ?? document.documentElement.lang);
    readiness.set(this.host, languageReady(next));
    if (next !== this.lang) {
      this.lang = next;
      this.host.requestUpdate();
    }
  }

  t(key: string | string[], options?: TOptions): string {
    return translate(this.lang, key, this.namespaces, options);
  }

  /**
   * The string for `key` in the element's own language only, never the Finnish fallback; undefined
   * when that language lacks it. For optional strings that replace other text only where they exist.
   */
  own(key: string): string | undefined {
    for (const namespace of this.namespaces) {
      const value: unknown = i18n.getResource(this.lang, namespace, key);
      if (typeof value === 'string') return value;
    }
    return undefined;
  }

  /** The label of a code from `@linkki/schema`'s code lists, e.g. `code('referralReason', 'mood')`. */
  code(list: string, code: string): string {
    return translate(this.lang, `codes:${list}.${code}`, ['codes']);
  }

  date(value: Date | string, options?: Intl.DateTimeFormatOptions): string {
    return formatDate(this.lang, value, options);
  }

  /** An ISO weekday's name (1 = Monday); `'format'` for one inside a sentence (see `formatWeekday`). */
  weekday(weekday: number, context?: 'standAlone' | 'format'): string {
    return formatWeekday(this.lang, weekday, context);
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return formatNumber(this.lang, value, options);
  }

  list(values: string[], type?: Intl.ListFormatType): string {
    return formatList(this.lang, values, type);
  }
}
