import { STYLES, type Target } from './targets';

/**
 * Links in exported Markdown that do not lead to an exported file (should always be empty):
 * each relative link (inline, or a `[label]: url` definition) followed back to a file the
 * target's way, and each `[[wikilink]]` to its page.
 */
export function unresolvedLinks(target: Target, files: Map<string, string>): string[] {
  const style = STYLES[target];
  const missing: string[] = [];
  for (const [path, content] of files) {
    if (!path.endsWith('.md')) continue;
    const inline = content.matchAll(/\]\(([^)\s]+)\)/g);
    const defined = content.matchAll(/^ {0,3}\[[^\]\n]+\]:[ \t]*<?([^\s>]+)/gm);
    for (const [, url] of [...inline, ...defined]) {
      if (/^(https?:|mailto:|#)/.test(url!)) continue;
      if (!files.has(style.linkedFile(path, url!.split('#')[0]!))) missing.push(`${path}: ${url}`);
    }
    for (const [, wiki] of content.matchAll(/\[\[([^|\]#]+)/g))
      if (!files.has(`${wiki}.md`)) missing.push(`${path}: [[${wiki}]]`);
  }
  return missing;
}
