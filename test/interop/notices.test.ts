import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { gitRepoWithVersions, V1, V2 } from '../changes/helpers.js';
import { runDls } from '../helpers/cli.js';
import { DEBIAN_PYTHON, describeWithTool, hasPythonModule, works } from '../helpers/interop.js';

// Reads each message with Python's email package (policy.default, as mail clients
// parse) and its calendar with python3-icalendar; prints one JSON line per message.
const READ_EML = `
import sys, json, email, icalendar
from email import policy
for path in sys.argv[1:]:
    with open(path, 'rb') as f:
        msg = email.message_from_binary_file(f, policy=policy.default)
    body = msg.get_body(preferencelist=('plain',)).get_content()
    att = [p for p in msg.iter_attachments()][0]
    cal = icalendar.Calendar.from_ical(att.get_content() if isinstance(att.get_content(), (str, bytes)) else att.get_payload(decode=True))
    uids = [str(e['UID']) for e in cal.walk('VEVENT')]
    to = msg['To'].addresses[0]
    print(json.dumps({'defects': [str(d) for d in msg.defects] + [str(d) for p in msg.walk() for d in p.defects], 'to_name': to.display_name, 'to': to.addr_spec,
      'subject': str(msg['Subject']), 'body': body, 'type': att.get_content_type(), 'filename': att.get_filename(), 'uids': uids, 'errors': [str(e) for e in cal.errors]}))
`;

describeWithTool('speaker notices in Python email and python3-icalendar', 'python3-icalendar', hasPythonModule('icalendar'), () => {
  it('every .eml parses without defects; names and subjects decode; the calendar has the speaker calendar UIDs', () => {
    const repo = gitRepoWithVersions(V1, V2);
    expect(runDls(['mail', 'notices', '--since', 'HEAD~1', '-o', 'out'], { cwd: repo }).code).toBe(0);
    const files = readdirSync(join(repo, 'out')).sort().map((f) => join(repo, 'out', f));
    const r = spawnSync(DEBIAN_PYTHON, ['-c', READ_EML, ...files], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const [alan, zoe] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(alan).toMatchObject({ defects: [], to_name: 'Alan Turing', to: 'alan@example.org', subject: 'Diff Workshop (SC30): program change for "Alpha Talk"', type: 'text/calendar', filename: 'alan.ics', uids: ['talk-a@dls-diff.dls'], errors: [] });
    expect(alan.body).toContain('2030-11-17, 9:30–10:10 MST (16:30–17:10 UTC)');
    expect(zoe).toMatchObject({ defects: [], to_name: 'Zoë Ünïcode', uids: ['talk-z@dls-diff.dls'] });
  });
});

const tmux = (socket: string, ...args: string[]) => spawnSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });

describeWithTool('speaker notices in mutt', 'mutt', works('mutt', ['-v']) && works('tmux', ['-V']), () => {
  it('mutt -f opens the mbox and lists one message per speaker', async () => {
    const repo = gitRepoWithVersions(V1, V2);
    expect(runDls(['mail', 'notices', '--all', '--format', 'mbox', '-o', 'out'], { cwd: repo }).code).toBe(0);
    const socket = `dls-mutt-${process.pid}`;
    tmux(socket, 'new-session', '-d', '-s', 'm', '-x', '120', '-y', '20', `TERM=xterm mutt -n -F /dev/null -e 'set folder=${join(repo, 'out')}' -R -f ${join(repo, 'out/notices.mbox')}`);
    try {
      let shown = '';
      for (let i = 0; i < 100 && !/Msgs:\d+/.test(shown); i++) {
        await new Promise((r) => setTimeout(r, 100));
        shown = tmux(socket, 'capture-pane', '-p', '-t', 'm').stdout;
      }
      expect(shown).toMatch(/Msgs:2\b/);
      expect(shown).toContain('your slot for "Alpha Talk"');
      expect(shown).toContain('your 2 slots');
    } finally {
      tmux(socket, 'kill-server');
    }
  });
});
