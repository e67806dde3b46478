import { INTL_CLOCKS, isListedZone, type WallClock, type WallClockSource } from './time.js';

/**
 * Wall clocks read through `Date` with `TZ` set to the zone: the same ICU tz database as
 * Intl.DateTimeFormat, without the 10 ms that building the first Intl.DateTimeFormat of
 * a process costs (locale data). Shell code: it sets `process.env.TZ` for the duration of
 * one call and restores it, so nothing else ever sees the zone, and dls's output never
 * depends on the machine's zone. Zones outside the platform's list (aliases, offsets)
 * are read with Intl as before. `test/time.test.ts` checks both sources agree.
 */
export const PROCESS_ZONE_CLOCKS: WallClockSource = {
  during(zone, fn) {
    if (!isListedZone(zone)) return INTL_CLOCKS.during(zone, fn);
    const env = process.env;
    const saved = env.TZ;
    env.TZ = zone;
    try {
      return fn(dateWallClock);
    } finally {
      if (saved === undefined) delete env.TZ;
      else env.TZ = saved;
    }
  },
};

function dateWallClock(ms: number): WallClock {
  const d = new Date(ms);
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate(), hour: d.getHours(), minute: d.getMinutes(), second: d.getSeconds() };
}
