import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { buildOptions } from '../../scripts/build-config.mjs';
import { ROOT } from '../helpers/cli.js';

/** The source files each output loads before it runs: its own, plus those of its static imports. */
function staticClosure(meta: Metafile, output: string): Set<string> {
  const inputs = new Set<string>();
  const seen = new Set<string>();
  const visit = (out: string) => {
    if (seen.has(out)) return;
    seen.add(out);
    const o = meta.outputs[out]!;
    for (const input of Object.keys(o.inputs)) inputs.add(input);
    for (const imp of o.imports) if (imp.kind === 'import-statement' && !imp.external) visit(imp.path);
  };
  visit(output);
  return inputs;
}

const HEAVY = [/node_modules\/yaml\//, /node_modules\/(mdast|micromark)/, /node_modules\/luxon\//, /node_modules\/@inquirer\//, /^src\/formats\//, /^src\/mail\//, /^src\/edit\//, /^src\/parse\//];
// Lists of names the option parsers need (formats, sections, audiences): constants only.
const NAME_LISTS = new Set(['src/mail/recipient.ts', 'src/formats/mail/format-names.ts', 'src/formats/markdown/options.ts', 'src/formats/markdown/section-names.ts']);

describe('start-up stays light (every command pays for what dist/cli.js loads)', async () => {
  const result = await build({ ...buildOptions, absWorkingDir: ROOT, write: false, metafile: true, logLevel: 'silent' });
  const meta = result.metafile!;
  const cli = Object.keys(meta.outputs).find((o) => o.endsWith('dist/cli.js'))!;
  const chunkOf = (name: string) => Object.keys(meta.outputs).find((o) => new RegExp(`/${name}-[A-Z0-9]+\\.js$`).test(o))!;

  it('loads no YAML parser, time-zone library, prompt, parser or writer before a command is chosen', () => {
    const loaded = [...staticClosure(meta, cli)];
    expect(loaded.filter((input) => !NAME_LISTS.has(input) && HEAVY.some((re) => re.test(input)))).toEqual([]);
  });

  it('`dls schedule check` loads neither the prompts nor any writer, nor the Markdown parser, nor luxon (its times come from Intl directly)', () => {
    const loaded = [...staticClosure(meta, chunkOf('check'))];
    expect(loaded.filter((input) => /@inquirer|luxon|^src\/formats\/|^src\/edit\/|node_modules\/(mdast|micromark)/.test(input))).toEqual([]);
  });

  it('`dls readme` loads the GFM parser it finds markers and sections with', () => {
    const loaded = [...staticClosure(meta, chunkOf('readme'))];
    expect(loaded.some((input) => /node_modules\/micromark-extension-gfm\//.test(input))).toBe(true);
  });
});
