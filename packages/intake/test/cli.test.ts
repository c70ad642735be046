import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { Agent, request } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { it } from 'node:test';

function start(env: Record<string, string>) {
  const dataDir = mkdtempSync(join(tmpdir(), 'linkki-intake-cli-'));
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=source', 'packages/intake/src/cli.ts'], {
    env: { ...process.env, DATABASE_URL: '', PORT: '0', LINKKI_INTAKE_DATA_DIR: dataDir, ...env },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const url = (async () => {
    while (!/http:\/\/[\d.]+:\d+\//.test(output)) await once(child.stdout, 'data');
    return /http:\/\/[\d.]+:\d+/.exec(output)![0];
  })();
  const stop = () => (child.kill('SIGKILL'), rmSync(dataDir, { recursive: true, force: true }));
  return { child, url, output: () => output, stop };
}

it('linkki-intake closes a silent connection after its headers timeout, and on SIGTERM stops a busy keep-alive client within the bound', async () => {
  const shutdownMs = 3_000;
  const { child, url, output, stop } = start({ LINKKI_INTAKE_HEADERS_TIMEOUT_MS: '500', LINKKI_INTAKE_REQUEST_TIMEOUT_MS: '1000', LINKKI_INTAKE_SHUTDOWN_TIMEOUT_MS: String(shutdownMs) });
  try {
    const port = Number(new URL(await url).port);
    const silent = connect(port, '127.0.0.1').resume();
    const opened = performance.now();
    await once(silent, 'close');
    assert.ok(performance.now() - opened < 500 + 1_500, `silent connection closed after ${performance.now() - opened} ms`);

    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    let answers = 0;
    const busy = (async () => {
      for (;;) {
        const ok = await new Promise<boolean>((resolve) => {
          const req = request({ port, host: '127.0.0.1', path: '/health', agent }, (res) => res.resume().on('end', () => resolve(true)));
          req.on('error', () => resolve(false));
          req.end();
        });
        if (!ok) return;
        answers += 1;
      }
    })();
    while (answers < 5) await new Promise((resolve) => setTimeout(resolve, 20));
    const signalled = performance.now();
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    const ms = performance.now() - signalled;
    await busy;
    agent.destroy();
    assert.equal(code, 0, output());
    assert.ok(ms < shutdownMs + 1_500, `exited ${ms} ms after SIGTERM`);
    assert.match(output(), /SIGTERM: finishing requests in flight \(at most 3000 ms\)/);
  } finally {
    stop();
  }
});

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
    assert.match(output, /PGlite in .*linkki-intake-cli-.*bootstrap admin key set/);
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

it('linkki-intake staff add|list|key|revoke: the key is printed once and works; the CLI refuses a PGlite directory the service holds, pointing to the HTTP API', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'linkki-intake-staff-'));
  const env = { ...process.env, DATABASE_URL: '', LINKKI_INTAKE_DATA_DIR: dataDir };
  const run = (...args: string[]) =>
    new Promise<{ code: number; out: string }>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=source', 'packages/intake/src/cli.ts', 'staff', ...args], { env });
      let out = '';
      child.stdout.on('data', (chunk) => (out += chunk));
      child.stderr.on('data', (chunk) => (out += chunk));
      child.on('exit', (code) => resolve({ code: code ?? -1, out }));
    });
  try {
    assert.equal((await run('add', '--name', 'Testi', '--role', 'boss', '--municipality', '758')).code, 2);
    const added = await run('add', '--name', 'Testi Koordinaattori', '--role', 'coordinator', '--municipality', '758,320', '--language', 'fi,se', '--expires', '2099-06-30');
    assert.equal(added.code, 0, added.out);
    const key = /lnk_[0-9a-f]{16}_[\w-]{43}/.exec(added.out)![0];
    const id = /\(([0-9a-f-]{36})\)/.exec(added.out)![1]!;
    const listed = await run('list');
    assert.match(listed.out, new RegExp(`${id}\\tcoordinator\\tTesti Koordinaattori\\t758,320\\tfi,se\\tenabled\\t1 active key`));
    assert.ok(!listed.out.includes(key.slice(21)), 'list never prints a secret');
    const rotated = await run('key', id);
    const newKey = /lnk_[0-9a-f]{16}_[\w-]{43}/.exec(rotated.out)![0];
    assert.notEqual(newKey, key);

    const { child, url, stop } = (() => {
      const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=source', 'packages/intake/src/cli.ts'], { env: { ...env, PORT: '0' } });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      const url = (async () => {
        while (!/http:\/\/[\d.]+:\d+\//.test(output)) await once(child.stdout, 'data');
        return /http:\/\/[\d.]+:\d+/.exec(output)![0];
      })();
      return { child, url, stop: () => child.kill('SIGKILL') };
    })();
    try {
      const base = await url;
      const status = async (k: string) => (await fetch(`${base}/referrals`, { headers: { authorization: `Bearer ${k}` } })).status;
      assert.equal(await status(newKey), 200);
      assert.equal(await status(key), 401, 'the rotated-out key');
      const busy = await run('revoke', id);
      assert.equal(busy.code, 1);
      assert.match(busy.out, /in use by process \d+/);
      assert.match(busy.out, /HTTP API with an admin key: POST \/staff/);
      child.kill('SIGTERM');
      await once(child, 'exit');
    } finally {
      stop();
    }
    assert.equal((await run('revoke', id)).code, 0);
    assert.match((await run('list')).out, /disabled\t0 active key/);
    assert.equal((await run('revoke', 'no-such-id')).code, 1);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
