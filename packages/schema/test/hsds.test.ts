import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fromHsds, isHsds } from '../src/index.js';

const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`./fixtures/hsds/${name}`, import.meta.url), 'utf8'));

describe('HSDS 3.0 input', () => {
  it('recognises HSDS services, paginated or as an array, and not a Linkki catalogue', () => {
    assert.equal(isHsds(fixture('openreferral-service-list.json')), true);
    assert.equal(isHsds(fixture('lapland-services.json')), true);
    assert.equal(isHsds({ activities: [] }), false);
    assert.equal(isHsds([{ id: 'x', name: { fi: 'Kuoro' }, organisation: { name: 'Y' } }]), false);
    assert.equal(isHsds(null), false);
  });

  it("maps the Open Referral specification's paginated list example", () => {
    const { activities, issues } = fromHsds(fixture('openreferral-service-list.json'), { language: 'en', defaultMunicipality: '698' });
    assert.deepEqual(issues, []);
    assert.equal(activities.length, 1);
    assert.deepEqual(activities[0]!.name, { en: 'Community Counselling' });
    assert.deepEqual(activities[0]!.audience, { minAge: 12, maxAge: 100 });
  });

  it("maps the Open Referral specification's full service example without loss of the fields we use", () => {
    const { activities, issues } = fromHsds([fixture('openreferral-service-full.json')], { language: 'en', defaultMunicipality: '698' });
    assert.deepEqual(issues, []);
    const [counselling] = activities;
    assert.equal(counselling!.id, 'ac148810-d857-441c-9679-408f346de14b');
    assert.deepEqual(counselling!.name, { en: 'Community Counselling' });
    assert.match(counselling!.description!.en!, /Counselling Services provided by trained professionals/);
    assert.equal(counselling!.organisation.name, 'Example Organization Inc.');
    assert.equal(counselling!.organisation.url, 'http://example.com');
    assert.equal(counselling!.municipality, '698', 'MyCity is not in Lapland: the default applies');
    assert.equal(counselling!.location?.name, 'MyCity Civic Center');
    assert.equal(counselling!.location?.coordinates, undefined, 'latitude 100 is out of range and left out');
    assert.deepEqual(counselling!.schedule?.rules?.slice(0, 2), [
      { frequency: 'weekly', weekday: 4, start: '10:00', end: '18:00' },
      { frequency: 'weekly', weekday: 5, start: '10:00', end: '18:00' },
    ]);
    assert.equal(counselling!.schedule?.validFrom, '2005-01-01');
    assert.equal(counselling!.cost.free, false);
    assert.match(counselling!.cost.text!.en!, /35 GBP per 1 hour session/);
    assert.deepEqual(counselling!.attending, ['in-person', 'remote-video']);
    assert.deepEqual(counselling!.accessibility?.features, ['step-free', 'hearing-loop']);
    assert.deepEqual(counselling!.languages, ['en'], 'Urdu is not a language Linkki lists: the text language applies');
    assert.deepEqual(counselling!.audience, { minAge: 12, maxAge: 100 });
    assert.equal(counselling!.contact?.phone, '+44 1234 234567');
    // assured_date is HSDS's "last checked" (the example's 2005-01-01), preferred to last_modified (2023-03-15).
    assert.equal(counselling!.checked, '2005-01-01');
  });

  it('maps Lapland services: biweekly and monthly times, Sami languages, municipality by any name', () => {
    const { activities, issues } = fromHsds(fixture('lapland-services.json'));
    const [choir, duodje] = activities;
    assert.deepEqual(choir!.schedule?.rules, [{ frequency: 'biweekly', weekday: 4, start: '13:00', end: '15:00', anchor: '2026-11-05' }]);
    assert.deepEqual(choir!.categories, ['music', 'village']);
    assert.equal(choir!.municipality, '758');
    assert.deepEqual(choir!.cost, { free: true });
    assert.deepEqual(choir!.accessibility?.features, ['step-free', 'hearing-loop']);
    assert.deepEqual(choir!.location?.address, { street: 'Esimerkkitie 1', postalCode: '99600', city: 'Sodankylä' });
    assert.equal(choir!.transport?.fi, 'Palvelulinja ajaa kylätalon ohi torstaisin.');
    assert.equal(choir!.contact?.phone, '040 000 0201');
    assert.equal(duodje!.municipality, '890', 'Ohcejohka is Utsjoki in Northern Sami');
    assert.deepEqual(duodje!.languages, ['se', 'fi']);
    assert.deepEqual(duodje!.schedule?.rules, [{ frequency: 'monthly', weekOfMonth: -1, weekday: 5, start: '17:00' }]);
    assert.deepEqual(duodje!.attending, ['in-person', 'remote-video']);
    assert.deepEqual(duodje!.categories, ['crafts']);
    assert.deepEqual(issues.map((i) => [i.index, i.id, i.path.join('.'), i.code]), [
      [2, 'hsds-nowhere', 'municipality', 'required'],
      [2, 'hsds-nowhere', 'checked', 'required'],
    ]);
  });

  it('never throws on anything', () => {
    for (const input of [undefined, 1, 'x', [], [null], { contents: [{ name: 'x', schedules: 'nope' }] }]) {
      assert.doesNotThrow(() => fromHsds(input));
    }
  });
});
