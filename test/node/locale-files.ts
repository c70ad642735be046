/**
 * Loads every string file of the project for the locale tests (plural-forms, sami-identical):
 * each element's `locales/<lang>.ts` under packages/elements/src and the code-list labels of
 * @linkki/schema (packages/schema/src/codes/labels/<lang>.ts, one export per code list).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const LANGUAGES = ['fi', 'se', 'smn', 'sms', 'sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface Tree {
  [key: string]: string | Tree;
}

const ELEMENTS = 'packages/elements/src';
const CODE_LABELS = 'packages/schema/src/codes/labels';

/** Every folder holding string files, found by its Finnish file (the source language). */
export const FOLDERS: readonly string[] = [
  ...(readdirSync(ELEMENTS, { recursive: true }) as string[])
    .filter((file) => /(^|\/)locales\/fi\.ts$/.test(file))
    .map((file) => join(ELEMENTS, dirname(file))),
  CODE_LABELS,
].sort();

/** The file of one language in one folder. */
export const fileOf = (folder: string, lang: Language): string => join(folder, `${lang}.ts`);

/** The strings of one language: an element file's `export const <lang>`, or all exports of a label file. */
export async function loadStrings(folder: string, lang: Language): Promise<Tree> {
  const module = (await import(pathToFileURL(fileOf(folder, lang)).href)) as Record<string, Tree>;
  if (folder === CODE_LABELS) return Object.fromEntries(Object.entries(module).filter(([, value]) => typeof value === 'object'));
  const tree = module[lang];
  if (!tree) throw new Error(`${fileOf(folder, lang)} has no export named ${lang}`);
  return tree;
}

/** Flat dotted keys and their strings, `a.b.c` → text. */
export function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/**
 * True when the file's type says that keys may be left out so Finnish (i18next's fallback
 * language) shows instead: the object is checked with `satisfies Some<…>` / `Partial<…>` or
 * declared with such a type, as evaluation-report/locales/sms.ts does. Every other file is typed
 * with the complete strings type, so a missing key there is a compile error as well.
 */
export function allowsFinnishFallback(folder: string, lang: Language): boolean {
  const source = readFileSync(fileOf(folder, lang), 'utf8');
  return /\bsatisfies\s+(Some|Partial|DeepPartial)</.test(source) || /export const \w+\s*:\s*(Some|Partial|DeepPartial)</.test(source);
}
