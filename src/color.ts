import { Chalk } from 'chalk';
import { plain, type Paint } from './diagnostics.js';

/**
 * Decides whether to colour: FORCE_COLOR wins (as in Node itself), then NO_COLOR
 * (any non-empty value turns colour off; chalk ignores it, so we honour it here),
 * then whether the stream is a terminal.
 */
export function colorLevel(env: NodeJS.ProcessEnv, isTTY: boolean): 0 | 1 | 2 | 3 {
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    if (force === '2' || force === '3') return Number(force) as 2 | 3;
    return 1;
  }
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  return isTTY && env.TERM !== 'dumb' ? 1 : 0;
}

/** Painters for a stream, honouring NO_COLOR and FORCE_COLOR. */
export function paintFor(env: NodeJS.ProcessEnv, isTTY: boolean): Paint {
  const level = colorLevel(env, isTTY);
  if (level === 0) return plain;
  const c = new Chalk({ level });
  return { red: c.red, yellow: c.yellow, dim: c.dim, bold: c.bold, green: c.green };
}
