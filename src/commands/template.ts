import { mkdir, readFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { DlsError, EXIT } from '../errors.js';
import { SECTION_NAMES, type SectionName } from '../formats/markdown/section-names.js';
import { builtinTemplateDir, builtinTemplatePath } from './builtin-templates.js';
import { editFileSafely } from './edit-file.js';
import { refuseInputAsOutput } from './io.js';

/** What each section prints, for `dls template list`. */
const SUMMARIES: Record<SectionName, string> = {
  title: 'the page title with edition and conference',
  logos: 'a row of logos, in HTML',
  signup: 'the mailing-list sign-up line',
  program: 'the program heading and one table per day, session rows included',
  about: 'the description, as written',
  topics: 'the topics of the call for papers, nested',
  submission: 'the submission text, page limits, template and submission system',
  dates: 'the important dates, earlier ones struck through',
  committee: 'the organizing committee',
  contact: 'the contact address',
  previous: 'links to previous editions',
};

/** Runs `dls template list`: every section with a shipped template, and what it prints. */
export function runTemplateList(): number {
  const width = Math.max(...SECTION_NAMES.map((n) => n.length));
  process.stdout.write(SECTION_NAMES.map((n) => `${n.padEnd(width)}  ${SUMMARIES[n]}\n`).join(''));
  return EXIT.ok;
}

/** Options of `dls template copy`, as the CLI parsed them. */
export interface TemplateCopyOptions {
  /** The workshop file (`-f`): the default output goes next to it, and the `page.templates` line is relative to it. */
  file: string;
  section: SectionName;
  /** `-o PATH`; `-` prints the template. Default: `templates/NAME.md` beside the workshop file. */
  output?: string;
  force: boolean;
}

/**
 * Runs `dls template copy`: writes the shipped template of a section (atomically,
 * refusing to replace a file without `--force`), then prints the `page.templates`
 * line that makes `dls readme` use it.
 */
export async function runTemplateCopy(options: TemplateCopyOptions): Promise<number> {
  const text = await readFile(builtinTemplatePath(await builtinTemplateDir(), options.section), 'utf8');
  if (options.output === '-') {
    process.stdout.write(text);
    return EXIT.ok;
  }
  const base = options.file === '-' ? '.' : dirname(options.file);
  const output = options.output ?? `${base === '.' ? '' : `${base}/`}templates/${options.section}.md`;
  await refuseInputAsOutput(output, [options.file]);
  await mkdir(dirname(resolve(output)), { recursive: true });
  await editFileSafely(output, (current) => {
    if (current !== undefined && !options.force) throw new DlsError(`${output} exists; nothing written`, { hint: 'choose another file with -o, or replace it with --force' });
    return { content: text, result: undefined };
  });
  const named = relative(resolve(base), resolve(output)).split(sep).join('/');
  const where = options.file === '-' ? 'workshop.yaml' : options.file;
  process.stdout.write(`Wrote ${output}: the built-in ${options.section} section as a LiquidJS template.\nTo use it, add to ${where}:\n\npage:\n  templates:\n    ${options.section}: ${named}\n`);
  return EXIT.ok;
}
