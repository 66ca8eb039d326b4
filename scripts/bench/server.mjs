// @ts-check
// Serves a built site on 127.0.0.1 with the project's own static server (scripts/serve-dist.mjs).
import { spawn } from 'node:child_process';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { track } from './cleanup.mjs';

/** A TCP port that is free on 127.0.0.1 right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * @typedef {object} Served
 * @property {string} url the site's address, ending in `/`
 * @property {() => Promise<void>} stop ends the server
 * @property {boolean} gzip whether it sends HTML gzipped to a browser that accepts it
 */

/**
 * Whether the server at `url` answers a browser that accepts gzip with gzipped HTML.
 * @param {string} url
 * @returns {Promise<boolean>}
 */
function sendsGzip(url) {
  return new Promise((resolve) => {
    const request = get(url, { headers: { 'Accept-Encoding': 'gzip' } }, (response) => {
      resolve(/gzip/.test(String(response.headers['content-encoding'] ?? '')));
      response.resume();
    });
    request.on('error', () => resolve(false));
  });
}

/**
 * Starts `node scripts/serve-dist.mjs --port <free port> --dir <dist>` and waits until it listens.
 * @param {string} root the project root
 * @param {string} dist the built site
 * @returns {Promise<Served>}
 */
export async function serve(root, dist) {
  const port = await freePort();
  const child = track(
    spawn(
      process.execPath,
      [join(root, 'scripts', 'serve-dist.mjs'), '--port', String(port), '--dir', dist],
      {
        cwd: root,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    ),
  );
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
  };
  try {
    await new Promise((resolve, reject) => {
      let output = '';
      const timer = setTimeout(
        () => reject(new Error(`the server did not start in 15 s:\n${output}`)),
        15_000,
      );
      child.stdout?.on('data', (chunk) => {
        output += chunk;
        if (output.includes('Serving')) {
          clearTimeout(timer);
          resolve(undefined);
        }
      });
      child.stderr?.on('data', (chunk) => (output += chunk));
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the server exited (${code}):\n${output}`));
      });
    });
  } catch (error) {
    await stop();
    throw error;
  }
  const url = `http://127.0.0.1:${port}/`;
  return { url, stop, gzip: await sendsGzip(url) };
}
