import { foldForSearch } from '@linkki/schema';
import type { SearchDocument } from './search-document.js';
import { formsOf, rawWordsOf } from './words.js';

/** How much a match in each field counts: name, context, description (a word in several adds up). */
export const FIELD_WEIGHT = [3, 2, 1];
/** Postings hold document × 8 + a bit per field the word occurs in. */
export const FIELD_BITS = 3;
const FIELDS = [1, 2, 4];
/** Summed field weights of each combination of field bits. */
export const MASK_WEIGHT = Array.from({ length: 8 }, (_, mask) => FIELDS.reduce((sum, bit, field) => (mask & bit ? sum + FIELD_WEIGHT[field]! : sum), 0));

/** The packed word index: sorted folded words, their postings, and stems. */
export interface Postings {
  /** Sorted distinct folded words; a word's id is its position. */
  words: string[];
  /** Per word id: document × 8 + a bit per field it occurs in, documents ascending. */
  postings: Uint32Array[];
  /** Folded stem → ids of the words with that stem. */
  stems: Map<string, number[]>;
}

/** Collects words and postings while documents are added; packs them when done. */
export class IndexBuilder {
  /** Lower-case word as written → builder word number (many spellings fold to one word). */
  private readonly rawIds = new Map<string, number>();
  private readonly foldedIds = new Map<string, number>();
  private readonly folded: string[] = [];
  private readonly lists: number[][] = [];

  add(doc: number, document: SearchDocument) {
    [document.name, document.context, document.description].forEach((text, field) => {
      const bit = FIELDS[field]!;
      for (const raw of rawWordsOf(text)) {
        let id = this.rawIds.get(raw);
        if (id === undefined) {
          const folded = foldForSearch(raw);
          if (!folded) continue;
          id = this.foldedIds.get(folded);
          if (id === undefined) {
            id = this.folded.push(folded) - 1;
            this.lists.push([]);
            this.foldedIds.set(folded, id);
          }
          this.rawIds.set(raw, id);
        }
        const list = this.lists[id]!;
        const last = list[list.length - 1];
        if (last !== undefined && last >>> FIELD_BITS === doc) list[list.length - 1] = last | bit;
        else list.push(doc * 8 + bit);
      }
    });
  }

  /** The sorted words, packed postings and stems. */
  finish(): Postings {
    const words: string[] = [];
    const postings: Uint32Array[] = [];
    const stems = new Map<string, number[]>();
    const order = this.folded.map((_, id) => id).sort((a, b) => (this.folded[a]! < this.folded[b]! ? -1 : 1));
    const position = new Uint32Array(order.length);
    order.forEach((id, at) => {
      position[id] = at;
      words.push(this.folded[id]!);
      postings.push(Uint32Array.from(this.lists[id]!));
    });
    for (const [raw, id] of this.rawIds) {
      const stem = formsOf(raw).stem;
      const list = stems.get(stem) ?? stems.set(stem, []).get(stem)!;
      if (!list.includes(position[id]!)) list.push(position[id]!);
    }
    return { words, postings, stems };
  }
}
