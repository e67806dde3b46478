import { Chalk } from 'chalk';
import { colorLevel } from '../color.js';
import { DlsError, EXIT, usageError } from '../errors.js';
import { analyzeWorkshop } from '../edit/analyze.js';
import { checkZone } from '../edit/validators.js';
import type { ItemKind } from '../model.js';
import { decodeWorkshopBytes } from '../parse/index.js';
import { plainSchedulePaint, type SchedulePaint } from '../writers/schedule-cells.js';
import { formatScheduleView } from '../writers/schedule-view.js';
import { displayName, readInput } from './io.js';

/** Options of `dls schedule show`. */
export interface ShowOptions {
  file: string;
  tz?: string;
  width?: number;
}

/** Colours per kind; breaks are dimmed by the view itself. */
export function schedulePaintFor(level: 0 | 1 | 2 | 3): SchedulePaint {
  if (level === 0) return plainSchedulePaint;
  const c = new Chalk({ level });
  const kinds: Record<ItemKind, (s: string) => string> = { talk: c.cyan, keynote: c.magenta, panel: c.blue, opening: c.green, closing: c.green, other: c.white, break: c.dim };
  return { red: c.red, yellow: c.yellow, dim: c.dim, bold: c.bold, green: c.green, kind: (k, s) => kinds[k](s) };
}

/** Runs `dls schedule show`: draws the program even when check finds overlaps (they are marked). */
export async function runShow(options: ShowOptions): Promise<number> {
  if (options.tz !== undefined && checkZone(options.tz) !== true) throw usageError(`--tz ${JSON.stringify(options.tz)}: ${checkZone(options.tz) as string}`);
  const file = displayName(options.file);
  const decoded = decodeWorkshopBytes(await readInput(options.file, 'file', 'run `dls init` to create a workshop.yaml, or pass -f PATH'), file);
  if (!decoded.ok) throw new DlsError(`${file} cannot be read as text`, { diagnostics: decoded.diagnostics });
  const { workshop, diagnostics } = analyzeWorkshop(decoded.text, file);
  if (!workshop) throw new DlsError(`${file} has problems to fix before the program can be drawn`, { diagnostics, hint: 'run `dls schedule check` for details' });
  const tty = process.stdout.isTTY === true;
  const width = options.width ?? (tty ? Math.max(40, Math.min(process.stdout.columns || 80, 160)) : 80);
  const paint = schedulePaintFor(colorLevel(process.env, tty));
  process.stdout.write(formatScheduleView(workshop, diagnostics, { width, paint, secondZone: options.tz }));
  return EXIT.ok;
}
