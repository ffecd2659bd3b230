// Units the white paper uses. Each dataset declares one; a chart axis may only mix datasets of one unit.
export const units = [
  'trillion_yen',
  'hundred_million_yen',
  'percent',
  'billion_usd',
  'hundred_million_usd',
  'billion_parameters',
  'million_parameters',
  'million_units',
  'times',
  // Counts with their counter word (人/社/件): a bare 数 says nothing.
  'people',
  'companies',
  'cases'
] as const;
export type Unit = (typeof units)[number];

export function isUnit(v: unknown): v is Unit {
  return typeof v === 'string' && (units as readonly string[]).includes(v);
}
