import { afterAll, describe, expect, test } from 'vitest';
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { BUILD_MARKER, discard, prepare, publish, publishFolders } from '../../../scripts/build-output.mjs';

/** A finished build in the staging folder replaces the served site whole, and leaves nothing behind. */
const scratch = mkdtempSync(join(tmpdir(), 'handbook-publish-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A built site (it has the file every build writes) with these pages. */
function site(folder: string, files: Record<string, string>) {
  for (const [name, text] of Object.entries({ [BUILD_MARKER]: '# nginx', ...files })) {
    mkdirSync(join(folder, name, '..'), { recursive: true });
    writeFileSync(join(folder, name), text);
  }
}
const project = (name: string) => {
  const root = join(scratch, name);
  mkdirSync(root, { recursive: true });
  return root;
};

describe('publishing a build', () => {
  test('replaces the served folder with the new site: pages the new build lacks are gone', () => {
    const root = project('plain');
    site(join(root, 'dist'), { 'index.html': 'old', 'gone/index.html': 'old page' });
    const folders = publishFolders(root, undefined);
    expect(folders.staging).toBe(join(root, '.dist.building'));
    site(folders.staging, { 'index.html': 'new' });
    expect(publish(folders)).toBe(true);
    expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe('new');
    expect(readdirSync(root)).toEqual(['dist']);
    expect(readdirSync(join(root, 'dist')).sort()).toEqual([BUILD_MARKER, 'index.html']);
  });

  test('works for a first build, and for an output folder given as HANDBOOK_OUT_DIR (empty means dist)', () => {
    const root = project('first');
    const folders = publishFolders(root, 'out/site');
    expect(folders.shown).toBe(join('out', 'site'));
    mkdirSync(join(root, 'out'));
    site(folders.staging, { 'index.html': 'new' });
    publish(folders);
    expect(readFileSync(join(root, 'out', 'site', 'index.html'), 'utf8')).toBe('new');
    expect(publishFolders(root, '').final).toBe(join(root, 'dist'));
  });

  test('an output folder that is a link stays a link; the folder it points at is replaced', () => {
    const root = project('linked');
    site(join(root, 'releases', 'current'), { 'index.html': 'old' });
    symlinkSync(join(root, 'releases', 'current'), join(root, 'dist'));
    const folders = publishFolders(root, 'dist');
    site(folders.staging, { 'index.html': 'new' });
    publish(folders);
    expect(lstatSync(join(root, 'dist')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe('new');
    expect(readdirSync(join(root, 'releases'))).toEqual(['current']);
  });

  test('a failed build is discarded, and a build that wrote no site publishes nothing', () => {
    const root = project('failed');
    site(join(root, 'dist'), { 'index.html': 'old' });
    const folders = publishFolders(root, undefined);
    mkdirSync(folders.staging);
    writeFileSync(join(folders.staging, 'half.html'), 'half');
    discard(folders.staging);
    expect(readdirSync(root)).toEqual(['dist']);
    // `astro build --help` exits 0 and writes nothing: the served site stays.
    mkdirSync(folders.staging);
    expect(publish(folders)).toBe(false);
    expect(readdirSync(root)).toEqual(['dist']);
    expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe('old');
  });

  test('a site an interrupted publish moved aside is put back before the next build', () => {
    const root = project('interrupted');
    site(join(root, 'dist'), { 'index.html': 'old' });
    const folders = publishFolders(root, undefined);
    renameSync(folders.final, folders.previous);
    prepare(folders);
    expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe('old');
  });
});

describe('an output folder the build may not replace', () => {
  const root = project('guarded');
  mkdirSync(join(root, 'public'), { recursive: true });
  test.each([
    ['.', /holds the project/],
    ['..', /holds the project/],
    ['/', /holds the project/],
    ['public', /inside the project's public\/ folder/],
    ['content/dist', /inside the project's content\/ folder/],
  ])('%s is refused', (outDir, message) => {
    expect(() => publishFolders(root, outDir)).toThrow(message);
  });

  test('a folder of files no build wrote is refused, naming what makes a folder a site', () => {
    mkdirSync(join(root, 'www'));
    writeFileSync(join(root, 'www', 'notes.txt'), 'mine');
    expect(() => publishFolders(root, 'www')).toThrow(/holds files that no build of the handbook wrote/);
    expect(readdirSync(join(root, 'www'))).toEqual(['notes.txt']);
  });
});
