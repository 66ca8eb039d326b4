/**
 * The content is licensed CC BY 4.0 (LICENSE-CONTENT): whoever copies it must credit the handbook,
 * link the licence and say that they changed it. The site and every export say so themselves, so
 * a team that forks the handbook or exports a page into its wiki is covered without a thought.
 */

/** The licence of the handbook's content. */
export const LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;

/** How a copy names the work it adapts (there is no public address to link yet). */
export const ADAPTED_FROM = 'Adapted from the open-source Engineering Handbook';

/** What the site and a booklet say of their content: where it is from, and on what terms. */
export const CONTENT_FROM = 'From the open-source Engineering Handbook';
