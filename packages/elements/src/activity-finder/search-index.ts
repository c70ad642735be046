import { foldForSearch } from '@linkki/schema';
import type { SearchDocument } from './search/search-document.js';

export type { SearchDocument };

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
  /** Scores of recent query words: typing "lau" after "la" and deleting back reuse them. */
  private readonly recent = new Map<string, Map<number, number>>();
  private readonly documentCount: number;

  private constructor(documentCount: number) {
    this.documentCount = documentCount;
    this.words = [];
  }

  /**
   * Builds the index in slices of `slice` documents, giving the main thread back between them, so
   * that a large catalogue never freezes the page while it is indexed.
   */
  static async build(documents: readonly SearchDocument[] | ((index: number) => SearchDocument), count?: number, slice = 1000): Promise<SearchIndex> {
    const total = typeof documents === 'function' ? count! : documents.length;
    const index = new SearchIndex(total);
    for (let start = 0; start < total; start += slice) {
      for (let i = start; i < Math.min(total, start + slice); i += 1) index.add(i, typeof documents === 'function' ? documents(i) : documents[i]!);
      if (start + slice < total) await new Promise((resolve) => setTimeout(resolve, 0));
    }
    index.words.push(...[...index.postings.keys()].sort());
    return index;
  }

  private add(index: number, doc: SearchDocument) {
    [doc.name, doc.context, doc.description].forEach((text, field) => {
      for (const token of tokensOf(text)) {
        let posting = this.postings.get(token);
        if (!posting) this.postings.set(token, (posting = new Map()));
        posting.set(index, Math.max(posting.get(index) ?? 0, FIELD_WEIGHT[field]!));
      }
    });
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
    const known = this.recent.get(token);
    if (known) return known;
    const scores = new Map<number, number>();
    const add = (word: string, kind: number) => {
      for (const [doc, weight] of this.postings.get(word) ?? []) scores.set(doc, Math.max(scores.get(doc) ?? 0, weight * kind));
    };
    const prefixed = this.prefixRange(token);
    for (const word of prefixed) add(word, word === token ? EXACT : PREFIX);
    if (prefixed.length === 0 && fuzzy && token.length >= 3) for (const word of await fuzzy(token, this.words)) add(word, FUZZY);
    this.recent.set(token, scores);
    if (this.recent.size > 32) this.recent.delete(this.recent.keys().next().value!);
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
    // Walk the smallest posting list, not every candidate; candidates give the tie order.
    const rarest = perToken.reduce((a, b) => (a.size <= b.size ? a : b));
    const total = new Float64Array(this.documentCount);
    for (const doc of rarest.keys()) {
      let sum = 0;
      for (const scores of perToken) {
        const score = scores.get(doc);
        if (score === undefined) {
          sum = 0;
          break;
        }
        sum += score;
      }
      total[doc] = sum;
    }
    // Scores are small integers: bucket them (linear, and equal scores keep the candidates' order).
    const buckets = new Map<number, number[]>();
    for (const doc of candidates) {
      const score = total[doc]!;
      if (score > 0) (buckets.get(score) ?? buckets.set(score, []).get(score)!).push(doc);
    }
    return [...buckets.keys()].sort((a, b) => b - a).flatMap((score) => buckets.get(score)!);
  }
}
