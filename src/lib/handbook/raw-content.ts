import type { Assessment } from '../../schemas/assessment';
import type { Checklist } from '../../schemas/checklist';
import type { Ladder } from '../../schemas/ladder';
import type { LevelTitles } from '../../schemas/level-titles';
import type { Table } from '../../schemas/table';

/**
 * The handbook's content as the loaders hand it to the model: files already parsed and their
 * schemas passed, nothing derived yet. Two loaders make it — the site's, from Astro's content
 * collections (`src/data/`), and the one for the config, the CLI and the tests, from the files
 * on disk (`src/config/`) — so the model (`buildHandbook`) never touches a file itself.
 */
export interface RawContent {
  pages: RawPage[];
  ladders: RawDataFile<Ladder>[];
  assessments: RawDataFile<Assessment>[];
  checklists: RawDataFile<Checklist>[];
  tables: RawDataFile<Table>[];
  /** `content/level-titles.yaml`, when the fork has one. */
  levelTitles?: RawDataFile<LevelTitles>;
}

/** A page of `content/docs/`. */
export interface RawPage {
  /** The file as a path from the project root, for messages. */
  file: string;
  /** The path inside `content/docs/`, e.g. `incidents/on-call.mdx`. */
  rel: string;
  /** The frontmatter (Starlight's fields and the handbook's). */
  frontmatter: Record<string, unknown>;
  /** The text after the frontmatter. */
  body: string;
  /** The whole file, when the loader has it (the exporter and line numbers need it). */
  text?: string;
}

/** A YAML data file that passed its schema. */
export interface RawDataFile<T> {
  /** The file as a path from the project root, for messages. */
  file: string;
  /** The file name without its extension: `ic-engineering.yaml` → `ic-engineering`. */
  name: string;
  data: T;
  /** The file's text, when the loader has it (for the line of a problem). */
  text?: string;
}

/** Content files as text, before parsing: what the disk loader reads. */
export interface ContentFiles {
  pages: { file: string; rel: string; text: string }[];
  ladders: { file: string; text: string }[];
  assessments: { file: string; text: string }[];
  checklists: { file: string; text: string }[];
  tables: { file: string; text: string }[];
  levelTitles?: { file: string; text: string };
  /** Files a later content layer replaces (the fork's page at the same path wins). */
  replaced?: string[];
  /**
   * Pages that replace one at the same path with another extension (`x.md` over `x.mdx`):
   * `file` wins, `other` is the page it replaces. A problem (`layerProblems`), not a replacement.
   */
  collisions?: { file: string; other: string }[];
}

/** The data folders of `content/`, each with its own schema. */
export const DATA_FOLDERS = ['ladders', 'assessments', 'checklists', 'tables'] as const;
export type DataFolder = (typeof DATA_FOLDERS)[number];
