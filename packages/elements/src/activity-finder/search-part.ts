// The search half of the finder's engine, in a chunk of its own: the engine shows the first results
// (the catalogue in name order) without it, and loads it right after them (finder-engine.ts), so
// its download does not hold up the first results on a slow connection.
export { fuzzyWords } from './fuzzy-words.js';
export { SearchIndex } from './search-index.js';
export { searchDocumentOf } from './search/search-document.js';
