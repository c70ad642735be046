import type { Language } from './codes/lists.js';

/** Letters that Unicode does not decompose but people type without their stroke or hook. */
const BASE_LETTERS: Record<string, string> = {
  đ: 'd',
  ŋ: 'n',
  ŧ: 't',
  ʒ: 'z',
  ǯ: 'z',
  ǥ: 'g',
  ǧ: 'g',
  ǩ: 'k',
  æ: 'ae',
  ø: 'o',
  ß: 'ss',
};

/** Apostrophes and the Skolt Sami prime (ʹ U+02B9, ˈ, ʼ, ’, ', `, ´). */
const APOSTROPHES = /['\u2019\u02B9\u02BC\u02C8\u00B4`]/g;
const COMBINING_MARKS = /\p{M}/gu;

/**
 * Folds text for search: lower case, no diacritics, no apostrophes, Sami letters to their base
 * letters — so `aanaar`, `kasi` and a Skolt word typed without its primes still match.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[đŋŧʒǯǥǧǩæøß]/g, (ch) => BASE_LETTERS[ch] ?? ch)
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(APOSTROPHES, '');
}

/**
 * Alphabetical order of the Sami languages, where browsers' Intl data is missing or treats the
 * Sami letters as mere accents (Chromium sorts `č` with `c`). Letters not listed sort by their base
 * letter; apostrophes and the Skolt prime are ignored.
 */
const SAMI_ALPHABETS: Partial<Record<Language, string>> = {
  se: 'a á b c č d đ e f g h i j k l m n ŋ o p q r s š t ŧ u v w x y z ž æ ø å ä ö',
  smn: 'a â b c č d đ e f g h i j k l m n ŋ o p q r s š t u v w x y z ž ä á å ö',
  sms: 'a â b c č ʒ ǯ d đ e f g ǧ ǥ h i j k ǩ l m n ŋ o õ p q r s š t u v w x y z ž å ä ö',
};

type Rank = number[];

function rankerFor(alphabet: string): (text: string) => Rank {
  const order = new Map(alphabet.split(' ').map((letter, i) => [letter, (i + 1) * 10]));
  return (text) => {
    const ranks: number[] = [];
    for (const ch of text.normalize('NFC').toLowerCase().replace(APOSTROPHES, '')) {
      const own = order.get(ch);
      if (own !== undefined) ranks.push(own);
      else {
        // An unlisted letter (é, ü…) sorts just after its base letter; digits and spaces first.
        const base = foldForSearch(ch)[0];
        const baseRank = base ? order.get(base) : undefined;
        ranks.push(baseRank !== undefined ? baseRank + 1 : /\s/.test(ch) ? 0 : 5);
      }
    }
    return ranks;
  };
}

function compareRanks(a: Rank, b: Rank): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

const comparers = new Map<Language, (a: string, b: string) => number>();

/**
 * A comparison function for sorting names in `lang`: the language's own alphabet for the Sami
 * languages, `Intl.Collator` for Finnish, Swedish and English.
 */
export function compareText(lang: Language): (a: string, b: string) => number {
  let compare = comparers.get(lang);
  if (!compare) {
    const collator = new Intl.Collator(lang === 'se' || lang === 'smn' || lang === 'sms' ? 'fi' : lang, { numeric: true });
    const alphabet = SAMI_ALPHABETS[lang];
    if (alphabet) {
      const rank = rankerFor(alphabet);
      compare = (a, b) => compareRanks(rank(a), rank(b)) || collator.compare(a, b);
    } else compare = collator.compare;
    comparers.set(lang, compare);
  }
  return compare;
}
