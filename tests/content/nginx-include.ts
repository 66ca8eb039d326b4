import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NGINX_PATH } from '../../scripts/nginx-path.mjs';

/**
 * A company's own nginx server, which already answers `/` with another app, with a build's
 * `_nginx-location.conf` included in it, as its comment says: only `root` edited; `more`
 * includes (their text) are put beside it. Returns the
 * address and a function that stops nginx and removes its scratch folder.
 */
export async function intranetWithHandbook(
  dist: string,
  more: string[] = [],
): Promise<{ origin: string; stop: () => void }> {
  const scratch = mkdtempSync(join(tmpdir(), 'handbook-intranet-'));
  const port = await freePort();
  const include = readFileSync(join(dist, '_nginx-location.conf'), 'utf8').replace(
    /^(\s*)root [^;]*;/gm,
    `$1root ${dist};`,
  );
  writeFileSync(join(scratch, 'handbook-location.conf'), include);
  more.forEach((text, i) => writeFileSync(join(scratch, `more-${i}.conf`), text));
  const temp = (name: string) => `    ${name} ${join(scratch, name)};`;
  const asRoot = process.getuid?.() === 0;
  writeFileSync(
    join(scratch, 'nginx.conf'),
    [
      // Scratch folders are private to the tests' user: the workers read the build as that user.
      ...(asRoot ? ['user root root;'] : []),
      'worker_processes 1;',
      'daemon off;',
      `pid ${join(scratch, 'nginx.pid')};`,
      `error_log ${join(scratch, 'error.log')} warn;`,
      'events { worker_connections 64; }',
      'http {',
      '    access_log off;',
      ...['client_body_temp_path', 'proxy_temp_path', 'fastcgi_temp_path', 'uwsgi_temp_path', 'scgi_temp_path'].map(
        temp,
      ),
      '    server {',
      `        listen 127.0.0.1:${port};`,
      '        location / {',
      '            default_type text/plain;',
      '            return 200 "the intranet\\n";',
      '        }',
      `        include ${join(scratch, 'handbook-location.conf')};`,
      // Another handbook's include beside it, as given (another edition under another base).
      ...more.map((_, i) => `        include ${join(scratch, `more-${i}.conf`)};`),
      '    }',
      '}',
      '',
    ].join('\n'),
  );
  const args = ['-p', scratch, '-c', join(scratch, 'nginx.conf')];
  const check = spawnSync(NGINX_PATH, ['-t', ...args], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx refused the include:\n${check.stderr}`);
  const nginx = spawn(NGINX_PATH, args, { stdio: 'ignore' });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (await fetch(origin).then(() => true, () => false)) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    origin,
    stop: () => {
      nginx.kill();
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
