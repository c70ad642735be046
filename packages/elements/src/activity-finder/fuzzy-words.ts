import type { FuzzyWords } from './search-index.js';

/** Typos allowed: one in a word of up to five letters, two in a longer one. */
const allowedTypos = (length: number) => (length <= 5 ? 1 : 2);
/** A typo in the beginning of a longer word counts only for words this long ("sauvakävly…"). */
const MIN_PREFIX_QUERY = 5;
const LIMIT = 8;

/**
 * Edit distance (insertions, deletions, substitutions, swaps of neighbours) between `word` and the
 * whole of `candidate` and between `word` and the closest beginning of `candidate`, giving up once
 * both exceed `max`. Rows run over `word`, columns over `candidate`.
 */
function distances(word: string, candidate: string, max: number): { whole: number; beginning: number } {
  const n = candidate.length;
  let before = new Array<number>(n + 1).fill(0);
  let previous = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= word.length; i += 1) {
    const row = new Array<number>(n + 1);
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j += 1) {
      const cost = word[i - 1] === candidate[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && word[i - 1] === candidate[j - 2] && word[i - 2] === candidate[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      row[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return { whole: max + 1, beginning: max + 1 };
    before = previous;
    previous = row;
  }
  return { whole: previous[n]!, beginning: Math.min(...previous) };
}

/**
 * Typo-tolerant word lookup: the words within one typo (two in words longer than five letters) of
 * `word`, closest first; for a word of five letters or more also longer words whose beginning is
 * that close, after them — so that "sauvakävly" finds "sauvakävelyporukka". Linear in the number of
 * distinct words, and most words are given up on after their first letters.
 */
export const fuzzyWords: FuzzyWords = async (word, words) => {
  const max = allowedTypos(word.length);
  const found: { candidate: string; rank: number }[] = [];
  for (const candidate of words) {
    if (candidate.length < word.length - max) continue;
    const wholeReachable = candidate.length <= word.length + max;
    if (!wholeReachable && word.length < MIN_PREFIX_QUERY) continue;
    const { whole, beginning } = distances(word, candidate, max);
    if (wholeReachable && whole <= max) found.push({ candidate, rank: whole });
    else if (word.length >= MIN_PREFIX_QUERY && beginning <= max) found.push({ candidate, rank: beginning + max + 0.5 });
  }
  return found
    .sort((a, b) => a.rank - b.rank)
    .slice(0, LIMIT)
    .map(({ candidate }) => candidate);
};
