/**
 * The Snowball Finnish stemmer (https://snowballstem.org/algorithms/finnish/stemmer.html), ported
 * by hand from its Snowball source: removes particles, possessive suffixes, case endings, plural
 * markers and comparative forms, then tidies the stem — `älylaitteisiin` and `älylaitteet` both
 * become `älylait`, `kuoroon` becomes `kuoro`. Expects one lower-case word with ä and ö intact;
 * checked against Snowball's own 50 000-word test vocabulary (test/node/search-stemmer.test.ts).
 */

const V1 = 'aeiouyäö';
const V2 = 'aeiouäö';
const C = 'bcdfghjklmnpqrstvwxz';
const PARTICLE_END = V1 + 'nt';
const LONG = ['aa', 'ee', 'ii', 'oo', 'uu', 'ää', 'öö'];

const isIn = (letters: string, ch: string | undefined) => ch !== undefined && ch !== '' && letters.includes(ch);

/** R1 and R2: after the first non-vowel that follows a vowel, once and again. */
function regions(word: string): [number, number] {
  const after = (from: number) => {
    let i = from;
    while (i < word.length && !isIn(V1, word[i])) i += 1;
    while (i < word.length && isIn(V1, word[i])) i += 1;
    return i < word.length ? i + 1 : word.length;
  };
  const p1 = after(0);
  return [p1, after(p1)];
}

/**
 * Snowball's `among`: the longest of `suffixes` that ends the word and starts at or after
 * `limit`, whose condition (if any) holds at its start; a failing condition falls back to a
 * shorter suffix of the list.
 */
function longestSuffix(word: string, suffixes: readonly string[], limit: number, holds: (suffix: string, start: number) => boolean = () => true) {
  let found: string | undefined;
  for (const suffix of suffixes) {
    const start = word.length - suffix.length;
    if (start >= limit && word.endsWith(suffix) && (!found || suffix.length > found.length) && holds(suffix, start)) found = suffix;
  }
  return found;
}

const endsLong = (word: string, end = word.length) => LONG.includes(word.slice(end - 2, end));
/** A vowel `i` after a V2 vowel, just before `end`. */
const endsVI = (word: string, end: number) => word[end - 1] === 'i' && isIn(V2, word[end - 2]);

/** Clitic particles (-kin, -kaan, -ko, -han, -pa) and the adverb ending -sti. */
function particle(word: string, p1: number, p2: number): string {
  const suffix = longestSuffix(word, ['kin', 'kaan', 'kään', 'ko', 'kö', 'han', 'hän', 'pa', 'pä', 'sti'], p1);
  if (!suffix) return word;
  const start = word.length - suffix.length;
  const ok = suffix === 'sti' ? p2 <= start : isIn(PARTICLE_END, word[start - 1]);
  return ok ? word.slice(0, start) : word;
}

/** Possessive suffixes (-ni, -si, -nsa, -mme, -nne, and -Vn after a case ending). */
function possessive(word: string, p1: number): string {
  const suffix = longestSuffix(word, ['si', 'ni', 'nsa', 'nsä', 'mme', 'nne', 'an', 'än', 'en'], p1);
  if (!suffix) return word;
  const stem = word.slice(0, word.length - suffix.length);
  switch (suffix) {
    case 'si':
      return stem.endsWith('k') ? word : stem; // -ksi is the translative, not -k + -si
    case 'ni':
      return stem.endsWith('kse') ? stem.slice(0, -3) + 'ksi' : stem;
    case 'an':
      return ['ta', 'ssa', 'sta', 'lla', 'lta', 'na'].some((ending) => stem.endsWith(ending)) ? stem : word;
    case 'än':
      return ['tä', 'ssä', 'stä', 'llä', 'ltä', 'nä'].some((ending) => stem.endsWith(ending)) ? stem : word;
    case 'en':
      return stem.endsWith('lle') || stem.endsWith('ine') ? stem : word;
    default:
      return stem;
  }
}

const CASE_ENDINGS = ['han', 'hen', 'hin', 'hon', 'hän', 'hön', 'siin', 'seen', 'den', 'tten', 'n', 'a', 'ä', 'tta', 'ttä', 'ta', 'tä', 'ssa', 'ssä', 'sta', 'stä', 'lla', 'llä', 'lta', 'ltä', 'lle', 'na', 'nä', 'ksi', 'ine'];

/** Case endings; `undefined` when none was removed. */
function caseEnding(word: string, p1: number): string | undefined {
  const suffix = longestSuffix(word, CASE_ENDINGS, p1, (candidate, start) => {
    if (candidate === 'siin' || candidate === 'den' || candidate === 'tten') return endsVI(word, start);
    if (candidate === 'seen') return endsLong(word, start);
    return true;
  });
  if (!suffix) return undefined;
  let start = word.length - suffix.length;
  const before = word[start - 1];
  if (suffix.length === 3 && suffix[0] === 'h' && suffix !== 'hen') {
    if (before !== suffix[1]) return undefined; // illative -hVn repeats its vowel
  } else if (suffix === 'hen' || suffix === 'tta' || suffix === 'ttä') {
    if (before !== 'e') return undefined;
  } else if (suffix === 'a' || suffix === 'ä') {
    if (!isIn(V1, before) || !isIn(C, word[start - 2])) return undefined;
  } else if (suffix === 'n' && start > 0 && (endsLong(word, start) || word.slice(start - 2, start) === 'ie')) {
    start -= 1; // illative -Vn after a long vowel, genitive -ien: remove the vowel too
  }
  return word.slice(0, start);
}

/** Comparative and superlative forms, agent -eja. */
function otherEndings(word: string, p2: number): string {
  const suffix = longestSuffix(word, ['mpi', 'mpa', 'mpä', 'mmi', 'mma', 'mmä', 'impi', 'impa', 'impä', 'immi', 'imma', 'immä', 'eja', 'ejä'], p2);
  if (!suffix) return word;
  const stem = word.slice(0, word.length - suffix.length);
  return suffix.length === 3 && suffix[0] === 'm' && stem.endsWith('po') ? word : stem;
}

/** Plural -i- / -j- left behind once a case ending went. */
function iPlural(word: string, p1: number): string {
  return longestSuffix(word, ['i', 'j'], p1) ? word.slice(0, -1) : word;
}

/** Nominative plural -t, and -mma- before it. */
function tPlural(word: string, p1: number, p2: number): string {
  const t = word.length - 1;
  if (!(t - 1 >= p1 && word[t] === 't' && isIn(V1, word[t - 1]))) return word;
  const stem = word.slice(0, t);
  const suffix = longestSuffix(stem, ['mma', 'imma'], p2);
  if (!suffix) return stem;
  const shorter = stem.slice(0, stem.length - suffix.length);
  return suffix === 'mma' && shorter.endsWith('po') ? stem : shorter;
}

/** Undoubles a final long vowel, drops a final a/ä/e/i after a consonant, -j after o/u, -o after j; undoubles the last consonant. */
function tidy(word: string, p1: number): string {
  if (word.length < p1) return word;
  let w = word;
  const last = () => w[w.length - 1];
  const beforeLast = () => (w.length - 2 >= p1 ? w[w.length - 2] : undefined);
  if (w.length - 2 >= p1 && endsLong(w)) w = w.slice(0, -1);
  if (w.length - 1 >= p1 && isIn('aäei', last()) && isIn(C, beforeLast())) w = w.slice(0, -1);
  if (w.length - 1 >= p1 && last() === 'j' && isIn('ou', beforeLast())) w = w.slice(0, -1);
  if (w.length - 1 >= p1 && last() === 'o' && beforeLast() === 'j') w = w.slice(0, -1);
  let k = w.length - 1;
  while (k >= 0 && isIn(V1, w[k])) k -= 1;
  if (k >= 1 && isIn(C, w[k]) && w[k - 1] === w[k]) w = w.slice(0, k) + w.slice(k + 1);
  return w;
}

/** The Snowball Finnish stem of one lower-case word. */
export function finnishStem(word: string): string {
  const [p1, p2] = regions(word);
  let w = possessive(particle(word, p1, p2), p1);
  const cased = caseEnding(w, p1);
  w = otherEndings(cased ?? w, p2);
  w = cased !== undefined ? iPlural(w, p1) : tPlural(w, p1, p2);
  return tidy(w, p1);
}
