import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { ELEMENT_EVENTS } from '../../packages/elements/src/shared/events.js';

/**
 * The event contract as hosts see it: `custom-elements.json` (generated from the elements' `@fires`
 * by `npm run manifest` or the build) against `ELEMENT_EVENTS` in shared/events.ts, which
 * `HTMLElementEventMap` and `@linkki/react` are built from.
 */
interface ManifestEvent {
  name: string;
  type?: { text: string };
  description?: string;
}
interface Declaration {
  tagName?: string;
  customElement?: boolean;
  events?: ManifestEvent[];
}
const manifest = JSON.parse(readFileSync('packages/elements/custom-elements.json', 'utf8')) as { modules: { declarations?: Declaration[] }[] };
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName?.startsWith('linkki-'));
const linkkiEvents = (d: Declaration) => (d.events ?? []).filter((e) => e.name.startsWith('linkki-'));

describe('event contract', () => {
  it('custom-elements.json lists, for every element, exactly the events of ELEMENT_EVENTS', () => {
    assert.deepEqual(elements.map((d) => d.tagName).sort(), Object.keys(ELEMENT_EVENTS).sort());
    for (const d of elements) {
      const listed = linkkiEvents(d).map((e) => e.name).sort();
      assert.deepEqual(listed, [...ELEMENT_EVENTS[d.tagName as keyof typeof ELEMENT_EVENTS]].sort(), d.tagName);
    }
  });

  it('gives every event a CustomEvent type, the same for a name wherever it is fired', () => {
    const typeOf = new Map<string, string>();
    for (const d of elements) {
      for (const event of linkkiEvents(d)) {
        const type = event.type?.text;
        assert.match(type ?? '', /^CustomEvent<\w+>$/, `${d.tagName} ${event.name}`);
        assert.equal(typeOf.get(event.name) ?? type, type, `${event.name} has two types`);
        typeOf.set(event.name, type!);
      }
    }
    assert.equal(typeOf.get('linkki-error'), 'CustomEvent<LinkkiErrorDetail>');
  });

  it('names facts in the past tense and only cancelable intentions in the base form (STYLE §4)', () => {
    for (const d of elements) {
      for (const event of linkkiEvents(d)) {
        const cancelable = /\bcancelable\b/i.test(event.description ?? '');
        const fact = /ed$/.test(event.name) || event.name === 'linkki-error';
        assert.equal(cancelable, !fact, `${d.tagName} ${event.name}: ${cancelable ? 'cancelable but named as a fact' : 'a fact not in the past tense'}`);
      }
    }
  });
});
