import { dirname, join, resolve } from 'node:path';
import { DlsError, EXIT } from '../errors.js';
import { readPreviousCalendar, type PreviousCalendar } from '../formats/ics/previous.js';
import { writeIcs, type IcsScope, type ScopeMismatch } from '../formats/ics/writer.js';
import { refuseInputAsOutput, writeOutput } from './io.js';
import { editFileSafely } from './edit-file.js';
import { escapeForDisplay } from '../safe-text.js';
import { chooseDtstamp } from '../formats/ics/dtstamp.js';
import { oversizePrevious, previousFile, type PreviousFile } from './ics-previous-file.js';
import { loadValidWorkshop } from './load.js';

/** Options of `dls export ics`, as the CLI parsed them. */
export interface ExportIcsOptions {
  file: string;
  /** `-o PATH`; standard output when absent or `-`. */
  output?: string;
  breaks: boolean;
  deadlines: boolean;
  /** Repeatable: the talks of any of these speakers (likewise tracks and rooms). */
  speaker?: readonly string[];
  track?: readonly string[];
  room?: readonly string[];
  /** Overwrite an `-o` file that dls did not write, starting SEQUENCE numbers afresh. */
  force: boolean;
  /** Drop cancellations carried over from earlier exports. */
  pruneCancelled: boolean;
  /** Refuse to write while any schedule finding stands (an overlap, a gap). */
  strict?: boolean;
}

/** Runs `dls export ics`: writes the calendar and returns the exit code. */
export async function runExportIcs(options: ExportIcsOptions, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const { workshop } = await loadValidWorkshop(options.file, options.strict);
  const stamp = chooseDtstamp(workshop, env.SOURCE_DATE_EPOCH);
  const toFile = options.output !== undefined && options.output !== '-';
  const scope: IcsScope = options.deadlines
    ? { kind: 'deadlines' }
    : { kind: 'program', filter: { breaks: options.breaks, speaker: options.speaker, track: options.track, room: options.room } };
  const build = (previous: PreviousCalendar | undefined) => {
    const result = writeIcs(workshop, { scope, dtstamp: stamp.ms, previous, pruneCancelled: options.pruneCancelled, changeScope: options.force });
    if (!result.ok && result.scope) throw scopeError(options.output!, result.scope);
    if (!result.ok) throw new DlsError(result.message, { hint: result.hint });
    return { content: result.text, result: { ...result, previous } };
  };
  if (!toFile) {
    const out = build(undefined);
    await writeOutput(options.output, out.content);
    printNotes(stamp.note, out.result.notes);
    return EXIT.ok;
  }
  await refuseInputAsOutput(options.output!, [options.file]);
  // Under the calendar's lock, merged with what the file holds at that moment: SEQUENCE numbers never go back.
  const oversize = await oversizePrevious(options.output!);
  const result = await editFileSafely(options.output!, (bytes) => build(readPrevious(options.output!, previousFile(bytes, oversize), options.force)), { reads: oversize === undefined });
  printNotes(stamp.note, result.notes);
  const { changed, cancelled, pruned } = result.stats;
  const pruning = pruned > 0 ? `, ${pruned} old cancellations dropped` : '';
  // A cancelled edition marks every event cancelled: say so, as "newly cancelled" counts items taken out of the program.
  const edition = workshop.status === 'cancelled' ? '; the edition is cancelled, so every event is marked cancelled' : '';
  process.stderr.write(`dls: wrote ${options.output}: ${result.events} events${result.previous ? `, ${changed} changed, ${cancelled} newly cancelled${pruning}` : ''}${edition}\n`);
  return EXIT.ok;
}

function printNotes(stampNote: string | undefined, notes: readonly string[]): void {
  if (stampNote) process.stderr.write(`dls: note: ${stampNote}\n`);
  for (const note of notes) process.stderr.write(`dls: note: ${note}\n`);
}

/**
 * The dls calendar that `-o` names, if one is there. Only a regular file is read (see
 * `previousFile`); another program's file, or one that is no text, is refused
 * unless `--force`.
 */
function readPrevious(path: string, file: PreviousFile, force: boolean): PreviousCalendar | undefined {
  if (file.kind === 'none' || (file.kind === 'text' && file.text.trim() === '')) return undefined;
  const previous = file.kind === 'text' ? readPreviousCalendar(file.text) : { ok: false as const, message: file.reason };
  if (previous.ok) {
    const notes = previous.calendar.notes ?? [];
    for (const note of notes.slice(0, 5)) process.stderr.write(`dls: note: ${escapeForDisplay(path)}: ${escapeForDisplay(note)}\n`);
    if (notes.length > 5) process.stderr.write(`dls: note: ${escapeForDisplay(path)}: ${notes.length - 5} more like these\n`);
    return previous.calendar;
  }
  if (force) return undefined;
  throw new DlsError(`refusing to overwrite ${path}: ${previous.message}`, { hint: 'choose another -o, or pass --force to replace it' });
}

/** Refuses to turn the calendar in `path` into one of another scope: its subscribers would see their events cancelled. */
function scopeError(path: string, scope: ScopeMismatch): DlsError {
  const other = join(dirname(path), scope.fileName);
  const suggestion = resolve(other) === resolve(path) ? 'another -o file' : `another -o file, such as ${other}`;
  return new DlsError(`refusing to update ${path}: it holds ${scope.previous}, but this export is ${scope.current}; its subscribers would see their events cancelled`, {
    hint: `write this export to ${suggestion}; or pass --force to make ${path} hold ${scope.current} from now on`,
  });
}
