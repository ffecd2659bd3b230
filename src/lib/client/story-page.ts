// The story page's one script (the page itself is plain server HTML, never hydrated). It turns the
// no-JS story (every step with its own chart) into a scrolly: marks <html class="enhanced"> so the
// CSS shows the sticky chart, then keeps the active step in sync with the scroll position, morphs the
// sticky chart to that step's figure (morph.ts), and updates the progress links, the URL's
// #step-<id>, the language switch (which carries the query and the step) and the copy buttons.
// The active step is a pure function of the steps' positions, recomputed on every observer event
// and when scrolling stops, so skipped or out-of-order events (fast flings, anchor jumps) cannot
// leave the chart on the wrong step.
import { stepIndexAt } from '../model/active-step';
import { enableCopyButtons } from './copy-buttons';
import { enableEmbedOptions } from './embed-options';
import { adoptFigure, prepareFigure, showFigure, type LiveFigure } from './morph';

/** Fraction of the viewport height where a step becomes active (side-by-side layout). */
const OFFSET = 0.6;
/** Phones: fraction of the room under the pinned chart where a step becomes active, so it does
 *  while its whole card is still below the chart. */
const BELOW = 0.35;

// A classic script in <head>: it runs before the page is parsed and painted, so the sticky layout
// is there from the first paint (no layout shift), and only when the script has actually started;
// if it fails to load, the page stays the no-JS story. The rest waits for the steps.
document.documentElement.classList.add('enhanced');
const init = () => {
  const scrolly = document.querySelector<HTMLElement>('.scrolly');
  if (scrolly) start(scrolly);
};
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
else init();

function start(scrolly: HTMLElement) {
  const steps = [...scrolly.querySelectorAll<HTMLElement>('.step')];
  const sticky = scrolly.querySelector<HTMLElement>('.sticky-chart')!;
  const box = sticky.querySelector('.live-figure')!;
  const links = [...scrolly.querySelectorAll<HTMLAnchorElement>('.progress li a')];
  const bar = scrolly.querySelector<HTMLElement>('.progress-bar span');
  const count = scrolly.querySelector('.progress-count');
  // the header's and the progress bar's
  const langs = [...document.querySelectorAll<HTMLAnchorElement>('.lang-switch')].map((a) => ({ a, href: a.getAttribute('href') ?? '' }));

  enableCopyButtons(document.body);
  enableEmbedOptions(document.body);

  // Copies of the step figures, laid out (hidden) in the sticky box while the browser is idle and
  // shown in a task of their own after the step changes: short tasks, not one long one per frame.
  // The first step's figure is already in the box (server-rendered, for the first paint).
  const first = box.querySelector('figure');
  const figures: (LiveFigure | null)[] = first ? [adoptFigure(first)] : [];
  const figureOf = (i: number) => (figures[i] ??= prepareFigure(box, steps[i].querySelector('.step-chart figure')));
  let current: LiveFigure | null = figures[0] ?? null;
  let shown = first ? 0 : -1;
  let active = 0;
  let pending = 0;
  let addressed = 0;

  // data-settled is "true" only while the sticky chart shows the active step's final picture (tests
  // wait on it): it turns "false" as soon as another step becomes active, before the swap's task.
  const settled = (yes: boolean) => sticky.setAttribute('data-settled', String(yes));
  const show = (i: number, animate: boolean) => {
    clearTimeout(pending);
    settled(i === shown);
    pending = window.setTimeout(() => {
      const figure = i === shown ? null : figureOf(i);
      if (!figure) return settled(true);
      shown = i;
      showFigure(current, figure, animate, () => settled(shown === active));
      current = figure;
    });
  };

  const setActive = (i: number, animate: boolean) => {
    active = i;
    sticky.dataset.activeStep = String(i);
    links.forEach((a, j) => (j === i ? a.setAttribute('aria-current', 'step') : a.removeAttribute('aria-current')));
    if (bar) bar.style.transform = `scaleX(${(i + 1) / steps.length})`;
    // change the text node in place: replacing it would add a node to the page at every step
    const label = links[i]?.getAttribute('aria-label') ?? '';
    if (count?.firstChild?.nodeType === Node.TEXT_NODE) count.firstChild.nodeValue = label;
    else if (count) count.textContent = label;
    // The URL in a task of its own (a same-document navigation costs the browser a few ms) and
    // once for a fling through several steps.
    clearTimeout(addressed);
    addressed = window.setTimeout(() => {
      const hash = `#${steps[active].id}`;
      if (location.hash !== hash) history.replaceState(history.state, '', hash);
      followHash();
    });
    show(i, animate);
  };

  // The language switches carry the query and the step.
  const followHash = () => {
    const hash = steps.some((s) => `#${s.id}` === location.hash) ? location.hash : '';
    for (const { a, href } of langs) a.href = href + location.search + hash;
  };

  const graphic = scrolly.querySelector<HTMLElement>('.sticky-graphic')!;
  // On phones (the same width as in app.css) the chart is pinned above the cards, unless the
  // screen is too short for it (then it is not shown, and each step has its own chart).
  const phone = window.matchMedia('(max-width: 899px)');
  // WebKit leaves on-screen cards blank when the layout switches (phone ⇄ side by side) while they
  // skip their rendering (content-visibility: auto): after a switch every card is simply drawn.
  phone.addEventListener('change', () => scrolly.classList.add('relaid'), { once: true });
  // (the pinned chart itself: on short screens only the progress bar is pinned, and the chart is not shown)
  const pinned = graphic.querySelector<HTMLElement>('.sticky-chart')!;
  const triggerLine = () => {
    const h = window.innerHeight;
    const chart = pinned.getBoundingClientRect();
    return phone.matches && chart.height > 0 && chart.bottom < h ? chart.bottom + (h - chart.bottom) * BELOW : h * OFFSET;
  };
  let hold: (() => void) | null = null;
  const sync = () => {
    hold?.();
    const i = stepIndexAt(
      steps.map((el) => el.getBoundingClientRect().top),
      triggerLine()
    );
    if (i !== active) setActive(i, true);
    followHash();
  };

  // A deep link (#step-<id>, e.g. from the language switch) opens at its step, without a transition.
  // The browser scrolled to it in the no-JS layout; the sticky layout needs a new scroll.
  const linked = steps.findIndex((s) => `#${s.id}` === location.hash);
  if (linked > 0) {
    land(steps[linked]);
    setActive(linked, false);
  } else if (shown === 0) settled(true);
  else show(0, false);
  sync();
  // the step links in the progress bar
  window.addEventListener('hashchange', () => {
    const step = steps.find((s) => `#${s.id}` === location.hash);
    if (step) land(step);
  });

  // The observer's root ends at the trigger line: a step entering or leaving it crossed the line.
  const observer = new IntersectionObserver(sync, { rootMargin: `0px 0px -${Math.round(window.innerHeight - triggerLine())}px 0px` });
  steps.forEach((s) => observer.observe(s));
  // And when scrolling stops (scrollend is dispatched inside a rendering frame; a task of its own
  // keeps frames short). Engines without scrollend: shortly after the last scroll event.
  let idleScroll = 0;
  window.addEventListener('scrollend', () => setTimeout(sync));
  window.addEventListener('scroll', () => (clearTimeout(idleScroll), (idleScroll = window.setTimeout(sync, 150))), { passive: true });

  // Scroll a step to its reading position and keep it there while the cards around it are drawn:
  // they take their real height only then (content-visibility), and WebKit, which has no scroll
  // anchoring, would leave the step short of its place, under the trigger line. For at most 60
  // frames (about a second), and only until anything else scrolls the page.
  // sync() calls `hold` first, so it never reads the step positions before they are put back.
  function land(step: HTMLElement) {
    step.scrollIntoView({ block: 'start' });
    const top = step.getBoundingClientRect().top;
    let y = window.scrollY;
    let frames = 60;
    const mine = () => {
      if (window.scrollY !== y) hold = null;
      else if (Math.abs(step.getBoundingClientRect().top - top) > 1) (step.scrollIntoView({ block: 'start' }), (y = window.scrollY));
    };
    hold = mine;
    const frame = () => {
      if (hold !== mine) return;
      mine();
      if (hold === mine) --frames > 0 ? requestAnimationFrame(frame) : (hold = null);
    };
    requestAnimationFrame(frame);
  }

  // Draw a card once while the browser is idle: a card that skips its rendering (content-visibility)
  // is otherwise laid out, its text shaped, in the frame where it scrolls into view, the largest
  // task while scrolling on a slow phone. Once drawn it keeps its layout while it skips rendering
  // again. Only cards below the screen: one above it would change height, and WebKit (no scroll
  // anchoring) would move the page.
  const draw = (step: HTMLElement) => {
    if (step.getBoundingClientRect().top < window.innerHeight) return;
    step.style.contentVisibility = 'visible';
    step.getBoundingClientRect();
    step.style.removeProperty('content-visibility');
  };
  // Draw the other cards and prepare their figures once the page has settled (loading and first
  // reading come first); a step reached before then is prepared when it is needed.
  const idle = window.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 200));
  const prefetch = (i: number) => i < steps.length && idle(() => (draw(steps[i]), idle(() => (figureOf(i), prefetch(i + 1)))));
  setTimeout(() => prefetch(1), 4000);
}
