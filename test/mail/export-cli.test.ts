import { parse } from 'csv-parse/sync';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runDls } from '../helpers/cli.js';
import { createWorkshopYaml } from '../helpers/workshop.js';

const FIXTURE = 'test/fixtures/mail/workshop.yaml';
const exportMail = (...args: string[]) => runDls(['-f', FIXTURE, 'mail', 'export', ...args]);

/** A fresh folder holding these files; returns its path. */
function folderWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dls-mail-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('dls mail export on a Google Forms download', () => {
  const r = exportMail();
  const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];

  it('exports each person once, with a punycode domain, sorted by address', () => {
    expect(r.code).toBe(0);
    expect(rows.map((x) => x.email)).toEqual([
      'ada@example.org', 'carol@example.net', 'dave@example.net', 'erin@xn--r8jz45g.xn--zckzah', 'frank@example.net',
      'ian.foster@example.org', 'juergen@xn--bcher-kva.example', 'valeriu@surfsara.example', 'wxu@tacc.example', 'zoe@example.com',
    ]);
    expect(rows[0]).toEqual({ email: 'ada@example.org', name: 'Ada Lovelace', affiliation: 'Analytical Engines', roles: 'speaker; committee; signup' });
  });

  it('leaves out everyone on the suppression list, in any case', () => {
    expect(r.stdout).not.toMatch(/gone@|ivan@/i);
    expect(r.stderr).toMatch(/2 suppressed/);
  });

  it('reports every dropped address on stderr with its file and line', () => {
    for (const line of ['signups.csv:3: rejected "bob@@example.org"', 'signups.csv:8: rejected "-rm@example.org"', 'signups.csv:9: rejected "not-an-address"', 'signups.csv:12: rejected ""', 'suppress.txt:5: rejected "this is not an address"']) {
      expect(r.stderr).toContain(`test/fixtures/mail/${line}`);
    }
    expect(r.stderr).toMatch(/workshop\.yaml:\d+:\d+: note: Grace Hopper \(speaker\) has no email/);
  });

  it('exits 1 with --strict when an address was rejected', () => {
    expect(exportMail('--strict').code).toBe(1);
  });
});

describe('dls mail export, used wrongly', () => {
  it('asks for --group with the google-groups format', () => {
    const r = exportMail('--format', 'google-groups');
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toMatch(/needs the group address/);
  });

  it('asks for the sign-up file when --to signups has none', () => {
    const r = runDls(['-f', '-', 'mail', 'export', '--to', 'signups'], { input: createWorkshopYaml() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--signups FILE/);
  });

  it('says so when --to all has no sign-up file to read', () => {
    const r = runDls(['-f', '-', 'mail', 'export'], { input: createWorkshopYaml() });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/note: no sign-up CSV/);
  });

  it('refuses to export when the suppression file named in workshop.yaml is missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dls-mail-'));
    writeFileSync(join(dir, 'workshop.yaml'), createWorkshopYaml({ mailing: { suppress: 'suppress.txt' } }));
    const r = runDls(['-f', join(dir, 'workshop.yaml'), 'mail', 'export', '-o', join(dir, 'out.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/suppress\.txt: no such suppression file/);
    expect(readdirSync(dir)).toEqual(['workshop.yaml']);
  });

  it.each([
    [['--group', 'list@example.org'], /--group is only for --format google-groups, not --format csv/],
    [['--format', 'mailman', '--sep', ';'], /--sep is only for --format bcc, not --format mailman/],
    [['--format', 'vcard', '--bare'], /--bare is only for --format bcc, not --format vcard/],
    [['--format', 'google-groups', '--group', 'list@example.org', '--sep', ',', '--bare'], /--sep and --bare are only for --format bcc/],
  ])('refuses %j, a flag the format would ignore, with exit 2', (args, message) => {
    const r = exportMail(...args);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toMatch(message);
  });

  it('takes --sep and --bare with --format bcc', () => {
    const r = exportMail('--to', 'chairs', '--format', 'bcc', '--sep', ';', '--bare');
    expect([r.code, r.stdout]).toEqual([0, 'ian.foster@example.org; valeriu@surfsara.example; wxu@tacc.example\n']);
  });

  it.each([
    [['--role', 'co-chiar'], /--role "co-chiar" matches nobody in --to all\nhint: did you mean "co-chair"\?/],
    [['--role', 'nope'], /--role "nope" matches nobody in --to all\nhint: roles in --to all: speaker, committee, signup, co-chair, proceedings chair/],
    [['--to', 'speakers', '--role', 'signup'], /--role "signup" matches nobody in --to speakers\nhint: roles in --to speakers: speaker, committee, co-chair\n/],
  ])('exits 1 with a hint when %j selects nobody, and writes no file', (args, message) => {
    const out = join(mkdtempSync(join(tmpdir(), 'dls-mail-')), 'out.csv');
    const r = exportMail(...args, '-o', out);
    expect([r.code, r.stdout]).toEqual([1, '']);
    expect(r.stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });

  it('exits 1 when an audience is empty in workshop.yaml', () => {
    const r = runDls(['-f', '-', 'mail', 'export', '--to', 'chairs'], { input: createWorkshopYaml() });
    expect([r.code, r.stdout]).toEqual([1, '']);
    expect(r.stderr).toMatch(/--to chairs matches nobody\nhint: no committee member has a role with the word "chair"/);
  });

  it('only warns about a sign-up CSV nobody has filled in yet, and writes the empty list', () => {
    const dir = folderWith({ 'workshop.yaml': createWorkshopYaml({ mailing: { signups: 'signups.csv' } }), 'signups.csv': 'Timestamp,Email address,Name\r\n' });
    const r = runDls(['-f', join(dir, 'workshop.yaml'), 'mail', 'export', '--to', 'signups']);
    expect([r.code, r.stdout]).toEqual([0, 'email,name,affiliation,roles\r\n']);
    expect(r.stderr).toMatch(/note: .*signups\.csv has no sign-ups yet/);
  });

  it('rejects an unknown audience with the list of known ones', () => {
    expect(exportMail('--to', 'speakers,reviewers').stderr).toMatch(/"reviewers" is not an audience; expected speakers, committee, chairs, signups, all/);
  });
});

describe('dls mail export merges people', () => {
  const yaml = createWorkshopYaml({
    committee: [
      { person: 'alan', role: 'co-chair', email: 'alan@example.org' },
      { name: 'Weijia Xu', role: 'proceedings chair', affiliation: 'TACC', email: 'ADA@example.org' },
    ],
  });
  const r = runDls(['-f', '-', 'mail', 'export'], { input: yaml });
  const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];

  it('gives a registry person the address a committee entry adds, with the roles of every mention', () => {
    expect(r.code).toBe(0);
    expect(rows.find((x) => x.email === 'alan@example.org')).toEqual({ email: 'alan@example.org', name: 'Alan Turing', affiliation: 'NPL', roles: 'speaker; committee; co-chair' });
    expect(r.stderr).not.toMatch(/Alan Turing.*has no email/);
    expect(r.stderr).toMatch(/0 rejected\n$/);
  });

  it('keeps merging two different people by address, and says so on stderr', () => {
    expect(rows.find((x) => x.email === 'ada@example.org')).toEqual({ email: 'ada@example.org', name: 'Ada Lovelace', affiliation: 'Analytical Engines', roles: 'speaker; committee; proceedings chair' });
    expect(r.stderr).toMatch(/<stdin>:\d+:\d+: note: Weijia Xu and Ada Lovelace share ada@example\.org; exported once, as Ada Lovelace\n/);
  });

  it('says nothing when a sign-up spells the name of the same person differently', () => {
    const dir = folderWith({ 'workshop.yaml': createWorkshopYaml({ mailing: { signups: 'signups.csv' } }), 'signups.csv': 'Email address,Name\nada@example.org,Ada L.\n' });
    const run = runDls(['-f', join(dir, 'workshop.yaml'), 'mail', 'export']);
    expect([run.code, run.stderr]).toEqual([0, expect.not.stringMatching(/share/)]);
  });
});

describe('dls mail export on a sign-up CSV that is not comma-separated', () => {
  const signups = (csv: string) => {
    const dir = folderWith({ 'workshop.yaml': createWorkshopYaml({ mailing: { signups: 'signups.csv' } }), 'signups.csv': csv });
    return runDls(['-f', join(dir, 'workshop.yaml'), 'mail', 'export', '--to', 'signups']);
  };

  it.each([
    ['semicolons (Excel in a European locale)', '\uFEFFZeitstempel;E-Mail-Adresse;Name\r\n1.9.2019;b@example.org;"Müller; Jürgen"\r\n1.9.2019;a@example.org;Ada\r\n'],
    ['tabs', 'Timestamp\tEmail address\tName\nt\tb@example.org\tMüller; Jürgen\nt\ta@example.org\tAda\n'],
  ])('reads the columns of a CSV with %s', (_, csv) => {
    const r = signups(csv);
    expect([r.code, r.stderr]).toEqual([0, expect.stringMatching(/wrote 2 recipients/)]);
    expect(parse(r.stdout, { columns: true })).toEqual([
      { email: 'a@example.org', name: 'Ada', affiliation: '', roles: 'signup' },
      { email: 'b@example.org', name: 'Müller; Jürgen', affiliation: '', roles: 'signup' },
    ]);
  });

  it('stops with exit 1 when no column holds addresses', () => {
    const r = signups('Name;Affiliation\r\nAda;Engines\r\n');
    expect([r.code, r.stdout]).toEqual([1, '']);
    expect(r.stderr).toMatch(/signups\.csv: no column of e-mail addresses/);
  });
});

describe('dls mail export -o', () => {
  it('writes the file and nothing to stdout', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'dls-mail-')), 'members.txt');
    const r = exportMail('--to', 'chairs', '--format', 'mailman', '-o', out);
    expect([r.code, r.stdout]).toEqual([0, '']);
    expect(readFileSync(out, 'utf8')).toBe('"Foster, Ian" <ian.foster@example.org>\nValeriu Codreanu <valeriu@surfsara.example>\nWeijia Xu <wxu@tacc.example>\n');
  });
});

describe('dls mail export -o onto one of its own inputs', () => {
  const INPUTS = ['signups.csv', 'suppress.txt', 'workshop.yaml'];

  it.each(INPUTS)('refuses -o %s with exit 1 and leaves the file untouched', (name) => {
    const dir = folderWith(Object.fromEntries(INPUTS.map((f) => [f, readFileSync(join(ROOT, 'test/fixtures/mail', f), 'utf8')])));
    const before = readFileSync(join(dir, name), 'utf8');
    const r = runDls(['-f', 'workshop.yaml', 'mail', 'export', '--to', 'speakers', '-o', name], { cwd: dir });
    expect([r.code, r.stdout]).toEqual([1, '']);
    expect(r.stderr).toContain(`refusing to write over ${name}`);
    expect(readFileSync(join(dir, name), 'utf8')).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(INPUTS);
  });

  it('refuses the sign-up CSV given with --signups, under another spelling of its path', () => {
    const dir = folderWith({ 'workshop.yaml': createWorkshopYaml(), 'people.csv': 'Email address\r\na@example.org\r\n' });
    mkdirSync(join(dir, 'sub'));
    const r = runDls(['-f', 'workshop.yaml', 'mail', 'export', '--signups', 'people.csv', '-o', './sub/../people.csv'], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([1, expect.stringContaining('refusing to write over people.csv')]);
    expect(readFileSync(join(dir, 'people.csv'), 'utf8')).toBe('Email address\r\na@example.org\r\n');
  });
});

describe('dls schedule check', () => {
  it('flags an address that the mail export would reject, at its position', () => {
    const yaml = createWorkshopYaml({ contact: '-ada@example.org' });
    const line = yaml.split('\n').findIndex((l) => l.startsWith('contact:')) + 1;
    const r = runDls(['-f', '-', 'schedule', 'check'], { input: yaml });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`<stdin>:${line}:10 error .*-ada@example.org.*starts with "-".*\\(invalid-email\\)`));
  });
});
