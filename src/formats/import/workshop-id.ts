const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/**
 * The acronym a title gives itself: before a colon or dash (`HPC-IODC 2025: Workshop on
 * ...`) or in parentheses (`... Software (SRS'21)`), its year dropped. Two capitals at least.
 */
export function titleAcronym(title: string): string | undefined {
  const acronym = "([A-Z][A-Za-z0-9]*(?:[-/][A-Za-z0-9]+)*)(?:\\s*['\u2019]?\\d{2}(?:\\d{2})?)?";
  const m = new RegExp(`^${acronym}\\s*(?::|\\s[\u2014\u2013-]\\s)`).exec(title) ?? new RegExp(`\\(${acronym}\\)`).exec(title);
  const found = m?.[1];
  return found && (found.match(/[A-Z]/g) ?? []).length >= 2 ? found : undefined;
}

/** `SC25`, `SC'19` as they are; `ISC High Performance 2025` as its first word and two-digit year: `isc25`. */
export function conferenceShort(name: string): string {
  if (!/\s/.test(name.trim())) return slug(name).replace(/-/g, '');
  const year = /(\d{2})\s*$/.exec(name)?.[1] ?? '';
  return `${slug(name.split(/\s+/)[0]!)}${year}`;
}

/** A workshop id: the series (mail list), else the title's acronym, else its initials; then the conference's short name. */
export function workshopId(series: string | undefined, title: string | undefined, initials: string, conference: string | undefined): string {
  const own = series ?? (title && titleAcronym(title)) ?? initials;
  return [slug(own), conference && conferenceShort(conference)].filter(Boolean).join('-') || 'workshop';
}
