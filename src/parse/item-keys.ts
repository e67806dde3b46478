import type { ProgramItem } from '../model.js';

/**
 * Stable keys for calendar UIDs: the item's `id`; without one, its date plus a slug
 * of its title (so moving it keeps the key; retitling does not), with `-2`, `-3`
 * for repeats such as two "Coffee Break" items on one day.
 */
export function assignKeys(program: ProgramItem[]): void {
  const used = new Set(program.flatMap((i) => (i.id ? [i.id] : [])));
  for (const item of program) {
    if (item.id) {
      item.key = item.id;
      continue;
    }
    const base = `${item.date}-${slugify(item.title)}`;
    let key = base;
    for (let n = 2; used.has(key); n++) key = `${base}-${n}`;
    used.add(key);
    item.key = key;
  }
}

/** Lowercase ASCII slug of a title; falls back to `item` for titles with no letters. */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return slug || 'item';
}
