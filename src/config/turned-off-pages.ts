import { fieldLine } from '../lib/content-check/frontmatter';
import type { ContentProblem } from '../lib/content-check/problem';
import type { Handbook } from '../lib/handbook/model';
import type { ContentFiles } from '../lib/handbook/raw-content';
import { pageFolder } from '../lib/handbook/routes';
import type { Settings } from './settings';

/** What `new`, `plan` and `check` say of a section the config turns off, and the build warns. */
export const sectionOffMessage = (section: string, configFile: string) =>
  `The section "${section}" is turned off in ${configFile} (sections: ${section}: false), so its pages are not built. Choose another section, or turn it back on there.`;

/**
 * The fork's own pages (in `local/`) in a section its config turns off, each at its `section:`
 * line. The build leaves them out, as it does upstream's pages there (which stay silent:
 * turning a section off is how a fork drops them), but a page the team wrote there is a
 * mistake: `handbook check` fails on it and the build warns.
 */
export function turnedOffPages(
  files: ContentFiles,
  handbook: Handbook,
  settings: Settings,
): ContentProblem[] {
  if (!settings.configFile) return [];
  const configFile = settings.configFile;
  const docs = `${settings.ownLayer.replace(/^\.\//, '').replace(/\/+$/, '')}/docs/`;
  return handbook.excluded.flatMap(({ file, reason }) => {
    if (reason !== 'section-off' || !file.startsWith(docs)) return [];
    const text = files.pages.find((p) => p.file === file)?.text;
    return [
      {
        file,
        line: text ? fieldLine(text, 'section') : 1,
        message: sectionOffMessage(pageFolder(file.slice(docs.length)), configFile),
      },
    ];
  });
}
