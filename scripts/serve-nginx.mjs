// Serves a build through real nginx, with the server block the build wrote (dist/_nginx.conf):
// what the browser tests run against, so every page is tested with the headers a deployment
// sends. Like a deployer, it edits only the `root` and `listen` lines; nginx runs unprivileged
// on 127.0.0.1 with its pid, logs and temp files in a scratch folder, removed when it stops.
//
//   node scripts/serve-nginx.mjs [--port 4399] [--dir dist]
import { spawn } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { NGINX_PATH } from './nginx-path.mjs';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '4399' }, dir: { type: 'string', default: 'dist' } },
});
const root = resolve(values.dir);
const server = join(root, '_nginx.conf');
if (!existsSync(server)) {
  console.error(`${server} is missing: build the site first (npm run build).`);
  process.exit(1);
}

const scratch = mkdtempSync(join(tmpdir(), 'handbook-nginx-'));
chmodSync(scratch, 0o755);
const block = readFileSync(server, 'utf8')
  .replace(/^(\s*)listen .*;$/m, `$1listen 127.0.0.1:${values.port};`)
  .replace(/^(\s*)root .*;$/m, `$1root ${root};`);
writeFileSync(join(scratch, 'handbook.conf'), block);
const temp = (name) => `${name} ${join(scratch, name)};`;
writeFileSync(
  join(scratch, 'nginx.conf'),
  [
    'worker_processes 1;',
    `pid ${join(scratch, 'nginx.pid')};`,
    `error_log ${join(scratch, 'error.log')} warn;`,
    'events { worker_connections 256; }',
    'http {',
    '    access_log off;',
    `    ${temp('client_body_temp_path')}`,
    `    ${temp('proxy_temp_path')}`,
    `    ${temp('fastcgi_temp_path')}`,
    `    ${temp('uwsgi_temp_path')}`,
    `    ${temp('scgi_temp_path')}`,
    `    include ${join(scratch, 'handbook.conf')};`,
    '}',
    '',
  ].join('\n'),
);

// Never as root: when the tests run as root (as on CI), nginx runs as the unprivileged
// `nobody`, which owns the scratch folder and can read the built site and nothing it must not write.
const NOBODY = 65534;
const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (asRoot) chownSync(scratch, NOBODY, NOBODY);
const nginx = spawn(
  NGINX_PATH,
  ['-p', scratch, '-e', join(scratch, 'error.log'), '-c', join(scratch, 'nginx.conf'), '-g', 'daemon off;'],
  { stdio: 'inherit', ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}) },
);
console.log(`Serving ${root} through nginx on http://127.0.0.1:${values.port}/`);
const stop = () => {
  nginx.kill('SIGQUIT');
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
nginx.on('exit', (code) => {
  rmSync(scratch, { recursive: true, force: true });
  process.exit(code ?? 0);
});
