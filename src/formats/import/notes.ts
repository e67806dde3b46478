/** Something on the page that import could not place, with its 1-based line. */
export interface Note {
  line: number;
  message: string;
  /** The page text, kept as a comment in workshop.yaml. */
  text?: string;
}

/** `line 88: could not read a time in \`TBA\``. */
export const formatNote = (n: Note): string => `line ${n.line}: ${n.message}`;

/** The zones of time-zone abbreviations a page may print; an abbreviation names the most common zone that uses it. */
export const ZONE_OF_LABEL: Record<string, string> = {
  EST: 'America/New_York', EDT: 'America/New_York', CST: 'America/Chicago', CDT: 'America/Chicago',
  MST: 'America/Denver', MDT: 'America/Denver', PST: 'America/Los_Angeles', PDT: 'America/Los_Angeles',
  CET: 'Europe/Berlin', CEST: 'Europe/Berlin', WET: 'Europe/Lisbon', WEST: 'Europe/Lisbon', EET: 'Europe/Helsinki', EEST: 'Europe/Helsinki',
  BST: 'Europe/London', GMT: 'Europe/London', UTC: 'UTC', JST: 'Asia/Tokyo', KST: 'Asia/Seoul', IST: 'Asia/Kolkata',
  AEST: 'Australia/Sydney', AEDT: 'Australia/Sydney', SGT: 'Asia/Singapore', HKT: 'Asia/Hong_Kong',
};

/** The zones of cities that host conferences, by the city's name as a page writes it. */
export const ZONE_OF_CITY: Record<string, string> = {
  denver: 'America/Denver', 'salt lake city': 'America/Denver', phoenix: 'America/Phoenix', dallas: 'America/Chicago', houston: 'America/Chicago',
  austin: 'America/Chicago', 'st. louis': 'America/Chicago', 'st louis': 'America/Chicago', chicago: 'America/Chicago', 'kansas city': 'America/Chicago',
  'new orleans': 'America/Chicago', atlanta: 'America/New_York', boston: 'America/New_York', 'new york': 'America/New_York', washington: 'America/New_York',
  orlando: 'America/New_York', miami: 'America/New_York', toronto: 'America/Toronto', montreal: 'America/Toronto', seattle: 'America/Los_Angeles',
  portland: 'America/Los_Angeles', 'san francisco': 'America/Los_Angeles', 'san jose': 'America/Los_Angeles', 'san diego': 'America/Los_Angeles',
  'los angeles': 'America/Los_Angeles', vancouver: 'America/Vancouver', frankfurt: 'Europe/Berlin', hamburg: 'Europe/Berlin', berlin: 'Europe/Berlin',
  munich: 'Europe/Berlin', paris: 'Europe/Paris', amsterdam: 'Europe/Amsterdam', brussels: 'Europe/Brussels', barcelona: 'Europe/Madrid', madrid: 'Europe/Madrid',
  lisbon: 'Europe/Lisbon', london: 'Europe/London', dublin: 'Europe/Dublin', rome: 'Europe/Rome', milan: 'Europe/Rome', vienna: 'Europe/Vienna',
  zurich: 'Europe/Zurich', geneva: 'Europe/Zurich', lugano: 'Europe/Zurich', prague: 'Europe/Prague', warsaw: 'Europe/Warsaw', stockholm: 'Europe/Stockholm',
  copenhagen: 'Europe/Copenhagen', oslo: 'Europe/Oslo', helsinki: 'Europe/Helsinki', athens: 'Europe/Athens', tokyo: 'Asia/Tokyo', kobe: 'Asia/Tokyo',
  osaka: 'Asia/Tokyo', seoul: 'Asia/Seoul', beijing: 'Asia/Shanghai', shanghai: 'Asia/Shanghai', 'hong kong': 'Asia/Hong_Kong', singapore: 'Asia/Singapore',
  sydney: 'Australia/Sydney', melbourne: 'Australia/Melbourne', bangalore: 'Asia/Kolkata', mumbai: 'Asia/Kolkata', 'tel aviv': 'Asia/Jerusalem',
  'sao paulo': 'America/Sao_Paulo', 'mexico city': 'America/Mexico_City',
  // More places workshops meet (research centres and university towns), by zone.
  ...zoneOf('Europe/Berlin', 'dresden', 'leipzig', 'heidelberg', 'karlsruhe', 'stuttgart', 'cologne', 'köln', 'düsseldorf', 'bonn', 'jülich', 'garching', 'aachen', 'darmstadt', 'mainz', 'göttingen', 'potsdam', 'bremen', 'hannover', 'nuremberg', 'nürnberg', 'erlangen', 'paderborn', 'kaiserslautern'),
  ...zoneOf('Europe/Paris', 'lyon', 'toulouse', 'grenoble', 'nice', 'bordeaux', 'strasbourg', 'marseille', 'rennes', 'lille', 'saclay'),
  ...zoneOf('Europe/Rome', 'bologna', 'turin', 'torino', 'naples', 'napoli', 'florence', 'firenze', 'pisa', 'trieste', 'padua', 'padova', 'genoa', 'genova', 'catania'),
  ...zoneOf('Europe/Madrid', 'valencia', 'seville', 'sevilla', 'bilbao', 'malaga', 'málaga', 'zaragoza', 'granada', 'salamanca'),
  ...zoneOf('Europe/Lisbon', 'porto', 'coimbra', 'braga'),
  ...zoneOf('Europe/London', 'edinburgh', 'manchester', 'cambridge', 'oxford', 'glasgow', 'bristol', 'birmingham', 'leeds', 'cardiff', 'belfast'),
  ...zoneOf('Europe/Amsterdam', 'rotterdam', 'delft', 'eindhoven', 'utrecht', 'leiden', 'the hague', 'groningen', 'enschede'),
  ...zoneOf('Europe/Brussels', 'antwerp', 'ghent', 'leuven', 'liège'),
  ...zoneOf('Europe/Zurich', 'basel', 'bern', 'lausanne'),
  ...zoneOf('Europe/Vienna', 'salzburg', 'innsbruck', 'graz', 'linz'),
  ...zoneOf('Europe/Prague', 'brno', 'ostrava'),
  ...zoneOf('Europe/Warsaw', 'krakow', 'kraków', 'gdansk', 'gdańsk', 'wroclaw', 'wrocław', 'poznan', 'poznań'),
  ...zoneOf('Europe/Luxembourg', 'luxembourg'),
  ...zoneOf('Europe/Budapest', 'budapest'),
  ...zoneOf('Europe/Bratislava', 'bratislava'),
  ...zoneOf('Europe/Ljubljana', 'ljubljana'),
  ...zoneOf('Europe/Zagreb', 'zagreb'),
  ...zoneOf('Europe/Bucharest', 'bucharest'),
  ...zoneOf('Europe/Sofia', 'sofia'),
  ...zoneOf('Europe/Tallinn', 'tallinn'),
  ...zoneOf('Europe/Riga', 'riga'),
  ...zoneOf('Europe/Vilnius', 'vilnius'),
  ...zoneOf('Atlantic/Reykjavik', 'reykjavik'),
  ...zoneOf('Europe/Istanbul', 'istanbul'),
  ...zoneOf('America/New_York', 'pittsburgh', 'philadelphia', 'baltimore', 'detroit', 'cleveland', 'columbus', 'raleigh', 'charlotte', 'tampa', 'knoxville', 'oak ridge', 'princeton', 'new haven', 'providence', 'buffalo', 'rochester', 'ithaca'),
  ...zoneOf('America/Indiana/Indianapolis', 'indianapolis'),
  ...zoneOf('America/Chicago', 'nashville', 'minneapolis', 'st. paul', 'san antonio', 'memphis', 'milwaukee', 'madison', 'urbana', 'champaign', 'argonne', 'lemont'),
  ...zoneOf('America/Denver', 'albuquerque', 'santa fe', 'boulder', 'los alamos', 'golden'),
  ...zoneOf('America/Los_Angeles', 'las vegas', 'sacramento', 'oakland', 'berkeley', 'livermore', 'palo alto', 'stanford', 'pasadena', 'irvine', 'richland'),
  ...zoneOf('Pacific/Honolulu', 'honolulu'),
  ...zoneOf('America/Toronto', 'ottawa', 'quebec', 'waterloo'),
  ...zoneOf('America/Edmonton', 'calgary', 'edmonton'),
  ...zoneOf('Asia/Tokyo', 'kyoto', 'nagoya', 'fukuoka', 'sapporo', 'tsukuba', 'yokohama', 'sendai'),
  ...zoneOf('Asia/Taipei', 'taipei', 'hsinchu'),
  ...zoneOf('Asia/Seoul', 'busan', 'daejeon'),
  ...zoneOf('Asia/Shanghai', 'shenzhen', 'guangzhou', 'hangzhou', 'wuhan', 'chengdu', "xi'an", 'nanjing', 'tianjin'),
  ...zoneOf('Asia/Kolkata', 'hyderabad', 'chennai', 'delhi', 'new delhi', 'pune', 'kolkata', 'bengaluru'),
  ...zoneOf('Asia/Dubai', 'dubai', 'abu dhabi'),
  ...zoneOf('Asia/Qatar', 'doha'),
  ...zoneOf('Asia/Riyadh', 'riyadh', 'thuwal'),
  ...zoneOf('Australia/Brisbane', 'brisbane'),
  ...zoneOf('Australia/Perth', 'perth'),
  ...zoneOf('Australia/Adelaide', 'adelaide'),
  ...zoneOf('Australia/Sydney', 'canberra'),
  ...zoneOf('Pacific/Auckland', 'auckland', 'wellington'),
  ...zoneOf('America/Argentina/Buenos_Aires', 'buenos aires'),
  ...zoneOf('America/Santiago', 'santiago'),
  ...zoneOf('America/Sao_Paulo', 'rio de janeiro', 'campinas'),
  ...zoneOf('America/Bogota', 'bogota', 'bogotá'),
  ...zoneOf('America/Lima', 'lima'),
  ...zoneOf('Africa/Johannesburg', 'cape town', 'johannesburg', 'stellenbosch'),
  ...zoneOf('Africa/Nairobi', 'nairobi'),
  ...zoneOf('Africa/Lagos', 'lagos'),
  ...zoneOf('Africa/Cairo', 'cairo'),
};

/** `{ city: zone }` for several cities of one zone. */
function zoneOf(zone: string, ...cities: string[]): Record<string, string> {
  return Object.fromEntries(cities.map((c) => [c, zone]));
}
