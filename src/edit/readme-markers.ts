import { insertRegionMarkers } from '../writers/markdown/readme-init.js';

/**
 * README regions that `dls readme` fills: `<!-- dls:NAME:start -->` ...
 * `<!-- dls:NAME:end -->`. Placement is the Markdown writer's own
 * (`insertRegionMarkers`): a section the README already shows is wrapped where it
 * is, the others are appended under a heading.
 */

/** The sections `dls init` marks. */
export const INIT_SECTIONS = ['program', 'dates', 'committee'] as const;

const MARKER = /<!--\s*dls:[a-z-]+:(start|end)\s*-->/;

/**
 * The README with empty marker pairs: a new README when there is none, the existing
 * one with markers added when it has none yet, or `undefined` when it already has
 * markers (nothing to do).
 */
export function addReadmeMarkers(existing: string | undefined, title: string): string | undefined {
  if (existing !== undefined && MARKER.test(existing)) return undefined;
  return insertRegionMarkers(existing ?? `# ${title}\n`, INIT_SECTIONS).text;
}
