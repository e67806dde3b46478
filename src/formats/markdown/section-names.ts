import { SECTION_NAMES, type SectionName } from '../../page-style.js';

export { SECTION_NAMES, type SectionName } from '../../page-style.js';

/**
 * The sections `dls readme --init` and `dls init` mark by default: those the SC19
 * page generates. The others (title, logos, about, submission, contact) are printed
 * where their markers are, or by `export markdown --section`.
 */
export const INIT_SECTION_NAMES = ['signup', 'program', 'topics', 'dates', 'committee', 'previous'] as const satisfies readonly SectionName[];

/** True for a known section name. */
export const isSectionName = (name: string): name is SectionName => (SECTION_NAMES as readonly string[]).includes(name);
