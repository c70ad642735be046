import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { Ajv, type ValidateFunction } from 'ajv';
import fc from 'fast-check';
import addFormats from 'ajv-formats';
import { fromHsds, type Activity, type Catalogue } from '@linkki/schema';
import { createIntake, type Database, type Intake } from '../src/index.js';
import { serviceIdOf, termIdOf } from '../src/catalogue/hsds-feed.js';
import { backends, testConfig } from './backends.js';

const BOOTSTRAP = 'catalogue-test-bootstrap-key';
const root = new URL('../../../', import.meta.url);
const catalogue = JSON.parse(readFileSync(new URL('examples/data/catalogue.json', root), 'utf8')) as Catalogue;
const schemaDir = new URL('fixtures/hsds/', import.meta.url);

/** service.json of HSDS 3.0 and every schema it references, by file name (see fixtures/hsds/README.md). */
function serviceValidator(): ValidateFunction {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats.default(ajv);
  for (const file of readdirSync(schemaDir).filter((f) => f.endsWith('.json'))) ajv.addSchema(JSON.parse(readFileSync(new URL(file, schemaDir), 'utf8')), file);
  return ajv.getSchema('service.json')!;
}

/** What fromHsds can give back of an activity through one language's feed (README, "Catalogue API"). */
function carried(activity: Activity, lang: 'fi' = 'fi'): Activity {
  const only = <T extends Record<string, string | undefined> | undefined>(text: T) => (text ? { [lang]: text[lang] ?? text.fi ?? Object.values(text)[0] } : undefined);
  const copy = structuredClone(activity) as Activity & Record<string, unknown>;
  copy.id = serviceIdOf(activity.id);
  copy.name = only(activity.name) as Activity['name'];
  if (activity.description) copy.description = only(activity.description) as Activity['description'];
  if (activity.transport) copy.transport = only(activity.transport) as Activity['transport'];
  if (activity.cost.text) copy.cost = { ...activity.cost, text: only(activity.cost.text) as Activity['cost']['text'] };
  if (activity.schedule) {
    const { pauses: _pauses, ...schedule } = activity.schedule;
    copy.schedule = { ...schedule, ...(schedule.text ? { text: only(schedule.text) } : {}) } as Activity['schedule'];
    if (Object.keys(copy.schedule!).length === 0) delete copy.schedule;
  }
  // Accessibility comes back as its features, with their English words as the text.
  if (activity.accessibility) delete copy.accessibility;
  copy.attending = [...activity.attending].sort();
  return copy;
}
const comparable = (activity: Activity) => ({ ...activity, attending: [...activity.attending].sort(), accessibility: undefined });

for (const [name, open] of backends()) {
  describe(`the catalogue as an Open Referral HSDS 3.0 feed on ${name}`, () => {
    let db: Database;
    let intake: Intake;
    let server: Server;
    let url: string;
    const keys: Record<string, string> = {};
    const validService = serviceValidator();

    const call = (path: string, init: { method?: string; key?: string; body?: unknown; type?: string; headers?: Record<string, string> } = {}) =>
      fetch(`${url}${path}`, {
        method: init.method ?? 'GET',
        headers: {
          ...(init.key ? { authorization: `Bearer ${init.key}` } : {}),
          ...(init.body === undefined ? {} : { 'content-type': init.type ?? 'application/json' }),
          ...init.headers,
        },
        body: init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body),
      });
    const allPages = async (query = '', perPage = 100) => {
      const pages: Record<string, unknown>[] = [];
      for (let page = 1; ; page += 1) {
        const body = (await (await call(`/services?per_page=${perPage}&page=${page}${query}`)).json()) as Record<string, unknown>;
        pages.push(body);
        if (body.last_page) return pages;
      }
    };

    before(async () => {
      db = await open();
      intake = await createIntake(testConfig({ token: BOOTSTRAP, origins: ['https://allowed.example'] }), { database: db });
      server = createServer((req, res) => void intake.handle(req, res));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      for (const [who, role, municipalities] of [['coordinator758', 'coordinator', ['758']], ['coordinator320', 'coordinator', ['320']], ['linkWorker', 'link-worker', ['758']], ['admin', 'admin', []]] as const) {
        keys[who] = (await intake.staff.add({ name: `Testi ${who}`, role, municipalities: [...municipalities] })).key;
      }
      const imported = await call('/catalogue/import?format=linkki', { method: 'POST', key: BOOTSTRAP, body: catalogue });
      assert.equal(imported.status, 200);
      const result = (await imported.json()) as { created: number; skipped: number };
      assert.deepEqual([result.created, result.skipped], [catalogue.activities.length, 0]);
    });

    after(async () => {
      server.close();
      await intake.close();
      await db.close();
    });

    it('pages every activity as HSDS 3.0 services that validate against the Open Referral schema', async () => {
      const pages = await allPages('', 60);
      assert.equal(pages.length, Math.ceil(catalogue.activities.length / 60));
      const first = pages[0]!;
      assert.deepEqual(
        Object.fromEntries(['total_items', 'total_pages', 'page_number', 'number', 'per_page', 'size', 'first_page', 'last_page', 'empty'].map((k) => [k, first[k]])),
        { total_items: 220, total_pages: 4, page_number: 1, number: 1, per_page: 60, size: 60, first_page: true, last_page: false, empty: false },
      );
      assert.deepEqual([pages[3]!.size, pages[3]!.first_page, pages[3]!.last_page], [40, false, true]);
      const services = pages.flatMap((p) => p.contents as Record<string, unknown>[]);
      assert.equal(new Set(services.map((s) => s.id)).size, 220);
      for (const service of services) assert.ok(validService(service), `${service.id}: ${JSON.stringify(validService.errors?.slice(0, 3))}`);
    });

    it('round-trips through the finder’s HSDS import: the same activities, in the feed’s language', async () => {
      const services = (await allPages('', 1000)).flatMap((p) => p.contents as unknown[]);
      const { activities, issues } = fromHsds(services);
      assert.deepEqual(issues, []);
      const byId = new Map(activities.map((a) => [a.id, a]));
      for (const original of catalogue.activities) {
        const back = byId.get(serviceIdOf(original.id));
        assert.ok(back, original.id);
        assert.deepEqual(comparable(back), comparable(carried(original)), original.id);
        assert.deepEqual([...(back.accessibility?.features ?? [])].sort(), [...(original.accessibility?.features ?? [])].sort(), `${original.id} accessibility`);
      }
    });

    it('serves one service by its id, in any of the six languages, with CORS for every origin', async () => {
      const inari = catalogue.activities.find((a) => a.name.smn)!;
      const response = await call(`/services/${serviceIdOf(inari.id)}?lang=smn`, { headers: { origin: 'https://directory.example' } });
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('access-control-allow-origin'), '*');
      const service = (await response.json()) as Record<string, unknown>;
      assert.ok(validService(service), JSON.stringify(validService.errors));
      assert.equal(service.name, inari.name.smn);
      const preflight = await call('/services', { method: 'OPTIONS', headers: { origin: 'https://directory.example', 'access-control-request-method': 'GET' } });
      assert.equal(preflight.status, 204);
      assert.equal(preflight.headers.get('access-control-allow-origin'), '*');
      assert.equal((await call(`/services/${serviceIdOf('no-such-activity')}`)).status, 404);
      assert.equal((await call('/services/%E0%A4%A')).status, 404);
      assert.equal((await call('/services', { method: 'POST', body: {} })).status, 405);
    });

    it('filters by text (without diacritics), taxonomy term and modification time', async () => {
      const crafts = catalogue.activities.filter((a) => /käsityö/i.test(Object.values(a.name).join(' ') + Object.values(a.description ?? {}).join(' ')));
      const found = (await (await call('/services?text=KASITYO&per_page=1000')).json()) as { total_items: number; contents: { name: string }[] };
      assert.ok(crafts.length > 0);
      assert.equal(found.total_items, crafts.length);
      const music = catalogue.activities.filter((a) => a.categories.includes('music')).length;
      for (const term of ['music', termIdOf('music')]) {
        assert.equal(((await (await call(`/services?taxonomy_term_id=${term}`)).json()) as { total_items: number }).total_items, music);
      }
      assert.equal(((await (await call(`/services?taxonomy_term_id=${crypto.randomUUID()}`)).json()) as { total_items: number }).total_items, 0);
      const future = new Date(Date.now() + 60_000).toISOString();
      assert.equal(((await (await call(`/services?modified_after=${future}`)).json()) as { total_items: number; empty: boolean }).empty, true);
      assert.equal(((await (await call('/services?modified_after=2020-01-01')).json()) as { total_items: number }).total_items, 220);
      const two = (await (await call('/services?search=kuoro%20sodankyla')).json()) as { contents: { name: string }[] };
      for (const service of two.contents) assert.match(JSON.stringify(service).toLowerCase(), /kuoro/);
    });

    it('answers a malformed query with 400 and a sentence naming the parameter, never a crash', async () => {
      const cases: [string, string][] = [
        ['page=0', 'page'], ['page=abc', 'page'], ['page=1.5', 'page'], ['page=-1', 'page'], ['per_page=1001', 'per_page'], ['per_page=1e3', 'per_page'],
        ['per_page=', 'per_page'], ['modified_after=yesterday', 'modified_after'], ['modified_after=2026-02-30', 'modified_after'], ['modified_after=2026-13-01T00:00:00Z', 'modified_after'],
        ['lang=de', 'lang'], ['taxonomy_term_id=knitting', 'taxonomy_term_id'], [`text=${'a'.repeat(201)}`, 'text'], ['text=%00', 'text'], ['page=1&page=2', 'page'],
        ['full=true', 'full'], ['text=a&search=b', 'search'],
      ];
      for (const [query, parameter] of cases) {
        const response = await call(`/services?${query}`);
        assert.equal(response.status, 400, query);
        const body = (await response.json()) as { parameter: string; message: string };
        assert.equal(body.parameter, parameter, query);
        assert.match(body.message, new RegExp(parameter), query);
      }
      assert.equal((await call(`/services/${serviceIdOf(catalogue.activities[0]!.id)}?lang=xx`)).status, 400);
      assert.equal((await call(`/services/${serviceIdOf(catalogue.activities[0]!.id)}?page=2`)).status, 400);
    });

    it('answers any query string and any service id with 200, 400 or 404 and JSON, never a 500', async () => {
      const parameter = fc.constantFrom('page', 'per_page', 'text', 'search', 'taxonomy_term_id', 'modified_after', 'lang', 'full', '');
      const value = fc.oneof(fc.string(), fc.integer().map(String), fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), fc.constantFrom('1', '0', '-1', '1000', '1001', 'music', 'se', '%', '_', '\\', '2026-02-29'));
      await fc.assert(
        fc.asyncProperty(fc.array(fc.tuple(parameter, value), { maxLength: 4 }), fc.string({ maxLength: 40 }), async (pairs, id) => {
          const list = await call(`/services?${new URLSearchParams(pairs)}`);
          assert.ok([200, 400].includes(list.status), `${list.status} for ${new URLSearchParams(pairs)}`);
          assert.equal(typeof (await list.json()), 'object');
          const one = await call(`/services/${encodeURIComponent(id)}`);
          assert.ok([200, 400, 404].includes(one.status), `${one.status} for /services/${id}`);
          await one.json();
        }),
        { numRuns: 150 },
      );
    });

    it('lets only a coordinator of the activity’s municipality edit it, with validation and an audit row', async () => {
      const original = catalogue.activities.find((a) => a.municipality === '758')!;
      const path = `/catalogue/activities/${encodeURIComponent(original.id)}`;
      const edited: Activity = { ...original, name: { ...original.name, fi: 'Uusi nimi' }, checked: '2026-12-01' };
      const before = new Date();
      assert.equal((await call(path, { method: 'PUT', body: edited })).status, 401);
      assert.equal((await call(path, { method: 'PUT', key: keys.linkWorker, body: edited })).status, 403);
      assert.equal((await call(path, { method: 'PUT', key: keys.admin, body: edited })).status, 403);
      assert.equal((await call(path, { method: 'PUT', key: keys.coordinator320, body: edited })).status, 403);
      assert.equal((await call(path, { method: 'PUT', key: keys.coordinator758, body: { ...edited, municipality: '320' } })).status, 403, 'not into another municipality');
      const invalid = await call(path, { method: 'PUT', key: keys.coordinator758, body: { ...edited, contact: { phone: 'soita' }, languages: [] } });
      assert.equal(invalid.status, 422);
      assert.deepEqual(((await invalid.json()) as { issues: { path: string[]; code: string }[] }).issues.map((i) => `${i.path.join('.')}:${i.code}`).sort(), ['contact.phone:invalidPhone', 'languages:required']);
      assert.equal((await call(path, { method: 'PUT', key: keys.coordinator758, body: { ...edited, id: 'other-id' } })).status, 422);
      assert.equal((await call('/catalogue/activities/no-such-id', { method: 'PUT', key: keys.coordinator758, body: { ...edited, id: 'no-such-id' } })).status, 404);
      const ok = await call(path, { method: 'PUT', key: keys.coordinator758, body: edited });
      assert.equal(ok.status, 200);
      assert.equal(((await ok.json()) as { activity: Activity }).activity.name.fi, 'Uusi nimi');
      const changed = (await (await call(`/services?modified_after=${before.toISOString()}`)).json()) as { contents: { id: string; name: string }[] };
      assert.deepEqual(changed.contents.map((s) => [s.id, s.name]), [[serviceIdOf(original.id), 'Uusi nimi']]);
      const audit = (await (await call('/audit?limit=5', { key: BOOTSTRAP })).json()) as { audit: { action: string; detail: Record<string, unknown> }[] };
      const row = audit.audit.find((r) => r.action === 'catalogue-edit')!;
      assert.deepEqual(row.detail, { activityId: original.id, municipality: '758', from: '758' });
      assert.equal(((await (await call(path)).json()) as { activity: Activity }).activity.name.fi, 'Uusi nimi');
    });

    it('imports CSV, HSDS and PTV, a coordinator only her municipality’s, and reports each entry it skips', async () => {
      const csv = readFileSync(new URL('examples/data/activities-template.csv', root), 'utf8');
      const fromCsv = await call('/catalogue/import?format=csv', { method: 'POST', key: keys.coordinator758, body: csv, type: 'text/csv' });
      assert.equal(fromCsv.status, 200);
      const csvResult = (await fromCsv.json()) as { created: number; skippedEntries: { id?: string; reason: string; line?: number }[] };
      assert.ok(csvResult.created >= 1);
      for (const entry of csvResult.skippedEntries) assert.ok(entry.reason === 'notYourMunicipality' || entry.line, JSON.stringify(entry));

      const hsds = JSON.parse(readFileSync(new URL('packages/schema/test/fixtures/hsds/lapland-services.json', root), 'utf8'));
      const fromHsdsFile = (await (await call('/catalogue/import?format=hsds', { method: 'POST', key: keys.admin, body: hsds })).json()) as { created: number };
      assert.ok(fromHsdsFile.created >= 1);

      const ptv = JSON.parse(readFileSync(new URL('packages/schema/test/fixtures/ptv/lapland-ptv-v11.json', root), 'utf8'));
      const fromPtvFile = (await (await call('/catalogue/import?format=ptv', { method: 'POST', key: keys.coordinator758, body: ptv })).json()) as { created: number; skippedEntries: { reason: string }[] };
      assert.ok(fromPtvFile.created >= 1);
      assert.ok(fromPtvFile.skippedEntries.every((s) => s.reason), 'every skipped entry has a reason');
      assert.ok(fromPtvFile.skippedEntries.some((s) => s.reason === 'notYourMunicipality'), 'the Inari service is not hers');

      const again = (await (await call('/catalogue/import?format=linkki', { method: 'POST', key: BOOTSTRAP, body: catalogue })).json()) as { unchanged: number; updated: number };
      assert.equal(again.unchanged + again.updated, 220);
      assert.equal((await call('/catalogue/import?format=xml', { method: 'POST', key: BOOTSTRAP, body: {} })).status, 400);
      assert.equal((await call('/catalogue/import?format=csv', { method: 'POST', key: keys.linkWorker, body: csv, type: 'text/csv' })).status, 403);
      assert.equal((await call('/catalogue/import?format=csv', { method: 'POST', body: csv, type: 'text/csv' })).status, 401);
      assert.equal((await call('/catalogue/import?format=linkki', { method: 'POST', key: BOOTSTRAP, body: '{' })).status, 400);
      const audit = (await (await call('/audit?limit=20', { key: BOOTSTRAP })).json()) as { audit: { action: string; detail: { format?: string } }[] };
      assert.deepEqual(new Set(audit.audit.filter((r) => r.action === 'catalogue-import').map((r) => r.detail.format)), new Set(['csv', 'hsds', 'ptv', 'linkki']));
    });
  });
}
