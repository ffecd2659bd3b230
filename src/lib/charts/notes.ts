// Notes pinned to data points ("2014: ¥2.0 trillion deficit"): where each one goes. The authored
// place first (above the point, or below; the text running left or right of it), else the other
// side vertically, else beside the point (level with it, or lower): the first clear of the lines, their dots,
// the bars and the labels, else further out above or below (a note over the line's last point is crossed by the line running into it).
import type { ScaleBand, ScaleLinear } from 'd3';
import type { ResolvedChart } from '../model/resolved';
import { labelBox, isFree, type Box } from './collide';
import { bandRoom, em, textWidth, type LabelRoom, type LineMark, type RectMark } from './geometry';

export interface NotePlace {
  key: string;
  text: string;
  /** The point, where its leader starts. */
  x: number;
  y: number;
  tx: number;
  ty: number;
  anchor: 'start' | 'middle' | 'end';
  /** Where the leader ends (none for a note beside its point). */
  leaderTo?: number;
}

/** What notes keep clear of: `lines` and `rects` as drawn, with their labels, in a drawing `width` wide. */
export function notesRoom(x: ScaleBand<string>, y: ScaleLinear<number, number>, lines: LineMark[], rects: RectMark[], width: number, font: number): LabelRoom {
  const labels: Box[] = [
    ...lines.flatMap((l) => l.labels.map((b) => labelBox(textWidth(b.text, font), b.x, b.y, font, b.anchor))),
    ...rects.filter((m) => m.geo.lo > 0).map((m) => labelBox(textWidth(m.label, font), m.geo.lx, m.geo.ly, font, m.anchor))
  ];
  const bars = rects.map((m) => ({ x0: m.geo.x, y0: m.geo.y, x1: m.geo.x + m.geo.w, y1: m.geo.y + m.geo.h }));
  return bandRoom(x, y, lines.map((l) => l.points), bars, labels, width - x.range()[1], font);
}

export function placeNotes(chart: ResolvedChart, x: ScaleBand<string>, y: ScaleLinear<number, number>, font: number, room: LabelRoom): NotePlace[] {
  const k = em(font);
  return chart.annotations.map((a) => {
    const px = (x(a.x) ?? 0) + x.bandwidth() / 2;
    const py = y(a.value);
    // (.annotation is bold: a little wider than the estimate)
    const w = textWidth(a.text, font) * 1.06;
    const anchor: NotePlace['anchor'] = a.align === 'left' ? 'end' : a.align === 'right' ? 'start' : 'middle';
    // (further out along its leader, a line of text at a time, where the line runs close under it)
    type Place = Pick<NotePlace, 'tx' | 'ty' | 'anchor' | 'leaderTo'>;
    const vertical = (below: boolean, out = 0): Place => {
      const ty = py + (below ? 28 + 11 * out : -22 - 11 * out) * k;
      return { tx: px, ty, anchor, leaderTo: below ? ty - 0.88 * font - 2 : ty + 4 };
    };
    // beside: level with the point, or as low as the floor lets it go (away from a line rising into the point)
    const floor = room.bounds.y1 - 0.12 * font;
    const beside = (right: boolean, low = false): Place => ({ tx: px + (right ? room.beside : -room.beside), ty: low ? floor : Math.min(py + 4 * k, floor), anchor: right ? 'start' : 'end' });
    const below = a.align === 'below';
    const right = a.align !== 'left';
    const places = [vertical(below), vertical(!below), beside(right), beside(!right), beside(right, true), beside(!right, true), ...[1, 2, 3, 4, 5, 6].map((n) => vertical(below, n))];
    const box = (p: Place) => labelBox(w, p.tx, p.ty, font, p.anchor);
    const all = { boxes: [...room.obstacles.boxes, ...room.labels], segs: room.obstacles.segs };
    const p = places.find((c) => isFree(box(c), all, room.bounds)) ?? places[0];
    room.labels.push(box(p));
    return { key: `${a.x}|${a.series}`, text: a.text, x: px, y: py, ...p };
  });
}
