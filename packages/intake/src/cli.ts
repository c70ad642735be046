#!/usr/bin/env node
// Runs the intake service: `linkki-intake` (settings from the environment, see the README).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createIntake } from './app.js';
import { configFromEnv } from './config.js';

const config = configFromEnv();
const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';
const intake = await createIntake(config, { log: (line) => console.log(line) });
const server = createServer((req, res) => {
  void intake.handle(req, res);
});
// A referral is a few kilobytes: a client still sending after this long is stuck or stalling on purpose.
server.headersTimeout = 15_000;
server.requestTimeout = 30_000;
server.listen(port, host, () => {
  const { port: bound } = server.address() as AddressInfo;
  const database = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.dataDir}`;
  console.log(`Linkki intake on http://${host}:${bound}/ with ${database}; coordinator token ${config.token ? 'set' : 'NOT set (coordinator endpoints answer 503)'}.`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close(() => void intake.close().then(() => process.exit(0)));
    server.closeIdleConnections();
  });
}
