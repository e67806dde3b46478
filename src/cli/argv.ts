import { readFileSync } from 'node:fs';
import { usageError, type DlsError } from '../errors.js';

/** The arguments as the bytes the shell passed, where the system shows them (Linux: /proc/self/cmdline). */
export function rawArguments(count: number): Buffer[] | undefined {
  try {
    const parts = readFileSync('/proc/self/cmdline').toString('latin1').split('\u0000');
    if (parts.at(-1) === '') parts.pop();
    return parts.slice(parts.length - count).map((p) => Buffer.from(p, 'latin1'));
  } catch {
    return undefined;
  }
}

const isUtf8 = (bytes: Buffer): boolean => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

/** The option an argument belongs to: `--output=x` -> `--output`, `-o x` -> `-o`. */
function optionOf(argv: readonly string[], i: number): string | undefined {
  const inline = /^(--?[A-Za-z][\w-]*)=/.exec(argv[i]!);
  if (inline) return inline[1];
  const before = argv[i - 1];
  return before !== undefined && /^--?[A-Za-z]/.test(before) && !before.includes('=') ? before : undefined;
}

/**
 * An argument that is not valid UTF-8 (a Latin-1 file name such as `caf\xe9.yaml`):
 * Node decodes it with U+FFFD in place of the bad bytes, so a file name would name a
 * different file, and a value would be stored changed. Refused (exit 2), naming the
 * option; a real U+FFFD typed as UTF-8 passes when the raw bytes can be checked.
 */
export function nonUtf8Argument(argv: readonly string[], raw: readonly Buffer[] | undefined): DlsError | undefined {
  const i = argv.findIndex((arg, k) => arg.includes('\ufffd') && (raw?.[k] === undefined || !isUtf8(raw[k]!)));
  if (i < 0) return undefined;
  const option = optionOf(argv, i);
  const bytes = raw?.[i];
  const text = bytes ? [...bytes].map((b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`)).join('') : argv[i]!;
  const shown = `"${text.length > 80 ? `${text.slice(0, 79)}…` : text}"`;
  return usageError(
    `the ${option ? `value given to ${option}` : `argument ${shown}`} is not valid UTF-8${option ? ` (${shown})` : ''}; dls reads arguments as UTF-8, so it would name a different file`,
    'rename the file to a UTF-8 name (convmv -f latin1 -t utf8 --notest NAME), or reach it through a symbolic link with a UTF-8 name',
  );
}

/** dls's top-level commands; a test keeps this list the same as the full command tree's. */
export const TOP_LEVEL_COMMANDS: readonly string[] = ['schedule', 'schema', 'export', 'readme', 'mail', 'init', 'add', 'import', 'template'];

/**
 * Which top-level commands a run needs wired: only the one it names, found after the
 * global options `-f`/`--file` and `--max-input-size` and their values. Every one when
 * it names none, an unknown one (`help`, a typo to suggest a name for), or another option
 * comes first (`--help`, `--version`, a wrong flag): help and errors then read as always.
 */
export function wantedCommands(argv: readonly string[]): (name: string) => boolean {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-f' || a === '--file' || a === '--max-input-size') i++;
    else if (a.startsWith('--file=') || a.startsWith('--max-input-size=') || /^-f./.test(a)) continue;
    else if (a.startsWith('-') || !TOP_LEVEL_COMMANDS.includes(a)) break;
    else return (name) => name === a;
  }
  return () => true;
}
