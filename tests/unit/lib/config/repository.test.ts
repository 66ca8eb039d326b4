import { describe, expect, test } from 'vitest';
import {
  editBaseUrl,
  editsFile,
  newIssueUrl,
  problemReport,
  repositoryOf,
} from '../../../../src/lib/config/repository';

describe('repositoryOf', () => {
  test('knows GitHub and GitLab from the host name, and takes the kind when the host does not say', () => {
    expect(repositoryOf({ repository: { url: 'https://github.com/acme/hb.git', branch: 'main' } })).toEqual({
      url: 'https://github.com/acme/hb',
      kind: 'github',
      branch: 'main',
    });
    expect(
      repositoryOf({ repository: { url: 'https://gitlab.acme.example/eng/hb/', branch: 'trunk' } })?.kind,
    ).toBe('gitlab');
    expect(
      repositoryOf({ repository: { url: 'https://git.acme.example/eng/hb', kind: 'gitlab', branch: 'main' } })
        ?.kind,
    ).toBe('gitlab');
    expect(repositoryOf({})).toBeUndefined();
  });

  test('asks for the kind when the host name says neither', () => {
    expect(() =>
      repositoryOf({ repository: { url: 'https://git.acme.example/eng/hb', branch: 'main' } }),
    ).toThrow(
      /cannot tell whether git\.acme\.example is GitHub or GitLab; write repository: \{ url: .*, kind: gitlab \}/,
    );
  });
});

describe('edit and issue links', () => {
  const github = { url: 'https://github.com/acme/hb', kind: 'github' as const, branch: 'main' };
  const gitlab = { url: 'https://gitlab.com/acme/hb', kind: 'gitlab' as const, branch: 'main' };

  test('edit links point at the branch on each forge', () => {
    expect(editBaseUrl(github)).toBe('https://github.com/acme/hb/edit/main/');
    expect(editBaseUrl(gitlab)).toBe('https://gitlab.com/acme/hb/-/edit/main/');
  });

  test('a new issue is filled in with the page’s title and address, and the selection quoted', () => {
    const report = problemReport(
      { title: 'On-call', url: 'https://hb.example/incidents/on-call/' },
      'Line one\nLine two',
    );
    expect(report.title).toBe('Problem on "On-call"');
    expect(report.body).toContain('Page: https://hb.example/incidents/on-call/');
    expect(report.body).toContain('> Line one\n> Line two');
    const onGitHub = new URL(newIssueUrl(github, report.title, report.body));
    expect(onGitHub.pathname).toBe('/acme/hb/issues/new');
    expect(onGitHub.searchParams.get('title')).toBe(report.title);
    expect(onGitHub.searchParams.get('body')).toBe(report.body);
    const onGitLab = new URL(newIssueUrl(gitlab, report.title, report.body));
    expect(onGitLab.pathname).toBe('/acme/hb/-/issues/new');
    expect(onGitLab.searchParams.get('issue[description]')).toBe(report.body);
  });

  test('without a selection, the issue quotes nothing', () => {
    expect(problemReport({ title: 'T', url: 'u' }, '   ').body).not.toContain('>');
  });
});

describe('editsFile: which pages get "Edit this page"', () => {
  const repository = { url: 'https://github.com/acme/hb', kind: 'github' as const, branch: 'main' };
  test('in a fork, the fork’s own files do; upstream’s files in content/ do not', () => {
    const layers = ['content', 'local'];
    expect(editsFile('local/docs/start/welcome.mdx', { repository, layers })).toBe(true);
    expect(editsFile('content/docs/incidents/on-call.mdx', { repository, layers })).toBe(false);
    expect(editsFile('./content/docs/incidents/on-call.mdx', { repository, layers })).toBe(false);
    // The tests' fork: its local/ sits beside its config.
    const fixture = ['content', 'tests/fixtures/forks/acme/local'];
    expect(
      editsFile('tests/fixtures/forks/acme/local/docs/start/acme-welcome.mdx', {
        repository,
        layers: fixture,
      }),
    ).toBe(true);
    expect(editsFile('content/docs/start/how-to-use.mdx', { repository, layers: fixture })).toBe(false);
  });

  test('no repository, or no file, no edit link', () => {
    expect(editsFile('local/docs/start/welcome.mdx', { layers: ['content', 'local'] })).toBe(false);
    expect(editsFile(undefined, { repository, layers: ['content', 'local'] })).toBe(false);
  });
});
