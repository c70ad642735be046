#!/usr/bin/env node
// Runs the intake service: `linkki-intake` (settings from the environment, see the README);
// `linkki-intake staff …` manages staff and their keys; `linkki-intake catalogue import …` imports activities.
import type { AddressInfo } from 'node:net';
import { createIntake } from './app.js';
import { configFromEnv } from './config.js';
import { createIntakeServer, timeoutsFromEnv } from './server.js';
import { staffCommand } from './staff-cli.js';
import { catalogueCommand } from './catalogue/cli.js';

const config = configFromEnv();
if (process.argv[2] === 'staff') process.exit(await staffCommand(process.argv.slice(3), config));
if (process.argv[2] === 'catalogue') process.exit(await catalogueCommand(process.argv.slice(3), config));
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
  console.log(`Linkki intake on http://${host}:${bound}/ with ${database}; bootstrap admin key ${config.token ? 'set' : 'not set'}; OpenID Connect ${config.oidc ? `from ${config.oidc.issuer}` : 'off'}.`);
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
