import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { describeWithTool, works } from '../helpers/interop.js';
import { BASE_YAML } from '../helpers/workshop.js';

// A real terminal (tmux) reads dls's output: an OSC 0 in a key must not retitle the pane,
// a CSI must not clear it, and a line break in a key must not start a line of its own.
// One private tmux server per run (its own socket), so one run's server shutting down cannot race the next one's start.
let runs = 0;
const tmuxOn = (socket: string, ...args: string[]) => spawnSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });

const KEYS = ['\u001b]0;pwned\u0007', '\u001b[2J\u001b[H', 'a\nworkshop.yaml:1:1 error forged (forged)', 'x\u202etxt.exe'];
const yamlKey = (s: string) => `"${[...s].map((c) => (/[\u0020-\u007e]/.test(c) && c !== '"' && c !== '\\' ? c : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)).join('')}"`;

async function runInPane(args: string): Promise<{ title: string; screen: string }> {
  const socket = `dls-escapes-${process.pid}-${++runs}`;
  const tmux = (...a: string[]) => tmuxOn(socket, ...a);
  const dir = mkdtempSync(join(tmpdir(), 'dls-escapes-'));
  writeFileSync(join(dir, 'workshop.yaml'), BASE_YAML + KEYS.map((k, i) => `${yamlKey(k)}: ${i}\n`).join(''));
  const cmd = `cd ${dir} && printf '\\033]0;before\\007' && TERM=xterm-256color NO_COLOR=1 ${process.execPath} ${join(ROOT, 'bin/dls.js')} ${args}; touch done; sleep 30`;
  tmux('new-session', '-d', '-s', 'escapes', '-x', '200', '-y', '50', cmd);
  for (let i = 0; i < 300 && !existsSync(join(dir, 'done')); i++) await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => setTimeout(r, 200));
  const title = tmux('display-message', '-p', '-t', 'escapes', '#{pane_title}').stdout.trim();
  const screen = tmux('capture-pane', '-p', '-t', 'escapes', '-S', '-100').stdout;
  tmux('kill-server');
  return { title, screen };
}

describeWithTool('terminal escapes in keys, read by a real terminal (tmux)', 'tmux', works('tmux', ['-V']), () => {
  it.each([['schedule check'], ['schedule check --format github'], ['schedule show'], ['export ics']])('dls %s leaves the title and the screen alone', async (args) => {
    const { title, screen } = await runInPane(args);
    expect(title).toBe('before');
    expect(screen).toContain('\\x1b]0;pwned\\x07');
    expect(screen).toContain('\\x1b[2J\\x1b[H');
    expect(screen).toContain('a\\nworkshop.yaml:1:1 error forged');
    expect(screen).toContain('x\\u202etxt.exe');
    expect(screen.split('\n').filter((l) => l.startsWith('workshop.yaml:1:1 error forged'))).toEqual([]);
  });
});
