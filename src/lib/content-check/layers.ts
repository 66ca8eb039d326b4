import type { ContentFiles } from '../handbook/raw-content';
import type { ContentProblem } from './problem';

/** The content folder a page's file is in: `local` for `local/docs/x/y.md`. */
const layerOf = (file: string) => file.slice(0, file.lastIndexOf('/docs/'));

/**
 * What the layers themselves get wrong: a page at the same path as another with a different
 * extension (`local/docs/incidents/x.md` over upstream's `content/docs/incidents/x.mdx`). The
 * layers are merged by path without the extension, so the model takes the fork's page, while the
 * site's collections see two files for one address and publish whichever they take. Reported
 * at the winning file, which is the one to rename.
 */
export function layerProblems(files: Pick<ContentFiles, 'collisions'>): ContentProblem[] {
  return (files.collisions ?? []).map(({ file, other }) => {
    const same = other.slice(other.lastIndexOf('/') + 1);
    const extension = same.slice(same.lastIndexOf('.'));
    return {
      file,
      line: 1,
      message:
        layerOf(file) === layerOf(other)
          ? `collides with ${other}, a page at the same address with another extension; keep one of the two`
          : `collides with ${other}, upstream's page at the same address with another extension (${extension}); a page that replaces one of upstream's uses the same extension: rename this file to ${same}`,
    };
  });
}
