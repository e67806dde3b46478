import { SECTION_NAMES, type SectionName } from '../../page-style.js';

export { SECTION_NAMES, type SectionName } from '../../page-style.js';

/** True for a known section name. */
export const isSectionName = (name: string): name is SectionName => (SECTION_NAMES as readonly string[]).includes(name);
