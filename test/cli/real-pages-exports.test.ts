import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Link } from 'mdast';
import { describe, expect, it } from 'vitest';
import { runDls } from '../helpers/cli.js';
import { readIcs } from '../ics/read-ics.js';
import { parseGfm, tableOf } from '../markdown/gfm.js';

/** Issue 9: exports, the page and mail with the shapes real pages have. */

const fixture = (name: string) => `test/fixtures/real-pages/${name}`;
const text = (name: string) => readFileSync(fixture(name), 'utf8');
const EPOCH = { SOURCE_DATE_EPOCH: '1560000000' };
const tmp = () => mkdtempSync(join(tmpdir(), 'dls-real-'));

/** Every link destination on a Markdown page, as a GFM parser reads it. */
function linksOf(markdown: string): string[] {
  const out: string[] = [];
  const walk = (node: { type: string; children?: unknown[] }) => {
    if (node.type === 'link') out.push((node as Link).url);
    for (const child of node.children ?? []) walk(child as { type: string; children?: unknown[] });
  };
  walk(parseGfm(markdown));
  return out;
}

describe('schedule findings warn instead of blocking the outputs (item 7)', () => {
  const file = fixture('track-room-change.yaml');
  const readme = () => {
    const dir = tmp();
    writeFileSync(join(dir, 'README.md'), '# Page\n\n<!-- dls:program:start -->\n<!-- dls:program:end -->\n');
    return join(dir, 'README.md');
  };
  const runs: [string, () => string[]][] = [
    ['export ics', () => ['export', 'ics', '-o', join(tmp(), 'program.ics')]],
    ['export markdown', () => ['export', 'markdown', '--section', 'program', '-o', join(tmp(), 'program.md')]],
    ['readme', () => ['readme', readme()]],
    ['mail export', () => ['mail', 'export', '--to', 'speakers', '-o', join(tmp(), 'speakers.csv')]],
  ];

  it.each(runs)('%s writes, prints the overlap as a warning with one pointer to dls schedule check, exits 0', (_name, args) => {
    const r = runDls(['-f', file, ...args()], { env: EPOCH });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`${file}:14:39 warning "Fusion plasma models at scale" (9:15-12:40) runs 10 min into "Lunch"`);
    expect(r.stderr.match(/dls schedule check/g)).toHaveLength(1);
  });

  it.each(runs)('%s --strict refuses, writes nothing, exits 1', (_name, args) => {
    const argv = args();
    const out = argv[argv.indexOf('-o') + 1] ?? argv[argv.length - 1]!;
    const before = existsSync(out) ? readFileSync(out, 'utf8') : undefined;
    const r = runDls(['-f', file, ...argv, '--strict'], { env: EPOCH });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--strict is on; nothing was written');
    expect(existsSync(out) ? readFileSync(out, 'utf8') : undefined).toBe(before);
  });

  it('still refuses a program whose output would be wrong: an item that ends before it starts', () => {
    const out = join(tmp(), 'program.ics');
    const r = runDls(['-f', fixture('end-before-start.yaml'), 'export', 'ics', '-o', out], { env: EPOCH });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('(end-after-start)');
    expect(existsSync(out)).toBe(false);
  });
});

describe('relative links (item 8)', () => {
  it('no longer hides an overlap behind a refused relative slides link', () => {
    const r = runDls(['-f', fixture('relative-slides.yaml'), 'schedule', 'check']);
    expect(r.stdout).toContain('"CANDLE" (9:10-9:45) runs 5 min into "Uno" (9:40-10:10)');
    expect(r.stdout).toContain('1 error, 0 warnings');
  });

  it('writes them on the page as given', () => {
    const r = runDls(['-f', fixture('relative-slides.yaml'), 'export', 'markdown', '--section', 'program']);
    expect(r.code).toBe(0);
    expect(linksOf(r.stdout)).toEqual(expect.arrayContaining(['ISC2019/1_Brettin.pdf', '../slides/uno.pdf']));
  });

  it('leaves them out of calendars without a workshop url, with one note', () => {
    const r = runDls(['-f', fixture('relative-slides.yaml'), 'export', 'ics'], { env: EPOCH });
    expect(r.code).toBe(0);
    const events = readIcs(r.stdout).events;
    expect(events.map((e) => `${e.description} ${e.url ?? ''}`).join(' ')).not.toMatch(/ISC2019|slides\/uno|maps\//);
    expect(r.stderr.match(/relative link/g)).toHaveLength(1);
    expect(r.stderr).toContain('left 3 relative links (ISC2019/1_Brettin.pdf and 2 more) out of the calendar');
  });

  it('resolves them against the workshop url in calendars, as a browser would', () => {
    const input = text('relative-slides.yaml').replace('room: Panorama 3', 'room: Panorama 3\nurl: https://dlonsc.github.io/isc19/');
    const r = runDls(['-f', '-', 'export', 'ics'], { input, env: EPOCH });
    const byUid = new Map(readIcs(r.stdout).events.map((e) => [e.uid, e]));
    expect(byUid.get('candle@relative-slides.dls')?.url).toBe('https://dlonsc.github.io/isc19/ISC2019/1_Brettin.pdf');
    expect(byUid.get('uno@relative-slides.dls')?.description).toContain('Slides: https://dlonsc.github.io/slides/uno.pdf');
    expect(byUid.get('uno@relative-slides.dls')?.description).toContain('Map: https://dlonsc.github.io/isc19/maps/panorama.html');
    expect(r.stderr).not.toContain('relative link');
  });

  it('accepts them in every link key, and keeps the workshop url absolute', () => {
    const more = [
      'room_url: maps/room.html',
      'signup_url: signup.html',
      'conference: { name: ISC19, url: ../isc19.html }',
      'logos: [{ alt: Logo, image: img/logo.png, url: /index.html }]',
      'previous: [{ title: SC18, url: SC18.html }]',
      'submission: { url: submit/, template_url: template.tex }',
    ].join('\n');
    const input = text('relative-slides.yaml').replace('people:', `${more}\npeople:`).replace('brettin: { name', 'brettin: { url: people/brettin.html, name');
    expect(runDls(['-f', '-', 'schedule', 'check', '--format', 'json'], { input }).stdout).not.toContain('invalid-value');
    const based = runDls(['-f', '-', 'schedule', 'check'], { input: input.replace('people:', 'url: isc19/\npeople:') });
    expect(based.stdout).toContain('`url` is isc19/; expected an http:// or https:// URL');
  });

  it.each(['JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'DATA:text/html,<b>x</b>', 'vbscript:msgbox(1)', '\\u0001javascript:alert(1)'])('keeps refusing %j', (link) => {
    const input = text('relative-slides.yaml').replace('slides: ISC2019/1_Brettin.pdf', `slides: "${link}"`);
    const r = runDls(['-f', '-', 'schedule', 'check', '--format', 'json'], { input });
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as { ruleId: string; line: number }[]).find((d) => d.ruleId === 'invalid-value')).toMatchObject({ line: 13 });
  });
});

describe('placeholder titles on the page and in calendars (item 9)', () => {
  it('prints TBA on the page', () => {
    const r = runDls(['-f', fixture('placeholder-titles.yaml'), 'export', 'markdown', '--section', 'program']);
    expect(r.code).toBe(0);
    expect(tableOf(r.stdout).slice(1).map((row) => row[1])).toEqual(['Opening', 'TBA', 'TBA']);
  });

  it('prints TBA with the speakers in calendars', () => {
    const r = runDls(['-f', fixture('placeholder-titles.yaml'), 'export', 'ics'], { env: EPOCH });
    expect(readIcs(r.stdout).events.map((e) => e.summary)).toEqual(['Opening', 'TBA (Ada Lovelace)', 'TBA (Alan Turing)']);
  });
});

describe('speakers named in any case (item 12)', () => {
  it.each(['Xia', 'XIA', 'fangfang'])('export ics --speaker %s finds the one speaker', (name) => {
    const r = runDls(['-f', fixture('relative-slides.yaml'), 'export', 'ics', '--speaker', name], { env: EPOCH });
    expect(r.code).toBe(0);
    expect(readIcs(r.stdout).events.map((e) => e.summary)).toEqual(['Uno']);
  });

  it('add talk --speaker Xia writes the id', () => {
    const file = join(tmp(), 'workshop.yaml');
    writeFileSync(file, text('two-coffee-breaks.yaml').replace('alan: { name: Alan Turing }', 'alan: { name: Alan Turing }\n  xia: { name: Fangfang Xia }'));
    const r = runDls(['-f', file, 'add', 'talk', '--title', 'Uno', '--speaker', 'Xia', '--start', '12:10', '--end', '12:40', '--yes']);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/title: Uno.*speakers: \[xia\]|speakers: \[xia\].*title: Uno/s);
  });
});

describe('people without an address (item 13)', () => {
  it('get one summary line with the count', () => {
    const r = runDls(['-f', fixture('no-emails.yaml'), 'mail', 'export', '--to', 'all']);
    expect(r.code).toBe(0);
    const notes = r.stderr.split('\n').filter((l) => l.includes('no email'));
    expect(notes).toEqual(['note: 4 people (committee) have no email and were left out; add `email:` to include them (--verbose lists them)']);
  });

  it('are listed one a line with --verbose', () => {
    const r = runDls(['-f', fixture('no-emails.yaml'), 'mail', 'export', '--to', 'all', '--verbose']);
    const notes = r.stderr.split('\n').filter((l) => l.includes('has no email'));
    expect(notes.map((l) => /note: (.*) \(committee\)/.exec(l)?.[1])).toEqual(['Grace Hopper', 'Alan Turing', 'Edsger Dijkstra', 'Barbara Liskov']);
  });
});
