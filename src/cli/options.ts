import { InvalidArgumentError, type Command, type Option } from 'commander';
import { cutValue, echoValue } from '../echo.js';

/**
 * Option habits shared by every command: repeatable options collect their values,
 * any other option that takes a value may be given once, numbers have bounds, and
 * values echoed in commander's own messages are cut like ours.
 */

/** The argument parser of a repeatable option (`--speaker a --speaker b`): collects the values in order. */
export const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

/** An argument parser for a whole number from `min` to `max`; `what` names the unit (`minutes`, `columns`). */
export function boundedInteger(min: number, max: number, what: string): (value: string) => number {
  return (value) => {
    const n = /^[+-]?\d{1,7}$/.test(value) ? Number(value) : NaN;
    if (!(n >= min && n <= max)) throw new InvalidArgumentError(`expected whole ${what} from ${min} to ${max}`);
    return n;
  };
}

const takesOneValue = (o: Option): boolean => (o.required || o.optional) && !o.variadic && o.parseArg !== collect;

/**
 * Makes a second use of a single-value option a usage error (exit 2) on `cmd` and its
 * subcommands: `-o a.ics -o b.ics` would otherwise write only b.ics without a word.
 */
export function refuseRepeatedOptions(cmd: Command): void {
  const seen = new Map<string, string | undefined>();
  for (const option of cmd.options.filter(takesOneValue)) {
    cmd.on(`option:${option.name()}`, (value: string | undefined) => {
      if (seen.has(option.name())) {
        const values = [seen.get(option.name()), value].map((v) => (v === undefined ? '(no value)' : echoValue(v))).join(', then ');
        cmd.error(`error: option '${option.flags}' was given twice (${values}); it takes one value`, { exitCode: 2, code: 'dls.repeatedOption' });
      }
      seen.set(option.name(), value);
    });
  }
  for (const sub of cmd.commands) refuseRepeatedOptions(sub);
}

/** Commander's message with every argument longer than the echo limit cut to it (commander quotes values whole). */
export function cutLongArguments(message: string, argv: readonly string[]): string {
  const long = argv.flatMap((a) => [a, a.slice(a.indexOf('=') + 1)]).filter((a) => cutValue(a) !== a);
  return [...new Set(long)].sort((a, b) => b.length - a.length).reduce((m, a) => m.split(a).join(cutValue(a)), message);
}
