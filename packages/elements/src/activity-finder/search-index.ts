import { foldForSearch } from '@linkki/schema';
import { yieldToEventLoop } from './event-loop.js';
import type { SearchDocument } from './search/search-document.js';
import { SynonymLookup } from './search/synonym-lookup.js';
import { SYNONYMS, type SynonymGroups } from './search/synonyms.js';
import { FIELD_BITS, FIELD_WEIGHT, IndexBuilder, MASK_WEIGHT } from './search/postings.js';
import { formsOf, isCompoundPart, rawWordsOf, type WordForms } from './search/words.js';

export type { SearchDocument };
export type { SynonymGroups };

/** How much each kind of direct match counts, best first. */
const EXACT = 6;
const PREFIX = 5;
const STEM = 4;
const COMPOUND_PART = 3;
/** Direct matches score 5 × Σ field weight × kind: 15 (a compound part in the description) to 180. */
const DIRECT_SCALE = 5;
/**
 * Related words (synonym groups) score below every direct match — at most 12, when they fill the
 * field weights of a name and a context — and add to a direct match as a tie-breaker.
 */
const RELATED_MAX = 12;
const RELATED_FULL = 6;
/** Typo matches come only when nothing else matched; they still prefer the name. */
const FUZZY_MAX = 6;
/** Shorter words would find themselves inside too many compounds. */
const MIN_PART = 4;
/** A related word finds longer words it begins only from this length ("kahvi" → "kahvila"). */
const MIN_RELATED_PREFIX = 5;
/** Query words whose scores are kept (typing on, deleting back): each holds a byte per document. */
const RECENT = 16;
const WORD_KINDS_KEPT = 128;

/** Finds typo-tolerant matches for one word among the index's words (fuzzy-words.ts). */
export type FuzzyWords = (word: string, words: readonly string[]) => Promise<string[]>;

export interface FindOptions {
  /** Typo matching, tried for a query word that matches nothing otherwise. */
  fuzzy?: FuzzyWords;
  /** Groups of related words added to the built-in ones (search/synonyms.ts). */
  synonyms?: SynonymGroups;
}

export interface FindResult {
  /** Document indexes, best first. */
  results: number[];
  /** True when no document matched every query word and `results` match only some of them. */
  partial: boolean;
}

/** Documents matching one query word, with their scores (a byte per document). */
interface TokenScores {
  /** The matching documents: a list while it is filled, packed once done. */
  docs: number[] | Uint32Array;
  score: Uint8Array;
}

const builtInLookup = new SynonymLookup(SYNONYMS);
const lookups = new WeakMap<SynonymGroups, SynonymLookup>();
const lookupFor = (extra: SynonymGroups | undefined) => {
  if (!extra?.length) return builtInLookup;
  let lookup = lookups.get(extra);
  if (!lookup) lookups.set(extra, (lookup = new SynonymLookup([...SYNONYMS, ...extra])));
  return lookup;
};

/**
 * An inverted index over folded words. A query word finds, best first: the same word, words it
 * begins, words with the same Finnish stem (or beginning with it), words that contain it as a
 * compound part, words of a related-word group, and — only when none of these finds anything —
 * typo matches. Scores add up across query words; a document must match every query word, and
 * when none does, the documents matching most of them come back flagged as partial.
 */
export class SearchIndex {
  /** Sorted distinct folded words; a word's id is its position. */
  private words: string[] = [];
  /** Per word id: document × 8 + a bit per field it occurs in, documents ascending. */
  private postings: Uint32Array[] = [];
  /** Folded stem → ids of the words with that stem. */
  private stems = new Map<string, number[]>();
  private readonly wordKindCache = new Map<string, Map<number, number>>();
  /** All words joined by newlines, and where each starts in it: built on the first compound search. */
  private joined?: string;
  private starts?: Uint32Array;
  private readonly recent = new Map<string, TokenScores>();
  private recentLookup?: SynonymLookup;
  private fuzzyVocabularies = new WeakMap<SynonymLookup, string[]>();
  private readonly documentCount: number;

  private constructor(documentCount: number) {
    this.documentCount = documentCount;
  }

  /**
   * Builds the index in slices of `slice` documents, giving the thread back between them, so that
   * a large catalogue never freezes the page while it is indexed (a worker passes a large slice).
   */
  static async build(documents: readonly SearchDocument[] | ((index: number) => SearchDocument), count?: number, slice = 1000): Promise<SearchIndex> {
    const total = typeof documents === 'function' ? count! : documents.length;
    const index = new SearchIndex(total);
    const builder = new IndexBuilder();
    for (let start = 0; start < total; start += slice) {
      for (let i = start; i < Math.min(total, start + slice); i += 1) builder.add(i, typeof documents === 'function' ? documents(i) : documents[i]!);
      if (start + slice < total) await yieldToEventLoop();
    }
    ({ words: index.words, postings: index.postings, stems: index.stems } = builder.finish());
    return index;
  }

  /** Distinct words in the index. */
  get size() {
    return this.words.length;
  }

  /** Ids of the words beginning with `prefix`: [first, end). */
  private prefixRange(prefix: string): [number, number] {
    const lowerBound = (value: string) => {
      let low = 0;
      let high = this.words.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (this.words[mid]! < value) low = mid + 1;
        else high = mid;
      }
      return low;
    };
    const first = lowerBound(prefix);
    let end = first;
    while (end < this.words.length && this.words[end]!.startsWith(prefix)) end += 1;
    return [first, end];
  }

  /** Ids of the words that contain `part` as a later part of a compound. */
  private wordsContaining(part: string): number[] {
    // One search through all words joined by newlines is far faster than a search per word.
    if (this.joined === undefined) {
      this.starts = new Uint32Array(this.words.length);
      let at = 0;
      this.words.forEach((word, id) => {
        this.starts![id] = at;
        at += word.length + 1;
      });
      this.joined = this.words.join('\n');
    }
    const starts = this.starts!;
    const ids: number[] = [];
    for (let at = this.joined.indexOf(part); at >= 0; at = this.joined.indexOf(part, at + 1)) {
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (starts[mid]! <= at) low = mid;
        else high = mid - 1;
      }
      if (ids[ids.length - 1] !== low && isCompoundPart(this.words[low]!, part)) ids.push(low);
    }
    return ids;
  }

  /** Index words matching one word form, each with its best kind of match. */
  private wordKinds(word: WordForms, withPrefix: boolean): Map<number, number> {
    const key = `${word.folded} ${word.stem} ${withPrefix}`;
    const cached = this.wordKindCache.get(key);
    if (cached) return cached;
    const kinds = new Map<number, number>();
    const add = (id: number, kind: number) => kinds.set(id, Math.max(kinds.get(id) ?? 0, kind));
    if (withPrefix) {
      const [first, end] = this.prefixRange(word.folded);
      for (let id = first; id < end; id += 1) add(id, this.words[id] === word.folded ? EXACT : PREFIX);
    } else {
      const [first] = this.prefixRange(word.folded);
      if (this.words[first] === word.folded) add(first, EXACT);
    }
    for (const id of this.stems.get(word.stem) ?? []) add(id, STEM);
    if (word.stem.length >= MIN_PART) {
      const [first, end] = this.prefixRange(word.stem);
      for (let id = first; id < end; id += 1) add(id, STEM);
    }
    // A stem shorter than a word ("tans" of "tanssi") is too short a part: "koltansaame".
    const part = word.stem.length > MIN_PART ? word.stem : word.folded;
    if (part.length >= MIN_PART) for (const id of this.wordsContaining(part)) add(id, COMPOUND_PART);
    this.wordKindCache.set(key, kinds);
    if (this.wordKindCache.size > WORD_KINDS_KEPT) this.wordKindCache.delete(this.wordKindCache.keys().next().value!);
    return kinds;
  }

  /** Direct matches: per document, each field's best kind of match, weighted and summed. */
  private addDirect(scores: TokenScores, kinds: ReadonlyMap<number, number>) {
    const best = new Uint8Array(this.documentCount * FIELD_BITS);
    const touched: number[] = [];
    for (const [id, kind] of kinds) {
      for (const entry of this.postings[id]!) {
        const doc = entry >>> FIELD_BITS;
        const at = doc * FIELD_BITS;
        if (best[at] === 0 && best[at + 1] === 0 && best[at + 2] === 0) touched.push(doc);
        if (entry & 1 && kind > best[at]!) best[at] = kind;
        if (entry & 2 && kind > best[at + 1]!) best[at + 1] = kind;
        if (entry & 4 && kind > best[at + 2]!) best[at + 2] = kind;
      }
    }
    for (const doc of touched) {
      let score = 0;
      for (let field = 0; field < FIELD_BITS; field += 1) score += FIELD_WEIGHT[field]! * best[doc * FIELD_BITS + field]!;
      this.raise(scores, doc, score * DIRECT_SCALE);
    }
  }

  /**
   * Related words: every distinct index word they find adds its field weights, up to
   * RELATED_FULL; the sum is scaled to at most `max` and added to the document's score.
   */
  private addRelated(scores: TokenScores, wordIds: Iterable<number>, max: number) {
    const sum = new Uint8Array(this.documentCount);
    const touched: number[] = [];
    for (const id of wordIds) {
      for (const entry of this.postings[id]!) {
        const doc = entry >>> FIELD_BITS;
        if (sum[doc] === 0) touched.push(doc);
        sum[doc] = Math.min(RELATED_FULL, sum[doc]! + MASK_WEIGHT[entry & 7]!);
      }
    }
    for (const doc of touched) this.raise(scores, doc, (scores.score[doc] ?? 0) + Math.max(1, Math.round((max * sum[doc]!) / RELATED_FULL)));
  }

  private raise(scores: TokenScores, doc: number, score: number) {
    if (scores.score[doc] === 0) (scores.docs as number[]).push(doc);
    if (score > scores.score[doc]!) scores.score[doc] = score;
  }

  /** Index words found by the words related to `word`. */
  private relatedWordIds(related: readonly WordForms[]): Set<number> {
    const ids = new Set<number>();
    for (const member of related) for (const id of this.wordKinds(member, member.folded.length >= MIN_RELATED_PREFIX).keys()) ids.add(id);
    return ids;
  }

  private fuzzyVocabulary(lookup: SynonymLookup): string[] {
    let vocabulary = this.fuzzyVocabularies.get(lookup);
    if (!vocabulary) this.fuzzyVocabularies.set(lookup, (vocabulary = [...new Set([...this.words, ...lookup.words])]));
    return vocabulary;
  }

  /** Scores of the documents matching one query word. */
  private async scoresFor(raw: string, lookup: SynonymLookup, fuzzy: FuzzyWords | undefined): Promise<TokenScores> {
    const key = fuzzy ? `~${raw}` : raw;
    const known = this.recent.get(key);
    if (known) return known;
    const word = formsOf(raw);
    const scores: TokenScores = { docs: [], score: new Uint8Array(this.documentCount) };
    this.addDirect(scores, this.wordKinds(word, true));
    this.addRelated(scores, this.relatedWordIds(lookup.relatedTo(word)), RELATED_MAX);
    if (scores.docs.length === 0 && fuzzy && word.folded.length >= 3) {
      const typos = new Set(await fuzzy(word.folded, this.fuzzyVocabulary(lookup)));
      const ids = [...typos].map((match) => this.prefixRange(match)[0]).filter((id) => typos.has(this.words[id]!));
      const related = [...typos].flatMap((match) => lookup.relatedTo({ folded: match, stem: match }));
      this.addRelated(scores, ids, FUZZY_MAX);
      this.addRelated(scores, this.relatedWordIds(related), 1);
    }
    scores.docs = Uint32Array.from(scores.docs);
    this.recent.set(key, scores);
    if (this.recent.size > RECENT) this.recent.delete(this.recent.keys().next().value!);
    return scores;
  }

  /**
   * Documents matching every word of `query`, best first (ties keep `candidates`' order); when none
   * matches them all, the documents matching most of the words, flagged `partial`. Without a query,
   * all candidates in their order. `candidates` narrows the search (facets).
   */
  async find(query: string, candidates: readonly number[], options: FindOptions = {}): Promise<FindResult> {
    const tokens = [...new Set(rawWordsOf(query))].filter((raw) => foldForSearch(raw));
    if (tokens.length === 0) return { results: [...candidates], partial: false };
    const lookup = lookupFor(options.synonyms);
    if (lookup !== this.recentLookup) {
      this.recent.clear();
      this.recentLookup = lookup;
    }
    const perToken = await Promise.all(tokens.map((raw) => this.scoresFor(raw, lookup, options.fuzzy)));
    const all = this.rank(candidates, perToken, true);
    if (all.length > 0 || perToken.length === 1) return { results: all, partial: false };
    return { results: this.rank(candidates, perToken, false), partial: true };
  }

  /** Ranks candidates by summed score; `every` keeps only those matching every query word, else more words first. */
  private rank(candidates: readonly number[], perToken: readonly TokenScores[], every: boolean): number[] {
    const total = new Float64Array(this.documentCount);
    const walk = every ? [perToken.reduce((a, b) => (a.docs.length <= b.docs.length ? a : b))] : perToken;
    for (const { docs } of walk) {
      for (const doc of docs) {
        if (total[doc] !== 0) continue;
        let sum = 0;
        let matched = 0;
        for (const { score } of perToken) {
          if (score[doc]! > 0) matched += 1;
          else if (every) break;
          sum += score[doc]!;
        }
        total[doc] = every && matched < perToken.length ? -1 : matched * 10_000 + sum;
      }
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
