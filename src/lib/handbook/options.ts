import { DEFAULT_CONFIG } from '../config/parse-config';
import type { HandbookConfig } from '../../schemas/config';
import type { Visibility } from '../../schemas/visibility';

/** What shapes a build of the handbook beyond its content: the team's config and the edition. */
export interface HandbookOptions {
  config: HandbookConfig;
  /** The config file, for messages about its values (e.g. its level titles). */
  configFile?: string;
  /** `public` leaves internal pages and data out; `internal` keeps everything. */
  visibility: Visibility;
  /** The day review dates are measured against. */
  today: Date;
  /**
   * Files the loader has already left out, so the model never sees them (the site's content
   * collections skip them); the model still needs to know them to treat links to them right.
   */
  leftOut?: { file: string; route?: string; reason: 'internal' | 'section-off' | 'page-off' }[];
}

/** Upstream's handbook: no config, every page, today. */
export const defaultOptions = (): HandbookOptions => ({
  config: DEFAULT_CONFIG,
  visibility: 'internal',
  today: new Date(),
});

/** True when the config leaves a section on (sections are on unless set to false). */
export const sectionIsOn = (config: HandbookConfig, section: string): boolean =>
  config.sections[section as keyof HandbookConfig['sections']] !== false;
