import { usageError } from '../errors.js';
import { isKnownZone } from '../time.js';
import type { MarkdownOptions } from '../formats/markdown/options.js';
import { echoValue } from '../echo.js';

/**
 * Checks the formatting flags that need the time-zone database. This happens here,
 * in the command, so that parsing the command line never loads it.
 */
export function checkMarkdownOptions(options: MarkdownOptions): MarkdownOptions {
  const zone = options.secondZone;
  if (zone !== undefined && !isKnownZone(zone)) {
    throw usageError(`option '--second-zone <zone>' argument ${echoValue(zone)} is invalid: expected an IANA zone such as Europe/Berlin`);
  }
  return options;
}
