// Serves the built site (dist/) on 127.0.0.1 for the browser tests: a plain static server, so
// the tests never collide with an `npm start` the developer has running (Astro 7's preview
// server refuses to start twice for one project).
//
//   node scripts/serve-dist.mjs [--port 4399] [--dir dist]
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '4399' }, dir: { type: 'string', default: 'dist' } },
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

createServer((request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  const file = fileFor(pathname);
  const status = file ? 200 : 404;
  const body = file ?? join(root, '404.html');
  response.writeHead(status, { 'Content-Type': TYPES[extname(body)] ?? 'application/octet-stream' });
  if (request.method === 'HEAD') response.end();
  else createReadStream(body).pipe(response);
}).listen(Number(values.port), '127.0.0.1', () => {
  console.log(`Serving ${root} on http://127.0.0.1:${values.port}/`);
});
