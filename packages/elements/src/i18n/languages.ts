import { LANGUAGES, type Language } from '@linkki/schema';

export { LANGUAGES, type Language };
export const DEFAULT_LANGUAGE: Language = 'fi';

const supported = new Set<string>(LANGUAGES);

/** Three-letter and legacy codes people and CMSs actually put in `lang`. */
const ALIASES: Record<string, Language> = {
  fin: 'fi',
  sme: 'se',
  swe: 'sv',
  eng: 'en',
};

/**
 * Maps any BCP 47 tag onto one of the six UI languages:
 * the primary subtag decides (`se-FI` → `se`, `sv-FI` → `sv`, `fi-FI` → `fi`, `sme` → `se`),
 * anything unsupported or empty → `fi`.
 */
export function resolveLanguage(tag: string | null | undefined): Language {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (supported.has(primary)) return primary as Language;
  return ALIASES[primary] ?? DEFAULT_LANGUAGE;
}

/**
 * The language that applies to `element`: its own `lang`, else the nearest ancestor's
 * (crossing shadow roots), else `<html lang>`. An empty `lang=""` means "unknown" and is skipped.
 */
export function languageTagOf(element: Element): string | null {
  let node: Element | null = element;
  while (node) {
    const withLang: Element | null = node.closest('[lang]:not([lang=""])');
    if (withLang) return withLang.getAttribute('lang');
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}
