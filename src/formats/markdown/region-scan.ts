import type { Line } from './lines.js';
import type { Marker } from './markers.js';
import { suggest } from '../../suggest.js';

/** A marker pair and the offsets of the content between the marker lines. */
export interface Region {
  name: string;
  /** 1-based lines of the start and end markers. */
  startLine: number;
  endLine: number;
  contentStart: number;
  contentEnd: number;
  /** Line ending of the start marker line; generated lines use it. */
  eol: string;
}

/** A marker problem, with its 1-based line. */
export interface RegionProblem {
  ruleId: 'marker-unknown' | 'marker-nested' | 'marker-unbalanced' | 'marker-duplicated' | 'marker-inline';
  line: number;
  message: string;
}

/** Pairs the markers found by `findMarkers`; see `findRegions`. */
export function pairMarkers(lines: readonly Line[], markers: readonly Marker[], known: readonly string[]): { regions: Region[]; problems: RegionProblem[] } {
  const regions: Region[] = [];
  const problems: RegionProblem[] = [];
  const seen = new Map<string, number>();
  let open: { name: string; line: Line } | undefined;
  const add = (ruleId: RegionProblem['ruleId'], line: number, message: string) => problems.push({ ruleId, line, message });
  for (const { name, kind, line: number, text: marker, misplaced } of markers) {
    const line = lines[number - 1]!;
    if (misplaced) add('marker-inline', number, `${marker} ${misplaced}`);
    if (!known.includes(name)) {
      const hint = suggest(name, known);
      add('marker-unknown', number, `unknown section "${name}" in ${marker}; expected one of ${known.join(', ')}${hint ? ` (did you mean "${hint}"?)` : ''}`);
    }
    if (kind === 'start') {
      if (open) add('marker-nested', number, `dls:${name}:start inside dls:${open.name}, opened on line ${open.line.number}; close that first with <!-- dls:${open.name}:end -->`);
      const first = seen.get(name);
      if (first !== undefined) add('marker-duplicated', number, `second dls:${name} region; the first starts on line ${first}`);
      seen.set(name, first ?? number);
      if (!open) open = { name, line };
    } else if (!open) add('marker-unbalanced', number, `dls:${name}:end without a <!-- dls:${name}:start --> above it`);
    else if (open.name !== name) add('marker-unbalanced', number, `dls:${name}:end closes dls:${open.name}, opened on line ${open.line.number}; expected <!-- dls:${open.name}:end -->`);
    else {
      regions.push({ name, startLine: open.line.number, endLine: number, contentStart: open.line.end, contentEnd: line.start, eol: open.line.eol || '\n' });
      open = undefined;
    }
  }
  if (open) add('marker-unbalanced', open.line.number, `dls:${open.name}:start is never closed; add <!-- dls:${open.name}:end --> after the generated part`);
  return { regions, problems };
}
