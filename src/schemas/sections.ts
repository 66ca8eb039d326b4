/**
 * The handbook's sections, in sidebar order. This list is the one place a section is named:
 * the sidebar, the `section` frontmatter field, the Pagefind filter and the content check all
 * read it. A section's pages live in `content/docs/<id>/`.
 */
export const SECTIONS = [
  { id: 'start', label: 'Start here' },
  { id: 'levels', label: 'Levels & ladders' },
  { id: 'playbooks', label: '30/60/90 playbooks' },
  { id: 'promotions', label: 'Promotions' },
  { id: 'management', label: 'Management' },
  { id: 'tech-leadership', label: 'Technical leadership' },
  { id: 'incidents', label: 'Incidents & on-call' },
  { id: 'decisions', label: 'Career decisions' },
  { id: 'assessments', label: 'Assessments' },
  { id: 'templates', label: 'Templates' },
] as const;

export type Section = (typeof SECTIONS)[number];
export type SectionId = Section['id'];

export const SECTION_IDS = SECTIONS.map((s) => s.id) as [SectionId, ...SectionId[]];

/** Returns the display label of a section id, e.g. `incidents` → `Incidents & on-call`. */
export function sectionLabel(id: SectionId): string {
  const section = SECTIONS.find((s) => s.id === id);
  if (!section) throw new Error(`Unknown section "${id}". Known sections: ${SECTION_IDS.join(', ')}.`);
  return section.label;
}

/** A section's place in the sidebar (an unknown id sorts after every section). */
export function sectionIndex(id: string): number {
  const i = SECTION_IDS.indexOf(id as SectionId);
  return i === -1 ? SECTION_IDS.length : i;
}
