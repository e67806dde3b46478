import { DlsError, EXIT } from '../errors.js';
import { analyzeWorkshop } from '../edit/analyze.js';
import { applyShift, findItem, planShift } from '../edit/shift.js';
import { reportNewFindings } from './add.js';
import { editableWorkshop } from './editable.js';
import { writeFileAtomic } from './io.js';
import { processTerminal, type Terminal } from './prompting.js';
import { escapeForDisplay } from '../safe-text.js';

/** Options of `dls schedule shift`. */
export interface ShiftOptions {
  file: string;
  item: string;
  minutes: number;
  only: boolean;
}

const clock = (t: string) => t.replace(/^0(\d)/, '$1');

/** Runs `dls schedule shift`: moves the item (and what follows it in its room), prints the moves, re-checks. */
export async function runShift(options: ShiftOptions, term: Terminal = processTerminal()): Promise<number> {
  const { file, text, workshop, diagnostics } = await editableWorkshop(options.file);
  const found = findItem(workshop, options.item);
  if ('message' in found) throw new DlsError(found.message);
  const plan = planShift(workshop, found.item, options.minutes, options.only);
  if ('message' in plan) throw new DlsError(`${plan.message}; nothing was changed`);
  if (options.minutes === 0) {
    term.write('shift by 0 min: nothing to move\n');
    return EXIT.ok;
  }
  const next = applyShift(text, plan.moves);
  const after = analyzeWorkshop(next, file);
  if (!after.workshop) throw new DlsError('the shift would make the file invalid; nothing was written (this is a bug in dls)', { diagnostics: after.diagnostics });
  await writeFileAtomic(options.file, next);
  const by = `${options.minutes > 0 ? '+' : ''}${options.minutes} min`;
  const where = [found.item.date, found.item.room].filter(Boolean).join(', ');
  const width = Math.max(...plan.moves.map((m) => `${clock(m.item.start)}-${clock(m.item.end)}`.length));
  const lines = plan.moves.map((m) => `  ${`${clock(m.item.start)}-${clock(m.item.end)}`.padStart(width)} -> ${clock(m.start)}-${clock(m.end)}  ${escapeForDisplay(m.item.title)}`);
  term.write(`moved ${plan.moves.length} item${plan.moves.length === 1 ? '' : 's'} by ${by} (${escapeForDisplay(where)}):\n${lines.join('\n')}\n`);
  return reportNewFindings(diagnostics, after.diagnostics, file, term);
}
