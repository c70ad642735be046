import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { SAMI_LANGUAGES, validateCatalogue } from '@linkki/schema';
import { makeCatalogue } from '../../scripts/catalogue-generator.mjs';

describe('the sample catalogue', () => {
  const catalogue = JSON.parse(readFileSync('examples/data/catalogue.json', 'utf8'));

  it('is valid, has at least 200 activities across at least 8 Lapland municipalities, some in Sami', () => {
    assert.equal(validateCatalogue(catalogue).ok, true);
    assert.ok(catalogue.activities.length >= 200);
    assert.ok(new Set(catalogue.activities.map((a: { municipality: string }) => a.municipality)).size >= 8);
    const sami = catalogue.activities.filter((a: { languages: string[] }) => a.languages.some((l) => (SAMI_LANGUAGES as readonly string[]).includes(l)));
    assert.ok(sami.length >= 5);
  });

  it('is what the generator makes (regenerate with node scripts/catalogue-generator.mjs)', () => {
    assert.deepEqual(catalogue, makeCatalogue(catalogue.activities.length));
  });

  it('uses only fictional contact data: 040 000 numbers and .example addresses', () => {
    for (const a of catalogue.activities) {
      if (a.contact?.phone) assert.match(a.contact.phone, /^040 000 \d{4}$/);
      if (a.contact?.email) assert.match(a.contact.email, /\.example$/);
      if (a.organisation.url) assert.match(a.organisation.url, /^https:\/\/[a-z-]+\.example\//);
    }
  });
});
