// Label placement against what is already drawn: a label's box is free when it stays inside the
// drawing and off every mark (bar, dot), every line segment and every label placed before it.
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
/** A straight segment x1, y1, x2, y2 (a line between two points, an axis). */
export type Seg = [number, number, number, number];

export interface Obstacles {
  boxes: Box[];
  segs: Seg[];
}

/** Segments of a polyline through points. */
export const polylineSegs = (points: [number, number][]): Seg[] => points.slice(1).map(([x, y], i) => [points[i][0], points[i][1], x, y]);

/** A dot's box. */
export const dotBox = (x: number, y: number, r: number): Box => ({ x0: x - r, y0: y - r, x1: x + r, y1: y + r });

/** The box a label `w` wide covers at its anchor and baseline (a CJK face's ink runs about
 *  0.88 em above the baseline and 0.12 em below). */
export function labelBox(w: number, x: number, baseline: number, px: number, anchor: 'start' | 'middle' | 'end'): Box {
  const x0 = anchor === 'middle' ? x - w / 2 : anchor === 'end' ? x - w : x;
  return { x0, y0: baseline - 0.88 * px, x1: x0 + w, y1: baseline + 0.12 * px };
}

const meet = (a: Box, b: Box, pad: number) => Math.min(a.x1, b.x1) + pad > Math.max(a.x0, b.x0) && Math.min(a.y1, b.y1) + pad > Math.max(a.y0, b.y0);

/** Whether a segment passes through a box (Liang–Barsky clipping). */
export function segMeets([x0, y0, x1, y1]: Seg, b: Box): boolean {
  const [dx, dy] = [x1 - x0, y1 - y0];
  let [t0, t1] = [0, 1];
  for (const [p, q] of [
    [-dx, x0 - b.x0],
    [dx, b.x1 - x0],
    [-dy, y0 - b.y0],
    [dy, b.y1 - y0]
  ]) {
    if (p === 0) {
      if (q < 0) return false;
    } else if (p < 0) t0 = Math.max(t0, q / p);
    else t1 = Math.min(t1, q / p);
  }
  return t0 <= t1;
}

/** Whether a label box is inside `bounds` and clear (by `pad` px) of every obstacle. */
export function isFree(b: Box, o: Obstacles, bounds: Box, pad = 1.5): boolean {
  if (b.x0 < bounds.x0 || b.x1 > bounds.x1 || b.y0 < bounds.y0 || b.y1 > bounds.y1) return false;
  const grown = { x0: b.x0 - pad, y0: b.y0 - pad, x1: b.x1 + pad, y1: b.y1 + pad };
  return !o.boxes.some((m) => meet(m, b, pad)) && !o.segs.some((s) => segMeets(s, grown));
}
