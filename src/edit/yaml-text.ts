import { stringify } from 'yaml';

/**
 * A string as yaml's stringifier writes it as a block value or a mapping key: plain
 * when it reads back as the same string, else quoted. Only the final line break is
 * cut: `trimEnd()` would also cut a no-break space that belongs to the value.
 */
export const yamlScalar = (value: string): string => withoutFinalNewline(stringify(value, { lineWidth: 0 }));

/** Text without the line break yaml ends a document with (and nothing else). */
export const withoutFinalNewline = (text: string): string => text.replace(/\n$/, '');
