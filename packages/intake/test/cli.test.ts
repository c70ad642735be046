import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';

it('linkki-intake starts from the environment, serves, logs no personal data and stops on SIGTERM', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'linkki-intake-cli-'));
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=source', 'packages/intake/src/cli.ts'], {
    env: { ...process.env, DATABASE_URL: '', PORT: '0', LINKKI_INTAKE_DATA_DIR: dataDir, LINKKI_INTAKE_TOKEN: 'cli-test-token' },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  try {
    while (!/http:\/\/[\d.]+:\d+\//.test(output)) await once(child.stdout, 'data');
    const url = /http:\/\/[\d.]+:\d+/.exec(output)![0];
    assert.match(output, /PGlite in .*linkki-intake-cli-.*coordinator token set/);
    assert.equal((await fetch(`${url}/health`)).status, 200);
    const list = await fetch(`${url}/referrals`, { headers: { authorization: 'Bearer cli-test-token' } });
    assert.equal(list.status, 200);
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    assert.equal(code, 0);
    assert.match(output, /GET \/health 200 [\d.]+ms/);
    assert.ok(!output.includes('cli-test-token'), 'the log does not contain the token');
  } finally {
    child.kill();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
