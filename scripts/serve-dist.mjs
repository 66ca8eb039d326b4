// Serves the built site (dist/) on 127.0.0.1 for the browser tests and the benchmark: a plain
// static server, so the tests never collide with an `npm start` the developer has running
// (Astro 7's preview server refuses to start twice for one project). Like any real host it
// compresses text and lets browsers keep the hashed assets, so Lighthouse measures the site,
// not a server without gzip.
//
//   node scripts/serve-dist.mjs [--port 4399] [--dir dist] [--base /hb/]
//
// With --base, the site is served under that sub-path, as a host would serve a site built with
// `base` in handbook.config.yaml; anything outside it is not found.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createGzip } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4399' },
    dir: { type: 'string', default: 'dist' },
    base: { type: 'string', default: '/' },
  },
});
const root = resolve(values.dir);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
};

/** The file that serves a URL path: the file itself, or the folder's index.html. */
function fileFor(pathname) {
  const path = normalize(join(root, decodeURIComponent(pathname)));
  if (!path.startsWith(root)) return undefined; // no way out of dist/
  if (existsSync(path) && statSync(path).isFile()) return path;
  const index = join(path, 'index.html');
  return existsSync(index) ? index : undefined;
}

const base = values.base.endsWith('/') ? values.base : `${values.base}/`;

createServer((request, response) => {
  const { pathname: requested } = new URL(request.url ?? '/', 'http://localhost');
  // The path inside the built site, or undefined outside the base.
  const pathname = requested.startsWith(base) ? `/${requested.slice(base.length)}` : undefined;
  const file = pathname === undefined ? undefined : fileFor(pathname);
  const status = file ? 200 : 404;
  const body = file ?? join(root, '404.html');
  const type = TYPES[extname(body)] ?? 'application/octet-stream';
  const gzip = /charset=utf-8|wasm/.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  response.writeHead(status, {
    'Content-Type': type,
    // Astro's /_astro/ files carry a content hash in their name; everything else may change.
    'Cache-Control': pathname?.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
  });
  if (request.method === 'HEAD') response.end();
  else if (gzip) createReadStream(body).pipe(createGzip()).pipe(response);
  else createReadStream(body).pipe(response);
}).listen(Number(values.port), '127.0.0.1', () => {
  console.log(`Serving ${root} on http://127.0.0.1:${values.port}${base}`);
});
