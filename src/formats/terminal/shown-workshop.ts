import type { ProgramItem, Workshop } from '../../model.js';
import { escapeForDisplay } from '../../safe-text.js';

const shownItem = (item: ProgramItem): ProgramItem => ({
  ...item,
  title: escapeForDisplay(item.title),
  ...(item.room === undefined ? {} : { room: escapeForDisplay(item.room) }),
  speakers: item.speakers.map((p) => ({ ...p, name: escapeForDisplay(p.name) })),
});

/**
 * The workshop as `schedule show` draws it: every text it prints (title, item titles,
 * rooms, speaker names) with control and bidi characters escaped, so a title cannot
 * drive the terminal. Escaping comes before layout, so the columns are measured on
 * what is printed. Pure.
 */
export function shownWorkshop(w: Workshop): Workshop {
  return { ...w, title: escapeForDisplay(w.title), program: w.program.map(shownItem) };
}
