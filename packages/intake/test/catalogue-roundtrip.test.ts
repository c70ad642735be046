import assert from 'node:assert/strict';
import { it } from 'node:test';
import fc from 'fast-check';
import { fromHsds, type Activity } from '@linkki/schema';
import { activity as anyActivity } from '../../schema/test/arbitraries.js';
import { serviceIdOf, toHsdsService } from '../src/catalogue/hsds-feed.js';

/**
 * Plain JSON with trimmed strings: the arbitraries make objects without a prototype, which strict
 * equality tells apart, and fromHsds trims text (the only change it makes to a carried string).
 */
const plain = (value: unknown) => JSON.parse(JSON.stringify(value ?? null), (_, v: unknown) => (typeof v === 'string' ? v.trim() : v));
const same = (actual: unknown, expected: unknown, what: string) => assert.deepEqual(plain(actual), plain(expected), what);

it('any valid activity comes back from its feed service through fromHsds with every carried field', () => {
  fc.assert(
    fc.property(anyActivity, (activity) => {
      const { activities, issues } = fromHsds([toHsdsService(activity, 'fi')]);
      const place = activity.location;
      // Accessibility features and transport travel with a place; an empty `location: {}` is none.
      const hasPlace = Boolean(place && (place.name || place.address || place.coordinates));
      assert.deepEqual(issues, []);
      const [back] = activities as [Activity];
      assert.equal(back.id, serviceIdOf(activity.id));
      const fi = (text: Record<string, string | undefined> | undefined) => text && (text.fi ?? Object.values(text).find((v) => v !== undefined));
      assert.equal(back.name.fi, fi(activity.name)?.trim());
      assert.equal(back.description?.fi, fi(activity.description)?.trim());
      same(back.organisation, activity.organisation, 'organisation');
      same(back.municipality, activity.municipality, 'municipality');
      same(back.categories, activity.categories.length ? activity.categories : ['meeting-place'], 'categories (none → meeting-place)');
      same([...back.attending].sort(), [...activity.attending].sort(), 'attending, in any order');
      same(back.languages, activity.languages, 'languages');
      same(back.cost.free, activity.cost.free, 'free');
      assert.equal(back.cost.text?.fi, fi(activity.cost.text)?.trim());
      same(back.audience ?? {}, activity.audience ?? {}, 'audience');
      same(back.contact ?? {}, activity.contact ?? {}, 'contact');
      assert.equal(back.checked, activity.checked);
      same(back.schedule?.rules ?? [], activity.schedule?.rules ?? [], 'schedule rules');
      assert.equal(back.schedule?.text?.fi, fi(activity.schedule?.text)?.trim());
      same([back.schedule?.validFrom, back.schedule?.validTo], [activity.schedule?.validFrom, activity.schedule?.validTo], 'validity');
      same([...(back.accessibility?.features ?? [])].sort(), hasPlace ? [...(activity.accessibility?.features ?? [])].sort() : [], 'accessibility features');
      if (hasPlace) {
        assert.equal(back.location?.name, place!.name?.trim());
        assert.equal(back.location?.address?.street, place!.address?.street?.trim());
        assert.equal(back.location?.address?.postalCode, place!.address?.postalCode);
        assert.equal(back.location?.address?.city, place!.address?.city?.trim());
        same(back.location?.coordinates, place!.coordinates, 'coordinates');
        assert.equal(back.transport?.fi, fi(activity.transport)?.trim());
      }
    }),
    { numRuns: 500 },
  );
});
