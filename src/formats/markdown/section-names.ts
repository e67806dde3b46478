/** Section names, in the order of the SC19 page. */
export const SECTION_NAMES = ['title', 'logos', 'signup', 'program', 'about', 'topics', 'submission', 'dates', 'committee', 'contact', 'previous'] as const;
/**
 * The sections `dls readme --init` and `dls init` mark by default: those the SC19
 * page generates. The others (title, logos, about, submission, contact) are printed
 * where their markers are, or by `export markdown --section`.
 */
export const INIT_SECTION_NAMES = ['signup', 'program', 'topics', 'dates', 'committee', 'previous'] as const satisfies readonly (typeof SECTION_NAMES)[number][];
/** One of {@link SECTION_NAMES}. */
export type SectionName = (typeof SECTION_NAMES)[number];

/** True for a known section name. */
export const isSectionName = (name: string): name is SectionName => (SECTION_NAMES as readonly string[]).includes(name);
