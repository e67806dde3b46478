/** Section names, in the order of the SC19 page. */
export const SECTION_NAMES = ['signup', 'program', 'topics', 'dates', 'committee', 'previous'] as const;
/** One of {@link SECTION_NAMES}. */
export type SectionName = (typeof SECTION_NAMES)[number];

/** True for a known section name. */
export const isSectionName = (name: string): name is SectionName => (SECTION_NAMES as readonly string[]).includes(name);
