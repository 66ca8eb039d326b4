/**
 * What an MDX page uses that it never defines: a component it does not import (`<Foo />`) and
 * a name in an `{expression}` it does not import or export (`{x + 1}`, `{Diaz}`). Sätteri
 * parses both without complaint and the compiled page fails when it renders ("Expected
 * component `Foo` to be defined", "x is not defined"), which stops the build. The check reads
 * the names from the page's mdast, the tree the exporter and the link check already parse.
 */
import { parse, tokenizer, type Options } from 'acorn';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { walk } from '../export/walk';
import type { ContentProblem } from './problem';
import { closestName } from '../text/suggest';

/** What one page defines and uses, read from its tree. */
export interface PageScope {
  /** The names the page's `import` and `export` statements bind. */
  defined: Set<string>;
  /** Each imported name's statement, e.g. `Checklist` → `import Checklist from '~/…/Checklist.astro';`. */
  imports: Map<string, string>;
  /** The page exports `components`: the components it provides are not known to the check. */
  providesComponents: boolean;
  /** False when an `import`/`export` block could not be read: what it binds is then unknown. */
  readable: boolean;
  /** Each component (JSX element with a capital or a dotted name) and its line. */
  components: { name: string; line: number }[];
  /** Each `{expression}`, in the text or in a component's attributes, with its line. */
  expressions: { code: string; shown: string; line: number }[];
}

/**
 * Names every MDX page's expressions can read without importing them: the page's `props`, and
 * the exports Astro adds to each compiled page (`frontmatter`, `getHeadings`, `url`, `file`,
 * `Content`). JavaScript's and Node's globals (`Math`, `Date`, …) are read from the global
 * object: pages render at build time, in Node. (Components are another matter: see
 * `scopeProblems`.)
 */
const MDX_NAMES = new Set(['props', 'frontmatter', 'getHeadings', 'url', 'file', 'Content']);

const ACORN: Options = { ecmaVersion: 'latest', sourceType: 'module' };

/** The JSX and expression nodes of an MDX page. */
const MDX_NODES = [
  'mdxjsEsm',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'mdxFlowExpression',
  'mdxTextExpression',
] as const;

/** Reads what a page defines (its imports and exports) and the components and expressions it uses. */
export function readScope(tree: Root): PageScope {
  const scope: PageScope = {
    defined: new Set(),
    imports: new Map(),
    providesComponents: false,
    readable: true,
    components: [],
    expressions: [],
  };
  walk(tree, MDX_NODES, (node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'mdxjsEsm') readEsm(node.value, scope);
    else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression')
      scope.expressions.push({ code: node.value, shown: `{${node.value}}`, line });
    else {
      const el = node as MdxJsxFlowElement | MdxJsxTextElement;
      // `<kbd>`, `<my-element>` and `<>` are HTML, not components; `<a.b>` reads the object `a`.
      if (el.name && (/^[A-Z]/.test(el.name) || el.name.includes('.')))
        scope.components.push({ name: el.name, line });
      const tag = el.name ?? '';
      for (const attribute of el.attributes) {
        if (attribute.type === 'mdxJsxExpressionAttribute')
          scope.expressions.push({
            code: `{${attribute.value}}`,
            shown: `<${tag} {${attribute.value}}>`,
            line,
          });
        else if (attribute.value && typeof attribute.value === 'object')
          scope.expressions.push({
            code: attribute.value.value,
            shown: `<${tag} ${attribute.name}={${attribute.value.value}}>`,
            line,
          });
      }
    }
    return undefined;
  });
  return scope;
}

/**
 * The problems of one page's scope: each component it neither imports nor is given, and each
 * expression naming something it does not define. `importedElsewhere` holds the import
 * statement other pages use for a component, to show the line to copy.
 */
export function scopeProblems(
  file: string,
  scope: PageScope,
  importedElsewhere: Map<string, string> = new Map(),
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (!scope.readable) return problems;
  const known = (name: string) => scope.defined.has(name) || MDX_NAMES.has(name) || name in globalThis;
  if (!scope.providesComponents)
    for (const { name, line } of scope.components) {
      // MDX looks a component up among the page's imports and exports, then among the components
      // it is given (only Fragment): not among globals, so `<Map />` fails as `<Foo />` does.
      const base = name.split('.')[0]!;
      if (scope.defined.has(base) || base === 'Fragment') continue;
      const meant = closestName(base, [...scope.defined, ...importedElsewhere.keys()]);
      const statement = importedElsewhere.get(base) ?? `import ${base} from '~/components/…/${base}.astro';`;
      const fix =
        meant && meant !== base
          ? `Did you mean <${meant}>? Fix the name${scope.defined.has(meant) ? '.' : `, and import it: ${importedElsewhere.get(meant)}`}`
          : `Import it at the top of the page (${statement}), or remove it.`;
      problems.push({
        file,
        line,
        message: `<${name}>: ${base} is not imported on this page, so the build fails ("Expected component \`${base}\` to be defined"). ${fix}`,
      });
    }
  for (const { code, shown, line } of scope.expressions) {
    // `{{name}}` that names no term is left as it is, and reported as an unknown term.
    if (/^\{\s*[A-Za-z][A-Za-z0-9]*\s*\}$/.test(code)) continue;
    const missing = [...freeNames(code)].filter((name) => !known(name));
    if (missing.length === 0) continue;
    const names =
      missing.length === 1
        ? `${missing[0]} is`
        : `${missing.slice(0, -1).join(', ')} and ${missing.at(-1)} are`;
    problems.push({
      file,
      line,
      message: `${clip(shown)}: ${names} not defined on this page, so the build fails ("${missing[0]} is not defined"). Braces in MDX run code: to show them as text write \\{ and \\} (or put the text in backticks); to use a value, import or export it at the top of the page.`,
    });
  }
  return problems;
}

/** A long expression shortened for a message. */
const clip = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/** The identifiers `import X`, `import { A as B }` and `import * as N` bind, in one line each. */
const SIMPLE_IMPORT =
  /^import\s+(?:([A-Za-z_$][\w$]*)|\{([^}]*)\}|\*\s+as\s+([A-Za-z_$][\w$]*))\s+from\s+(['"])[^'"\n]*\4\s*;?\s*$/;
const NAMED = /^([A-Za-z_$][\w$]*)(?:\s+as\s+([A-Za-z_$][\w$]*))?$/;

/**
 * Adds the names an ESM block binds to the scope. The common case, one `import` per line, is
 * read with a pattern; anything else (exports, several lines) with acorn, as MDX itself reads it.
 */
function readEsm(code: string, scope: PageScope): void {
  const lines = code.split('\n').filter((l) => l.trim() !== '');
  const simple = lines.map((l) => [l.trim(), SIMPLE_IMPORT.exec(l.trim())] as const);
  if (
    simple.every(
      ([, m]) => m && (m[2] === undefined || m[2].split(',').every((p) => !p.trim() || NAMED.test(p.trim()))),
    )
  ) {
    for (const [statement, m] of simple) {
      const names =
        m![2] !== undefined
          ? m![2].split(',').flatMap((part) => {
              const named = NAMED.exec(part.trim());
              return named ? [named[2] ?? named[1]!] : [];
            })
          : [m![1] ?? m![3]!];
      for (const name of names) bind(scope, name, statement);
    }
    return;
  }
  let program: AnyNode;
  try {
    program = parse(code, ACORN) as unknown as AnyNode;
  } catch {
    // Sätteri accepted it (JSX in an export, say) but acorn cannot read it: rather than guess
    // what it binds, the page's names are not checked.
    scope.readable = false;
    return;
  }
  for (const statement of program.body as AnyNode[]) {
    const text = code.slice(statement.start as number, statement.end as number);
    if (statement.type === 'ImportDeclaration')
      for (const s of statement.specifiers as AnyNode[])
        bind(scope, (s.local as AnyNode).name as string, text);
    const declaration = (statement.declaration ?? statement) as AnyNode | null;
    if (statement.type === 'ExportNamedDeclaration') {
      for (const s of (statement.specifiers ?? []) as AnyNode[])
        if ((s.exported as AnyNode).name === 'components') scope.providesComponents = true;
    }
    if (!declaration) continue;
    if (declaration.type === 'VariableDeclaration')
      for (const d of declaration.declarations as AnyNode[])
        for (const name of patternNames(d.id as AnyNode)) bind(scope, name);
    else if (
      (declaration.type === 'FunctionDeclaration' || declaration.type === 'ClassDeclaration') &&
      declaration.id
    )
      bind(scope, (declaration.id as AnyNode).name as string);
  }
}

function bind(scope: PageScope, name: string, statement?: string) {
  scope.defined.add(name);
  if (statement?.startsWith('import')) scope.imports.set(name, statement);
  if (name === 'components') scope.providesComponents = true;
}

/** An acorn node, read loosely: the walk below visits every kind the same way. */
type AnyNode = { type: string; [key: string]: unknown };

/**
 * The names an expression reads that it does not bind itself: `x` in `{x + 1}`, not `y` in
 * `{x.y}`, `{ y: 1 }` or `{(y) => y}`. Names bound anywhere in the expression count as bound
 * everywhere in it (simpler than scopes, and it never reports a name that is defined). An
 * expression of comments only, or one acorn cannot read (JSX inside), names nothing.
 */
export function freeNames(code: string): Set<string> {
  const free = new Set<string>();
  if (isOnlyComments(code)) return free;
  let program: AnyNode;
  try {
    program = parse(`(${code}\n)`, ACORN) as unknown as AnyNode;
  } catch {
    return free;
  }
  const bound = new Set<string>();
  const used: string[] = [];
  const visit = (node: unknown, parent?: AnyNode, key?: string): void => {
    if (Array.isArray(node)) return node.forEach((n) => visit(n, parent, key));
    if (!node || typeof node !== 'object' || typeof (node as AnyNode).type !== 'string') return;
    const n = node as AnyNode;
    if (n.type === 'Identifier') {
      if (!isPropertyName(parent, key)) used.push(n.name as string);
      return;
    }
    if (/Function/.test(n.type)) {
      if (n.id) bound.add((n.id as AnyNode).name as string);
      for (const param of n.params as AnyNode[])
        for (const name of patternNames(param, visit)) bound.add(name);
      return visit(n.body, n, 'body');
    }
    if (n.type === 'VariableDeclarator') {
      for (const name of patternNames(n.id as AnyNode, visit)) bound.add(name);
      return visit(n.init, n, 'init');
    }
    if (n.type === 'CatchClause') {
      if (n.param) for (const name of patternNames(n.param as AnyNode, visit)) bound.add(name);
      return visit(n.body, n, 'body');
    }
    if (n.type === 'ClassDeclaration' || n.type === 'ClassExpression') {
      if (n.id) bound.add((n.id as AnyNode).name as string);
      visit(n.superClass, n, 'superClass');
      return visit(n.body, n, 'body');
    }
    if (n.type === 'LabeledStatement') return visit(n.body, n, 'body');
    if (n.type === 'BreakStatement' || n.type === 'ContinueStatement' || n.type === 'MetaProperty') return;
    for (const [k, child] of Object.entries(n)) if (child && typeof child === 'object') visit(child, n, k);
  };
  visit(program);
  for (const name of used) if (!bound.has(name)) free.add(name);
  return free;
}

/** True when the identifier at `key` of `parent` reads no variable: `a.b`, `{ b: 1 }`, `typeof b`. */
function isPropertyName(parent: AnyNode | undefined, key: string | undefined): boolean {
  // `typeof x` reads no variable: it is "undefined" for a name that is not defined.
  if (parent?.type === 'UnaryExpression' && parent.operator === 'typeof') return true;
  if (!parent || parent.computed) return false;
  if (parent.type === 'MemberExpression') return key === 'property';
  if (
    parent.type === 'Property' ||
    parent.type === 'MethodDefinition' ||
    parent.type === 'PropertyDefinition'
  )
    return key === 'key';
  return false;
}

/**
 * The names a binding pattern (a parameter, a declaration's left side) binds; `visit` is given
 * the expressions inside it (defaults, computed keys), which read names of their own.
 */
function patternNames(
  pattern: AnyNode,
  visit?: (node: unknown, parent?: AnyNode, key?: string) => void,
): string[] {
  switch (pattern.type) {
    case 'Identifier':
      return [pattern.name as string];
    case 'AssignmentPattern':
      visit?.(pattern.right, pattern, 'right');
      return patternNames(pattern.left as AnyNode, visit);
    case 'RestElement':
      return patternNames(pattern.argument as AnyNode, visit);
    case 'ArrayPattern':
      return (pattern.elements as (AnyNode | null)[]).flatMap((e) => (e ? patternNames(e, visit) : []));
    case 'ObjectPattern':
      return (pattern.properties as AnyNode[]).flatMap((p) => {
        if (p.type === 'RestElement') return patternNames(p, visit);
        if (p.computed) visit?.(p.key, p, 'key');
        return patternNames(p.value as AnyNode, visit);
      });
    default:
      return [];
  }
}

/** True when the code has no tokens: empty, or comments only (`{/* a note *\/}`). */
function isOnlyComments(code: string): boolean {
  try {
    return tokenizer(code, ACORN).getToken().type.label === 'eof';
  } catch {
    return false;
  }
}
