/**
 * README regions that `dls readme` fills: `<!-- dls:NAME:start -->` ...
 * `<!-- dls:NAME:end -->`. Self-contained on purpose (issue 4 owns the renderer);
 * replace with the real marker module once both are merged.
 */

/** The sections `dls init` marks, with their headings. */
export const INIT_SECTIONS = [
  ['program', 'Program'],
  ['dates', 'Important dates'],
  ['committee', 'Organizing committee'],
] as const;

const MARKER = /<!--\s*dls:[a-z-]+:(start|end)\s*-->/;

function markedSections(): string {
  return INIT_SECTIONS.map(([name, heading]) => `## ${heading}\n\n<!-- dls:${name}:start -->\n<!-- dls:${name}:end -->\n`).join('\n');
}

/**
 * The README with empty marker pairs: a new README when there is none, the existing
 * one with the sections appended when it has no markers yet, or `undefined` when it
 * already has markers (nothing to do).
 */
export function addReadmeMarkers(existing: string | undefined, title: string): string | undefined {
  if (existing === undefined) return `# ${title}\n\n${markedSections()}`;
  if (MARKER.test(existing)) return undefined;
  const separator = existing === '' || existing.endsWith('\n\n') ? '' : existing.endsWith('\n') ? '\n' : '\n\n';
  return `${existing}${separator}${markedSections()}`;
}
