/** The demo server and Debian's Chromium, started the same way by every node test that drives a demo page. */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before } from 'node:test';
import puppeteer, { type Browser } from 'puppeteer-core';
// @ts-expect-error -- a plain .mjs script without type declarations
import { startServer } from '../../scripts/serve.mjs';

export interface DemoInChromium {
  server: Server;
  browser: Browser;
  origin: string;
}

/** `npm start`'s server on a free port (in-memory database unless `database` is given) and a headless Chromium. */
async function startDemoInChromium(options: { database?: unknown } = {}): Promise<DemoInChromium> {
  const server: Server = await startServer(0, { dataDir: 'memory://', envDatabase: false, ...options });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  return { server, browser, origin };
}

/**
 * The demo in Chromium for the enclosing suite: started before its tests, stopped after them. The
 * object is filled in when the tests run. `options` runs in the before hook (it may open a database).
 */
export function demoInChromium(options: () => Promise<{ database?: unknown }> | { database?: unknown } = () => ({})): DemoInChromium {
  const demo = {} as DemoInChromium;
  before(async () => {
    Object.assign(demo, await startDemoInChromium(await options()));
  });
  after(async () => {
    await demo.browser?.close();
    await new Promise((resolve) => demo.server?.close(resolve));
  });
  return demo;
}
