import type { CliContext } from './context.js';

/** Wires the edit commands into the program. Commands are imported lazily in their actions. */
export function registerEditCommands(_ctx: CliContext): void {}
