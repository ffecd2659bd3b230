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
  'count'
] as const;
export type Unit = (typeof units)[number];

export function isUnit(v: unknown): v is Unit {
  return typeof v === 'string' && (units as readonly string[]).includes(v);
}
