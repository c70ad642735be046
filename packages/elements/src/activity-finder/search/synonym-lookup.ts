import { formsOf, rawWordsOf, type WordForms } from './words.js';
import type { SynonymGroups } from './synonyms.js';

const MIN_STEM_PREFIX = 5;

/** Which groups a query word belongs to, by its folded form or its stem. */
export class SynonymLookup {
  private readonly groupsOf = new Map<string, WordForms[][]>();
  /** Every member's folded form, for typo matching of group words that are not in the catalogue. */
  readonly words: string[];
  private readonly members: WordForms[] = [];

  constructor(groups: SynonymGroups) {
    const words = new Set<string>();
    for (const group of groups) {
      const members = group.flatMap((member) => rawWordsOf(member).slice(0, 1)).map(formsOf);
      for (const member of members) {
        words.add(member.folded);
        this.members.push(member);
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
   * its folded form or its stem; by members its stem begins, when it has five letters or more
   * (the stemmer leaves "masentun" of "masentuneille", which begins "masentunut"); and by members
   * whose stem of five letters or more begins its stem (a compound head: "kuoro" of
   * "kuorolaulu", "hiiht" of "hiihtämään").
   */
  relatedTo(word: WordForms): WordForms[] {
    const related = new Map<string, WordForms>();
    const keys = new Set([word.folded, word.stem]);
    for (const member of this.members) {
      if (word.stem.length >= MIN_STEM_PREFIX && member.folded.startsWith(word.stem)) keys.add(member.folded);
      if (member.stem.length >= MIN_STEM_PREFIX && word.stem.startsWith(member.stem)) keys.add(member.stem);
    }
    for (const key of keys) {
      for (const group of this.groupsOf.get(key) ?? []) {
        for (const member of group) if (member.folded !== word.folded && member.stem !== word.stem) related.set(member.folded, member);
      }
    }
    return [...related.values()];
  }
}
