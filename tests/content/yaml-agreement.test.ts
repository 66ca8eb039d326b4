import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import { quickYaml } from '../../src/lib/content-check/fast-yaml';
import { FRONTMATTER_BLOCK } from '../../src/lib/content-check/frontmatter';
import { ROOT } from '../paths';

/**
 * Content YAML is read with js-yaml first, for speed, and with the `yaml` library only when
 * there is a mistake to place (`quickYaml`). The two must agree: on every frontmatter block and
 * data file of the handbook and of the test fixtures, and on the cases where YAML readers differ
 * most, a text js-yaml reads gives the same values as the `yaml` library, and a text the `yaml`
 * library refuses, js-yaml refuses too — otherwise a mistake would slip past the checks.
 */
function yamlSources(): { name: string; yaml: string }[] {
  const files = ['content', 'tests/fixtures'].flatMap((folder) =>
    readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' }).map((f) => join(ROOT, folder, f)),
  );
  return files.flatMap((file) => {
    const name = relative(ROOT, file);
    if (/\.ya?ml$/.test(file)) return [{ name, yaml: readFileSync(file, 'utf8') }];
    if (!/\.mdx?$/.test(file)) return [];
    const block = FRONTMATTER_BLOCK.exec(readFileSync(file, 'utf8'));
    return block ? [{ name: `${name} (frontmatter)`, yaml: block[1]! }] : [];
  });
}

/** What the `yaml` library makes of a text: its values, or that it refuses it. */
function byYamlLibrary(text: string): { value: unknown } | 'refused' {
  const doc = parseDocument(text, { prettyErrors: false });
  return doc.errors.length > 0 ? 'refused' : { value: doc.toJS() };
}

const sources = yamlSources();

test('there is content to compare', () => {
  expect(sources.length).toBeGreaterThan(100);
});

describe('js-yaml and the yaml library read every content file alike', () => {
  test.each(sources.map((s) => [s.name, s]))('%s', (_name, { yaml }) => {
    const expected = byYamlLibrary(yaml);
    expect(quickYaml(yaml) ?? 'refused').toEqual(expected);
  });
});

describe('and the cases where YAML readers differ most', () => {
  test.each([
    ['dates stay text', 'lastReviewed: 2026-11-01\n'],
    ['yes/no/on/off stay text', 'a: yes\nb: no\nc: on\nd: off\n'],
    ['numbers in every base', 'a: 0o17\nb: 0x1F\nc: 1e3\nd: .inf\ne: -.nan\nf: 007\n'],
    ['nulls', 'a: ~\nb: null\nc:\n'],
    ['anchors and aliases', 'a: &x [1, 2]\nb: *x\n'],
    ['block scalars', 'a: |\n  one\n  two\nb: >-\n  three\n  four\n'],
    ['quoted escapes', `a: "tab\\there \\u00e9"\nb: 'it''s'\n`],
    ['a duplicated key is refused', 'a: 1\na: 2\n'],
    ['an unclosed quote is refused', 'a: "open\n'],
    ['a tab for indentation is refused', 'a:\n\t- 1\n'],
    ['two documents are refused', 'a: 1\n---\nb: 2\n'],
  ])('%s', (_name, yaml) => {
    expect(quickYaml(yaml) ?? 'refused').toEqual(byYamlLibrary(yaml));
  });
});
