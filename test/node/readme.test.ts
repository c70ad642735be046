import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
// @ts-expect-error -- a plain .mjs script without type declarations
import { renderReadme } from '../../scripts/translation-status.mjs';

describe('README', () => {
  it('shows the current translation status (run `node scripts/translation-status.mjs --write`)', () => {
    const readme = readFileSync('README.md', 'utf8');
    const status = JSON.parse(readFileSync('packages/schema/src/codes/translation-status.json', 'utf8'));
    assert.equal(renderReadme(readme, status), readme);
  });

  it('documents every script it names', () => {
    const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;
    const readme = readFileSync('README.md', 'utf8');
    for (const [, name] of readme.matchAll(/npm run ([\w:-]+)/g)) assert.ok(name! in scripts, `npm run ${name}`);
  });
});
