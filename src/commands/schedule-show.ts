import { Chalk } from 'chalk';
import { colorLevel } from '../color.js';
import { EXIT, usageError } from '../errors.js';
import { checkZone } from '../edit/validators.js';
import type { ItemKind } from '../model.js';
import { plainSchedulePaint, type SchedulePaint } from '../formats/terminal/cells.js';
import { formatScheduleView } from '../formats/terminal/view.js';
import { loadWorkshopModel } from './load.js';
import { echoValue } from '../echo.js';

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
  const zoneVerdict = options.tz === undefined ? true : checkZone(options.tz);
  if (zoneVerdict !== true) throw usageError(`--tz ${echoValue(options.tz!)}: ${zoneVerdict}`);
  const { workshop, diagnostics } = await loadWorkshopModel(options.file, 'the program can be drawn');
  const tty = process.stdout.isTTY === true;
  const width = options.width ?? (tty ? Math.max(40, Math.min(process.stdout.columns || 80, 160)) : 80);
  const paint = schedulePaintFor(colorLevel(process.env, tty));
  process.stdout.write(formatScheduleView(workshop, diagnostics, { width, paint, secondZone: options.tz }));
  return EXIT.ok;
}
