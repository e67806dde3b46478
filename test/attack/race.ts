import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers/cli.js';

const BIN = join(ROOT, 'bin/dls.js');

/** What one process of a race did. */
export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built dls as its own process, asynchronously, so several can race on one file. */
export function dlsAsync(args: string[], cwd: string): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** A fresh folder holding a copy of the shipped SC19 workshop.yaml. */
export function workspace(prefix = 'dls-race-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  copyFileSync(join(ROOT, 'workshop.yaml'), join(dir, 'workshop.yaml'));
  return dir;
}

/** Temporary files or locks left in a folder: there must never be any after a run. */
export const leftovers = (dir: string): string[] => readdirSync(dir).filter((f) => /\.tmp$|\.dls-lock/.test(f));

/** Starts all commands at the same moment in `dir` and waits for every one. */
export const race = (dir: string, commands: string[][]): Promise<Run[]> => Promise.all(commands.map((args) => dlsAsync(args, dir)));
