import type Fuse from 'fuse.js';
import type { FuzzyWords } from './search-index.js';

const indexes = new WeakMap<readonly string[], Promise<Fuse<string>>>();

/**
 * Typo-tolerant word lookup with fuse.js, which is downloaded only the first time someone types a
 * word that matches nothing as typed.
 */
export const fuzzyWords: FuzzyWords = async (word, words) => {
  let index = indexes.get(words);
  if (!index) {
    index = import('fuse.js').then(({ default: FuseClass }) => new FuseClass(words, { threshold: 0.34, ignoreLocation: true, includeScore: true }));
    indexes.set(words, index);
  }
  const fuse = await index;
  return fuse
    .search(word, { limit: 8 })
    .filter((result) => Math.abs(result.item.length - word.length) <= 2)
    .map((result) => result.item);
};
