import type { HandbookConfig } from '../../schemas/config';
import type { Handbook } from '../handbook/model';
import { sectionIsOn } from '../handbook/options';

/** Where the build puts a section's booklet, as a site path: `/booklets/incidents.html`. */
export const bookletRoute = (section: string) => `/booklets/${section}.html`;

/** The sections the build makes booklets of: those the config lists, turned on, with pages. */
export function siteBookletSections(config: HandbookConfig, handbook: Handbook): string[] {
  return config.booklets.filter(
    (s) => sectionIsOn(config, s) && handbook.pages.some((p) => p.section === s && p.inSidebar),
  );
}
