import type { CodeListName, ListLabels } from '@linkki/schema';
import i18next, { type i18n as I18n, type TOptions } from 'i18next';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from './languages.js';

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

/** For elements: their built-in strings, which never replace an embedder's override. */
export function registerDefaults(namespace: string, byLanguage: Record<Language, StringTree>): void {
  for (const lang of LANGUAGES) add(lang, { [namespace]: byLanguage[lang] }, false);
}

/** Translates `key` (`namespace:path` or a path in one of `namespaces`) in `lang`. */
export function translate(lang: Language, key: string | string[], namespaces: string[], options?: TOptions): string {
  // i18next's overloads cannot see that a key array with options is valid; the call is.
  const t = i18n.t as (key: string | string[], options: TOptions) => string;
  return t(key, { ...options, lng: lang, ns: namespaces });
}

/**
 * Registers code-list labels from `@linkki/schema` (namespace `codes`), e.g.
 * `registerCodeLabels({ language: LANGUAGE_LABELS })`. Each element registers only the lists it shows.
 */
export function registerCodeLabels(lists: { [L in CodeListName]?: ListLabels<L> }): void {
  for (const lang of LANGUAGES) {
    const tree = Object.fromEntries(Object.entries(lists).map(([list, labels]) => [list, (labels as Record<Language, StringTree>)[lang]]));
    add(lang, { codes: tree }, false);
  }
}
