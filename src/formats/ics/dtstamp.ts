import { DlsError, usageError } from '../../errors.js';
import type { Workshop } from '../../model.js';

/** The first and last instants a DTSTAMP can hold: a DATE-TIME has four year digits, and SOURCE_DATE_EPOCH starts at 1970. */
const FIRST_MS = 0;
const LAST_MS = Date.parse('9999-12-31T23:59:59Z');
const RANGE = '1970-01-01T00:00:00Z to 9999-12-31T23:59:59Z';

/** A value for a message: quoted, and cut short when someone pastes a novel. */
const shown = (value: string): string => JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value);

/**
 * DTSTAMP never comes from the clock: the file's `updated:` key, else the
 * SOURCE_DATE_EPOCH environment variable, else midnight UTC of the workshop's first
 * day (with a note saying so), so the same input always gives the same bytes.
 * An instant outside 1970..9999 is refused: a malformed SOURCE_DATE_EPOCH is a usage
 * error (exit 2), an `updated:` out of range a problem of the file (exit 1).
 */
export function chooseDtstamp(workshop: Workshop, sourceDateEpoch: string | undefined): { ms: number; note?: string } {
  if (workshop.updated !== undefined) {
    const ms = Date.parse(workshop.updated);
    if (!(ms >= FIRST_MS && ms <= LAST_MS)) throw new DlsError(`\`updated: ${workshop.updated}\` is outside the instants a calendar can hold; expected ${RANGE}`);
    return { ms };
  }
  if (sourceDateEpoch !== undefined && sourceDateEpoch !== '') {
    const ms = /^\d+$/.test(sourceDateEpoch) ? Number(sourceDateEpoch) * 1000 : NaN;
    if (!(ms >= FIRST_MS && ms <= LAST_MS)) {
      throw usageError(`SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01 UTC, from 0 to ${LAST_MS / 1000} (${RANGE}); got ${shown(sourceDateEpoch)}`);
    }
    return { ms };
  }
  const ms = Date.parse(`${workshop.date}T00:00:00Z`);
  return { ms, note: `DTSTAMP is ${workshop.date}T00:00:00Z; set \`updated:\` in the workshop file or SOURCE_DATE_EPOCH to record when the program changed` };
}
