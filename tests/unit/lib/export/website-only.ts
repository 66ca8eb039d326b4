import type { Handbook } from '../../../../src/lib/handbook/model';

/**
 * What the real handbook says only on the website, and only in its copies, read from the
 * content itself: the opening words of each `<OnTheWebsite>` and `<InExports>` block, as plain
 * text (Markdown marks dropped), by page.
 */
export function websiteOnlyText(handbook: Handbook) {
  const opening = (block: string) =>
    block
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/^\s*(\d+\.|[-*])\s+/, '')
      .replace(/<[^>]+>/g, '')
      .replace(/[*_`]/g, '')
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 8)
      .join(' ');
  const blocks = (text: string, name: string) =>
    [...text.matchAll(new RegExp(`<${name}>\\s*([\\s\\S]*?)\\s*</${name}>`, 'g'))].map((m) => opening(m[1]!));
  return handbook.pages
    .map((p) => ({
      route: p.route,
      website: blocks(p.text ?? p.body, 'OnTheWebsite'),
      exports: blocks(p.text ?? p.body, 'InExports'),
    }))
    .filter((p) => p.website.length + p.exports.length > 0);
}
