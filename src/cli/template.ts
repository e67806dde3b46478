import { Argument } from 'commander';
import { examples } from '../cli.js';
import { SECTION_NAMES, type SectionName } from '../formats/markdown/section-names.js';
import type { CliContext } from './context.js';

/** Wires `dls template list` and `dls template copy`; the commands are imported lazily in their actions. */
export function registerTemplateCommands(ctx: CliContext): void {
  if (!ctx.wants('template')) return;
  const template = ctx.program
    .command('template')
    .description('copy a built-in README section as a LiquidJS template, to change it (page.templates)')
    .addHelpText('after', examples('dls template list', 'dls template copy program', 'dls template copy dates -o docs/dates.md'));
  template
    .command('list')
    .description('list the sections whose built-in template can be copied')
    .addHelpText('after', examples('dls template list', 'dls template copy program'))
    .action(async () => {
      const { runTemplateList } = await import('../commands/template.js');
      ctx.setExit(runTemplateList());
    });
  template
    .command('copy')
    .description('write the built-in template of a section to a file, and print the page.templates line that uses it')
    .addArgument(new Argument('<section>', 'the section').choices(SECTION_NAMES))
    .option('-o, --output <path>', 'the file to write (`-` prints it); default templates/SECTION.md beside workshop.yaml')
    .option('--force', 'replace the file if it exists', false)
    .addHelpText(
      'after',
      examples('dls template copy program                 # writes templates/program.md', 'dls template copy program -o - | less', 'dls template copy committee --force') +
        '\nThe copy prints exactly what dls prints for the section; edit it, then add to workshop.yaml\n  page:\n    templates:\n      program: templates/program.md\nExit status: 0 written, 1 the file exists (use --force), 2 usage error.\n',
    )
    .action(async (section: SectionName, opts: { output?: string; force: boolean }) => {
      const { runTemplateCopy } = await import('../commands/template.js');
      ctx.setExit(await runTemplateCopy({ file: ctx.fileOf(), section, ...opts }));
    });
}
