/**
 * The registry of output formats, as pandoc keeps one: a format's name, what it
 * writes, and the folder that holds everything of it (writer, options, the logic that
 * reads a previous output). Loaders are lazy, so a command pays only for the format it
 * uses; `dls schedule check` loads none.
 */

/** One output format. */
export interface FormatEntry {
  /** What the format writes, for help texts and docs. */
  description: string;
  /** The folder under `src/formats/`. */
  folder: string;
  /** The commands that write it. */
  commands: readonly string[];
  /** Loads the format's pure writer module. */
  load: () => Promise<unknown>;
}

/** Every format dls writes, by name. Add a format here, with its folder. */
export const FORMATS = {
  ics: { description: 'iCalendar (RFC 5545) calendars', folder: 'ics', commands: ['export ics'], load: () => import('./ics/writer.js') },
  markdown: { description: 'README sections (GitHub Flavored Markdown)', folder: 'markdown', commands: ['export markdown', 'readme'], load: () => import('./markdown/registry.js') },
  mail: { description: 'address lists for list managers', folder: 'mail', commands: ['mail export'], load: () => import('./mail/formats.js') },
  import: { description: 'a hand-kept Markdown page read into workshop.yaml', folder: 'import', commands: ['import'], load: () => import('./import/index.js') },
  diff: { description: 'what changed between two versions: text, a Markdown changelog, JSON', folder: 'diff', commands: ['schedule diff'], load: () => import('./diff/writer.js') },
  notice: { description: 'speaker notices as RFC 5322 messages (.eml, mbox) with a calendar attached', folder: 'notice', commands: ['mail notices'], load: () => import('./notice/eml.js') },
  terminal: { description: 'the day at a glance in a terminal', folder: 'terminal', commands: ['schedule show'], load: () => import('./terminal/view.js') },
} satisfies Record<string, FormatEntry>;

/** The name of a registered format. */
export type FormatName = keyof typeof FORMATS;
