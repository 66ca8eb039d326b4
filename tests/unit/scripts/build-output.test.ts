import { afterAll, describe, expect, test } from 'vitest';
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { discard, publish, publishFolders } from '../../../scripts/build-output.mjs';

/** A finished build in the staging folder replaces the served site whole, and leaves nothing behind. */
const scratch = mkdtempSync(join(tmpdir(), 'handbook-publish-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function site(folder: string, files: Record<string, string>) {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(folder, name, '..'), { recursive: true });
    writeFileSync(join(folder, name), text);
  }
}

describe('publishing a build', () => {
  test('replaces the served folder with the new site: pages the new build lacks are gone', () => {
    const root = join(scratch, 'plain');
    site(join(root, 'dist'), { 'index.html': 'old', 'gone/index.html': 'old page' });
    const folders = publishFolders(root, undefined);
    expect(folders.staging).toBe(join(root, '.dist.building'));
    site(folders.staging, { 'index.html': 'new' });
    publish(folders);
    expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe('new');
    expect(readdirSync(root)).toEqual(['dist']);
    expect(readdirSync(join(root, 'dist'))).toEqual(['index.html']);
  });

  test('works for a first build, and for an output folder given as HANDBOOK_OUT_DIR', () => {
    const root = join(scratch, 'first');
    mkdirSync(root);
    const folders = publishFolders(root, 'out/site');
    expect(folders.shown).toBe(join('out', 'site'));
    site(folders.staging, { 'index.html': 'new' });
    publish(folders);
    expect(readFileSync(join(root, 'out', 'site', 'index.html'), 'utf8')).toBe('new');
  });

  test('an output folder that is a link stays a link; the folder it points at is replaced', () => {
    const root = join(scratch, 'linked');
    site(join(root, 'releases', 'current'), { 'index.html': 'old' });
    symlinkSync(join(root, 'releases', 'current'), join(root, 'dist'));
    const folders = publishFolders(root, 'dist');
    site(folders.staging, { 'index.html': 'new' });
    publish(folders);
    expect(lstatSync(join(root, 'dist')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe('new');
    expect(readdirSync(join(root, 'releases'))).toEqual(['current']);
  });

  test('a failed build is discarded and the served folder is untouched', () => {
    const root = join(scratch, 'failed');
    site(join(root, 'dist'), { 'index.html': 'old' });
    const folders = publishFolders(root, undefined);
    site(folders.staging, { 'half.html': 'half' });
    discard(folders.staging);
    expect(readdirSync(root)).toEqual(['dist']);
    expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe('old');
  });
});
