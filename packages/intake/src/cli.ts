#!/usr/bin/env node
// Runs the intake service: `linkki-intake` (settings from the environment, see the README).
import type { AddressInfo } from 'node:net';
import { createIntake } from './app.js';
import { configFromEnv } from './config.js';
import { createIntakeServer, timeoutsFromEnv } from './server.js';

const config = configFromEnv();
const timeouts = timeoutsFromEnv();
const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';
const intake = await createIntake(config, { log: (line) => console.log(line) }).catch((error: Error) => {
  console.error(`linkki-intake did not start: ${error.message}`);
  return process.exit(1);
});
const { server, shutdown } = createIntakeServer(intake, timeouts);
server.listen(port, host, () => {
  const { port: bound } = server.address() as AddressInfo;
  const database = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.dataDir}`;
  console.log(`Linkki intake on http://${host}:${bound}/ with ${database}; coordinator token ${config.token ? 'set' : 'NOT set (coordinator endpoints answer 503)'}.`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    console.log(`${signal}: finishing requests in flight (at most ${timeouts.shutdownMs} ms), then stopping.`);
    shutdown().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`stopping failed: ${(error as { code?: string }).code ?? (error as Error).name}`);
        process.exit(1);
      },
    );
  });
}
