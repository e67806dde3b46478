import type { CliContext } from './context.js';

/** Wires `dls add talk|break|person|date`. */
export function registerAddCommands(_ctx: CliContext): void {}
