import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Activity } from '@linkki/schema';
import { activityCategory as fiCategories } from '@linkki/schema/labels/fi';
import { activityCategory as seCategories } from '@linkki/schema/labels/se';
import { searchDocumentOf } from '../../packages/elements/src/activity-finder/search/search-document.js';
import { fuzzyWords } from '../../packages/elements/src/activity-finder/fuzzy-words.js';
import { SearchIndex, type SearchDocument } from '../../packages/elements/src/activity-finder/search-index.js';
import { rawWordsOf } from '../../packages/elements/src/activity-finder/search/words.js';
import { SYNONYMS } from '../../packages/elements/src/activity-finder/search/synonyms.js';

const doc = (name: string, context = '', description = ''): SearchDocument => ({ name, context, description });
const indexOf = (documents: SearchDocument[]) => SearchIndex.build(documents);
const all = (documents: readonly unknown[]) => documents.map((_, i) => i);
const names = async (documents: SearchDocument[], query: string, options?: Parameters<SearchIndex['find']>[2]) => {
  const index = await indexOf(documents);
  const { results } = await index.find(query, all(documents), options);
  return results.map((i) => documents[i]!.name);
};

describe('SearchIndex.find', () => {
  it('ranks the same word, a word it begins, the same stem, a compound part, a related word', async () => {
    const documents = [
      doc('Kuorolaulu'), // begins with the query word
      doc('Sekakuoro'), // compound part
      doc('Lauluryhmä'), // related word (kuoro ↔ laulu)
      doc('Kuoroon mukaan'), // same stem
      doc('Kuoro'), // the word itself
      doc('Pilkkiporukka'), // nothing
    ];
    assert.deepEqual(await names(documents, 'kuoro'), ['Kuoro', 'Kuorolaulu', 'Kuoroon mukaan', 'Sekakuoro', 'Lauluryhmä']);
  });

  it('weighs a name above the context above the description, and adds fields up', async () => {
    const documents = [doc('Kahvila', '', ''), doc('Ilta', 'kahvila', ''), doc('Ilta', '', 'kahvila'), doc('Kahvila', 'kahvila', 'kahvila')];
    const index = await indexOf(documents);
    assert.deepEqual((await index.find('kahvila', all(documents))).results, [3, 0, 1, 2]);
  });

  it('meets inflected Finnish forms through their stem, in the query and in the text', async () => {
    const documents = [doc('Älylaitteisiin tutustuminen'), doc('Kirjastossa'), doc('Tanssiin')];
    assert.deepEqual(await names(documents, 'älylaitteet'), ['Älylaitteisiin tutustuminen']);
    assert.deepEqual(await names(documents, 'kirjasto'), ['Kirjastossa']);
    assert.deepEqual(await names(documents, 'tanssi'), ['Tanssiin']);
  });

  it('finds a compound part after a word-like beginning, not inside any word', async () => {
    const documents = [doc('Sauvakävelyporukka'), doc('Vertaistukiryhmä'), doc('Koltansaamenkielinen kahvila'), doc('Ilta')];
    assert.deepEqual(await names(documents, 'kävely'), ['Sauvakävelyporukka']);
    assert.deepEqual(await names(documents, 'tuki'), ['Vertaistukiryhmä']);
    // "tanssi" is not a part of "koltansaamenkielinen", though "tans" is inside it.
    assert.deepEqual(await names(documents, 'tanssi'), []);
    // Parts of fewer than four letters are not looked for inside words.
    assert.deepEqual(await names([doc('Lauluilta')], 'ilt'), []);
  });

  it('folds diacritics and apostrophes: Sami text is found typed without them', async () => {
    const documents = [doc('Sámegiel lávlunehket'), doc('Sääʹmǩiõl kaaʹfferaajj'), doc('Anarâškielâ piirâ')];
    assert.deepEqual(await names(documents, 'lavlun'), ['Sámegiel lávlunehket']);
    assert.deepEqual(await names(documents, 'saamkiol'), ['Sääʹmǩiõl kaaʹfferaajj']);
    assert.deepEqual(await names(documents, 'anaraskiela'), ['Anarâškielâ piirâ']);
  });

  it('finds related words of the built-in groups both ways, and the embedder’s groups', async () => {
    const documents = [doc('Surevien vertaistukiryhmä'), doc('Digitupa', 'Digituki', 'Apua tabletin käyttöön'), doc('Tuolijumppa')];
    assert.deepEqual(await names(documents, 'suru'), ['Surevien vertaistukiryhmä']);
    assert.deepEqual(await names(documents, 'kännykkä'), ['Digitupa']);
    assert.deepEqual(await names(documents, 'sami'), []);
    assert.deepEqual(await names([doc('Sámi kultuvra')], 'saame'), ['Sámi kultuvra']);
    assert.deepEqual(await names(documents, 'venyttely'), []);
    assert.deepEqual(await names(documents, 'venyttely', { synonyms: [['venyttely', 'jumppa']] }), ['Tuolijumppa']);
  });

  it('tries typos only when a word matches nothing otherwise', async () => {
    const documents = [doc('Vesijumppa'), doc('Kuoro'), doc('Kuorko ry')];
    assert.deepEqual(await names(documents, 'vesijunppa', { fuzzy: fuzzyWords }), ['Vesijumppa']);
    assert.deepEqual(await names(documents, 'kuorko', { fuzzy: fuzzyWords }), ['Kuorko ry']);
    assert.deepEqual(await names([doc('Sauvakävelyporukka')], 'sauvakävly', { fuzzy: fuzzyWords }), ['Sauvakävelyporukka']);
    assert.deepEqual(await names([doc('Sauvakävelyporukka')], 'sauvakävly'), []);
  });

  it('requires every word; when none has them all, returns the best partial matches, flagged', async () => {
    const documents = [doc('Kuoro', 'Rovaniemi'), doc('Kuoro', 'Tornio'), doc('Bingo', 'Rovaniemi'), doc('Kahvila', 'Kemi')];
    const index = await indexOf(documents);
    assert.deepEqual(await index.find('kuoro rovaniemi', all(documents)), { results: [0], partial: false });
    // No bingo in Tornio: the activities with both of the other words come first, then one word.
    assert.deepEqual(await index.find('kuoro bingo tornio', all(documents)), { results: [1, 0, 2], partial: true });
    assert.deepEqual(await index.find('xyzzy', all(documents)), { results: [], partial: false });
  });

  it('keeps the candidates’ order for equal scores, searches only candidates, and returns them all without a query', async () => {
    const documents = [doc('Kuoro A'), doc('Kuoro B'), doc('Kuoro C')];
    const index = await indexOf(documents);
    assert.deepEqual((await index.find('kuoro', [2, 0, 1])).results, [2, 0, 1]);
    assert.deepEqual((await index.find('kuoro', [1])).results, [1]);
    assert.deepEqual(await index.find('  ', [2, 1]), { results: [2, 1], partial: false });
    assert.deepEqual((await index.find('kuoro', [1, 2])).results, [1, 2]);
  });

  it('builds from a function in slices as from an array', async () => {
    const documents = Array.from({ length: 25 }, (_, i) => doc(`Ryhmä ${i}`, i % 2 ? 'Kemi' : 'Tornio'));
    const sliced = await SearchIndex.build((i) => documents[i]!, documents.length, 4);
    const whole = await SearchIndex.build(documents);
    assert.deepEqual(await sliced.find('kemi', all(documents)), await whole.find('kemi', all(documents)));
    assert.equal(sliced.size, whole.size);
  });
});

describe('fuzzyWords', () => {
  it('finds one typo in a short word and two in a long one, swaps included', async () => {
    const words = ['kuoro', 'digitupa', 'lukupiiri', 'tanssiaiset', 'kasi'];
    assert.deepEqual(await fuzzyWords('kuorro', words), ['kuoro']);
    assert.deepEqual(await fuzzyWords('digitpua', words), ['digitupa']);
    assert.deepEqual(await fuzzyWords('lukpiri', words), ['lukupiiri']);
    assert.deepEqual(await fuzzyWords('tanssaset', words), ['tanssiaiset']);
    assert.deepEqual(await fuzzyWords('kasvi', words), ['kasi']);
    assert.deepEqual(await fuzzyWords('xyz', words), []);
  });
});

describe('synonym groups', () => {
  it('are one word each, at least two per group, no word twice in a group', () => {
    assert.ok(SYNONYMS.length >= 40 && SYNONYMS.length <= 80, `${SYNONYMS.length} groups`);
    for (const group of SYNONYMS) {
      assert.ok(group.length >= 2, group.join(' '));
      assert.equal(new Set(group).size, group.length, group.join(' '));
      for (const word of group) assert.deepEqual(rawWordsOf(word), [word.toLowerCase()], word);
    }
  });

  it('carry Northern Sami words for the activities people ask for most', () => {
    const together = (a: string, b: string) => SYNONYMS.some((group) => group.includes(a) && group.includes(b));
    for (const [finnish, sami] of [['kuoro', 'koarra'], ['suru', 'moraš'], ['käsityö', 'duodji'], ['kävely', 'vázzin'], ['saame', 'sámi'], ['yksinäinen', 'oktonas'], ['kirjasto', 'girjerádju']] as const) {
      assert.ok(together(finnish, sami), `${finnish} ↔ ${sami}`);
    }
  });
});

describe('searchDocumentOf', () => {
  it('gives the name and description in every language, and organisation, categories and places as context', () => {
    const demo = JSON.parse(readFileSync('examples/data/catalogue.json', 'utf8')) as { activities: Activity[] };
    const activity = demo.activities.find((a) => a.id === '890-saamenkielinen-lauluilta-utsjoki-3')!;
    const document = searchDocumentOf(activity, 'se', [seCategories, fiCategories]);
    assert.equal(document.name, 'Saamenkielinen lauluilta, Utsjoki Sámegiel lávlunehket');
    assert.equal(document.description, 'Lauletaan yhdessä saameksi ja suomeksi. Lávlut ovttas sámegillii.');
    for (const part of ['Utsjokin saamelaisyhdistys', seCategories.music, fiCategories.music, fiCategories['sami-culture'], 'Utsjokin kylätalo', 'Utsjoki', 'Ohcejohka']) {
      assert.ok(document.context.includes(part), part);
    }
  });
});
