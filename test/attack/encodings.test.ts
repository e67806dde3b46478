import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runDls } from '../helpers/cli.js';
import { workspace } from './race.js';

/**
 * Encodings, attacked: files that are not UTF-8 next to the commands that rewrite
 * them, byte-order marks, and file names that are not UTF-8. A file dls refuses is
 * left byte-identical; a UTF-8 byte-order mark survives every rewrite.
 */
const latin1 = Buffer.from('# Caf\xe9 d\xe9j\xe0 vu\n\nPr\xe9sentation.\n', 'latin1');
const cp1252 = Buffer.from('# \x93Quoted\x94 title\n', 'latin1');
const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Workshop page\n\nSome text here.\n', 'utf16le')]);
const utf16beNoBom = Buffer.from('# Workshop page\n\nSome text here.\n', 'utf16le').swap16();
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const init = ['init', '--title', 'Encoding Workshop', '--conference', 'SC30', '--timezone', 'UTC', '--date', '2030-11-17', '--yes'];

const emptyDir = () => mkdtempSync(join(tmpdir(), 'dls-enc-'));

const REFUSED: { name: string; file: string; bytes: Buffer; run: string[]; encoding: string; fresh?: boolean }[] = [
  { name: 'init next to a Latin-1 README.md', file: 'README.md', bytes: latin1, run: init, encoding: 'ISO-8859-1', fresh: true },
  { name: 'init next to a Windows-1252 README.md', file: 'README.md', bytes: cp1252, run: init, encoding: 'WINDOWS-1252', fresh: true },
  { name: 'init next to a UTF-16LE README.md (with BOM)', file: 'README.md', bytes: utf16le, run: init, encoding: 'UTF-16LE', fresh: true },
  { name: 'init next to a UTF-16BE README.md (no BOM)', file: 'README.md', bytes: utf16beNoBom, run: init, encoding: 'UTF-16BE', fresh: true },
  { name: 'init next to a Latin-1 .gitignore', file: '.gitignore', bytes: Buffer.from('caf\xe9/\n', 'latin1'), run: init, encoding: 'ISO-8859-1', fresh: true },
  { name: 'readme on a Latin-1 README.md', file: 'README.md', bytes: latin1, run: ['readme'], encoding: 'ISO-8859-1' },
  { name: 'readme --init --yes on a Latin-1 README.md', file: 'README.md', bytes: latin1, run: ['readme', '--init', '--yes'], encoding: 'ISO-8859-1' },
  { name: 'readme --check on a UTF-16 README.md', file: 'README.md', bytes: utf16le, run: ['readme', '--check'], encoding: 'UTF-16LE' },
  { name: 'add on a Latin-1 workshop.yaml', file: 'workshop.yaml', bytes: Buffer.from(`${readFileSync(join(ROOT, 'workshop.yaml'), 'utf8')}# caf\xe9\n`, 'latin1'), run: ['add', 'date', '--label', 'X', '--date', '2019-12-01'], encoding: 'Latin-1' },
  { name: 'schedule shift on a UTF-16 workshop.yaml', file: 'workshop.yaml', bytes: Buffer.from(readFileSync(join(ROOT, 'workshop.yaml'), 'utf8'), 'utf16le'), run: ['schedule', 'shift', 'summit-strategies', '+5'], encoding: 'UTF-16' },
];

describe('encodings: a file that is not UTF-8 is never rewritten', () => {
  it.each(REFUSED)('$name: refused, named, left byte-identical', ({ file, bytes, run, encoding, fresh }) => {
    const dir = fresh ? emptyDir() : workspace('dls-enc-');
    writeFileSync(join(dir, file), bytes);
    const r = runDls(run, { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(encoding);
    if (file !== 'workshop.yaml') expect(r.stderr).toMatch(/hint: convert it once, then run again: iconv -f [A-Z0-9-]+ -t UTF-8/);
    expect(readFileSync(join(dir, file)).equals(bytes)).toBe(true);
    if (fresh) expect(readdirSync(dir)).toEqual([file]);
  });
});

describe('encodings: a UTF-8 byte-order mark is kept', () => {
  const page = Buffer.concat([BOM, Buffer.from('# Café page\n\nIntro.\n')]);
  it.each([
    { name: 'init next to a README.md with a BOM', file: 'README.md', bytes: page, run: init, fresh: true },
    { name: 'readme --init --yes on a README.md with a BOM', file: 'README.md', bytes: page, run: ['readme', '--init', '--yes'] },
    { name: 'add on a workshop.yaml with a BOM', file: 'workshop.yaml', bytes: Buffer.concat([BOM, readFileSync(join(ROOT, 'workshop.yaml'))]), run: ['add', 'date', '--label', 'BOM day', '--date', '2019-12-01'] },
  ])('$name', ({ file, bytes, run, fresh }) => {
    const dir = fresh ? emptyDir() : workspace('dls-enc-');
    writeFileSync(join(dir, file), bytes);
    expect(runDls(run, { cwd: dir }).code).toBe(0);
    const after = readFileSync(join(dir, file));
    expect(after.subarray(0, 3).equals(BOM)).toBe(true);
    expect(after.subarray(3, 6).equals(BOM)).toBe(false);
    expect(after.equals(bytes)).toBe(false);
  });
});

/** Runs dls with raw argument bytes, as a shell in a Latin-1 locale passes them. */
const rawDls = (dir: string, args: string) => spawnSync('bash', ['-c', `node ${join(ROOT, 'bin/dls.js')} ${args}`], { cwd: dir, encoding: 'utf8' });

describe('encodings: a file name that is not UTF-8 never names another file', () => {
  it.each([
    { name: '-f with a Latin-1 name', args: "-f $'caf\\xe9.yaml' schedule check", option: '-f' },
    { name: '--file= with a Latin-1 name', args: "--file=$'caf\\xe9.yaml' schedule check", option: '--file' },
    { name: '-o with a Latin-1 name', args: "export ics -o $'caf\\xe9.ics'", option: '-o' },
    { name: '--output= with a Latin-1 name', args: "export markdown --output=$'caf\\xe9.md'", option: '--output' },
    { name: 'a Latin-1 README argument', args: "readme $'caf\\xe9.md'", option: 'argument' },
  ])('$name: refused (exit 2), naming $option, nothing written', ({ args, option }) => {
    const dir = workspace('dls-enc-');
    const r = rawDls(dir, args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(option === 'argument' ? 'the argument "caf\\xe9.md" is not valid UTF-8' : `the value given to ${option} is not valid UTF-8`);
    expect(readdirSync(dir)).toEqual(['workshop.yaml']);
  });

  it('a name that really contains U+FFFD, typed as UTF-8, reaches the file system unchanged', () => {
    const dir = workspace('dls-enc-');
    const r = rawDls(dir, "export ics -o $'\\xef\\xbf\\xbd.ics'");
    expect(r.status).toBe(0);
    expect(existsSync(join(dir, '\ufffd.ics'))).toBe(true);
  });
});
