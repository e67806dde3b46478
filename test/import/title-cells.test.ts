import { describe, expect, it } from 'vitest';
import { parseWorkshop } from '../../src/parse/index.js';
import { exportIcs, readIcs } from '../ics/read-ics.js';
import { importRows } from './import-rows.js';

describe('dls import keeps every word of a title cell', () => {
  it('a `<br>` in a title is a space, never words glued together', () => {
    const { file } = importRows('| 11:00 AM – 11:30 AM | FP8 Training on LUMI<br>(extended abstract) | Ada Byron, ORNL |');
    expect(file.program[0]!.title).toBe('FP8 Training on LUMI (extended abstract)');
  });
});

describe('dls import places the links after a title as the item\'s slides and links', () => {
  it.each([
    ['Keynote: Foundation Models for Climate Science [[slides](slides/keynote.pdf)]', 'Keynote: Foundation Models for Climate Science', 'slides/keynote.pdf'],
    ['Message Passing on Unstructured Meshes ([slides](slides/day1-mesh.pdf))', 'Message Passing on Unstructured Meshes', 'slides/day1-mesh.pdf'],
    ['Message Passing on Unstructured Meshes [slides](slides/day1-mesh.pdf)', 'Message Passing on Unstructured Meshes', 'slides/day1-mesh.pdf'],
    ['[Message Passing on Unstructured Meshes](slides/day1-mesh.pdf)', 'Message Passing on Unstructured Meshes', 'slides/day1-mesh.pdf'],
  ])('%s: the title keeps its own words, the slides link goes to `slides:`', (cell, title, slides) => {
    const { file, notes } = importRows(`| 9:10 AM – 10:00 AM | ${cell} | Ada Byron, ORNL |`);
    expect(file.program[0]).toMatchObject({ title, slides });
    expect(file.program[0]!.links).toBeUndefined();
    expect(notes).toEqual([]);
  });

  it('`Title — [paper](doi), [video](url)`: both links in `links:`, listed in the calendar event', () => {
    const r = importRows('| 13:30 | `torch.compile` at Scale — [paper](https://doi.org/10.1000/xyz), [video](https://youtu.be/abc) | Ada Byron, ORNL |');
    expect(r.file.program[0]).toMatchObject({
      title: 'torch.compile at Scale',
      links: [
        { type: 'paper', url: 'https://doi.org/10.1000/xyz' },
        { type: 'video', url: 'https://youtu.be/abc' },
      ],
    });
    const parsed = parseWorkshop(r.yaml, 'workshop.yaml');
    if (!parsed.ok) expect.fail(JSON.stringify(parsed.diagnostics));
    const [event] = readIcs(exportIcs(parsed.workshop)).events;
    expect(event!.summary).toBe('torch.compile at Scale');
    expect(event!.description).toContain('https://doi.org/10.1000/xyz');
    expect(event!.description).toContain('https://youtu.be/abc');
  });

  it('labels that name material in other words keep them as the link\'s title: `[recording]`, `[PDF]`, `[code]`, `[Poster]`', () => {
    const { file } = importRows('| 9:00 AM – 9:30 AM | [Graph Kernels](s.pdf) [[recording](https://v.example/1)] [[PDF](p.pdf)] [[code](https://github.com/a/b)] [[Poster](poster.pdf)] | Ada Byron, ORNL |');
    expect(file.program[0]).toMatchObject({
      title: 'Graph Kernels',
      slides: 's.pdf',
      links: [
        { type: 'video', url: 'https://v.example/1', title: 'recording' },
        { type: 'paper', url: 'p.pdf', title: 'PDF' },
        { type: 'code', url: 'https://github.com/a/b' },
        { type: 'poster', url: 'poster.pdf', title: 'Poster' },
      ],
    });
  });

  it('a link among the title\'s words keeps its text in the title, and the import notes say where its address went', () => {
    const { file, notes, yaml } = importRows('| 9:00 AM – 9:30 AM | FP8 Training on [LUMI](https://lumi-supercomputer.eu) at Scale | Ada Byron, ORNL |');
    expect(file.program[0]!.title).toBe('FP8 Training on LUMI at Scale');
    expect(notes).toEqual([expect.stringMatching(/^line 12: the link `LUMI` \(https:\/\/lumi-supercomputer\.eu\) inside the title `FP8 Training on LUMI at Scale` has no place in workshop\.yaml/)]);
    expect(yaml).toContain('#     | 9:00 AM – 9:30 AM | FP8 Training on [LUMI](https://lumi-supercomputer.eu) at Scale | Ada Byron, ORNL |\n');
  });

  it('a material link inside the title\'s words stays there as words, noted, not taken as the item\'s', () => {
    const { file, notes } = importRows('| 9:00 AM – 9:30 AM | Why the [slides](s.pdf) Are Late | Ada Byron, ORNL |');
    expect(file.program[0]).toMatchObject({ title: 'Why the slides Are Late' });
    expect(file.program[0]!.slides).toBeUndefined();
    expect(notes).toEqual([expect.stringContaining('the link `slides` (s.pdf) inside the title')]);
  });
});
