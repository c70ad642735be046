import { LAPLAND_MUNICIPALITIES } from '@linkki/schema';
import { compareText, type Language } from '../i18n/index.js';

const names = new Map<string, Record<string, string | undefined>>(LAPLAND_MUNICIPALITIES.map((m) => [m.code, m.name]));

/** A municipality's official name in the language, else in Finnish, else its code (`758` → Sodankylä). */
export const municipalityName = (code: string, lang: string): string => names.get(code)?.[lang] ?? names.get(code)?.fi ?? code;

/** `[code, name]` of each municipality, in the language's alphabetical order of the names: a picker's options. */
export function municipalityOptions(codes: Iterable<string>, lang: Language): [string, string][] {
  const compare = compareText(lang);
  return [...codes].map((code): [string, string] => [code, municipalityName(code, lang)]).sort((a, b) => compare(a[1], b[1]));
}
