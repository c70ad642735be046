import type Fuse from 'fuse.js';
import type { FuzzyWords } from './search-index.js';

/** Typos allowed: one in a word of up to five letters, two in a longer one. */
const allowedTypos = (length: number) => (length <= 5 ? 1 : 2);
/** A typo in the beginning of a longer word counts only for words this long ("sauvakävly…"), and only one. */
const MIN_PREFIX_QUERY = 5;
const PREFIX_TYPOS = 1;
const LIMIT = 8;
/** fuse.js's candidates per query word, re-ranked by edit distance. */
const CANDIDATES = 64;

const fuses = new WeakMap<readonly string[], Map<string, Promise<Fuse<string>>>>();

/**
 * A fuse.js index of the words that begin with `letter`, built once per word
 * list and letter: a typo is rarely in the first letter, and one letter's words are a twentieth of
 * the vocabulary, which keeps a typo lookup in a 50 000-activity catalogue to a few milliseconds.
 * fuse.js itself is downloaded the first time a word matches nothing as typed.
 */
function fuseOf(words: readonly string[], letter: string): Promise<Fuse<string>> {
  let byLetter = fuses.get(words);
  if (!byLetter) fuses.set(words, (byLetter = new Map()));
  let fuse = byLetter.get(letter);
  if (!fuse) {
    const list = words.filter((word) => word.startsWith(letter));
    fuse = import('fuse.js').then(({ default: FuseClass }) => new FuseClass(list, { threshold: 0.4, ignoreLocation: true }));
    byLetter.set(letter, fuse);
  }
  return fuse;
}

/**
 * Edit distance (insertions, deletions, substitutions, swaps of neighbours) between `word` and the
 * whole of `candidate`, and between `word` and the closest beginning of `candidate`; only cells
 * within `max` of the diagonal are computed, and a candidate is given up on once a row exceeds
 * `max`. Rows run over `word`, columns over `candidate`; `rows` are three reusable buffers.
 */
function distances(word: string, candidate: string, max: number, rows: Int32Array[]): { whole: number; beginning: number } {
  const n = candidate.length;
  const far = max + 1;
  let [before, previous, row] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= Math.min(n, max); j += 1) previous[j] = j;
  if (n > max) previous[max + 1] = far;
  for (let i = 1; i <= word.length; i += 1) {
    const first = Math.max(1, i - max);
    const last = Math.min(n, i + max);
    row[first - 1] = first === 1 ? i : far;
    let rowMin = row[first - 1]!;
    for (let j = first; j <= last; j += 1) {
      const cost = word[i - 1] === candidate[j - 1] ? 0 : 1;
      let value = Math.min(j < i + max ? previous[j]! + 1 : far, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && word[i - 1] === candidate[j - 2] && word[i - 2] === candidate[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      row[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (last < n) row[last + 1] = far;
    if (rowMin > max) return { whole: far, beginning: far };
    [before, previous, row] = [previous, row, before];
  }
  const last = Math.min(n, word.length + max);
  let beginning = far;
  for (let j = Math.max(0, word.length - max); j <= last; j += 1) beginning = Math.min(beginning, previous[j]!);
  return { whole: n <= last ? previous[n]! : far, beginning };
}

/**
 * Typo-tolerant word lookup: fuse.js (downloaded the first time a word matches nothing as typed)
 * finds the close words, then each is kept only within one typo (two in words longer than five
 * letters) of `word`, closest first; for a word of five letters or more also longer words whose
 * beginning is one typo away, after them — so that "sauvakävly" finds "sauvakävelyporukka".
 * Only words with the same first letter are tried (a typo in the first letter is not corrected).
 */
export const fuzzyWords: FuzzyWords = async (word, words) => {
  const fuse = await fuseOf(words, word[0]!);
  return ranked(word, fuse.search(word, { limit: CANDIDATES }).map((result) => result.item));
};

/** The candidates within the allowed typos of `word`, closest first, at most LIMIT. */
function ranked(word: string, candidates: readonly string[]): string[] {
  const max = allowedTypos(word.length);
  const found: { candidate: string; rank: number }[] = [];
  const longest = candidates.reduce((length, candidate) => Math.max(length, candidate.length), word.length) + 2;
  const rows = [new Int32Array(longest), new Int32Array(longest), new Int32Array(longest)];
  for (const candidate of candidates) {
    if (candidate.length < word.length - max) continue;
    const wholeReachable = candidate.length <= word.length + max;
    if (!wholeReachable && word.length < MIN_PREFIX_QUERY) continue;
    const { whole, beginning } = distances(word, candidate, max, rows);
    if (wholeReachable && whole <= max) found.push({ candidate, rank: whole });
    else if (word.length >= MIN_PREFIX_QUERY && beginning <= PREFIX_TYPOS) found.push({ candidate, rank: beginning + max + 0.5 });
  }
  return found
    .sort((a, b) => a.rank - b.rank)
    .slice(0, LIMIT)
    .map(({ candidate }) => candidate);
}
