import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runDls } from '../helpers/cli.js';

const WORKSHOP = `id: dls-test
title: Test Workshop
timezone: America/Denver
date: 2030-11-17
people:
  ada: { name: Ada Lovelace, email: ada@example.org }
  alan: { name: Alan Turing, email: alan@example.org }
sessions:
  - { id: s1, title: Session One, chairs: [ada, { name: Grace Hopper, email: grace@example.org }] }
committee:
  - { person: alan, role: general chair }
program:
  - { id: t1, start: "9:00", end: "9:30", title: A Talk, session: s1, speakers: [alan] }
`;

describe('session chairs are an audience of mail export', () => {
  it('--to chairs reaches session chairs and committee chairs; --role "session chair" only session chairs', () => {
    const all = runDls(['-f', '-', 'mail', 'export', '--to', 'chairs'], { input: WORKSHOP });
    expect(all.code).toBe(0);
    const rows = parse(all.stdout, { columns: true }) as { email: string; roles: string }[];
    expect(rows.map((r) => r.email)).toEqual(['ada@example.org', 'alan@example.org', 'grace@example.org']);
    expect(rows.find((r) => r.email === 'grace@example.org')!.roles).toBe('session chair');
    const only = runDls(['-f', '-', 'mail', 'export', '--to', 'all', '--role', 'session chair', '--format', 'bcc', '--bare'], { input: WORKSHOP });
    expect(only.stdout.trim()).toBe('ada@example.org, grace@example.org');
  });
});
