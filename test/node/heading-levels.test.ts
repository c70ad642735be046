import assert from 'node:assert/strict';
import { test } from 'node:test';
import { headingLevels } from '../../packages/elements/src/shared/heading.js';

test('with the title shown, sections sit one level below the title', () => {
  assert.deepEqual(headingLevels(2, false), { title: 2, section: 3 });
  assert.deepEqual(headingLevels(1, false), { title: 1, section: 2 });
});

test('with hide-title, sections start at heading-level itself', () => {
  assert.deepEqual(headingLevels(2, true), { title: 2, section: 2 });
  assert.deepEqual(headingLevels(4, true), { title: 4, section: 4 });
});

test('levels clamp to 1–6 and fall back to 2 for a missing level', () => {
  assert.deepEqual(headingLevels(6, false), { title: 6, section: 6 });
  assert.deepEqual(headingLevels(9, true), { title: 6, section: 6 });
  assert.deepEqual(headingLevels(-1, false), { title: 1, section: 2 });
  assert.deepEqual(headingLevels(Number.NaN, false), { title: 2, section: 3 });
  assert.deepEqual(headingLevels(2.6, true), { title: 3, section: 3 });
});
