import { INTL_CLOCKS, isListedZone, type WallClock, type WallClockSource } from './time.js';

/**
 * Wall clocks read through `Date` with `TZ` set to the zone: the same ICU tz database as
 * Intl.DateTimeFormat, without the 10 ms that building the first Intl.DateTimeFormat of
 * a process costs (locale data). Shell code: it sets `process.env.TZ` and puts it back
 * before any other task or awaited continuation runs (a queued microtask), so nothing
 * else ever sees the zone, and dls's output never depends on the machine's zone. Within
 * one synchronous run TZ stays on the last zone: each change makes ICU load the zone
 * again (about 25 µs), and checking the shipped file reads 17 wall clocks, which took
 * 34 changes (0.85 ms) and now takes two. Zones outside the platform's list (aliases,
 * offsets) are read with Intl as before.
 * `test/time.test.ts` checks both sources agree.
 */
export const PROCESS_ZONE_CLOCKS: WallClockSource = {
  during(zone, fn) {
    if (!isListedZone(zone)) return INTL_CLOCKS.during(zone, fn);
    const env = process.env;
    if (!restoring) {
      restoring = true;
      saved = env.TZ;
      queueMicrotask(restore);
    }
    if (env.TZ !== zone) env.TZ = zone;
    return fn(dateWallClock);
  },
};

let restoring = false;
let saved: string | undefined;

function restore(): void {
  restoring = false;
  if (saved === undefined) delete process.env.TZ;
  else if (process.env.TZ !== saved) process.env.TZ = saved;
}

function dateWallClock(ms: number): WallClock {
  const d = new Date(ms);
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate(), hour: d.getHours(), minute: d.getMinutes(), second: d.getSeconds() };
}
