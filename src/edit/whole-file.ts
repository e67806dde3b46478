/**
 * yaml's options for re-reading a whole workshop file to edit it. The text was checked by
 * dls's own parser first (duplicate keys included, with positions), and the edited text is
 * checked again, so yaml's own duplicate-key check, which compares each key with every
 * earlier key of its mapping (quadratic: 40,000 people at 100,000 items), is left off.
 */
export const WHOLE_FILE = { uniqueKeys: false } as const;
