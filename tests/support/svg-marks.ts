// Boxes and segments of the marks in a server-rendered chart drawing (rects, circles, lines, paths
// of straight segments), after the enclosing translate()s, so the label-geometry test can tell
// when a text is drawn over a mark. Backgrounds and connectors are not marks: text may sit on them.
export interface MarkShape {
  /** Element name and classes, and its data-key (a label's data-key is `label|<its mark's key>`). */
  name: string;
  classes: string[];
  key?: string;
  /** A box (rect, circle) or a straight segment (line, path). */
  box?: { x0: number; y0: number; x1: number; y1: number };
  seg?: [number, number, number, number];
}

/** Drawn under or between marks on purpose: gridlines, map land and sea, frames, label leaders, halos. */
const BACKGROUND = new Set(['grid', 'leader', 'sea', 'land', 'inset-frame', 'inset-box', 'strip', 'approx-halo']);

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const num = (tag: string, name: string) => Number(attr(tag, name) ?? 0);

/** Straight segments of a path's d (M/L/H/V/Z, absolute or relative); undefined for curves. */
function pathSegments(d: string): [number, number, number, number][] | undefined {
  if (/[CcSsQqTtAa]/.test(d)) return undefined;
  const segs: [number, number, number, number][] = [];
  let [x, y, sx, sy] = [0, 0, 0, 0];
  for (const [, cmd, args] of d.matchAll(/([MLHVZmlhvz])([^MLHVZmlhvz]*)/g)) {
    const n = [...args.matchAll(/-?[\d.]+(?:e-?\d+)?/g)].map((m) => Number(m[0]));
    const rel = cmd === cmd.toLowerCase();
    const C = cmd.toUpperCase();
    if (C === 'Z') {
      segs.push([x, y, sx, sy]);
      [x, y] = [sx, sy];
      continue;
    }
    const step = C === 'H' || C === 'V' ? 1 : 2;
    for (let i = 0; i + step <= n.length; i += step) {
      const nx = C === 'V' ? x : (rel ? x : 0) + n[i];
      const ny = C === 'H' ? y : C === 'V' ? (rel ? y : 0) + n[i] : (rel ? y : 0) + n[i + 1];
      if (C === 'M' && i === 0) [sx, sy] = [nx, ny];
      else segs.push([x, y, nx, ny]);
      [x, y] = [nx, ny];
    }
  }
  return segs;
}

/** The mark shapes of one element at an offset (none for backgrounds, hidden or empty elements). */
export function markShapes(name: string, tag: string, dx: number, dy: number): MarkShape[] {
  const classes = (attr(tag, 'class') ?? '').split(/\s+/).filter(Boolean);
  if (classes.some((c) => BACKGROUND.has(c)) || Number(attr(tag, 'opacity') ?? 1) < 0.01) return [];
  const base = { name, classes, key: attr(tag, 'data-key') };
  if (name === 'rect') {
    const [x, y, w, h] = [num(tag, 'x') + dx, num(tag, 'y') + dy, num(tag, 'width'), num(tag, 'height')];
    return w > 0 && h > 0 ? [{ ...base, box: { x0: x, y0: y, x1: x + w, y1: y + h } }] : [];
  }
  if (name === 'circle') {
    const [cx, cy, r] = [num(tag, 'cx') + dx, num(tag, 'cy') + dy, num(tag, 'r')];
    return r > 0 ? [{ ...base, box: { x0: cx - r, y0: cy - r, x1: cx + r, y1: cy + r } }] : [];
  }
  if (name === 'line') return [{ ...base, seg: [num(tag, 'x1') + dx, num(tag, 'y1') + dy, num(tag, 'x2') + dx, num(tag, 'y2') + dy] }];
  const segs = name === 'path' ? pathSegments(attr(tag, 'd') ?? '') : undefined;
  return (segs ?? []).map(([a, b, c, d]) => ({ ...base, seg: [a + dx, b + dy, c + dx, d + dy] as MarkShape['seg'] }));
}

type Box = { x0: number; y0: number; x1: number; y1: number };

/** Whether a mark covers a box by more than `tol` px: boxes overlapping more than tol both ways; a
 *  segment entering the box shrunk by tol on every side (Liang–Barsky clipping). */
export function covers(m: MarkShape, b: Box, tol: number): boolean {
  if (m.box) return Math.min(m.box.x1, b.x1) - Math.max(m.box.x0, b.x0) > tol && Math.min(m.box.y1, b.y1) - Math.max(m.box.y0, b.y0) > tol;
  const [x0, y0, x1, y1] = m.seg!;
  const [dx, dy] = [x1 - x0, y1 - y0];
  let [t0, t1] = [0, 1];
  const edges: [number, number][] = [
    [-dx, x0 - (b.x0 + tol)],
    [dx, b.x1 - tol - x0],
    [-dy, y0 - (b.y0 + tol)],
    [dy, b.y1 - tol - y0]
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
    } else if (p < 0) t0 = Math.max(t0, q / p);
    else t1 = Math.min(t1, q / p);
  }
  return t0 <= t1;
}

/** Whether box `inner` lies inside box `outer` (to `tol` px). */
export const inside = (inner: Box, outer: Box, tol: number) =>
  inner.x0 >= outer.x0 - tol && inner.x1 <= outer.x1 + tol && inner.y0 >= outer.y0 - tol && inner.y1 <= outer.y1 + tol;
