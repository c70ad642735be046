import { foldForSearch } from '@linkki/schema';

/** The text of one activity to search, per field, already in the reader's language and Finnish. */
export interface SearchDocument {
  name: string;
  /** Organisation, category labels, place names. */
  context: string;
  description: string;
}

/** How much a match in each field counts; exact words above prefixes above typo matches. */
const FIELD_WEIGHT = [3, 2, 1];
const EXACT = 4;
const PREFIX = 2;
const FUZZY = 1;

/** Finds typo-tolerant matches for one word among the index's words (fuse.js, loaded on demand). */
export type FuzzyWords = (word: string, words: readonly string[]) => Promise<string[]>;

const tokensOf = (text: string) => foldForSearch(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * An inverted index over folded words: a query word matches a document exactly, as a prefix, or —
 * only when it matches nothing as typed — through fuzzy matching against the index's word list
 * (thousands of words, not tens of thousands of documents). Scores add up across query words; a
 * document must match every query word.
 */
export class SearchIndex {
  /** Sorted distinct words, for prefix ranges by binary search. */
  private readonly words: string[];
  /** Per word: document index → best field weight. */
  private readonly postings = new Map<string, Map<number, number>>();

  constructor(documents: readonly SearchDocument[]) {
    documents.forEach((doc, index) => {
      [doc.name, doc.context, doc.description].forEach((text, field) => {
        for (const token of tokensOf(text)) {
          let posting = this.postings.get(token);
          if (!posting) this.postings.set(token, (posting = new Map()));
          posting.set(index, Math.max(posting.get(index) ?? 0, FIELD_WEIGHT[field]!));
        }
      });
    });
    this.words = [...this.postings.keys()].sort();
  }

  get size() {
    return this.words.length;
  }

  private prefixRange(prefix: string): string[] {
    let low = 0;
    let high = this.words.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.words[mid]! < prefix) low = mid + 1;
      else high = mid;
    }
    const matches: string[] = [];
    for (let i = low; i < this.words.length && this.words[i]!.startsWith(prefix); i += 1) matches.push(this.words[i]!);
    return matches;
  }

  /** Scores of the documents matching one query word. */
  private async scoresFor(token: string, fuzzy: FuzzyWords | undefined): Promise<Map<number, number>> {
    const scores = new Map<number, number>();
    const add = (word: string, kind: number) => {
      for (const [doc, weight] of this.postings.get(word) ?? []) scores.set(doc, Math.max(scores.get(doc) ?? 0, weight * kind));
    };
    const prefixed = this.prefixRange(token);
    for (const word of prefixed) add(word, word === token ? EXACT : PREFIX);
    if (prefixed.length === 0 && fuzzy && token.length >= 3) for (const word of await fuzzy(token, this.words)) add(word, FUZZY);
    return scores;
  }

  /**
   * Documents matching every word of `query`, best first (ties keep `candidates`' order). Without
   * a query, all candidates in their order. `candidates` narrows the search (facets).
   */
  async search(query: string, candidates: readonly number[], fuzzy?: FuzzyWords): Promise<number[]> {
    const tokens = [...new Set(tokensOf(query))];
    if (tokens.length === 0) return [...candidates];
    const perToken = await Promise.all(tokens.map((token) => this.scoresFor(token, fuzzy)));
    const total = new Map<number, number>();
    for (const doc of candidates) {
      let sum = 0;
      for (const scores of perToken) {
        const score = scores.get(doc);
        if (score === undefined) {
          sum = -1;
          break;
        }
        sum += score;
      }
      if (sum > 0) total.set(doc, sum);
    }
    return [...total.keys()].sort((a, b) => total.get(b)! - total.get(a)!);
  }
}
