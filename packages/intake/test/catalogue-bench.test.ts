import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { Activity, Catalogue } from '@linkki/schema';
import { createIntake, type Database, type Intake } from '../src/index.js';
import { backends, testConfig } from './backends.js';

/**
 * The feed at 10 000 activities (issue 16 §6): imported through the API, then paged through
 * `GET /services` at 100 and 1 000 a page, on PGlite in memory (and PostgreSQL with DATABASE_URL). Prints
 * the figures (README, "Catalogue API").
 */
const SIZE = 10_000;
const TOKEN = 'catalogue-bench-key';
const base = (JSON.parse(readFileSync(new URL('../../../examples/data/catalogue.json', import.meta.url), 'utf8')) as Catalogue).activities;
const activities: Activity[] = Array.from({ length: SIZE }, (_, i) => {
  const a = base[i % base.length]!;
  return { ...a, id: `${a.id}-${Math.floor(i / base.length)}`, name: { ...a.name, fi: `${a.name.fi ?? Object.values(a.name)[0]} ${i}` } };
});

for (const [backend, open] of backends()) describe(`the feed at ${SIZE} activities (${backend})`, () => {
  let db: Database;
  let intake: Intake;
  let server: Server;
  let url: string;
  const figures: string[] = [];

  before(async () => {
    db = await open();
    intake = await createIntake(testConfig({ token: TOKEN }), { database: db });
    server = createServer((req, res) => void intake.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  after(async () => {
    console.log(`\nCatalogue feed, ${SIZE} activities, ${backend}, Node ${process.version}:\n${figures.map((f) => `  ${f}`).join('\n')}`);
    server.close();
    await intake.close();
    await db.close();
  });

  it('imports them through the API', async () => {
    const started = performance.now();
    const response = await fetch(`${url}/catalogue/import?format=linkki`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }, body: JSON.stringify({ activities }) });
    const result = (await response.json()) as { created: number; skipped: number };
    figures.push(`import (one POST, ${(JSON.stringify({ activities }).length / 1e6).toFixed(1)} MB): ${((performance.now() - started) / 1000).toFixed(1)} s`);
    assert.deepEqual([response.status, result.created, result.skipped], [200, SIZE, 0]);
  });

  for (const perPage of [100, 1000]) {
    it(`pages through all of them at ${perPage} a page`, async () => {
      const ids = new Set<string>();
      const times: number[] = [];
      let bytes = 0;
      const started = performance.now();
      for (let page = 1; ; page += 1) {
        const t = performance.now();
        const response = await fetch(`${url}/services?per_page=${perPage}&page=${page}`);
        const text = await response.text();
        times.push(performance.now() - t);
        bytes += text.length;
        const body = JSON.parse(text) as { contents: { id: string }[]; last_page: boolean; total_items: number };
        assert.equal(body.total_items, SIZE);
        for (const service of body.contents) ids.add(service.id);
        if (body.last_page) break;
      }
      const total = performance.now() - started;
      times.sort((a, b) => a - b);
      figures.push(
        `per_page=${perPage}: ${times.length} pages in ${(total / 1000).toFixed(2)} s (${Math.round(SIZE / (total / 1000))} services/s), ` +
          `page median ${times[Math.floor(times.length / 2)]!.toFixed(0)} ms, slowest ${times.at(-1)!.toFixed(0)} ms, ${(bytes / 1e6).toFixed(1)} MB`,
      );
      assert.equal(ids.size, SIZE);
      assert.equal(times.length, SIZE / perPage);
    });
  }

  it('searches and filters them', async () => {
    for (const query of ['text=jumppa', 'text=kasityo%20utsjoki', 'taxonomy_term_id=music', 'modified_after=2020-01-01&per_page=1000&page=10']) {
      const started = performance.now();
      const body = (await (await fetch(`${url}/services?${query}`)).json()) as { total_items: number };
      figures.push(`?${query}: ${body.total_items} found, ${(performance.now() - started).toFixed(0)} ms`);
      assert.ok(body.total_items > 0, query);
    }
  });
});
