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
};
