import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { describeWithTool, hasPythonModule } from '../helpers/interop.js';
import { freshKhal, readWithPython } from './ics-clients.js';
import { works } from '../helpers/interop.js';
import { buildJekyllPage, HAVE, htmlTables, renderCmarkGfm, renderKramdown } from './markdown-renderers.js';
import { DEFAULT_MARKDOWN_OPTIONS } from '../../src/formats/markdown/options.js';
import { writeAllSections } from '../../src/formats/markdown/registry.js';
import { shippedWorkshop } from '../markdown/sc19.js';

// The reviewed outputs of the model fixtures (sessions, links, awards, panels, an
// off-site dinner, a virtual and a cancelled edition) in the real tools.
const DIR = `${ROOT}test/fixtures/model/`;
const FIXTURES = ['program', 'virtual', 'cancelled'];
const read = (name: string) => readFileSync(`${DIR}${name}`, 'utf8');
const straighten = (s: string) => s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\u2013/g, '--');

describeWithTool('python3-icalendar reads the model fixtures', 'python3-icalendar', hasPythonModule('icalendar'), () => {
  it.each(FIXTURES.flatMap((f) => [`${f}.ics`, `${f}.dates.ics`]))('%s has no errors and the events of the reviewed file', (name) => {
    const cal = readWithPython(`${DIR}${name}`);
    expect([cal.errors, ...cal.events.map((e) => e.errors)].flat()).toEqual([]);
    expect(cal.events.map((e) => e.uid)).toEqual([...read(name).matchAll(/^UID:(.*)\r$/gm)].map((m) => m[1]));
  });

  it('reads the closing time as an event without end, and the award in the title', () => {
    const events = readWithPython(`${DIR}program.ics`).events;
    expect(events.find((e) => e.uid.startsWith('end@'))!.end).toBeNull();
    expect(events.find((e) => e.uid.startsWith('scaling@'))!.summary).toBe('Scaling Transformers on Frontier (Best Paper)');
  });
});

describeWithTool('khal imports the model fixtures', 'khal', works('khal'), () => {
  it('lists the closing time, the dinner and the talk during it, and the month-long camera-ready date', () => {
    const khal = freshKhal('Europe/Berlin');
    khal(['import', '--batch', '-a', 'dls', `${DIR}program.ics`]);
    khal(['import', '--batch', '-a', 'dls', `${DIR}program.dates.ics`]);
    const day = (d: string) => khal(['list', '--format', '{start-time}-{end-time} {title}', d, '1d']).split('\n').slice(1).filter(Boolean);
    expect(day('2021-07-02')).toEqual(expect.arrayContaining(['12:00-12:00 End of workshop', '19:00-22:00 Workshop Dinner', '20:00-20:20 After-dinner Talk', '09:10-09:40 Scaling Transformers on Frontier (Best Paper)']));
    expect(day('2021-05-20')).toEqual(["- Camera ready: DLS'21"]);
  });

  it('lists the virtual edition at its New York times in Berlin', () => {
    const khal = freshKhal('Europe/Berlin');
    khal(['import', '--batch', '-a', 'dls', `${DIR}virtual.ics`]);
    expect(khal(['list', '--format', '{start-time} {title} @ {location}', '2020-11-11', '1d'])).toContain('16:00 Opening @ Online');
  });
});

const renderers = [
  ['cmark-gfm (GitHub)', 'cmark-gfm python3', HAVE.cmark && HAVE.python, renderCmarkGfm],
  ['kramdown (GitHub Pages)', 'ruby-kramdown ruby-kramdown-parser-gfm python3', HAVE.kramdown && HAVE.python, renderKramdown],
] as const;

for (const [name, pkg, available, render] of renderers) {
  describeWithTool(`${name} renders the model fixture pages`, pkg, available, () => {
    it('shows the session rows, links, award, panel and dinner in the program table', () => {
      const [table] = htmlTables(render(read('program.md')));
      expect(table!.map((row) => row.map(straighten))).toEqual([
        ['Time', 'Room', 'Title', 'Speaker'],
        ['9:00--9:10', 'Hall 3', 'Opening', 'Workshop Chairs'],
        ['9:10--10:10', '', '<strong>Session 1: Scaling</strong>', 'Chair: Ian Foster'],
        ['9:10--9:40', 'Hall 3', '<a>Scaling Transformers on Frontier</a> (<strong>Best Paper</strong>) <a>[paper]</a> <a>[video]</a> <a>[source]</a>', 'Alan Turing, NPL'],
        ['9:40--10:10', 'Online', 'Deep Learning I/O at Scale', 'Ian Foster, UChicago & ANL'],
        ['10:10--11:00', 'Hall 3', 'Coffee Break', ''],
        ['11:00--12:00', '', '<strong>Session 2: Science</strong>', 'Chairs: Ada Lovelace, Katherine Johnson'],
        ['11:00--12:00', 'Hall 3', 'The Future of AI for Science', 'Panelists: Ada Lovelace, Analytical Engines; Alan Turing, NPL; Grace Hopper, Navy'],
        ['12:00', 'Hall 3', 'End of workshop', ''],
        ['19:00--22:00', 'Restaurant Zum Storch, Saalgasse 3', 'Workshop Dinner', ''],
        ['20:00--20:20', 'Restaurant Zum Storch, Saalgasse 3', 'After-dinner Talk', 'Grace Hopper, Navy'],
      ]);
    });

    it('renders every fixture page without error', () => {
      for (const f of FIXTURES) expect(render(read(`${f}.md`))).toContain('Program');
    });
  });
}

describeWithTool('Jekyll (GitHub Pages) builds the SC19 page with every section', 'jekyll', HAVE.jekyll, () => {
  it('shows the logos as images, the title with the edition, and the contact address as a mail link', () => {
    const html = buildJekyllPage(writeAllSections(shippedWorkshop(), DEFAULT_MARKDOWN_OPTIONS));
    expect([...html.matchAll(/<img src="[^"]+" alt="([^"]+)" width="300"/g)].map((m) => m[1])).toEqual(['TCHPC', 'SC19']);
    expect(html).toMatch(/<h2[^>]*>3rd Deep Learning on Supercomputers Workshop \(SC19\)<\/h2>/);
    expect(html).toContain('mailto:');
    expect(html).toContain('As part of the reproducibility initiative');
  });
});
