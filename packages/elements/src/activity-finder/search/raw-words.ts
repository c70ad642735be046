// Apart from words.ts so that the engine can tell a query with words from one without before it has
// loaded the search code (and the Finnish stemmer words.ts brings).

/** Lower-case words of a text, with their diacritics, apostrophes and Skolt primes kept. */
export const rawWordsOf = (text: string): string[] => text.normalize('NFC').toLowerCase().split(/[^\p{L}\p{N}\p{M}'\u2019\u02B9\u02BC\u02C8\u00B4`]+/u).filter(Boolean);
