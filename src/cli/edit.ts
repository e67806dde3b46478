import { examples } from '../cli.js';
import type { CliContext } from './context.js';
import { registerAddCommands } from './edit-add.js';
import { registerScheduleEditCommands } from './edit-schedule.js';

/** Wires the edit commands into the program. Commands are imported lazily in their actions. */
export function registerEditCommands(ctx: CliContext): void {
  if (ctx.wants('init')) registerInit(ctx);
  if (ctx.wants('add')) registerAddCommands(ctx);
  if (ctx.wants('schedule')) registerScheduleEditCommands(ctx);
}

function registerInit(ctx: CliContext): void {
  ctx.program
    .command('init')
    .description('start a commented workshop.yaml, README markers and .gitignore by answering a few questions')
    .option('--title <text>', 'workshop title')
    .option('--conference <name>', 'host conference, such as SC25')
    .option('--id <slug>', 'workshop id (default: initials of the title plus the conference)')
    .option('--city <text>', 'city, such as "Denver, CO"')
    .option('--timezone <zone>', 'IANA time zone of the workshop, such as America/Denver (required without a terminal; a prompt suggests the zone of --city)')
    .option('--date <YYYY-MM-DD>', 'first day')
    .option('--end-date <YYYY-MM-DD>', 'last day, for multi-day workshops')
    .option('--room <text>', 'default room')
    .option('--signup-url <url>', 'mailing-list sign-up link')
    .option('-y, --yes', 'accept the suggested answers without asking', false)
    .option('--force', 'overwrite an existing workshop.yaml', false)
    .addHelpText(
      'after',
      examples(
        'dls init',
        'dls init --title "Deep Learning on Supercomputers Workshop" --conference SC19 --timezone America/Denver --date 2019-11-17 --yes',
        'dls -f site/workshop.yaml init --force',
      ) + '\nWithout a terminal, give the answers as flags (--yes takes the suggested ones); dls names any missing flag and exits 2.\n',
    )
    .action(async (opts: Record<string, string | boolean | undefined>) => {
      const { runInit } = await import('../commands/init.js');
      ctx.setExit(await runInit({ ...(opts as object), file: ctx.fileOf(), yes: opts.yes === true, force: opts.force === true }));
    });
}
