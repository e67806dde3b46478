import type { Command } from 'commander';
import { examples } from '../cli.js';
import type { CliContext } from './context.js';
import { collect } from './options.js';

type Raw = Record<string, string | string[] | boolean | undefined>;

/** Wires `dls add talk|break|person|date`. */
export function registerAddCommands(ctx: CliContext): void {
  const add = ctx.program
    .command('add')
    .description('add a talk, break, person or deadline to workshop.yaml, keeping its comments')
    .addHelpText('after', examples('dls add talk', 'dls add person --name "Markus Weimer" --affiliation Microsoft --yes', 'dls add date --label "Papers due" --date 2026-08-01'));
  const run = (what: 'talk' | 'break' | 'person' | 'date') => async (opts: Raw) => {
    const { runAdd } = await import('../commands/add.js');
    const speaker = Array.isArray(opts.speaker) ? opts.speaker.join(',') : undefined;
    ctx.setExit(await runAdd(what, { ...(opts as object), speaker, file: ctx.fileOf(), yes: opts.yes === true }));
  };
  const item = (cmd: Command) =>
    cmd
      .option('--title <text>', 'title')
      .option('--date <YYYY-MM-DD>', 'day (default: the day of the last item)')
      .option('--room <text>', 'room (default: the workshop room)')
      .option('--start <H:MM>', 'start (default: when the last item in that room ends)')
      .option('--end <H:MM>', 'end (default: start plus the length of the last item of this kind)')
      .option('--id <id>', 'stable id (default: from the title)')
      .option('-y, --yes', 'accept the suggested answers without asking', false);
  item(add.command('talk').description('add a talk (or keynote, panel ...) in time order'))
    .option('--kind <kind>', 'talk, keynote, opening, closing, panel or other', undefined)
    .option('--speaker <id or name>', 'speaker: an id or name from people, or a new full name (repeat for several)', collect)
    .option('--session <id>', 'id of the session in `sessions` the talk belongs to (default: none)')
    .addHelpText('after', examples('dls add talk', 'dls add talk --title "Scaling GNNs" --speaker kurth --yes', 'dls add talk --title "Closing remarks" --kind closing --speaker Foster --start 17:30 --end 17:40'))
    .action(run('talk'));
  item(add.command('break').description('add a break in time order'))
    .addHelpText('after', examples('dls add break --title "Coffee Break" --yes', 'dls add break --title Reception --start 17:30 --end 19:00'))
    .action(run('break'));
  add
    .command('person')
    .description('add a person to people, for the program and the committee')
    .option('--name <text>', 'full name')
    .option('--id <id>', 'id (default: the family name)')
    .option('--affiliation <text>', 'institution')
    .option('--country <text>', 'country')
    .option('--email <address>', 'e-mail (used for mail merges, never printed)')
    .option('--url <url>', 'home page')
    .option('-y, --yes', 'accept the suggested answers without asking', false)
    .addHelpText('after', examples('dls add person', 'dls add person --name "Markus Weimer" --affiliation Microsoft --country USA --yes'))
    .action(run('person'));
  add
    .command('date')
    .description('add an important date (a deadline) in date order')
    .option('--label <text>', 'what is due, such as "Papers due"')
    .option('--date <YYYY-MM-DD>', 'the date')
    .option('-y, --yes', 'accept the suggested answers without asking', false)
    .addHelpText('after', examples('dls add date --label "Papers due" --date 2026-08-01'))
    .action(run('date'));
}
