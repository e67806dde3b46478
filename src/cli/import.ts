import { examples } from '../cli.js';
import type { CliContext } from './context.js';

/** Wires `dls import` into the program; the command is imported lazily in its action. */
export function registerImportCommand(ctx: CliContext): void {
  if (!ctx.wants('import')) return;
  ctx.program
    .command('import')
    .description('read a hand-kept workshop page into workshop.yaml (program, dates, committee, topics, page style), with a fidelity report')
    .argument('<page>', 'the Markdown page to read, such as README.md')
    .option('--timezone <zone>', 'IANA time zone of the times on the page, when neither a zone label nor the city says it')
    .option('--year <yyyy>', 'year of the dates on the page, when the page names none')
    .option('--date <yyyy-mm-dd>', "the workshop's (first) day, when neither its program, a `Workshop:` date nor its opening lines say it")
    .option('-y, --yes', 'also put <!-- dls:NAME:start/end --> markers around the imported sections of the page', false)
    .option('--force', 'overwrite an existing workshop.yaml', false)
    .addHelpText(
      'after',
      examples('dls import README.md              # writes workshop.yaml next to it, shows the plan', 'dls import README.md --yes        # and marks the page for `dls readme`', 'dls import docs/index.md --timezone Europe/Berlin') +
        '\nworkshop.yaml goes next to the page unless -f names it. The page changes only with --yes, only between markers.\nExit status: 0 imported, 1 nothing to import or workshop.yaml exists, 2 usage error (such as no zone without a terminal).\n',
    )
    .action(async (page: string, opts: { timezone?: string; year?: string; date?: string; yes: boolean; force: boolean }) => {
      const { runImport } = await import('../commands/import.js');
      const explicit = ctx.program.getOptionValueSource('file') !== 'default';
      ctx.setExit(await runImport({ page, file: explicit ? ctx.fileOf() : undefined, ...opts }));
    });
}
