// @vitest-environment jsdom
// The story page's client morph (live-chart.ts) on a DOM: figures parsed from a step's <noscript>,
// shown in place of the previous one, marks matched by data-key tweened from the old picture to the
// server's, entering marks from data-enter, leaving marks faded out, and `settled` called once the
// picture is final (and not for a transition a newer state interrupted).
import { afterEach, describe, expect, it } from 'vitest';
import { adoptFigure, prepareFigure, showFigure, type LiveFigure } from '../../src/lib/engine/live-chart';

const figure = (kind: string, marks: string) =>
  `<figure data-kind="${kind}"><div class="chart-body"><div class="chart-canvas"><svg viewBox="0 0 300 300">` +
  `<text class="unit" x="0" y="10">%</text>${marks}</svg></div></div></figure>`;

/** The sticky box with the first figure in it (as the server renders it), and a step's <noscript>. */
function setUp(first: string, next: string) {
  document.body.innerHTML = `<div class="live-figure">${first}</div><noscript>${next.replace(/</g, '&lt;')}</noscript>`;
  const host = document.querySelector('.live-figure')!;
  const noscript = document.querySelector('noscript')!;
  // with scripting on, a <noscript>'s content is text: the test sets it as such
  noscript.textContent = next;
  return { host, current: adoptFigure(host.querySelector('figure')!), noscript };
}
const settle = (current: LiveFigure, next: LiveFigure) => new Promise<void>((resolve) => showFigure(current, next, true, resolve));
const mark = (f: LiveFigure, key: string) => f.el.querySelector(`[data-key="${key}"]`)!;

afterEach(() => {
  document.body.innerHTML = '';
  delete (window as { matchMedia?: unknown }).matchMedia;
});

describe('live chart', () => {
  it('parses a step’s figure from its <noscript> into the box, hidden until shown', () => {
    const { host, noscript } = setUp(figure('bar', ''), figure('bar', '<rect data-key="a" x="1"/>'));
    const f = prepareFigure(host, noscript)!;
    expect(f.el.parentElement).toBe(host);
    expect(f.el.classList.contains('pending')).toBe(true);
    expect(f.finals).toContainEqual([mark(f, 'a'), 'x', '1']);
    expect(prepareFigure(host, null)).toBeNull();
  });

  it('without animation swaps at once and is settled', () => {
    const { host, current, noscript } = setUp(figure('bar', '<rect data-key="a" x="0"/>'), figure('bar', '<rect data-key="a" x="100"/>'));
    const next = prepareFigure(host, noscript)!;
    let settled = 0;
    showFigure(current, next, false, () => settled++);
    expect(settled).toBe(1);
    expect(next.el.classList.contains('pending')).toBe(false);
    expect(current.el.classList.contains('pending')).toBe(true);
    expect(mark(next, 'a').getAttribute('x')).toBe('100');
  });

  it('reduced motion: no tween even when asked to animate', () => {
    window.matchMedia = ((q: string) => ({ matches: q.includes('reduce') })) as unknown as typeof window.matchMedia;
    const { host, current, noscript } = setUp(figure('bar', '<rect data-key="a" x="0"/>'), figure('bar', '<rect data-key="a" x="100"/>'));
    const next = prepareFigure(host, noscript)!;
    let settled = 0;
    showFigure(current, next, true, () => settled++);
    expect(settled).toBe(1);
    expect(mark(next, 'a').getAttribute('x')).toBe('100');
  });

  it('moves matched marks from the old picture, grows entering ones from data-enter, fades leaving ones out, then settles on the server’s values', async () => {
    const { host, current, noscript } = setUp(
      figure('bar', '<rect data-key="a" x="0" y="10" width="5"/><rect data-key="gone" x="50"/>'),
      figure('bar', '<rect data-key="a" x="100" y="10" width="5"/><rect data-key="new" y="100" height="150" data-enter="y:250;height:0"/>')
    );
    const next = prepareFigure(host, noscript)!;
    const done = settle(current, next);
    // first frame: the old picture
    expect(mark(next, 'a').getAttribute('x')).toBe('0');
    expect(mark(next, 'new').getAttribute('y')).toBe('250');
    expect(mark(next, 'new').getAttribute('height')).toBe('0');
    const exiting = next.el.querySelector('.exiting')!;
    expect(exiting.querySelector('[data-key="gone"]')).not.toBeNull();
    expect(exiting.getAttribute('opacity')).toBe('1');
    // the unit label looks the same in both pictures: left alone, not faded in
    expect(next.el.querySelector('text.unit')!.hasAttribute('opacity')).toBe(false);
    await done;
    expect(mark(next, 'a').getAttribute('x')).toBe('100');
    expect(mark(next, 'new').getAttribute('y')).toBe('100');
    expect(mark(next, 'new').getAttribute('height')).toBe('150');
    expect(next.el.querySelector('.exiting')).toBeNull();
  });

  it('fades a new kind of chart in as one piece', async () => {
    const { host, current, noscript } = setUp(figure('bar', '<rect data-key="a" x="0"/>'), figure('line', '<path data-key="a" d="M0,0L10,10"/>'));
    const next = prepareFigure(host, noscript)!;
    const done = settle(current, next);
    const body = next.el.querySelector<HTMLElement>('.chart-body')!;
    expect(body.style.opacity).toBe('0');
    await done;
    expect(body.style.opacity).toBe('1');
  });

  it('a newer state interrupts the running one: only the last one settles, on its own values', async () => {
    const { host, current, noscript } = setUp(figure('bar', '<rect data-key="a" x="0"/>'), figure('bar', '<rect data-key="a" x="100"/>'));
    const second = prepareFigure(host, noscript)!;
    noscript.textContent = figure('bar', '<rect data-key="a" x="200"/>');
    const third = prepareFigure(host, noscript)!;
    let interrupted = 0;
    showFigure(current, second, true, () => interrupted++);
    await settle(second, third);
    expect(interrupted).toBe(0);
    expect(mark(third, 'a').getAttribute('x')).toBe('200');
    expect(second.el.classList.contains('pending')).toBe(true);
    // shown again, the interrupted figure is back to the server's picture, not where the tween left it
    showFigure(third, second, false);
    expect(mark(second, 'a').getAttribute('x')).toBe('100');
  });
});
