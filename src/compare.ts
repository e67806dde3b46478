/**
 * Orders strings by UTF-16 code units: the same order on every machine, unlike
 * `localeCompare`, whose result depends on the locale (Swedish sorts "Ä" after "Z").
 */
export const compareCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
