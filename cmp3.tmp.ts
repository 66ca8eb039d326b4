import { mdxToMdast } from '/work/main/node_modules/satteri/dist/index.js';
import { parseMdx } from '/work/main/src/lib/export/parse.ts';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
const dir = process.argv[4] ?? '/work/main/content/docs';
const files = readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.mdx') || String(f).endsWith('.md')).map((f) => join(dir, String(f)));
const texts = files.map((f) => readFileSync(f, 'utf8'));
const strip = (n: any): any => {
  if (Array.isArray(n)) return n.map(strip);
  if (n && typeof n === 'object') { const o: any = {}; for (const k of Object.keys(n).sort()) { if (k === 'data') continue; if (k === 'position' && (n.type === 'mdxjsEsm' || n.type === 'mdxJsxAttribute')) continue; if (k === 'position') { o[k] = [n[k].start.line, n[k].start.column, n[k].start.offset, n[k].end.line, n[k].end.column, n[k].end.offset]; continue; } if (n[k] === undefined || n[k] === null) continue; o[k] = strip(n[k]); } return o; }
  return n;
};
const feat = { gfm: true, frontmatter: true, directive: true };
let t = performance.now(); const a = texts.map((s) => parseMdx(s)); const ta = performance.now() - t;
t = performance.now(); const b = texts.map((s) => mdxToMdast(s, { features: feat })); const tb = performance.now() - t;
console.log(files.length, 'files; unified', ta.toFixed(0), 'ms; satteri', tb.toFixed(0), 'ms');
let diff = 0;
for (let i = 0; i < files.length; i++) {
  const x = JSON.stringify(strip(a[i])), y = JSON.stringify(strip(b[i]));
  if (x !== y) { diff++; if (diff <= Number(process.argv[3] ?? 3)) { let k = 0; while (x[k] === y[k]) k++; console.log(files[i], '\n U:', x.slice(k - 200, k + 200), '\n S:', y.slice(k - 200, k + 200)); } }
}
console.log('differing', diff);
