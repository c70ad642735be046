import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fromPtv, tm35finToWgs84, validateCatalogue, type Activity } from '../src/index.js';

const fixtureFile = new URL('./fixtures/ptv/lapland-ptv-v11.json', import.meta.url);
const fixture = JSON.parse(readFileSync(fixtureFile, 'utf8')) as { services: { itemList: Record<string, unknown>[] }; serviceChannels: unknown[] };
const byName = (activities: Activity[], fi: string) => activities.filter((a) => a.name.fi === fi);

/** The forward Gauss–Krüger series of JHS 197 (GRS80 → ETRS-TM35FIN), to check the inverse against. */
function wgs84ToTm35fin(lat: number, lon: number): { northing: number; easting: number } {
  const f = 1 / 298.257222101;
  const n = f / (2 - f);
  const A1 = (6378137 / (1 + n)) * (1 + n ** 2 / 4 + n ** 4 / 64);
  const e = Math.sqrt(f * (2 - f));
  const phi = (lat * Math.PI) / 180;
  const dl = ((lon - 27) * Math.PI) / 180;
  const Q = Math.asinh(Math.tan(phi)) - e * Math.atanh(e * Math.sin(phi));
  const beta = Math.atan(Math.sinh(Q));
  const eta0 = Math.atanh(Math.cos(beta) * Math.sin(dl));
  const xi0 = Math.asin(Math.sin(beta) * Math.cosh(eta0));
  const h = [n / 2 - (2 / 3) * n ** 2 + (5 / 16) * n ** 3 + (41 / 180) * n ** 4, (13 / 48) * n ** 2 - (3 / 5) * n ** 3 + (557 / 1440) * n ** 4, (61 / 240) * n ** 3 - (103 / 140) * n ** 4, (49561 / 161280) * n ** 4];
  let xi = xi0;
  let eta = eta0;
  h.forEach((hi, i) => {
    const j = 2 * (i + 1);
    xi += hi * Math.sin(j * xi0) * Math.cosh(j * eta0);
    eta += hi * Math.cos(j * xi0) * Math.sinh(j * eta0);
  });
  return { northing: A1 * xi * 0.9996, easting: A1 * eta * 0.9996 + 500000 };
}

describe('Suomi.fi PTV Open API v11 input', () => {
  const { activities, skipped } = fromPtv(fixture, { today: '2026-12-02' });

  it('maps published services with a service location or phone channel to valid activities', () => {
    assert.equal(activities.length, 5);
    assert.ok(validateCatalogue({ activities }).ok);
    const [senior] = byName(activities, 'Senioriliikunta');
    assert.deepEqual(senior!.name, { fi: 'Senioriliikunta', sv: 'Seniormotion', en: 'Exercise for seniors', se: 'Boarrásolbmuid lihkadeapmi' });
    assert.deepEqual(senior!.description, { fi: 'Ohjattua, kevyttä liikuntaa ikäihmisille. Tule sellaisena kuin olet.', sv: 'Lätt motion för äldre.' });
    assert.deepEqual(senior!.location?.address, { street: 'Esimerkkitie 3', postalCode: '99600', city: 'Sodankylä' });
    assert.equal(senior!.municipality, '758');
    assert.deepEqual(senior!.schedule, {
      text: { fi: 'Ohjattu vuoro, ei ennakkoilmoittautumista.' },
      rules: [{ frequency: 'weekly', weekday: 1, start: '10:00', end: '11:30' }, { frequency: 'weekly', weekday: 4, start: '13:00', end: '14:30' }],
      validFrom: '2026-09-01',
      pauses: [{ from: '2026-06-01', to: '2026-08-15', reason: { fi: 'Kesätauko' } }],
    });
    assert.deepEqual(senior!.contact, { phone: '+358 400001001', email: 'liikunta@sodankyla.example', url: 'https://liikunta.sodankyla.example/senioreille' });
    assert.deepEqual([senior!.cost, senior!.attending, senior!.languages, senior!.categories, senior!.checked], [{ free: true }, ['in-person', 'remote-phone'], ['fi', 'sv'], ['exercise'], '2026-11-20']);
  });

  it('keeps the Sami names PTV has, and a fee with its explanation', () => {
    const [circle] = byName(activities, 'Saamenkielinen lukupiiri');
    assert.deepEqual(circle!.name, { fi: 'Saamenkielinen lukupiiri', se: 'Sámegiel lohkanbiire', smn: 'Säämigielâlâš luhâmpiire', sms: 'Sääʹmǩiõllsaž lookkâmpiirr' });
    assert.deepEqual(circle!.languages, ['smn', 'sms', 'fi']);
    assert.deepEqual(circle!.cost, { free: false, text: { fi: '5 € kerta, kirjat lainataan kirjastosta.' } });
    assert.equal(circle!.municipality, '148');
    assert.ok(circle!.categories.includes('sami-culture') && circle!.categories.includes('library'));
  });

  it('makes a phone-only service an activity by phone, and one activity per service location', () => {
    const [friend] = byName(activities, 'Puhelinystävä');
    assert.deepEqual([friend!.attending, friend!.location, friend!.contact?.phone, friend!.schedule?.rules?.length], [['remote-phone'], undefined, '+358 400001003', 5]);
    const cafes = byName(activities, 'Kylien kahvila');
    assert.deepEqual(cafes.map((c) => c.location?.name), ['Kylätalo, Esimerkkijärvi', 'Kylätalo, Esimerkkivaara']);
    assert.equal(new Set(cafes.map((c) => c.id)).size, 2);
  });

  it('reports every service it leaves out, with a reason', () => {
    assert.deepEqual(
      skipped.map((s) => [s.index, s.reason]),
      [[4, 'notPublished'], [5, 'noPlaceOrPhone'], [6, 'noMunicipality'], [7, 'noLanguage'], [8, 'notAService'], [9, 'noOrganisation']],
    );
    for (const s of skipped) assert.ok(s.message.length > 10 && s.id);
    assert.equal(activities.length + new Set(skipped.map((s) => s.index)).size, fixture.services.itemList.length + 1, 'the two-location service gives two activities');
  });

  it('keeps PTV’s other fields out', () => {
    const text = JSON.stringify(activities);
    for (const word of ['Liikuntalaki', 'luiska', 'KR1.2', 'Ikääntyneet', 'PubliclyFunded', 'Vastaamme arkisin', 'coordinateState', 'ownerReference']) assert.ok(!text.includes(word), word);
  });

  it('converts ETRS-TM35FIN to WGS84 (checked against the forward series, within a millimetre)', () => {
    for (const [lat, lon] of [[67.4167, 26.5833], [68.9066, 27.0288], [69.9, 27.0], [65.7, 24.5], [60.17, 24.94]] as const) {
      const { northing, easting } = wgs84ToTm35fin(lat, lon);
      const back = tm35finToWgs84(northing, easting);
      assert.ok(Math.abs(back.lat - lat) < 1e-8 && Math.abs(back.lon - lon) < 1e-8, `${lat},${lon} → ${back.lat},${back.lon}`);
    }
    const [senior] = byName(activities, 'Senioriliikunta');
    const { northing, easting } = wgs84ToTm35fin(senior!.location!.coordinates!.lat, senior!.location!.coordinates!.lon);
    assert.ok(Math.abs(northing - 7478210.512) < 0.1 && Math.abs(easting - 480120.338) < 0.1);
  });

  it('never throws on anything', () => {
    for (const input of [null, 1, 'x', [], {}, { services: 'x' }, { services: [null, 1, { id: 'a' }] }, { itemList: [{ id: 'b', serviceNames: [{ type: 'Name', language: 'fi', value: 'B' }], serviceChannels: [{}] }] }]) {
      assert.doesNotThrow(() => fromPtv(input));
    }
  });

  it('runs as npm run catalogue -- import --from ptv, with the channels in the same file or a file of their own', () => {
    const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', '--conditions=source', 'packages/schema/src/cli/catalogue.ts', 'import', '--from', 'ptv', ...args], { cwd: new URL('../../../', import.meta.url), encoding: 'utf8' });
    const together = cli(fixtureFile.pathname);
    assert.equal(together.status, 0, together.stderr);
    assert.equal((JSON.parse(together.stdout) as { activities: unknown[] }).activities.length, 5);
    assert.equal(together.stderr.split('\n').filter((line) => line.includes('jätetty pois —')).length, 6);
    const dir = mkdtempSync(join(tmpdir(), 'linkki-ptv-'));
    writeFileSync(join(dir, 'services.json'), JSON.stringify(fixture.services));
    writeFileSync(join(dir, 'channels.json'), JSON.stringify(fixture.serviceChannels));
    const apart = cli(join(dir, 'services.json'), '--channels', join(dir, 'channels.json'));
    assert.equal(apart.status, 0, apart.stderr);
    assert.deepEqual(JSON.parse(apart.stdout).activities, JSON.parse(together.stdout).activities);
    assert.equal(cli('--channels').status, 2);
  });
});
