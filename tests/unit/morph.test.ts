// @vitest-environment jsdom
// The browser morph shared by story pages and slides (src/lib/client/morph.ts), on a real DOM:
// keyed marks move, new marks enter from data-enter, leaving marks fade out in an "exiting" group,
// the end state is exactly the server's drawing, and `settled` fires once the picture is final.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { adoptFigure, prepareFigure, showFigure } from '../../src/lib/client/morph';
import { DURATION } from '../../src/lib/charts/timing';

const figure = (kind: string, marks: string) =>
  `<figure data-kind="${kind}"><div class="chart-body"><div class="chart-canvas"><svg viewBox="0 0 400 320">${marks}</svg></div></div></figure>`;

function setUp() {
  document.body.innerHTML =
    '<div class="box"></div>' +
    '<div class="step-chart" id="a">' + figure('columns', '<rect data-key="2023" x="10" y="100" width="20" height="150"/><rect data-key="2024" x="40" y="120" width="20" height="130"/>') + '</div>' +
    '<div class="step-chart" id="b">' + figure('columns', '<rect data-key="2023" x="110" y="50" width="20" height="200"/><rect data-key="2025" x="140" y="80" width="20" height="170" data-enter="y:250;height:0"/>') + '</div>';
  const box = document.querySelector('.box')!;
  const a = prepareFigure(box, document.querySelector('#a figure'))!;
  const b = prepareFigure(box, document.querySelector('#b figure'))!;
  return { box, a, b, rect: (key: string) => box.querySelector<SVGElement>(`figure:not(.pending) rect[data-key="${key}"]`) };
}
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

afterEach(() => vi.unstubAllGlobals());

describe('morph', () => {
  it('copies step figures into the box, hidden until shown, leaving the originals in place', () => {
    const { box, a, b } = setUp();
    expect(box.querySelectorAll('figure.pending')).toHaveLength(2);
    expect(document.querySelectorAll('.step-chart figure')).toHaveLength(2);
    showFigure(null, a, false);
    expect(a.el.classList.contains('pending')).toBe(false);
    expect(b.el.classList.contains('pending')).toBe(true);
  });

  it('moves keyed marks from the old picture, grows entering ones from data-enter, fades leaving ones, then settles on the server drawing', async () => {
    const { box, a, b, rect } = setUp();
    showFigure(null, a, false);
    const settled = vi.fn();
    showFigure(a, b, true, settled);
    // the first frame shows the old picture: the kept mark where it was, the new one on the baseline
    expect(rect('2023')!.getAttribute('x')).toBe('10');
    expect(rect('2023')!.getAttribute('height')).toBe('150');
    expect(rect('2025')!.getAttribute('y')).toBe('250');
    expect(rect('2025')!.getAttribute('height')).toBe('0');
    expect(box.querySelector('figure:not(.pending) .exiting rect[data-key="2024"]')).not.toBeNull();
    expect(a.el.classList.contains('pending')).toBe(true);
    expect(settled).not.toHaveBeenCalled();
    await wait(DURATION / 2);
    const mid = Number(rect('2023')!.getAttribute('x'));
    expect(mid).toBeGreaterThan(10);
    expect(mid).toBeLessThan(110);
    await wait(DURATION);
    expect(settled).toHaveBeenCalledTimes(1);
    expect([...['x', 'y', 'width', 'height'].map((n) => rect('2023')!.getAttribute(n))]).toEqual(['110', '50', '20', '200']);
    expect(rect('2025')!.getAttribute('y')).toBe('80');
    expect(rect('2025')!.getAttribute('height')).toBe('170');
    expect(box.querySelector('.exiting')).toBeNull();
  });

  it('a new state stops the running transition: only the last one settles, on its own drawing', async () => {
    const { a, b, rect } = setUp();
    showFigure(null, a, false);
    const first = vi.fn();
    const last = vi.fn();
    showFigure(a, b, true, first);
    await wait(DURATION / 3);
    showFigure(b, a, true, last);
    await wait(DURATION + 200);
    expect(first).not.toHaveBeenCalled();
    expect(last).toHaveBeenCalledTimes(1);
    expect(rect('2023')!.getAttribute('x')).toBe('10');
    expect(rect('2024')!.getAttribute('height')).toBe('130');
  });

  it('with reduced motion swaps at once and settles immediately', () => {
    vi.stubGlobal('matchMedia', (q: string) => ({ matches: q.includes('reduce') }));
    const { a, b, rect } = setUp();
    showFigure(null, a, false);
    const settled = vi.fn();
    showFigure(a, b, true, settled);
    expect(settled).toHaveBeenCalledTimes(1);
    expect(rect('2023')!.getAttribute('x')).toBe('110');
    expect(rect('2025')!.getAttribute('height')).toBe('170');
  });

  it('adopts a figure already in the box with the attributes the server drew', () => {
    const { a } = setUp();
    const adopted = adoptFigure(a.el);
    expect(adopted.finals.filter(([, n]) => n === 'x').map(([, , v]) => v)).toEqual(['10', '40']);
  });
});
