import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import { openDatabase } from '../src/index.js';

const pglite = (dataDir: string) => openDatabase({ databaseUrl: undefined, dataDir });

function withDir(run: (dir: string) => Promise<void>) {
  return async () => {
    const dir = mkdtempSync(join(tmpdir(), 'linkki-intake-lock-'));
    try {
      await run(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

it('refuses a second database on the same PGlite directory, naming the process, until the first closes', withDir(async (dir) => {
  const first = await pglite(dir);
  await assert.rejects(pglite(dir), new RegExp(`in use by process ${process.pid}\\b.*linkki-intake\\.lock`));
  await first.query('SELECT 1');
  await first.close();
  assert.ok(!existsSync(join(dir, 'linkki-intake.lock')), 'closing releases the lock');
  const second = await pglite(dir);
  await second.close();
}));

it('refuses a directory another running process holds, and takes over one left by a process that died', withDir(async (dir) => {
  const lock = join(dir, 'linkki-intake.lock');
  const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)']);
  try {
    writeFileSync(lock, `${other.pid}\n${hostname()}\n`);
    await assert.rejects(pglite(dir), new RegExp(`in use by process ${other.pid}\\b`));
  } finally {
    other.kill();
  }
  const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
  writeFileSync(lock, `${dead}\n${hostname()}\n`);
  const db = await pglite(dir);
  await db.close();
}));

it('does not lock memory:// databases', async () => {
  const [a, b] = [await pglite('memory://'), await pglite('memory://')];
  await a.close();
  await b.close();
});
