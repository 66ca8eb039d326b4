/**
 * The Content-Security-Policy the site satisfies, built from what the build produced: the
 * hashes of the inline scripts and styles it contains. Every source allowed is explained in
 * DECISIONS.md ("A strict Content-Security-Policy, generated from the build").
 */
export interface PolicyInput {
  /** `sha256-…` of every inline script the built pages contain (Starlight's own). */
  scriptHashes: string[];
  /** `sha256-…` of every inline `<style>` element, if any. */
  styleHashes: string[];
  /** Who may frame the pages: `'none'` by default (handbook.config.yaml: frameAncestors). */
  frameAncestors: string[];
}

const quoted = (hashes: string[]) => [...new Set(hashes)].sort().map((h) => `'${h}'`);

/** The policy's directives, in a fixed order. */
export function policyDirectives(input: PolicyInput): [directive: string, sources: string[]][] {
  return [
    ['default-src', ["'self'"]],
    // Our scripts are files; Starlight's few inline ones are allowed by hash. Pagefind compiles
    // its WebAssembly index reader, which needs 'wasm-unsafe-eval' (and nothing wider).
    ['script-src', ["'self'", "'wasm-unsafe-eval'", ...quoted(input.scriptHashes)]],
    ['style-src', ["'self'", ...quoted(input.styleHashes)]],
    // Starlight, Expressive Code and our charts set style="" attributes (colours, sizes).
    ['style-src-attr', ["'unsafe-inline'"]],
    // Expressive Code draws its icons as data: SVG in its stylesheet.
    ['img-src', ["'self'", 'data:']],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', input.frameAncestors],
  ];
}

/** The policy as a header value. */
export function policyHeader(input: PolicyInput): string {
  return policyDirectives(input)
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ');
}

/**
 * The policy for a `<meta http-equiv>` tag, for hosts that cannot send headers: the same, less
 * `frame-ancestors`, which browsers ignore (with a console error) in a meta tag.
 */
export function policyMeta(input: PolicyInput): string {
  return policyDirectives(input)
    .filter(([directive]) => directive !== 'frame-ancestors')
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ');
}

/** The code of every inline script (not data blocks) and inline style element in a page. */
export function inlineCode(html: string): { scripts: string[]; styles: string[] } {
  const scripts = [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)]
    .filter(([, attrs = '']) => !/\ssrc\s*=/i.test(attrs) && isJavaScript(attrs))
    .map(([, , code]) => code!);
  const styles = [...html.matchAll(/<style(\s[^>]*)?>([\s\S]*?)<\/style>/gi)].map(([, , code]) => code!);
  return { scripts, styles };
}

/** True for a script element the browser runs (no type, a JavaScript type, or a module). */
function isJavaScript(attrs: string): boolean {
  const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
  return !type || type === 'module' || /^(text|application)\/(java|ecma)script$/.test(type);
}

/** The page with the policy as its first `<head>` element, before any script can run. */
export function withPolicyMeta(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/"/g, '&quot;')}">`;
  return html.replace(/<head(\s[^>]*)?>/i, (head) => `${head}${meta}`);
}
