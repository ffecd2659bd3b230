// The chart morph in the browser, shared by story pages and slides. Every chart state is already
// server-rendered as SVG (each step's own figure), so the browser needs no chart code. A copy of
// each step's figure is laid out, hidden, in the chart box ahead of time; a step change then only
// shows it and tweens its SVG from the old picture to the new one (short frames). Marks are matched by
// `data-key`; their numeric attributes (x, y, width, transform, path data…) move with d3-timer and
// d3-ease. A mark new to the picture starts from `data-enter` ("y:250;height:0": grow from the
// baseline) or fades in; a mark that leaves fades out. A new state stops the running one, so a fast
// scroll always ends on the last state asked for. Reduced motion: no tween.
// Bundled into the page scripts (src/lib/client/*-page.ts), hence relative imports and d3 modules only.
import { timer, type Timer } from 'd3-timer';
import { easeCubicInOut } from 'd3-ease';
import { DURATION, prefersReducedMotion } from '../charts/timing';

const ATTRS = ['x', 'y', 'width', 'height', 'cx', 'cy', 'r', 'rx', 'x1', 'x2', 'y1', 'y2', 'opacity', 'transform', 'd'];
const NUMBER = /-?\d*\.?\d+(?:e[-+]?\d+)?/g;

type Tween = (t: number) => void;
let running: Timer | undefined;

/** A figure in the chart box, with the attribute values the server drew (tweens change them). */
export interface LiveFigure {
  el: Element;
  finals: [Element, string, string][];
}

/** Take a figure already in the box. */
export function adoptFigure(el: Element): LiveFigure {
  const finals: [Element, string, string][] = [];
  for (const e of el.querySelectorAll('svg *')) for (const n of ATTRS) if (e.hasAttribute(n)) finals.push([e, n, e.getAttribute(n)!]);
  return { el, finals };
}

/** A copy of a step's server-rendered figure in the box, hidden until shown. */
export function prepareFigure(host: Element, figure: Element | null): LiveFigure | null {
  if (!figure) return null;
  const el = figure.cloneNode(true) as Element;
  el.classList.add('pending');
  el.setAttribute('aria-hidden', 'true');
  host.appendChild(el);
  return adoptFigure(el);
}

/** Back to the server's picture: an interrupted tween may have left marks between states. */
function restore(f: LiveFigure) {
  f.el.querySelector('.exiting')?.remove();
  f.el.querySelector<HTMLElement>('.chart-body')?.style.removeProperty('opacity');
  for (const [e, n, v] of f.finals) if (e.getAttribute(n) !== v) e.setAttribute(n, v);
}

/** "a 1,2 L 3" → "a 4,5 L 6": interpolates the numbers of two strings of the same shape. */
function interpolateString(a: string, b: string): ((t: number) => string) | undefined {
  const na = a.match(NUMBER) ?? [];
  const nb = b.match(NUMBER) ?? [];
  if (na.length !== nb.length || a.replace(NUMBER, '#') !== b.replace(NUMBER, '#')) return undefined;
  const parts = b.split(NUMBER);
  const from = na.map(Number);
  const to = nb.map(Number);
  return (t) => parts.reduce((s, p, i) => s + p + (i < to.length ? round(from[i] + (to[i] - from[i]) * t) : ''), '');
}

const round = (v: number) => String(Math.round(v * 100) / 100);

function attrTween(el: Element, name: string, from: string | null, to: string | null): Tween | undefined {
  if (from === null || to === null || from === to) return undefined;
  const f = interpolateString(from, to);
  if (!f) return undefined;
  el.setAttribute(name, from);
  return (t) => el.setAttribute(name, f(t));
}

function fade(el: Element, from: number, to: number): Tween {
  // SVG elements fade by attribute (the server writes opacity attributes), HTML ones by style.
  const set = el instanceof HTMLElement ? (v: string) => (el.style.opacity = v) : (v: string) => el.setAttribute('opacity', v);
  set(String(from));
  return (t) => set(round(from + (to - from) * t));
}

/** An element's look without its position: unkeyed elements that look the same in both
 *  pictures (the unit label, the zero line) stay put instead of fading. */
const signature = (el: Element) => `${el.tagName}|${el.getAttribute('class')}|${el.textContent}|${el.getAttribute('x')}|${el.getAttribute('y')}|${el.getAttribute('transform')}`;
const LEAVES = 'rect, circle, line, path, text, polygon, polyline';

/** Tweens that take `next` (already in the document) from how `prev` looks to how it should look. */
function morphSvg(prev: SVGSVGElement, next: SVGSVGElement): Tween[] {
  const tweens: Tween[] = [];
  const old = new Map<string, Element>();
  for (const el of prev.querySelectorAll('[data-key]')) if (!el.closest('.exiting')) old.set(`${el.tagName}|${el.getAttribute('data-key')}`, el);
  const oldLooks = new Set([...prev.querySelectorAll(LEAVES)].filter((el) => !el.closest('[data-key]')).map(signature));

  for (const el of next.querySelectorAll(LEAVES + ', g[data-key]')) {
    const key = el.getAttribute('data-key');
    if (key === null) {
      if (el.closest('[data-key]') || oldLooks.has(signature(el))) continue;
      tweens.push(fade(el, 0, Number(el.getAttribute('opacity') ?? 1)));
      continue;
    }
    const match = old.get(`${el.tagName}|${key}`);
    old.delete(`${el.tagName}|${key}`);
    if (match) {
      for (const name of ATTRS) {
        const tw = attrTween(el, name, match.getAttribute(name), el.getAttribute(name));
        if (tw) tweens.push(tw);
      }
      continue;
    }
    const enter = el.getAttribute('data-enter');
    if (!enter) {
      tweens.push(fade(el, 0, Number(el.getAttribute('opacity') ?? 1)));
      continue;
    }
    for (const part of enter.split(';')) {
      const [name, value] = part.split(':');
      const tw = attrTween(el, name, value, el.getAttribute(name));
      if (tw) tweens.push(tw);
    }
  }
  // Leaving marks: kept in the new picture, in a group of their own, while they fade out.
  const exits = document.createElementNS('http://www.w3.org/2000/svg', 'g');
  exits.setAttribute('class', 'exiting');
  for (const el of old.values()) {
    if (el.parentElement?.closest('[data-key]')) continue;
    exits.appendChild(el.cloneNode(true));
  }
  if (exits.childNodes.length) {
    next.appendChild(exits);
    const f = fade(exits, 1, 0);
    tweens.push((t) => (t >= 1 ? exits.remove() : f(t)));
  }
  return tweens;
}

/** Show `next` in place of `current`, tweening from what `current` shows now; `settled` is called
 *  once the picture is final (at once without a tween; never for a tween a newer one stopped). */
export function showFigure(current: LiveFigure | null, next: LiveFigure, animate: boolean, settled: () => void = () => {}) {
  running?.stop();
  running = undefined;
  restore(next);
  const prevSvg = current?.el.querySelector<SVGSVGElement>('.chart-canvas svg');
  const nextSvg = next.el.querySelector<SVGSVGElement>('.chart-canvas svg');
  // Marks move between two drawings of the same kind; a new kind of chart fades in as one piece
  // (one opacity per frame, not one per mark: short frames on slow phones).
  const sameKind = prevSvg && nextSvg && current?.el.getAttribute('data-kind') === next.el.getAttribute('data-kind');
  const tweens =
    !animate || !current || prefersReducedMotion() ? [] : sameKind ? morphSvg(prevSvg, nextSvg) : [fade(next.el.querySelector('.chart-body') ?? next.el, 0, 1)];
  tweens.forEach((f) => f(0));
  if (current && current !== next) {
    current.el.classList.add('pending');
    current.el.setAttribute('aria-hidden', 'true');
    current.el.querySelector('.exiting')?.remove();
  }
  next.el.classList.remove('pending');
  next.el.removeAttribute('aria-hidden');
  // Style and layout of the new picture now, in this task, so the next rendering frame only paints.
  next.el.getBoundingClientRect();
  if (!tweens.length) return settled();
  const t0 = performance.now();
  running = timer(() => {
    const t = Math.min(1, (performance.now() - t0) / DURATION);
    const e = easeCubicInOut(t);
    tweens.forEach((f) => f(t >= 1 ? 1 : e));
    if (t >= 1) {
      running?.stop();
      running = undefined;
      settled();
    }
  });
}
