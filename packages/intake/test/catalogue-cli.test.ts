import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import { catalogueCommand } from '../src/catalogue/cli.js';
import { openDatabase } from '../src/index.js';
import { testConfig } from './backends.js';

const fixture = (path: string) => new URL(`../../../${path}`, import.meta.url).pathname;

it('linkki-intake catalogue import --from ptv|csv stores the activities and prints each entry left out, with its reason', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'linkki-catalogue-cli-'));
  const config = testConfig({ dataDir });
  try {
    const out: string[] = [];
    const err: string[] = [];
    const code = await catalogueCommand(['import', '--from', 'ptv', fixture('packages/schema/test/fixtures/ptv/lapland-ptv-v11.json')], config, (l) => out.push(l), (l) => err.push(l));
    assert.equal(code, 0, err.join('\n'));
    assert.deepEqual(out, ['5 created, 0 updated, 0 unchanged, 6 left out.']);
    assert.deepEqual(err.map((line) => /left out: (\w+)/.exec(line)?.[1]), ['notPublished', 'noPlaceOrPhone', 'noMunicipality', 'noLanguage', 'notAService', 'noOrganisation']);

    // Channels in a file of their own; the same services again change nothing.
    const { services, serviceChannels } = JSON.parse((await import('node:fs')).readFileSync(fixture('packages/schema/test/fixtures/ptv/lapland-ptv-v11.json'), 'utf8'));
    writeFileSync(join(dataDir, 's.json'), JSON.stringify(services));
    writeFileSync(join(dataDir, 'c.json'), JSON.stringify(serviceChannels));
    const again: string[] = [];
    assert.equal(await catalogueCommand(['import', '--from', 'ptv', join(dataDir, 's.json'), '--channels', join(dataDir, 'c.json')], config, (l) => again.push(l), () => {}), 0);
    assert.deepEqual(again, ['0 created, 0 updated, 5 unchanged, 6 left out.']);

    const csvOut: string[] = [];
    assert.equal(await catalogueCommand(['import', '--from', 'csv', fixture('examples/data/activities-template.csv')], config, (l) => csvOut.push(l), () => {}), 0);
    assert.match(csvOut[0]!, /^[1-9]\d* created/);

    const db = await openDatabase(config);
    try {
      const rows = await db.query<{ n: number | string }>('SELECT count(*) AS n FROM activities');
      assert.ok(Number(rows[0]!.n) >= 6);
      const audit = await db.query<{ role: string; detail: { format: string } }>("SELECT role, detail FROM audit WHERE action = 'catalogue-import' ORDER BY id");
      assert.deepEqual(audit.map((r) => [r.role, r.detail.format]), [['cli', 'ptv'], ['cli', 'ptv'], ['cli', 'csv']]);
    } finally {
      await db.close();
    }
    assert.equal(await catalogueCommand(['import', '--from', 'xml', 'x'], config, () => {}, () => {}), 2);
    assert.equal(await catalogueCommand(['import', '--from', 'csv', 'x.csv', '--channels', 'c.json'], config, () => {}, () => {}), 2);
    assert.equal(await catalogueCommand(['import', '--from', 'csv', join(dataDir, 'missing.csv')], config, () => {}, () => {}), 2);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
