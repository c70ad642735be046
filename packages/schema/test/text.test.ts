import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareText, foldForSearch } from '../src/index.js';

describe('foldForSearch', () => {
  it('lets people search without diacritics, strokes or apostrophes', () => {
    assert.equal(foldForSearch('Käsityöpiiri'), 'kasityopiiri');
    assert.equal(foldForSearch('Anár'), 'anar');
    assert.equal(foldForSearch('Aanaar'), 'aanaar');
    assert.equal(foldForSearch('Soađegilli'), 'soadegilli');
    assert.equal(foldForSearch('Čeavetjávri'), 'ceavetjavri');
    assert.equal(foldForSearch('Ŋuoltt'), 'nuoltt');
    assert.equal(foldForSearch("pue'rrvääjjamvu'vdd"), 'puerrvaajjamvuvdd');
    assert.equal(foldForSearch('pueʹrrvääʹjjamvuʹvdd'), 'puerrvaajjamvuvdd');
    assert.equal(foldForSearch('ǩiõll ʒ ǯ ǥ ǧ ŧ'), 'kioll z z g g t');
  });

  it('is the same for composed and decomposed input', () => {
    assert.equal(foldForSearch('a\u0301'), foldForSearch('á'));
  });
});

describe('compareText', () => {
  it('sorts Northern Sami letters as letters of their own', () => {
    const words = ['Dálvi', 'Čuođi', 'Cuoŋo', 'Áhkku', 'Beaivi', 'Ahkku', 'Žuvvi', 'Zeta', 'Šaddu', 'Sáddu'];
    assert.deepEqual([...words].sort(compareText('se')), ['Ahkku', 'Áhkku', 'Beaivi', 'Cuoŋo', 'Čuođi', 'Dálvi', 'Sáddu', 'Šaddu', 'Zeta', 'Žuvvi']);
  });

  it('sorts Skolt Sami ʒ and ǯ after č, and ignores the prime', () => {
    const words = ['dommšed', 'ǯiõʹll', 'ʒeʹǩǩ', 'čuäʹjj', 'cäkka'];
    assert.deepEqual([...words].sort(compareText('sms')), ['cäkka', 'čuäʹjj', 'ʒeʹǩǩ', 'ǯiõʹll', 'dommšed']);
  });

  it('sorts Finnish å ä ö after z', () => {
    assert.deepEqual(['Ähtäri', 'Aura', 'Öja', 'Zeta'].sort(compareText('fi')), ['Aura', 'Zeta', 'Ähtäri', 'Öja']);
  });
});
