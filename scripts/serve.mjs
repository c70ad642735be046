// Serves the demo on localhost under a strict Content-Security-Policy, to show that Linkki needs no
// inline script, no eval and no third-party origin. Usage: node scripts/serve.mjs [--port N]
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const MOUNTS = [
  ['/dist/', 'packages/elements/dist'],
  ['/schema/', 'packages/schema/dist/json-schema'],
  ['/storybook/', 'storybook-static'],
  ['/', 'examples'],
];
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.md': 'text/markdown; charset=utf-8',
  '.woff2': 'font/woff2',
};
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

function locate(urlPath) {
  for (const [prefix, dir] of MOUNTS) {
    if (!urlPath.startsWith(prefix)) continue;
    const root = resolve(dir);
    let file = resolve(root, normalize(`.${urlPath.slice(prefix.length - 1)}`));
    if (!file.startsWith(root)) return undefined;
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (existsSync(file)) return file;
  }
  return undefined;
}

export function startServer(port = 8000) {
  const server = createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = locate(urlPath);
    const headers = { 'Content-Security-Policy': CSP, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' };
    if (!file) {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    res.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolvePromise(server));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const flag = process.argv.indexOf('--port');
  let port = Number(flag > 0 ? process.argv[flag + 1] : process.env.PORT ?? 8000);
  for (let tries = 0; ; tries++) {
    try {
      await startServer(port);
      break;
    } catch (error) {
      if (error.code !== 'EADDRINUSE' || tries > 20) throw error;
      port += 1;
    }
  }
  console.log(`\nLinkki demo: http://localhost:${port}/\nStorybook (after npm run build-storybook): http://localhost:${port}/storybook/\nPress Ctrl+C to stop.`);
}
