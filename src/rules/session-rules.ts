import { suggest } from '../suggest.js';
import { sessionOf } from '../session-of.js';
import { clock, describeItem, type Rule } from './rule.js';

/** Every `session:` of an item names a session in `sessions`. */
export const knownSession: Rule = {
  id: 'known-session',
  severity: 'error',
  description: 'Every item `session` names a session declared in `sessions`.',
  check(w, report) {
    const ids = w.sessions.map((s) => s.id);
    for (const item of w.program) {
      if (item.session === undefined || ids.includes(item.session)) continue;
      const hint = suggest(item.session, ids);
      const expected = hint ? `did you mean \`${hint}\`?` : ids.length > 0 ? `expected one of ${ids.join(', ')}` : 'expected a session declared in `sessions: [{ id, title }]`';
      report({ path: ['program', item.index, 'session'], message: `session \`${item.session}\` of ${describeItem(item)} is not in \`sessions\`; ${expected}` });
    }
  },
};

/** An item lies within the window its session gives (only a written start or end can be missed). */
export const itemWithinSession: Rule = {
  id: 'item-within-session',
  severity: 'error',
  description: 'An item of a session lies on its day and within its `start` and `end`, when the session gives them.',
  check(w, report) {
    for (const item of w.program) {
      const s = sessionOf(w, item);
      if (!s) continue;
      const window = `${s.date} ${s.start ? clock(s.start) : ''}-${s.end ? clock(s.end) : ''}`;
      const early = s.explicit.start && item.startMs < s.startMs;
      const late = s.explicit.end && item.endMs > s.endMs;
      if (item.date !== s.date) report({ path: ['program', item.index, 'date'], message: `${describeItem(item)} is on ${item.date}, but its session "${s.title}" is on ${s.date}; expected the session's day` });
      else if (early || late) report({ path: ['program', item.index, early ? 'start' : 'end'], message: `${describeItem(item)} is outside its session "${s.title}" (${window}); expected it within the session` });
    }
  },
};
