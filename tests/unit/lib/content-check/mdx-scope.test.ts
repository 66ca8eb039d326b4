import { describe, expect, test } from 'vitest';
import { evaluate } from 'satteri';
import { parseMdx } from '../../../../src/lib/export/parse';
import { checkContent } from '../../../../src/lib/content-check/check-content';
import { freeNames, readScope, scopeProblems } from '../../../../src/lib/content-check/mdx-scope';
import { contentFiles, pageText } from '../../helpers/handbook-fixture';

/** What the check says about one MDX page body. */
const problemsOf = (body: string) => scopeProblems('p.mdx', readScope(parseMdx(body))).map((p) => p.message);

/**
 * Whether a page body renders: compiled by Sätteri (the compiler the site's build uses) and run,
 * with the components Astro hands every MDX page (`Fragment`). A name the page does not
 * define throws here as it throws in the build ("x is not defined", "Expected component").
 */
function renders(body: string): boolean {
  const jsx = (type: unknown, props: unknown) => ({ type, props });
  const page = evaluate(body, { Fragment: 'Fragment', jsx, jsxs: jsx }) as {
    default: (props: object) => unknown;
  };
  try {
    page.default({ components: { Fragment: 'Fragment' } });
    return true;
  } catch {
    return false;
  }
}

describe('components and expressions: the check flags exactly what fails to render', () => {
  // Each body either renders or throws when compiled and run; the check must agree. Names only
  // Astro adds (`frontmatter`, `url`) are proven by the real build in tests/content.
  const BODIES = [
    'Use {x + 1} items.',
    'Ask {Diaz}.',
    'A set: {a, b}.',
    '<Foo bar="1" />',
    'Text <Foo.Bar /> inline.',
    '<Checklist id="x" />',
    '<Map />',
    '<Math.max />',
    'export const n = 2;\n\n{n + 1} and {Math.max(n, 3)}',
    "export const Box = () => 'box';\n\n<Box />",
    'export function double(v) { return v * 2 }\n\n{double(2)}',
    'export const { a, b: [c] } = { a: 1, b: [2] };\n\n{a + c}',
    '{[1, 2].map((i) => i * 2).join(" ")}',
    '{[1, 2].map(function twice(i) { return i * 2 })}',
    '{(({ k = 1 }) => k)({})}',
    '{(() => { try { return 1 } catch (e) { return e } })()}',
    '{(() => { const local = 1; return local + other })()}',
    '{ {key: 1}.key }',
    '{ {key}.key }',
    '{`template ${missing}`}',
    '{props.anything}',
    '{/* a comment for authors */}',
    '<Fragment>inside</Fragment>',
    '<kbd>Ctrl</kbd> and <my-element />',
    '<div title={typeof nothing}>x</div>',
    '<div title={unknownValue}>x</div>',
    '<div {...spread}>x</div>',
    '<div {...{ title: "t" }}>x</div>',
  ];
  test.each(BODIES.map((b) => [b]))('%s', (body) => {
    expect(problemsOf(body).length > 0, problemsOf(body).join('\n')).toBe(!renders(body));
  });
});

describe('messages', () => {
  test('an unknown component is named at its line, with the fix', () => {
    const files = contentFiles({
      pages: [{ rel: 'start/p.mdx', text: pageText('P', 'start', 'Intro.\n\n<Foo bar="1" />\n') }],
    });
    const found = checkContent(files).problems.filter((p) => p.message.startsWith('<Foo>'));
    expect(found).toEqual([expect.objectContaining({ file: 'content/docs/start/p.mdx', line: 11 })]);
    expect(found[0]!.message).toMatch(/Foo is not imported on this page.*Import it .*, or remove it\./);
  });

  test('a component another page imports is suggested with that page’s import line; a typo with the name it meant', () => {
    const using = pageText(
      'A',
      'start',
      'import Checklist from \'~/components/checklists/Checklist.astro\';\n\n<Checklist id="c" />\n',
    );
    const files = contentFiles({
      pages: [
        { rel: 'start/a.mdx', text: using },
        { rel: 'start/b.mdx', text: pageText('B', 'start', '<Checklist id="c" />\n\n<Checklst id="c" />\n') },
      ],
    });
    const messages = checkContent(files)
      .problems.filter((p) => p.file === 'content/docs/start/b.mdx' && /^<\w+>:/.test(p.message))
      .map((p) => `${p.line}: ${p.message}`);
    expect(messages).toEqual([
      expect.stringMatching(
        /^9: <Checklist>: .*\(import Checklist from '~\/components\/checklists\/Checklist\.astro';\)/,
      ),
      expect.stringMatching(/^11: <Checklst>: .*Did you mean <Checklist>\?/),
    ]);
  });

  test('an expression names every undefined name, at its line, and says how to write braces as text', () => {
    const [message] = problemsOf('Line one.\n\nUse {count + total} items.');
    expect(message).toMatch(/^\{count \+ total\}: count and total are not defined on this page/);
    expect(message).toMatch(/write \\\{ and \\\}/);
  });

  test('braces and tags in a .md page are text and HTML, not code', () => {
    const files = contentFiles({
      pages: [{ rel: 'start/plain.md', text: pageText('P', 'start', 'Use {x + 1}.\n\n<Foo />\n') }],
    });
    expect(checkContent(files).problems.filter((p) => /not (defined|imported)/.test(p.message))).toEqual([]);
  });

  test('a {{placeholder}} that names no term is reported once, as an unknown term', () => {
    const files = contentFiles({
      pages: [{ rel: 'start/p.mdx', text: pageText('P', 'start', 'Post in {{incidentChanel}}.\n') }],
    });
    const messages = checkContent(files)
      .problems.filter((p) => p.file === 'content/docs/start/p.mdx')
      .map((p) => p.message);
    expect(messages.filter((m) => m.includes('incidentChanel'))).toEqual([
      expect.stringMatching(/^\{\{incidentChanel\}\} is not a term/),
    ]);
  });
});

describe('what the check cannot read, it does not guess at', () => {
  test('an export acorn cannot read (JSX in it) turns the page’s checks off, instead of calling its names undefined', () => {
    const body = 'export const Box = () => <b>box</b>;\n\n<Box /> and {Box}';
    expect(renders(body)).toBe(true);
    expect(problemsOf(body)).toEqual([]);
  });
});

describe('freeNames', () => {
  test('reads the names an expression uses and does not bind', () => {
    expect([...freeNames('a.b + c[d] + f(g => g + h)')]).toEqual(['a', 'c', 'd', 'f', 'h']);
    expect([...freeNames('/* only a note */')]).toEqual([]);
  });
});
