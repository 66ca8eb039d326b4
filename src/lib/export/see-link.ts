import type { PhrasingContent } from 'mdast';
import { u } from 'unist-builder';
import { linkRoute } from '../handbook/routes';
import { text } from './mdast-builders';

/** The title of the handbook page at a site path, when the handbook has one. */
export type TitleOf = (route: string) => string | undefined;

/**
 * "See [Page title](/incidents/on-call/)." for the `link:` of a checklist item or an assessment
 * action. The link keeps the site path: the links transform then writes it the target's way
 * (or as plain text when the page is not exported), as every other link. It is named by the
 * page's title rather than the site's bare "More", so it still reads as a sentence as plain text.
 */
export function seeLink(url: string, titleOf: TitleOf): PhrasingContent[] {
  const route = linkRoute(url);
  const label = (route && titleOf(route)) || hostOf(url) || url;
  return [text('See '), u('link', { url }, [text(label)]), text('.')];
}

/** `https://www.example.com/x` → `example.com`; undefined for anything that is not a web address. */
function hostOf(url: string): string | undefined {
  if (!/^https?:\/\//.test(url)) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}
