/**
 * The only prompts dls asks with. `import('@inquirer/prompts')` pulls every prompt,
 * and the editor prompt brings iconv-lite and chardet: a 582 kB chunk for `init` and
 * `add`. Importing the two packages directly keeps the chunk small.
 */
export { default as input } from '@inquirer/input';
export { default as select } from '@inquirer/select';
