/**
 * Wall-clock time in an IANA zone, resolved to UTC with the platform's tz database
 * (ICU, through Intl.DateTimeFormat). No offset is ever computed by hand, and luxon is
 * not loaded: `dls schedule check` needs only this file for its times.
 */

/** How a wall-clock time maps to instants on its date. */
export type WallTimeStatus = 'ok' | 'nonexistent' | 'ambiguous';

/** A wall-clock time resolved to an instant. For an ambiguous time, the earlier instant. */
export interface ResolvedTime {
  ms: number;
  status: WallTimeStatus;
}

const cache = new Map<string, ResolvedTime>();

/** Minutes after midnight of `H:MM` text already validated by {@link isTime}. */
export function minutesOf(time: string): number {
  const [h, m] = time.split(':');
  return Number(h) * 60 + Number(m);
}

/** `9:05` to `09:05`. */
export function normalizeTime(time: string): string {
  return time.padStart(5, '0');
}

/**
 * Resolves `date` + `time` in `zone` to an instant, and says whether that wall time
 * exists (spring-forward gap) or occurs twice (fall-back overlap) there.
 * Memoized: a 10,000-item program has only a few hundred distinct times.
 */
export function resolveWallTime(date: string, time: string, zone: string): ResolvedTime {
  const key = `${zone} ${date} ${time}`;
  let hit = cache.get(key);
  if (!hit) {
    hit = computeWallTime(date, time, zone);
    cache.set(key, hit);
  }
  return hit;
}

function computeWallTime(date: string, time: string, zone: string): ResolvedTime {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const minutes = minutesOf(time);
  const wall = { year: y, month: mo, day: d, hour: Math.floor(minutes / 60), minute: minutes % 60 };
  // Every instant whose local time in the zone equals the wall time: try each offset
  // in force within a day either side, and keep those that round-trip.
  const naive = utcMs(y, mo, d, wall.hour, wall.minute, 0);
  const matches = clockSource.during(zone, (clock) => {
    const offsets = new Set([-36, -12, 0, 12, 36].map((h) => offsetMinutes(naive + h * 3_600_000, clock)));
    return [...offsets]
      .map((offset) => naive - offset * 60_000)
      .filter((ms) => {
        const local = clock(ms);
        return local.hour === wall.hour && local.minute === wall.minute && local.day === wall.day;
      })
      .sort((a, b) => a - b);
  });
  const unique = [...new Set(matches)];
  if (unique.length === 0) return { ms: Number.NaN, status: 'nonexistent' };
  return { ms: unique[0]!, status: unique.length > 1 ? 'ambiguous' : 'ok' };
}

/** Epoch ms of a UTC date and time; years below 100 stay years (Date.UTC would add 1900). */
function utcMs(y: number, mo: number, d: number, h: number, mi: number, s: number): number {
  const at = new Date(Date.UTC(2000, mo - 1, d, h, mi, s));
  at.setUTCFullYear(y, mo - 1, d);
  return at.getTime();
}

/** The wall clock in a zone at an instant. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/**
 * Where wall clocks are read from: the platform's tz database, through one of two doors.
 * `during(zone, fn)` hands `fn` a reader of wall clocks in `zone`. The default reads them
 * with Intl.DateTimeFormat; the command line may install one that reads the same ICU
 * data through `Date` (src/process-zone-clock.ts), which avoids the 10 ms that the first
 * Intl.DateTimeFormat of a process costs (docs/decisions.md, "Start-up").
 */
export interface WallClockSource {
  during<T>(zone: string, fn: (clock: (ms: number) => WallClock) => T): T;
}

const clocks = new Map<string, Intl.DateTimeFormat>();

/** The wall clock in `zone` at instant `ms`, read with Intl.DateTimeFormat. */
export function intlWallClock(ms: number, zone: string): WallClock {
  let format = clocks.get(zone);
  if (!format) {
    const fields = { year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' } as const;
    clocks.set(zone, (format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', era: 'short', ...fields })));
  }
  const n: Record<string, number> = {};
  let bc = false;
  for (const p of format.formatToParts(ms)) {
    if (p.type === 'era') bc = p.value.startsWith('B');
    else if (p.type !== 'literal') n[p.type] = Number(p.value);
  }
  return { year: bc ? 1 - n.year! : n.year!, month: n.month!, day: n.day!, hour: n.hour!, minute: n.minute!, second: n.second! };
}

/** The default source: Intl.DateTimeFormat. */
export const INTL_CLOCKS: WallClockSource = { during: (zone, fn) => fn((ms) => intlWallClock(ms, zone)) };

let clockSource: WallClockSource = INTL_CLOCKS;

/** Installs another source of wall clocks (the command line does, once); returns the previous one. */
export function setWallClockSource(source: WallClockSource): WallClockSource {
  const previous = clockSource;
  clockSource = source;
  cache.clear();
  return previous;
}

/** The zone's offset from UTC at instant `ms`, in minutes (east positive; fractional for old local mean times). */
function offsetMinutes(ms: number, clock: (ms: number) => WallClock): number {
  const c = clock(ms);
  return (utcMs(c.year, c.month, c.day, c.hour, c.minute, c.second) - (ms - (((ms % 1000) + 1000) % 1000))) / 60_000;
}

/**
 * Zone abbreviations as people write them (MST, CEST, JST, AEDT), derived from the
 * IANA zone on a given instant. `Intl` in the en-US locale knows only North American
 * abbreviations and prints `GMT+2` for Berlin, so each region's English locale is
 * tried in turn; the first alphabetic abbreviation wins. The fallback is the offset,
 * `GMT+9`, never a guessed name.
 */

const LOCALES = ['en-US', 'en-GB', 'en-AU', 'en-IN', 'en-NZ', 'en-CA', 'en-IE', 'en-ZA', 'en-SG', 'en-HK', 'ja-JP'];

// Building an Intl.DateTimeFormat costs far more than using one: keep one per locale and zone.
const formatters = new Map<string, Intl.DateTimeFormat>();
const labels = new Map<string, string>();

function shortName(ms: number, zone: string, locale: string): string {
  const key = `${locale} ${zone}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'short' })));
  return format.formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value ?? '';
}

/** The zone's abbreviation at that instant: MST in Denver in November, CEST in Frankfurt in July. */
export function zoneLabel(ms: number, zone: string): string {
  const key = `${zone} ${ms}`;
  let label = labels.get(key);
  if (label === undefined) labels.set(key, (label = computeZoneLabel(ms, zone)));
  return label;
}

function computeZoneLabel(ms: number, zone: string): string {
  for (const locale of LOCALES) {
    const name = shortName(ms, zone, locale);
    if (/^[A-Z]{2,5}$/.test(name)) return name;
  }
  return shortName(ms, zone, 'en-US');
}

let listed: Set<string> | undefined;

/** True for a zone in the platform's list of canonical zone names (no Intl.DateTimeFormat needed). */
export function isListedZone(zone: string): boolean {
  return (listed ??= new Set(knownZones())).has(zone);
}

/** True for a zone name the time-zone database knows, spelt as it spells it. */
export function isKnownZone(zone: string): boolean {
  // A listed name is valid and canonically spelt: the common case, without building an Intl.DateTimeFormat.
  if (isListedZone(zone)) return true;
  if (!isValidZone(zone)) return false;
  if (!zone.includes('/') && zone !== 'UTC' && !knownZones().includes(zone)) return false;
  return canonicalZoneCase(zone) === zone;
}

/** True for any zone name the platform accepts, in any case, abbreviations (`MST`) and offsets (`+05:00`) included. */
export function isValidZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The zone name with the database's capitals (`america/denver` to `America/Denver`). */
export function canonicalZoneCase(zone: string): string {
  const resolved = new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  return resolved.toLowerCase() === zone.toLowerCase() ? resolved : zone;
}

/** All zone names the platform knows, for did-you-mean hints. */
export function knownZones(): string[] {
  return Intl.supportedValuesOf('timeZone');
}
