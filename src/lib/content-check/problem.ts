/** A problem found in a content file, located for a `file:line: message` report. */
export interface ContentProblem {
  /** The file, as a path from the project root (e.g. `content/ladders/ic-engineering.yaml`). */
  file: string;
  /** 1-based line; 1 when the problem is about the whole file. */
  line: number;
  /** What is wrong and how to fix it. */
  message: string;
}

/** A problem as one line: `content/docs/a.mdx:4: section: …`, the format editors can jump to. */
export const formatProblem = (p: ContentProblem): string => `${p.file}:${p.line}: ${p.message}`;

/** An error that carries a located problem, so callers can report it as `file:line: message`. */
export class ContentError extends Error {
  readonly problem: ContentProblem;
  constructor(problem: ContentProblem) {
    super(formatProblem(problem));
    this.name = 'ContentError';
    this.problem = problem;
  }
}
