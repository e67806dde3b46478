import { DlsError, EXIT } from '../errors.js';
import { analyzeWorkshop } from '../edit/analyze.js';
import { applyShift, findItem, planShift } from '../edit/shift.js';
import { reportNewFindings } from './add.js';
import { editableWorkshop } from './editable.js';
import { changedError, editTextSafely } from './edit-file.js';
import type { Workshop } from '../model.js';
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

/**
 * Runs `dls schedule shift`: moves the item (and what follows it in its room), prints
 * the moves, re-checks. Under the file's lock the shift is planned on the current
 * text, so another edit that landed since the file was read is shifted along, never lost.
 */
export async function runShift(options: ShiftOptions, term: Terminal = processTerminal()): Promise<number> {
  const first = await editableWorkshop(options.file);
  const planned = planOn(first.workshop, options, (m) => new DlsError(m));
  if (options.minutes === 0) {
    term.write('shift by 0 min: nothing to move\n');
    return EXIT.ok;
  }
  const done = await editTextSafely(options.file, (text) => {
    const changed = text !== first.text;
    const fresh = text === undefined ? undefined : changed ? analyzeWorkshop(text, first.file) : first;
    if (text === undefined || !fresh?.workshop) throw changedError(options.file);
    const { item, plan } = changed ? planOn(fresh.workshop, options, () => changedError(options.file)) : planned;
    const next = applyShift(text, plan.moves);
    const after = analyzeWorkshop(next, first.file);
    if (!after.workshop && changed) throw changedError(options.file);
    if (!after.workshop) throw new DlsError('the shift would make the file invalid; nothing was written (this is a bug in dls)', { diagnostics: after.diagnostics });
    return { text: next, result: { item, plan, before: fresh.diagnostics, after: after.diagnostics } };
  });
  const by = `${options.minutes > 0 ? '+' : ''}${options.minutes} min`;
  const where = [done.item.date, done.item.room].filter(Boolean).join(', ');
  const moves = done.plan.moves;
  const span = (m: (typeof moves)[number], start: string, end: string) => (m.item.point ? clock(start) : `${clock(start)}-${clock(end)}`);
  const width = Math.max(...moves.map((m) => span(m, m.item.start, m.item.end).length));
  const lines = moves.map((m) => `  ${span(m, m.item.start, m.item.end).padStart(width)} -> ${span(m, m.start, m.end)}  ${escapeForDisplay(m.item.title)}`);
  term.write(`moved ${moves.length} item${moves.length === 1 ? '' : 's'} by ${by} (${escapeForDisplay(where)}):\n${lines.join('\n')}\n`);
  return reportNewFindings(done.before, done.after, first.file, term);
}

/** The item named on the command line and the moves that shift it, or `fail(message)`. */
function planOn(workshop: Workshop, options: ShiftOptions, fail: (message: string) => DlsError) {
  const found = findItem(workshop, options.item);
  if ('message' in found) throw fail(found.message);
  const plan = planShift(workshop, found.item, options.minutes, options.only);
  if ('message' in plan) throw fail(`${plan.message}; nothing was changed`);
  return { item: found.item, plan };
}
