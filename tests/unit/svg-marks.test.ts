// The mark boxes the label-geometry test checks texts against: shapes after their translate()s,
// backgrounds left out, and a segment caught crossing a text box (or not).
import { describe, expect, it } from 'vitest';
import { textBoxes } from '../support/svg-text-boxes';
import { covers, inside } from '../support/svg-marks';

const svg = (body: string) => `<svg viewBox="0 0 200 100" font-size="10">${body}</svg>`;

describe('svg mark boxes', () => {
  const d = textBoxes(
    svg(
      `<g transform="translate(10,20)"><rect class="mark" x="5" y="5" width="20" height="10" data-key="a|s"></rect>` +
        `<line class="grid" x1="0" x2="100" y1="0" y2="0"></line><circle class="dot" cx="50" cy="5" r="3"></circle></g>` +
        `<path class="line" d="M0,50L100,50l0,20"></path><rect class="mark" x="0" y="0" width="0" height="9"></rect>` +
        `<text x="40" y="54">crossed</text><text x="120" y="90">clear</text>`
    ),
    [],
    undefined
  );
  it('reads rects, circles and path segments under their translate(), without backgrounds or empty marks', () => {
    expect(d.marks.map((m) => m.box ?? m.seg)).toEqual([
      { x0: 15, y0: 25, x1: 35, y1: 35 },
      { x0: 57, y0: 22, x1: 63, y1: 28 },
      [0, 50, 100, 50],
      [100, 50, 100, 70]
    ]);
    expect(d.marks[0].key).toBe('a|s');
  });
  it('tells a text a line runs through from one clear of it', () => {
    const [crossed, clear] = d.boxes;
    expect(d.marks.filter((m) => covers(m, crossed, 1)).map((m) => m.classes[0])).toEqual(['line']);
    expect(d.marks.some((m) => covers(m, clear, 1))).toBe(false);
    // touching by less than the tolerance is not covering
    expect(covers({ name: 'rect', classes: [], box: { x0: 0, y0: 0, x1: 10, y1: 10 } }, { x0: 9.5, y0: 0, x1: 20, y1: 10 }, 1)).toBe(false);
  });
  it('tells a label that fits its bar from one that spills', () => {
    const bar = { x0: 0, y0: 0, x1: 30, y1: 12 };
    expect(inside({ x0: 2, y0: 1, x1: 28, y1: 11 }, bar, 0.5)).toBe(true);
    expect(inside({ x0: -5, y0: 1, x1: 35, y1: 11 }, bar, 0.5)).toBe(false);
  });
});
