import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
// @ts-expect-error -- a plain .mjs script without type declarations
import { elementTheming, tables, tokenRows } from '../../scripts/theming-table.mjs';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

test("README's Theming tables are the ones generated from tokens.ts and the elements' JSDoc", () => {
  const generated: string = tables();
  assert.ok(readme.includes(generated), 'README.md is out of date: run node scripts/theming-table.mjs --write');
});

test('every --linkki-* token in tokens.ts is in the table with its default, and each element lists its parts', () => {
  const tokens = readFileSync(new URL('../../packages/elements/src/shared/tokens.ts', import.meta.url), 'utf8');
  const names = [...tokens.matchAll(/var\((--linkki-[\w-]+),/g)].map((m) => m[1]);
  const rows: { name: string; fallback: string }[] = tokenRows();
  assert.deepEqual(rows.map((r) => r.name), names);
  assert.equal(rows.find((r) => r.name === '--linkki-target-size')?.fallback, '44px');
  const elements: { tag: string; parts: unknown[] }[] = elementTheming();
  assert.ok(elements.some((e) => e.tag === 'linkki-case-timeline' && e.parts.length > 10));
  for (const element of elements) assert.ok(element.parts.length > 0, `${element.tag} has parts`);
});
