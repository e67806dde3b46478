import { describe, expect, it } from 'vitest';
import { insertRegionMarkers } from '../../src/formats/markdown/readme-init.js';
import { findRegions, updateRegions } from '../../src/formats/markdown/readme-regions.js';
import { DEFAULT_MARKDOWN_OPTIONS } from '../../src/formats/markdown/options.js';
import { INIT_SECTION_NAMES, SECTION_NAMES, writeSection, type SectionName } from '../../src/formats/markdown/registry.js';
import { headingsOf, listItemsOf, tableOf } from './gfm.js';
import { SEED_PAGE, shippedWorkshop } from './sc19.js';

const markerLine = /^<!-- dls:[a-z]+:(start|end) -->\r?\n/gm;

describe('adding markers to a README that has none', () => {
  it('wraps the sections the SC19 page already shows, where they are', () => {
    const { text, placements } = insertRegionMarkers(SEED_PAGE);
    expect(placements.map((p) => [p.section, p.action, p.fromLine, p.toLine])).toEqual([
      ['signup', 'wrap', 4, 4],
      ['program', 'wrap', 6, 25],
      ['topics', 'wrap', 33, 46],
      ['dates', 'wrap', 57, 60],
      ['committee', 'wrap', 69, 103],
      ['previous', 'wrap', 106, 108],
    ]);
    // Besides the marker lines, only a blank line before the topics list, which followed a paragraph line.
    expect(text.replace(markerLine, '')).toBe(SEED_PAGE.replace('not limited to:\n', 'not limited to:\n\n'));
  });

  it('gives the page regenerated regions that read as before, typos fixed', () => {
    const workshop = shippedWorkshop();
    const filled = updateRegions(insertRegionMarkers(SEED_PAGE).text, SECTION_NAMES, (n) => writeSection(n as SectionName, workshop, DEFAULT_MARKDOWN_OPTIONS));
    if (!filled.ok) throw new Error('markers');
    expect(tableOf(filled.text)).toHaveLength(17);
    expect(headingsOf(filled.text)).toContain('Organizing Committee');
    expect(listItemsOf(filled.text, 'Organizing Committee')).toContain('Sofia Vallecorsa, CERN, Switzerland');
    // Text outside the regions is the seed's, byte for byte: the about paragraph's trailing space too.
    expect(filled.text).toContain('on Nov 17th, 2019. \nThis third workshop');
  });

  it('appends every default section to an empty README, with headings where a section has none', () => {
    const { text, placements } = insertRegionMarkers('');
    expect(placements.every((p) => p.action === 'append')).toBe(true);
    const scan = findRegions(text, SECTION_NAMES);
    expect(scan.ok && scan.regions.map((r) => r.name)).toEqual([...INIT_SECTION_NAMES]);
    expect(headingsOf(text)).toEqual(['Topics', 'Important Dates', 'Organizing Committee', 'Previous Workshops']);
  });

  it('appends to a CRLF README in CRLF, ending its last line first', () => {
    const readme = '# My workshop\r\n\r\nWelcome!';
    const { text } = insertRegionMarkers(readme, { sections: ['program'] });
    expect(text).toBe('# My workshop\r\n\r\nWelcome!\r\n\r\n<!-- dls:program:start -->\r\n<!-- dls:program:end -->\r\n');
  });

  it('tells the program from the program committee, and dates from updates', () => {
    const readme = '## Updates\n- new room\n\n## Program Committee\n- Ada\n\n## Schedule\n\n| a |\n| - |\n\n## Key Dates\n- soon\n';
    const { placements } = insertRegionMarkers(readme, { sections: ['program', 'dates', 'committee'] });
    expect(placements.map((p) => [p.section, p.fromLine, p.toLine])).toEqual([
      ['program', 7, 10],
      ['dates', 13, 13],
      ['committee', 5, 5],
    ]);
  });

  it('recognises dates shown as a table, and keeps them when the file would show them as fewer list items', () => {
    const readme = '## Important Dates\n\n| What | When |\n| --- | --- |\n| Papers | April 26, 2019 |\n| Notification | May 17, 2019 |\n';
    const { text, placements } = insertRegionMarkers(readme, { sections: ['dates'], render: () => '- Papers: Apr 26th, 2019\n- Notification: May 17th, 2019\n' });
    expect(placements).toEqual([{ section: 'dates', action: 'keep', fromLine: 3, toLine: 6, refusal: 'shrink', reason: 'workshop.yaml gives 0 table rows where the page has 3 table rows; add the missing ones, or run dls import' }]);
    expect(text).toBe(readme);
  });

  it('keeps a program shown as a list: the table would drop its items', () => {
    const readme = '## Program\n\n- 9:00 AM Opening\n- 9:15 AM Keynote\n';
    const { placements } = insertRegionMarkers(readme, { sections: ['program'], render: () => '### Program (Jun 20th)\n\n| Time | Title |\n| --- | --- |\n| 9:00 | Opening |\n| 9:15 | Keynote |\n' });
    expect(placements.map((p) => [p.action, p.fromLine, p.toLine, p.reason])).toEqual([['keep', 1, 4, 'workshop.yaml gives 0 items where the page lists 2 items; add the missing ones, or run dls import']]);
  });

  it('finds the topics list of a Topics heading after an introducing paragraph', () => {
    const { placements } = insertRegionMarkers('## Topics\n\nWe invite papers on:\n\n- A\n- B\n', { sections: ['topics'] });
    expect(placements.map((p) => [p.action, p.fromLine, p.toLine])).toEqual([['wrap', 5, 6]]);
  });

  it('wraps a nested list whole, whatever its sub-items are indented with', () => {
    const readme = 'Topics:\n\n* A\n\t- a1\n    - a2\n\n      continued a2\n* B\n\nAfter.\n';
    const { placements } = insertRegionMarkers(readme, { sections: ['topics'] });
    expect(placements.map((p) => [p.action, p.fromLine, p.toLine])).toEqual([['wrap', 3, 8]]);
  });

  it('never places markers in Jekyll front matter, which the GFM parser would read as a heading', () => {
    const readme = '---\ntitle: Workshop Program\nlayout: default\n---\n\n## Schedule\n\n| a |\n| - |\n';
    const { text, placements } = insertRegionMarkers(readme, { sections: ['program'] });
    expect(placements.map((p) => [p.action, p.fromLine, p.toLine])).toEqual([['wrap', 6, 9]]);
    expect(text.startsWith('---\ntitle: Workshop Program\nlayout: default\n---\n\n<!-- dls:program:start -->\n## Schedule')).toBe(true);
  });

  it('does not wrap a heading inside fenced code', () => {
    const { placements } = insertRegionMarkers('```\n### Program\n| a |\n```\n', { sections: ['program'] });
    expect(placements[0]!.action).toBe('append');
  });
});
