/**
 * Zone abbreviations as people write them (MST, CEST, JST, AEDT), derived from the
 * IANA zone on a given instant. `Intl` in the en-US locale knows only North American
 * abbreviations and prints `GMT+2` for Berlin, so each region's English locale is
 * tried in turn; the first alphabetic abbreviation wins. The fallback is the offset,
 * `GMT+9`, never a guessed name.
 */

const LOCALES = ['en-US', 'en-GB', 'en-AU', 'en-IN', 'en-NZ', 'en-CA', 'en-IE', 'en-ZA', 'en-SG', 'en-HK', 'ja-JP'];

function shortName(ms: number, zone: string, locale: string): string {
  const parts = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'short' }).formatToParts(ms);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
}

/** The zone's abbreviation at that instant: MST in Denver in November, CEST in Frankfurt in July. */
export function zoneLabel(ms: number, zone: string): string {
  for (const locale of LOCALES) {
    const name = shortName(ms, zone, locale);
    if (/^[A-Z]{2,5}$/.test(name)) return name;
  }
  return shortName(ms, zone, 'en-US');
}
