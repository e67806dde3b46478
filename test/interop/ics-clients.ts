import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { DEBIAN_PYTHON } from '../helpers/interop.js';

/** Runs a command that must succeed and returns its standard output. */
export function mustRun(command: string, args: string[], env: Record<string, string> = {}): string {
  const r = spawnSync(command, args, { encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...env } });
  expect(r.stderr + (r.error?.message ?? ''), `${command} ${args.join(' ')}`).not.toMatch(/Traceback|error:/i);
  expect(r.status, `${command} ${args.join(' ')}\n${r.stderr}`).toBe(0);
  return r.stdout;
}

/** One event as python3-icalendar reads it, with the errors it found in the component. */
export interface PyEvent {
  uid: string;
  summary: string;
  description: string;
  start: string;
  /** Null for an event without DTEND (a point in time). */
  end: string | null;
  errors: unknown[];
}

const PY_READER = `
import json, sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
out = {'errors': [list(e) for e in cal.errors], 'events': []}
for c in cal.walk('VEVENT'):
    out['events'].append({'uid': str(c['UID']), 'summary': str(c['SUMMARY']), 'description': str(c.get('DESCRIPTION', '')),
        'start': c.decoded('DTSTART').isoformat(), 'end': c.decoded('DTEND').isoformat() if 'DTEND' in c else None, 'errors': [list(e) for e in c.errors]})
print(json.dumps(out))
`;

/** Parses a calendar file with Debian's python3-icalendar. */
export function readWithPython(file: string): { errors: unknown[]; events: PyEvent[] } {
  return JSON.parse(mustRun(DEBIAN_PYTHON, ['-c', PY_READER, file]));
}

/** A khal with a fresh configuration and an empty calendar, showing times in `zone`. */
export function freshKhal(zone: string): (args: string[]) => string {
  const dir = mkdtempSync(join(tmpdir(), 'dls-khal-'));
  mkdirSync(join(dir, 'config', 'khal'), { recursive: true });
  mkdirSync(join(dir, 'calendar'));
  const locale = ['timeformat = %H:%M', 'dateformat = %Y-%m-%d', 'longdateformat = %Y-%m-%d', 'datetimeformat = %Y-%m-%d %H:%M', 'longdatetimeformat = %Y-%m-%d %H:%M'];
  const config = ['[calendars]', '[[dls]]', `path = ${join(dir, 'calendar')}`, 'type = calendar', '[locale]', ...locale, `local_timezone = ${zone}`, `default_timezone = ${zone}`];
  writeFileSync(join(dir, 'config', 'khal', 'config'), `${config.join('\n')}\n`);
  const env = { XDG_CONFIG_HOME: join(dir, 'config'), XDG_DATA_HOME: join(dir, 'data'), TZ: zone };
  return (args) => mustRun('khal', args, env);
}

/** Imports a calendar into an empty calcurse and lists one day's appointments in `zone`, as `start end title` lines. */
export function calcurseDay(file: string, zone: string, day: string): { report: string; lines: string[] } {
  const data = mkdtempSync(join(tmpdir(), 'dls-calcurse-'));
  const env = { TZ: zone };
  const report = mustRun('calcurse', ['-D', data, '-i', file], env);
  const [y, m, d] = day.split('-');
  const listing = mustRun('calcurse', ['-D', data, '-Q', '--filter-type', 'apt', '--from', `${m}/${d}/${y}`, '--days', '1', '--format-apt', '%(start:%Y-%m-%dT%H:%M) %(end:%H:%M) %m\\n'], env);
  return { report, lines: listing.split('\n').filter((l) => /^\d{4}-/.test(l)) };
}
