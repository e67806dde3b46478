import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWorkshop } from '../../src/parse/index.js';
import { ROOT } from '../helpers/cli.js';
import { createWorkshop } from '../helpers/workshop.js';
import { exportIcs, readIcs } from './read-ics.js';

function shippedWorkshop() {
  const r = parseWorkshop(readFileSync(`${ROOT}workshop.yaml`, 'utf8'));
  if (!r.ok) throw new Error('the shipped workshop.yaml must be valid');
  return r.workshop;
}

describe('the program calendar, read back by ical.js', () => {
  it('has every item at its UTC start and end, with its title and a UID from the workshop id and the item id', () => {
    const workshop = shippedWorkshop();
    const events = readIcs(exportIcs(workshop)).events;
    expect(events.map((e) => [e.uid, e.summary, e.startMs, e.endMs])).toEqual(
      workshop.program.map((i) => [`${i.id}@dls-sc19.dls`, i.title, i.startMs, i.endMs]),
    );
  });

  it('puts the shipped SC19 keynote at 16:05Z to 17:00Z on 2019-11-17', () => {
    const keynote = readIcs(exportIcs(shippedWorkshop())).events.find((e) => e.uid.startsWith('keynote@'))!;
    expect(new Date(keynote.startMs).toISOString()).toBe('2019-11-17T16:05:00.000Z');
    expect(new Date(keynote.endMs).toISOString()).toBe('2019-11-17T17:00:00.000Z');
  });

  it('places a Frankfurt workshop in July at CEST (UTC+2), not CET', () => {
    const workshop = createWorkshop({ timezone: 'Europe/Berlin', date: '2019-07-10' });
    expect(new Date(readIcs(exportIcs(workshop)).events[0]!.startMs).toISOString()).toBe('2019-07-10T07:00:00.000Z');
  });

  it('names the calendar, its zone and its method for clients', () => {
    const { props } = readIcs(exportIcs(shippedWorkshop()));
    expect(props).toMatchObject({ version: '2.0', method: 'PUBLISH', calscale: 'GREGORIAN', 'x-wr-timezone': 'America/Denver' });
    expect(props['x-wr-calname']).toBe('Deep Learning on Supercomputers Workshop (SC19)');
    expect(props.prodid).toMatch(/dls/);
  });
});

describe('what an attendee reads in an event', () => {
  const workshop = createWorkshop({
    venue: 'Colorado Convention Center',
    city: 'Denver, CO',
    url: 'https://example.org/ws',
    contact: 'chairs@example.org',
    program: [
      {
        id: 'talk', start: '9:30', end: '10:00', title: 'A Talk', track: 'Systems, I/O', abstract: 'We scale; it works.\nSecond line.',
        slides: 'https://example.org/slides.pdf', speakers: ['ada', { name: 'Grace Hopper', affiliation: 'Navy', email: 'grace@example.org' }],
      },
      { id: 'lunch', start: '12:00', end: '13:00', title: 'Lunch', kind: 'break', room: 'Hall B' },
    ],
  });
  const [talk, lunch] = readIcs(exportIcs(workshop)).events;

  it('lists the speakers with their affiliations, the abstract and the slides in the description', () => {
    expect(talk!.description).toContain('Speakers: Ada Lovelace (Analytical Engines); Grace Hopper (Navy)');
    expect(talk!.description).toContain('We scale; it works.\nSecond line.');
    expect(talk!.description).toContain('Slides: https://example.org/slides.pdf');
  });

  it('gives room, venue and city as the location, and the workshop page as URL when the item has no `url` (slides stay in the description)', () => {
    expect(talk!.location).toBe('502, Colorado Convention Center, Denver, CO');
    expect(lunch!.location).toBe('Hall B, Colorado Convention Center, Denver, CO');
    expect(lunch!.url).toBe('https://example.org/ws');
    expect(talk!.url).toBe('https://example.org/ws');
  });

  it('files the event under its kind and track, a comma inside a track name included', () => {
    expect(talk!.categories).toEqual(['Talk', 'Systems, I/O']);
    expect(lunch!.categories).toEqual(['Break']);
  });

  it('never contains an e-mail address', () => {
    expect(exportIcs(workshop)).not.toMatch(/@example\.org|mailto/i);
  });
});

describe('UIDs', () => {
  const uids = (program: unknown[]) => readIcs(exportIcs(createWorkshop({ program }))).events.map((e) => e.uid);

  it('survive moving and retitling an item that has an id', () => {
    expect(uids([{ id: 'k', start: '9:00', end: '9:30', title: 'Old' }])).toEqual(uids([{ id: 'k', start: '14:00', end: '15:00', title: 'New' }]));
  });

  it('survive moving an item without an id (date plus title slug), and tell repeated titles apart', () => {
    const before = uids([{ start: '10:00', end: '10:30', title: 'Coffee Break', kind: 'break' }, { start: '15:00', end: '15:30', title: 'Coffee Break', kind: 'break' }]);
    expect(before).toEqual(['2019-11-17-coffee-break@dls-test.dls', '2019-11-17-coffee-break-2@dls-test.dls']);
    expect(uids([{ start: '10:15', end: '10:45', title: 'Coffee Break', kind: 'break' }])[0]).toBe(before[0]);
  });
});
