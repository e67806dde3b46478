import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runInit, type InitOptions } from '../../src/commands/init.js';
import type { Terminal } from '../../src/commands/prompting.js';
import { scriptedTerminal as scripted } from './terminal.js';
import { parseWorkshop } from '../../src/parse/index.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dls-init-'));
});

const options = (extra: Partial<InitOptions> = {}): InitOptions => ({ file: join(dir, 'workshop.yaml'), yes: false, force: false, ...extra });
const noTerminal: Terminal = { interactive: false, write: () => {} };

describe('dls init', () => {
  it('asks the questions and writes a workshop.yaml that checks clean', async () => {
    const term = scripted({ 'Workshop title': 'Deep Learning on Supercomputers Workshop', 'Host conference': 'SC19', 'First day': '2019-11-17', Room: '502' });
    expect(await runInit(options(), term, 'America/Denver')).toBe(0);
    const text = await readFile(join(dir, 'workshop.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./workshop.schema.json');
    const parsed = parseWorkshop(text);
    expect(parsed.ok && parsed.warnings).toEqual([]);
    expect(parsed.ok && [parsed.workshop.id, parsed.workshop.timezone, parsed.workshop.room]).toEqual(['dls-sc19', 'America/Denver', '502']);
    expect(term.asked).toHaveLength(9);
  });

  it('writes the schema the first line points at, so editors find it', async () => {
    await runInit(options({ title: 'T', id: 't', timezone: 'UTC', date: '2026-01-05', yes: true }), noTerminal);
    expect(JSON.parse(await readFile(join(dir, 'workshop.schema.json'), 'utf8')).title).toBe('dls workshop.yaml');
  });

  it('refuses to overwrite an existing workshop.yaml without --force', async () => {
    await writeFile(join(dir, 'workshop.yaml'), 'mine\n');
    await expect(runInit(options({ title: 'T', yes: true }), noTerminal)).rejects.toMatchObject({ exitCode: 1, message: expect.stringContaining('already exists') });
    expect(await readFile(join(dir, 'workshop.yaml'), 'utf8')).toBe('mine\n');
  });

  it('names the missing flags when there is no terminal, and writes nothing', async () => {
    await expect(runInit(options({ title: 'T' }), noTerminal, 'Europe/Berlin')).rejects.toMatchObject({ exitCode: 2, message: 'missing --id, --timezone, --date (no terminal to ask)' });
    await expect(readFile(join(dir, 'workshop.yaml'))).rejects.toThrow();
  });

  it('with --yes, names only the flags it has no suggestion for (the zone always), and does not suggest --yes again', async () => {
    await expect(runInit(options({ yes: true }), noTerminal, 'Europe/Berlin')).rejects.toMatchObject({
      exitCode: 2,
      message: 'missing --title, --timezone, --date (no terminal to ask, and --yes has no suggestion for them)',
      hint: 'pass --title --timezone --date as flags; --yes suggests the other answers from them',
    });
    await expect(readFile(join(dir, 'workshop.yaml'))).rejects.toThrow();
  });

  it('says the folder is missing before asking anything', async () => {
    const term = scripted({});
    await expect(runInit({ ...options(), file: join(dir, 'nope', 'workshop.yaml') }, term)).rejects.toMatchObject({ exitCode: 1, message: expect.stringContaining('folder') });
    expect(term.asked).toEqual([]);
  });

  it('leaves no file behind when the user presses Ctrl-C', async () => {
    const term: Terminal = { interactive: true, write: () => {}, ask: async () => Promise.reject(Object.assign(new Error('User force closed the prompt'), { name: 'ExitPromptError' })) };
    await expect(runInit(options(), term)).rejects.toMatchObject({ exitCode: 130 });
    await expect(readFile(join(dir, 'workshop.yaml'))).rejects.toThrow();
  });

  it('appends markers to an existing README and keeps what was there', async () => {
    await writeFile(join(dir, 'README.md'), '# My workshop\n\nWelcome!\n');
    await writeFile(join(dir, '.gitignore'), 'node_modules\n');
    await runInit(options({ title: 'T', id: 't', timezone: 'UTC', date: '2026-01-05', yes: true }), noTerminal);
    const readme = await readFile(join(dir, 'README.md'), 'utf8');
    expect(readme.startsWith('# My workshop\n\nWelcome!\n\n<!-- dls:program:start -->\n<!-- {% raw %} -->\n\n### Program (Jan 5th)\n\nThe program will be announced here.\n')).toBe(true);
    expect(readme).toContain('<!-- dls:committee:start -->\n<!-- dls:committee:end -->\n');
    expect(await readFile(join(dir, '.gitignore'), 'utf8')).toContain('node_modules\n\n# dls: private mailing-list files (sign-ups, unsubscribes)\nsignups*.csv\nsuppress*.txt\n');
  });

  it('leaves a README that shows a section by hand untouched, says so, and deletes nothing', async () => {
    const page = '# My workshop\n\n## Important dates\n\n- Papers due: May 1\n';
    await writeFile(join(dir, 'README.md'), page);
    const out: string[] = [];
    await runInit(options({ title: 'T', id: 't', timezone: 'UTC', date: '2026-01-05', yes: true }), { ...noTerminal, write: (t) => void out.push(t) });
    expect(await readFile(join(dir, 'README.md'), 'utf8')).toBe(page);
    expect(out.join('')).toContain('left README.md as it is: it already shows dates by hand; once workshop.yaml holds them, `dls readme --init` marks them for regeneration\n');
  });
});
