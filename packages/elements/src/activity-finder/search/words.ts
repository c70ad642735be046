import { foldForSearch } from '@linkki/schema';
import { finnishStem } from './finnish-stemmer.js';

export { rawWordsOf } from './raw-words.js';

/** One word as the index compares it: folded (no diacritics, no apostrophes) and its folded Finnish stem. */
export interface WordForms {
  folded: string;
  stem: string;
}

/** A stem ending in a consonant and a/ä/e/i, of five letters or more. */
const LOOSE_VOWEL = /^(.{3,}[^aeiouyäö])[aäei]$/;

/**
 * The folded word and its folded Finnish stem: the Snowball stem, and then — where Snowball keeps
 * the last vowel of a short word because it falls before its R1 region (kieli/kielen, tuli/tulen)
 * — without that vowel, so that such a word and its inflections meet. Sami words go through the
 * Finnish stemmer too: no Sami stemmer fits the bundle; a folded word still finds them exactly and
 * by prefix.
 */
export function formsOf(raw: string): WordForms {
  const stem = finnishStem(raw);
  return { folded: foldForSearch(raw), stem: foldForSearch(LOOSE_VOWEL.exec(stem)?.[1] ?? stem) };
}

/** Folded vowels: the part of a compound before an infix must look like a word. */
const VOWEL = /[aeiouy]/;

/**
 * Whether `part` occurs inside `word` as a later part of a compound ("kavely" in
 * "sauvakavelyporukka", "tuki" in "vertaistukiryhma"): at least three letters with a vowel before it.
 */
export function isCompoundPart(word: string, part: string): boolean {
  for (let at = word.indexOf(part, 3); at >= 0; at = word.indexOf(part, at + 1)) if (VOWEL.test(word.slice(0, at))) return true;
  return false;
}
