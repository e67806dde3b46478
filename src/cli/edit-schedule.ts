import type { CliContext } from './context.js';

/** Wires `dls schedule show` and `dls schedule shift`. */
export function registerScheduleEditCommands(_ctx: CliContext): void {}
