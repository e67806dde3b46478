import { Option } from 'commander';
import { examples } from '../cli.js';
import type { ExportIcsOptions } from '../commands/export-ics.js';
import type { CliContext } from './context.js';
import { collect } from './options.js';

/** Options commander parses for `dls export ics`. */
type IcsFlags = Omit<ExportIcsOptions, 'file'>;

const FILTERS = ['speaker', 'track', 'room', 'breaks'];

/** Wires `dls export ics` into the program. The command is imported lazily in its action. */
export function registerIcsCommands(ctx: CliContext): void {
  if (!ctx.wants('export')) return;
  ctx.exportCmd
    .command('ics')
    .description('write the program (or the important dates) as an iCalendar file for Google, Apple, Outlook, Thunderbird, khal')
    .option('-o, --output <path>', 'write to this file (atomically) instead of standard output; if it is an earlier dls export, changed events get SEQUENCE+1 and removed ones are cancelled')
    .option('--no-breaks', 'leave out items of kind `break`')
    .addOption(new Option('--deadlines', 'write the important dates instead of the program (23:59 on each date, workshop zone or AoE)').default(false).conflicts(FILTERS))
    .option('--speaker <id or name>', "a speaker's talks: a person id from `people`, or a name; repeat for several speakers", collect)
    .option('--track <name>', 'only the items of this track; repeat for several', collect)
    .option('--room <name>', 'only the items in this room; repeat for several', collect)
    .option('--prune-cancelled', 'drop the cancellations of removed items that earlier exports carried (once every subscriber has refreshed)', false)
    .option('--strict', 'refuse to write while `dls schedule check` reports anything (overlaps and gaps are warnings otherwise)', false)
    .option('--force', 'overwrite an -o file that dls did not write, or one that holds another scope (its events outside the new scope are then cancelled)', false)
    .addHelpText(
      'after',
      examples(
        'dls export ics -o program.ics',
        'dls export ics --no-breaks -o talks.ics',
        'dls export ics --deadlines -o dates.ics',
        'dls export ics --speaker matsuoka -o matsuoka.ics',
        'dls export ics --room 502-503-504 > room.ics',
        'dls export ics --speaker matsuoka --speaker foster -o keynotes.ics   # either speaker',
        'SOURCE_DATE_EPOCH=$(git log -1 --format=%ct) dls export ics -o program.ics',
      ) + '\nRepeated --speaker, --track or --room values add up (any of them); different filters narrow (all of them).\nDTSTAMP comes from `updated:` in the workshop file, else SOURCE_DATE_EPOCH, never the clock.\nSchedule findings (overlaps, gaps) are printed as warnings and the calendar is written; --strict refuses instead.\nExit status: 0 written, 1 bad input (nothing written), 2 usage error.\n',
    )
    .action(async (flags: IcsFlags) => {
      const { runExportIcs } = await import('../commands/export-ics.js');
      ctx.setExit(await runExportIcs({ file: ctx.fileOf(), ...flags }));
    });
}
