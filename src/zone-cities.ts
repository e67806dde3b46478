import { knownZones } from './time.js';

/**
 * Conference cities that are not time-zone names themselves, with the zone they are
 * in: `Europe/Frankfurt` is no zone, Frankfurt is in `Europe/Berlin`. A city that is
 * a zone name (Denver, Chicago, Tokyo) is found in the time-zone database instead.
 * Only ever a suggestion: a did-you-mean, or the default of a prompt.
 */
const CITY_ZONES: Record<string, readonly string[]> = {
  'Europe/Berlin': ['frankfurt', 'frankfurt am main', 'hamburg', 'munich', 'münchen', 'cologne', 'köln', 'leipzig', 'dresden', 'stuttgart', 'hannover', 'heidelberg', 'karlsruhe', 'garching', 'jülich', 'julich', 'bonn', 'düsseldorf', 'dusseldorf', 'potsdam', 'mainz', 'darmstadt', 'aachen'],
  'Europe/Zurich': ['geneva', 'lugano', 'lausanne', 'basel', 'bern'],
  'Europe/Paris': ['lyon', 'grenoble', 'toulouse', 'nice', 'marseille', 'bordeaux', 'strasbourg', 'lille', 'nantes'],
  'Europe/Rome': ['milan', 'milano', 'bologna', 'florence', 'naples', 'turin', 'trieste', 'pisa'],
  'Europe/Madrid': ['barcelona', 'valencia', 'seville'],
  'Europe/Amsterdam': ['delft', 'eindhoven', 'rotterdam', 'utrecht', 'the hague'],
  'Europe/London': ['edinburgh', 'manchester', 'cambridge', 'oxford', 'glasgow', 'bristol'],
  'Europe/Vienna': ['graz', 'innsbruck', 'linz'],
  'Europe/Stockholm': ['gothenburg', 'uppsala'],
  'Europe/Warsaw': ['krakow', 'kraków', 'poznan', 'gdansk'],
  'America/New_York': ['atlanta', 'boston', 'washington', 'washington dc', 'philadelphia', 'pittsburgh', 'baltimore', 'orlando', 'miami', 'knoxville', 'oak ridge', 'charlotte', 'raleigh'],
  'America/Chicago': ['dallas', 'houston', 'austin', 'san antonio', 'st. louis', 'st louis', 'saint louis', 'kansas city', 'minneapolis', 'nashville', 'new orleans', 'memphis'],
  'America/Denver': ['salt lake city', 'albuquerque', 'boulder'],
  'America/Los_Angeles': ['san francisco', 'san diego', 'san jose', 'seattle', 'portland', 'sacramento', 'oakland', 'berkeley', 'palo alto'],
  'America/Toronto': ['montreal', 'ottawa', 'quebec'],
  'Asia/Tokyo': ['kyoto', 'osaka', 'kobe', 'yokohama', 'nagoya', 'fukuoka', 'sendai'],
  'Asia/Shanghai': ['beijing', 'shenzhen', 'guangzhou', 'hangzhou', 'nanjing', 'wuhan'],
  'Asia/Kolkata': ['mumbai', 'bangalore', 'bengaluru', 'delhi', 'new delhi', 'hyderabad', 'chennai', 'pune'],
  'Asia/Seoul': ['busan', 'daejeon'],
  'Asia/Jerusalem': ['tel aviv', 'haifa'],
  'Australia/Sydney': ['canberra'],
};

const BY_CITY = new Map(Object.entries(CITY_ZONES).flatMap(([zone, cities]) => cities.map((c) => [c, zone] as const)));
const norm = (s: string) => s.normalize('NFC').replace(/_/g, ' ').trim().toLocaleLowerCase('en');

/**
 * The zone of a city as people write it (`Denver, CO`, `Frankfurt am Main, Germany`):
 * the part before the first comma, looked up in the table and then among the zone
 * names' cities. Undefined when unknown.
 */
export function zoneForCity(city: string): string | undefined {
  const name = norm(city.split(',')[0] ?? '');
  if (name === '') return undefined;
  return BY_CITY.get(name) ?? knownZones().find((z) => z.includes('/') && norm(z.slice(z.lastIndexOf('/') + 1)) === name);
}

/** For a name shaped like a zone but naming a city that is not one (`Europe/Frankfurt`): the zone that city is in. */
export function zoneForZoneLikeCity(value: string): string | undefined {
  const slash = value.lastIndexOf('/');
  return slash < 0 ? undefined : BY_CITY.get(norm(value.slice(slash + 1)));
}
