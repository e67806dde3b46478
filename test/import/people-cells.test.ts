import { describe, expect, it } from 'vitest';
import { parseWorkshop } from '../../src/parse/index.js';
import { importRows } from './import-rows.js';

/** The speakers of the first item as the parsed workshop.yaml resolves them: name, affiliation, group. */
function speakersOf(row: string) {
  const r = importRows(row);
  const parsed = parseWorkshop(r.yaml, 'workshop.yaml');
  if (!parsed.ok) expect.fail(JSON.stringify(parsed.diagnostics));
  return { ...r, speakers: parsed.workshop.program[0]!.speakers.map((p) => ({ name: p.name, affiliation: p.affiliation, ...(p.group ? { group: true } : {}) })) };
}

describe('dls import reads who a speaker cell names', () => {
  it.each([
    ['Aiko Tanaka, *RIKEN* & Kenji Sato, *RIKEN*', [['Aiko Tanaka', 'RIKEN'], ['Kenji Sato', 'RIKEN']]],
    ['Aiko Tanaka, *RIKEN* and Kenji Sato, *University of Tokyo*', [['Aiko Tanaka', 'RIKEN'], ['Kenji Sato', 'University of Tokyo']]],
    ['Aiko Tanaka, *RIKEN*; Kenji Sato, *JAXA*', [['Aiko Tanaka', 'RIKEN'], ['Kenji Sato', 'JAXA']]],
    ['Aiko Tanaka & Kenji Sato, *RIKEN*', [['Aiko Tanaka', 'RIKEN'], ['Kenji Sato', 'RIKEN']]],
    ['Aiko Tanaka, RIKEN & Kenji Sato, RIKEN', [['Aiko Tanaka', 'RIKEN'], ['Kenji Sato', 'RIKEN']]],
    ['Aiko Tanaka, RIKEN & Kenji Sato, University of Tokyo', [['Aiko Tanaka', 'RIKEN'], ['Kenji Sato', 'University of Tokyo']]],
    ['Ada Byron and Alan Turing, ORNL', [['Ada Byron', 'ORNL'], ['Alan Turing', 'ORNL']]],
    // As dls writes three people of one institution: the middle part is a name, not an affiliation.
    ['Ada Byron, Alan Turing & Grace Hopper, ORNL', [['Ada Byron', 'ORNL'], ['Alan Turing', 'ORNL'], ['Grace Hopper', 'ORNL']]],
    ['Ada Byron, *JPL, Caltech*', [['Ada Byron', 'JPL, Caltech']]],
  ])('%s', (cell, people) => {
    const { speakers, file } = speakersOf(`| 9:00 AM – 9:30 AM | Graph Kernels | ${cell} |`);
    expect(speakers).toEqual(people.map(([name, affiliation]) => ({ name, affiliation })));
    expect(Object.values(file.people ?? {}).map((p) => p.name)).toEqual(people.map(([name]) => name));
  });

  it.each(['TBA', 'TBD', 'To be announced', '*TBA*'])('`%s` names no one: no speakers, no person, and a note says why the cell will read empty', (cell) => {
    const { file, notes, speakers } = speakersOf(`| 9:00 AM – 9:30 AM | Graph Kernels | ${cell} |`);
    expect(speakers).toEqual([]);
    expect(file.people).toBeUndefined();
    expect(notes).toEqual([expect.stringMatching(/^line 12: the speaker `(TBA|TBD|To be announced)` names no one yet: the item has no speakers/)]);
  });

  it.each(['Workshop Chairs', 'Organizers', 'Organizing Committee', 'All'])('`%s` is a group speaker (group: true), not a person in `people`', (cell) => {
    const { file, speakers } = speakersOf(`| 9:00 AM – 9:10 AM | Welcome | ${cell} |`);
    expect(speakers).toEqual([{ name: cell, affiliation: undefined, group: true }]);
    expect(file.people).toBeUndefined();
  });
});

describe('dls import reads who chairs a session row', () => {
  const session = (chairs: string) => importRows(`| | **Session 1: Scaling Training** | ${chairs} |`, '| 10:00 AM – 10:30 AM | Graph Kernels | Ada Byron, ORNL |');
  it.each([
    ['Chair: Lena Weber, *CSCS*', [['weber', 'Lena Weber', 'CSCS']]],
    ['Chair: Lena Weber, CSCS', [['weber', 'Lena Weber', 'CSCS']]],
    ['Chairs: Maria Rossi, Tom Hill', [['rossi', 'Maria Rossi', undefined], ['hill', 'Tom Hill', undefined]]],
    ['Chairs: Lena Weber, *CSCS* & Tom Hill, *ETH Zurich*', [['weber', 'Lena Weber', 'CSCS'], ['hill', 'Tom Hill', 'ETH Zurich']]],
    ['Chairs: Lena Weber, CSCS & Tom Hill', [['weber', 'Lena Weber', 'CSCS'], ['hill', 'Tom Hill', undefined]]],
  ])('%s', (cell, chairs) => {
    const { file } = session(cell);
    expect(file.sessions![0]!.chairs).toEqual(chairs.map(([id]) => id));
    for (const [id, name, affiliation] of chairs) expect(file.people![id!]).toEqual(affiliation ? { name, affiliation } : { name });
  });

  it('`Chair: TBA` names no one: the session has no chairs, and a note says so', () => {
    const { file, notes } = session('Chair: TBA');
    expect(file.sessions![0]!.chairs).toBeUndefined();
    expect(file.people).toEqual({ byron: { name: 'Ada Byron', affiliation: 'ORNL' } });
    expect(notes).toEqual(['line 12: the chair `TBA` names no one yet: the session has no chairs in workshop.yaml until you add them']);
  });
});
