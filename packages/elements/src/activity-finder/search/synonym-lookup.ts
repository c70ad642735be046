import { formsOf, rawWordsOf, type WordForms } from './words.js';
import type { SynonymGroups } from './synonyms.js';

const MIN_STEM_PREFIX = 5;

/** Which groups a query word belongs to, by its folded form or its stem. */
export class SynonymLookup {
  private readonly groupsOf = new Map<string, WordForms[][]>();
  /** Every member's folded form, for typo matching of group words that are not in the catalogue. */
  readonly words: string[];

  constructor(groups: SynonymGroups) {
    const words = new Set<string>();
    for (const group of groups) {
      const members = group.flatMap((member) => rawWordsOf(member).slice(0, 1)).map(formsOf);
      for (const member of members) {
        words.add(member.folded);
        for (const key of new Set([member.folded, member.stem])) {
          const list = this.groupsOf.get(key) ?? [];
          if (!list.includes(members)) list.push(members);
          this.groupsOf.set(key, list);
        }
      }
    }
    this.words = [...words];
  }

  /**
   * The other members of every group `word` belongs to (each once; not its own inflections): by
   * its folded form, its stem, or — for stems of five letters or more, which the stemmer leaves
   * longer than the base form ("masentun" of "masentuneille") — members its stem begins.
   */
  relatedTo(word: WordForms): WordForms[] {
    const related = new Map<string, WordForms>();
    const keys = new Set([word.folded, word.stem]);
    if (word.stem.length >= MIN_STEM_PREFIX) for (const member of this.words) if (member.startsWith(word.stem)) keys.add(member);
    for (const key of keys) {
      for (const group of this.groupsOf.get(key) ?? []) {
        for (const member of group) if (member.folded !== word.folded && member.stem !== word.stem) related.set(member.folded, member);
      }
    }
    return [...related.values()];
  }
}
