import type { HandbookConfig } from '../../schemas/config';

/** The fork's repository, with what kind of forge it is. */
export interface Repository {
  url: string;
  kind: 'github' | 'gitlab';
  branch: string;
}

/**
 * The repository from the config, with its kind found from the host name when the config does
 * not say (github.com → GitHub; a host with "gitlab" in it → GitLab). Throws with the fix when
 * the host says neither.
 */
export function repositoryOf(config: Pick<HandbookConfig, 'repository'>): Repository | undefined {
  const repo = config.repository;
  if (!repo) return undefined;
  const url = repo.url.replace(/\/+$/, '').replace(/\.git$/, '');
  const host = new URL(url).hostname;
  const kind =
    ('kind' in repo ? repo.kind : undefined) ??
    (host.includes('github') ? 'github' : host.includes('gitlab') ? 'gitlab' : undefined);
  if (!kind)
    throw new Error(
      `repository: cannot tell whether ${host} is GitHub or GitLab; write repository: { url: ${url}, kind: gitlab } (or kind: github)`,
    );
  return { url, kind, branch: repo.branch };
}

/** Starlight's `editLink.baseUrl`: the page's file path is added to it. */
export function editBaseUrl(repo: Repository): string {
  return repo.kind === 'github' ? `${repo.url}/edit/${repo.branch}/` : `${repo.url}/-/edit/${repo.branch}/`;
}

/**
 * Whether a page's file gets "Edit this page": with a repository, a file of the fork's own
 * layer does; a file of upstream's layer (the first, `content/`) does not, because a fork never
 * edits upstream's files (a change there is a conflict at the next `git merge upstream/main`):
 * "Report a problem" stays for those. No repository, no edit link.
 *
 * @param file the page's file from the project root (Astro's `entry.filePath`)
 * @param layers the content folders, upstream's first (`Settings.layers`)
 */
export function editsFile(
  file: string | undefined,
  { repository, layers }: { repository?: Repository; layers: string[] },
): boolean {
  if (!repository || !file) return false;
  const clean = (path: string) => path.replace(/^\.\//, '').replace(/\/+$/, '');
  return !clean(file).startsWith(`${clean(layers[0] ?? 'content')}/`);
}

/** The address of a new issue, filled in with a title and a description. */
export function newIssueUrl(repo: Repository, title: string, body: string): string {
  const params =
    repo.kind === 'github'
      ? new URLSearchParams({ title, body })
      : new URLSearchParams({ 'issue[title]': title, 'issue[description]': body });
  return `${repo.url}${repo.kind === 'github' ? '/issues/new' : '/-/issues/new'}?${params}`;
}

/** What a "Report a problem" issue says: the page, its address, and the words the reader selected. */
export function problemReport(
  page: { title: string; url: string },
  selection = '',
): { title: string; body: string } {
  const quoted = selection.trim()
    ? `\n\nAbout this passage:\n\n${selection
        .trim()
        .slice(0, 1000)
        .split('\n')
        .map((line) => `> ${line}`)
        .join('\n')}`
    : '';
  return {
    title: `Problem on "${page.title}"`,
    body: `Page: ${page.url}${quoted}\n\nWhat is wrong or missing:\n\n`,
  };
}
