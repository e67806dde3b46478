import { InvalidArgumentError } from 'commander';
import { examples } from '../cli.js';
import { boundedInteger } from './options.js';
import type { CliContext } from './context.js';

function signedMinutes(value: string): number {
  // A shift of a day or more would move every item past midnight.
  if (!/^[+-]?\d{1,4}$/.test(value) || Math.abs(Number(value)) > 1439) throw new InvalidArgumentError("expected minutes such as +15 or -10, at most 1439 either way");
  return Number(value);
}

/** Wires `dls schedule show` and `dls schedule shift`. */
export function registerScheduleEditCommands(ctx: CliContext): void {
  ctx.schedule
    .command('show')
    .description('draw each day of the program in the terminal, with overlaps and gaps marked')
    .option('--tz <zone>', 'add a second time column in this IANA zone, for remote attendees')
    .option('--width <columns>', 'width to fit, 20 to 1000 (default: the terminal, or 80 when piped)', boundedInteger(20, 1000, 'columns'))
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
