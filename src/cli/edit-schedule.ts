import { InvalidArgumentError } from 'commander';
import { examples } from '../cli.js';
import type { CliContext } from './context.js';

function signedMinutes(value: string): number {
  if (!/^[+-]?\d{1,4}$/.test(value)) throw new InvalidArgumentError(`expected minutes such as +15 or -10, got "${value}"`);
  return Number(value);
}

function columns(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 40) throw new InvalidArgumentError(`expected a width of at least 40 columns, got "${value}"`);
  return Number(value);
}

/** Wires `dls schedule show` and `dls schedule shift`. */
export function registerScheduleEditCommands(ctx: CliContext): void {
  ctx.schedule
    .command('show')
    .description('draw each day of the program in the terminal, with overlaps and gaps marked')
    .option('--tz <zone>', 'add a second time column in this IANA zone, for remote attendees')
    .option('--width <columns>', 'width to fit (default: the terminal, or 80 when piped)', columns)
    .addHelpText('after', examples('dls schedule show', 'dls schedule show --tz Europe/Berlin', 'dls schedule show | less -R', 'NO_COLOR=1 dls schedule show'))
    .action(async (opts: { tz?: string; width?: number }) => {
      const { runShow } = await import('../commands/schedule-show.js');
      ctx.setExit(await runShow({ file: ctx.fileOf(), ...opts }));
    });
  ctx.schedule
    .command('shift')
    .description('move an item, and every later item that day in its room, by some minutes')
    .argument('<item>', 'id of the item, or words from its title or a speaker name')
    .argument('<minutes>', 'minutes to move, such as +15 or -10', signedMinutes)
    .option('--only', 'move just this item, not the ones after it', false)
    .addHelpText('after', examples('dls schedule shift gap-crossing +10', 'dls schedule shift Kurth +15   # words of a title or a speaker name work too', 'dls schedule shift summit-strategies +10 --only', 'dls schedule shift opening -- -15   # "--" also works before a negative number'))
    .action(async (item: string, minutes: number, opts: { only: boolean }) => {
      const { runShift } = await import('../commands/schedule-shift.js');
      ctx.setExit(await runShift({ file: ctx.fileOf(), item, minutes, only: opts.only }));
    });
}
