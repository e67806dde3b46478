import { describe, expect, it } from 'vitest';
import { workshopId } from '../../src/formats/import/workshop-id.js';

describe('the workshop id import proposes', () => {
  it.each([
    ['the acronym before a colon, and the conference with its two-digit year', undefined, 'HPC-IODC 2025: Workshop on High-Performance I/O and Data Centers', 'ISC High Performance 2025', 'hpc-iodc-isc25'],
    ['the acronym before a dash', undefined, 'SE-HPC 2025 \u2014 4th Workshop on Software Engineering for HPC', 'SC25', 'se-hpc-sc25'],
    ['the acronym in parentheses, its year dropped', undefined, "2nd Workshop on Sustainable Research Software (SRS'21)", 'ISC High Performance 2021', 'srs-isc21'],
    ['the initials when the title gives no acronym', undefined, 'Quantum Compilers Workshop', "SC'19", 'qcw-sc19'],
    ['the mail list\'s series first', 'DLS', 'Deep Learning on Supercomputers (DLoS)', 'SC19', 'dls-sc19'],
  ])('%s', (_what, series, title, conference, id) => {
    const initials = title.split(/\s+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join('');
    expect(workshopId(series, title, initials, conference)).toBe(id);
  });
});
