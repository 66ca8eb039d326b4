// Serves a build through real nginx, with the server block the build wrote (dist/_nginx.conf):
// what the browser tests run against, so every page is tested with the headers a deployment
// sends. Like a deployer, it edits only the `root` and `listen` lines; nginx runs unprivileged
// on 127.0.0.1 with its pid, logs and temp files in a scratch folder, removed when it stops.
//
//   node scripts/serve-nginx.mjs [--port 4399] [--dir dist]
import { spawn } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
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

// Never as root where it can be helped: when the tests run as root (as on CI), nginx runs as the
// unprivileged `nobody`, which owns only the scratch folder — if `nobody` can read the built
// site. A checkout in a private folder (mktemp -d makes 0700 folders) cannot be read by
// `nobody`; then nginx keeps the tests' own user, and says so.
const NOBODY = 65534;
const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const dropToNobody = asRoot && readableByOthers(root);
if (asRoot && !dropToNobody)
  console.log(`nginx runs as root: ${root} is not readable by other users, so nobody could not serve it.`);
const scratch = mkdtempSync(join(tmpdir(), 'handbook-nginx-'));
chmodSync(scratch, 0o755);
const block = readFileSync(server, 'utf8')
  .replace(/^(\s*)listen [^;]*;/m, `$1listen 127.0.0.1:${values.port};`)
  .replace(/^(\s*)root [^;]*;/m, `$1root ${root};`);
writeFileSync(join(scratch, 'handbook.conf'), block);
const temp = (name) => `${name} ${join(scratch, name)};`;
writeFileSync(
  join(scratch, 'nginx.conf'),
  [
    // A root master hands requests to `nobody` workers unless told otherwise.
    ...(asRoot && !dropToNobody ? ['user root root;'] : []),
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

if (dropToNobody) chownSync(scratch, NOBODY, NOBODY);
const nginx = spawn(
  NGINX_PATH,
  ['-p', scratch, '-e', join(scratch, 'error.log'), '-c', join(scratch, 'nginx.conf'), '-g', 'daemon off;'],
  { stdio: 'inherit', ...(dropToNobody ? { uid: NOBODY, gid: NOBODY } : {}) },
);
console.log(`Serving ${root} through nginx on http://127.0.0.1:${values.port}/`);
/** True when every folder from `/` down to `dir` lets other users in and `dir` lets them read. */
function readableByOthers(dir) {
  const parts = dir.split('/').filter(Boolean);
  return parts.every((_, i) => {
    const mode = statSync(`/${parts.slice(0, i + 1).join('/')}`).mode;
    return (mode & 0o001) !== 0 && (i < parts.length - 1 || (mode & 0o004) !== 0);
  });
}

const stop = () => {
  nginx.kill('SIGQUIT');
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
nginx.on('exit', (code) => {
  rmSync(scratch, { recursive: true, force: true });
  process.exit(code ?? 0);
});
