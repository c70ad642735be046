#!/usr/bin/env node
// Runs the intake service: `linkki-intake` (settings from the environment, see the README).
import { createServer } from 'node:http';
import { createIntake } from './app.js';
import { configFromEnv } from './config.js';

const config = configFromEnv();
const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';
const intake = await createIntake(config, { log: (line) => console.log(line) });
const server = createServer((req, res) => {
  void intake.handle(req, res);
});
server.listen(port, host, () => {
  const database = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.dataDir}`;
  console.log(`Linkki intake on http://${host}:${port}/ with ${database}; coordinator token ${config.token ? 'set' : 'NOT set (coordinator endpoints answer 503)'}.`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close(() => void intake.close().then(() => process.exit(0)));
  });
}
