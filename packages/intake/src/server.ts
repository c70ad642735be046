import { createServer, type Server, type ServerResponse } from 'node:http';
import type { Intake } from './app.js';

/** How long the server waits for clients, in milliseconds (documented in the README). */
export interface ServerTimeouts {
  /** From connecting to the end of the request headers; a connection that sends nothing is closed after this. */
  headersMs: number;
  /** For the whole request, headers and body; also how long a connection may stay silent mid-request. */
  requestMs: number;
  /** How long a connection may stay open between requests. */
  keepAliveMs: number;
  /** On shutdown, how long requests in flight may take before their connections are cut. */
  shutdownMs: number;
}

export interface IntakeServer {
  readonly server: Server;
  /** Stops accepting, lets requests in flight finish within `shutdownMs`, then closes the intake. */
  shutdown(): Promise<void>;
}

const milliseconds = (name: string, value: string | undefined, fallback: number) => {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new Error(`${name}: a whole number of milliseconds above 0, not "${value}"`);
  return parsed;
};

export function timeoutsFromEnv(env: NodeJS.ProcessEnv = process.env): ServerTimeouts {
  const timeouts = {
    headersMs: milliseconds('LINKKI_INTAKE_HEADERS_TIMEOUT_MS', env.LINKKI_INTAKE_HEADERS_TIMEOUT_MS, 15_000),
    requestMs: milliseconds('LINKKI_INTAKE_REQUEST_TIMEOUT_MS', env.LINKKI_INTAKE_REQUEST_TIMEOUT_MS, 30_000),
    keepAliveMs: milliseconds('LINKKI_INTAKE_KEEP_ALIVE_TIMEOUT_MS', env.LINKKI_INTAKE_KEEP_ALIVE_TIMEOUT_MS, 5_000),
    shutdownMs: milliseconds('LINKKI_INTAKE_SHUTDOWN_TIMEOUT_MS', env.LINKKI_INTAKE_SHUTDOWN_TIMEOUT_MS, 10_000),
  };
  if (timeouts.headersMs > timeouts.requestMs) throw new Error('LINKKI_INTAKE_HEADERS_TIMEOUT_MS: at most LINKKI_INTAKE_REQUEST_TIMEOUT_MS');
  return timeouts;
}

/** The HTTP server `linkki-intake` runs: the intake alone, with the timeouts a public service needs. */
export function createIntakeServer(intake: Intake, timeouts: ServerTimeouts = timeoutsFromEnv({})): IntakeServer {
  let closing = false;
  /** Answers not yet sent: told to close their connection too when shutdown begins. */
  const pending = new Set<ServerResponse>();
  const server = createServer(
    {
      headersTimeout: timeouts.headersMs,
      requestTimeout: timeouts.requestMs,
      keepAliveTimeout: timeouts.keepAliveMs,
      // Node checks the two timeouts above only this often (30 s by default), so they would overshoot by up to that.
      connectionsCheckingInterval: Math.min(1_000, Math.ceil(timeouts.headersMs / 4)),
    },
    (req, res) => {
      if (closing) res.setHeader('connection', 'close');
      pending.add(res);
      res.on('close', () => pending.delete(res));
      void intake.handle(req, res).then((mine) => {
        if (!mine) res.writeHead(404).end();
      });
    },
  );
  server.timeout = timeouts.requestMs;

  let stopped: Promise<void> | undefined;
  const shutdown = () =>
    (stopped ??= (async () => {
      closing = true;
      for (const res of pending) if (!res.headersSent) res.setHeader('connection', 'close');
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const cut = setTimeout(() => server.closeAllConnections(), timeouts.shutdownMs);
      await closed;
      clearTimeout(cut);
      await intake.close();
    })());
  return { server, shutdown };
}
