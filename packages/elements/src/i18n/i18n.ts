import type { CodeListName } from '@linkki/schema';
import i18next, { type i18n as I18n, type TOptions } from 'i18next';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from './languages.js';
import { hasOwnCalendar, loadCalendar } from './format.js';

/** Nested strings of one namespace in one language. */
export interface StringTree {
  [key: string]: string | StringTree;
}

/** Strings by namespace, e.g. `{ referral: { errors: { contactRequired: '…' } } }`. */
export type Resources = Record<string, StringTree>;

/** Per-language fallback: every language falls back to Finnish, the source language. */
const FALLBACK: Record<Language, Language[]> = {
  fi: [],
  se: ['fi'],
  smn: ['fi'],
  sms: ['fi'],
  sv: ['fi'],
  en: ['fi'],
};

export const i18n: I18n = i18next.createInstance();
void i18n.init({
  lng: DEFAULT_LANGUAGE,
  fallbackLng: { ...FALLBACK, default: [DEFAULT_LANGUAGE] },
  supportedLngs: [...LANGUAGES],
  ns: [],
  defaultNS: false,
  // Strings are synchronous data: resources are bundled, nothing is fetched.
  initAsync: false,
  // Lit escapes everything it renders; i18next must not escape twice.
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
} as Parameters<typeof i18n.init>[0]);

const listeners = new Set<() => void>();

/** Called whenever strings change, so elements re-render. */
export function onStringsChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function add(lang: Language, resources: Resources, overwrite: boolean) {
  for (const [namespace, tree] of Object.entries(resources)) {
    i18n.addResourceBundle(lang, namespace, tree, true, overwrite);
  }
  for (const listener of listeners) listener();
}

/**
 * Adds or overrides strings at runtime. Keys are `<namespace>.<path>` as documented per element,
 * e.g. `registerStrings('fi', { referral: { submit: 'Lähetä lähete' } })`. Overrides win over the
 * built-in strings whenever they are registered, and every element re-renders.
 */
export function registerStrings(lang: Language, resources: Resources): void {
  add(lang, resources, true);
}

/** A language's strings, given directly or as a loader that fetches them when first shown. */
export type StringSource = StringTree | (() => Promise<StringTree>);

const pending = new Map<Language, (() => Promise<void>)[]>();
const loading = new Map<Language, Promise<void>>();
// A Sami page's date table (weekday and month names) comes with its strings: see format.ts.
for (const lang of LANGUAGES) if (hasOwnCalendar(lang)) pending.set(lang, [() => loadCalendar(lang)]);

/**
 * For elements: their built-in strings, which never replace an embedder's override. Finnish (the
 * source and fallback) is given directly; other languages may be loaders, so a page downloads only
 * the languages it shows.
 */
export function registerDefaults(namespace: string, byLanguage: Record<Language, StringSource>): void {
  for (const lang of LANGUAGES) {
    const source = byLanguage[lang];
    if (typeof source !== 'function') add(lang, { [namespace]: source }, false);
    else pending.set(lang, [...(pending.get(lang) ?? []), () => source().then((tree) => add(lang, { [namespace]: tree }, false))]);
  }
}

/** Loads `lang`'s registered loaders that have not run yet; resolves when its strings are in. */
export function languageReady(lang: Language): Promise<void> {
  const loaders = pending.get(lang) ?? [];
  if (loaders.length === 0) return loading.get(lang) ?? Promise.resolve();
  pending.set(lang, []);
  // A failed download leaves the Finnish fallback in place rather than breaking the element.
  const next = Promise.all([loading.get(lang), ...loaders.map((load) => load().catch(() => undefined))]).then(() => undefined);
  loading.set(lang, next);
  return next;
}

/** Translates `key` (`namespace:path` or a path in one of `namespaces`) in `lang`. */
export function translate(lang: Language, key: string | string[], namespaces: string[], options?: TOptions): string {
  // i18next's overloads cannot see that a key array with options is valid; the call is.
  const t = i18n.t as (key: string | string[], options: TOptions) => string;
  return t(key, { ...options, lng: lang, ns: namespaces });
}

/** One language's code-list labels, as `@linkki/schema/labels/<lang>` exports them. */
export type LabelModule = Partial<Record<CodeListName, StringTree>>;

/**
 * Registers the code-list labels an element shows (namespace `codes`), e.g.
 * `registerCodeLabels(['language'], { fi, se: () => import('@linkki/schema/labels/se'), … })`.
 */
export function registerCodeLabels(lists: CodeListName[], byLanguage: Record<Language, LabelModule | (() => Promise<LabelModule>)>): void {
  const pick = (labels: LabelModule): StringTree => Object.fromEntries(lists.map((list) => [list, labels[list] ?? {}]));
  const sources = {} as Record<Language, StringSource>;
  for (const lang of LANGUAGES) {
    const source = byLanguage[lang];
    sources[lang] = typeof source === 'function' ? () => source().then(pick) : pick(source);
  }
  registerDefaults('codes', sources);
}
