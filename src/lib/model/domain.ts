// Value-axis extent of a chart state: stacks add up per x (negatives and positives separately),
// and zero is always inside so bars grow from a true baseline.
import type { ChartRow } from './resolved';

export function valueExtent(rows: readonly ChartRow[], stacked: boolean, extra: readonly ChartRow[] = []): [number, number] {
  let lo = 0;
  let hi = 0;
  if (stacked) {
    const neg = new Map<string, number>();
    const pos = new Map<string, number>();
    for (const r of rows) {
      const m = r.value < 0 ? neg : pos;
      m.set(r.x, (m.get(r.x) ?? 0) + r.value);
    }
    for (const v of neg.values()) lo = Math.min(lo, v);
    for (const v of pos.values()) hi = Math.max(hi, v);
  } else {
    for (const r of rows) {
      lo = Math.min(lo, r.value);
      hi = Math.max(hi, r.value);
    }
  }
  for (const r of extra) {
    lo = Math.min(lo, r.value);
    hi = Math.max(hi, r.value);
  }
  return [lo, hi];
}

/** Stack offsets: each row gets [start, end] along the value axis. */
export function stackRows(rows: readonly ChartRow[], stacked: boolean): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  const neg = new Map<string, number>();
  const pos = new Map<string, number>();
  for (const r of rows) {
    if (!stacked) {
      out.set(`${r.x}|${r.series}`, [0, r.value]);
      continue;
    }
    const m = r.value < 0 ? neg : pos;
    const start = m.get(r.x) ?? 0;
    m.set(r.x, start + r.value);
    out.set(`${r.x}|${r.series}`, [start, start + r.value]);
  }
  return out;
}
