// The slide deck's one script (the page is plain server HTML with every slide in it, never
// hydrated). It shows one slide at a time, morphs the chart between steps with the story page's
// morph (morph.ts), keeps #slide-N in the URL (a history entry per slide, so Back works), and
// wires the keys, swipes, buttons, overview dialog, teacher notes and full screen.
import { clampSlide, hashOf, slideFromHash } from '../model/present';
import { adoptFigure, showFigure } from './morph';
import { startScale } from './deck-scale';
import { startSync, type DeckMessage } from './deck-sync';
import { startTheme } from './deck-theme';
import { startOffline } from './deck-offline';

const deck = document.querySelector<HTMLElement>('.deck');
if (deck) start(deck);

function start(deck: HTMLElement) {
  const $ = <E extends Element = HTMLElement>(sel: string) => deck.querySelector<E>(sel)!;
  const $$ = <E extends Element = HTMLElement>(sel: string) => [...deck.querySelectorAll<E>(sel)];
  const total = Number(deck.dataset.total);
  const captions = $$('.caption-text');
  const ids = captions.map((c) => c.dataset.step!);
  const feet = $$('.foot-text');
  const figures = $$('.live-figure > figure').map(adoptFigure);
  const notesBlocks = $$('.slide-notes');
  const cards = $$<HTMLButtonElement>('.overview .card');
  const chartSlide = $('.slide.chart-slide');
  // Title, sources and closing slides: one section each, at its own index.
  const otherSlides = $$('.slide[data-index]');
  const notes = $('#present-notes');
  const notesButton = $('[data-action="notes"]');
  const fsButton = $('[data-action="fullscreen"]');
  const overview = $<HTMLDialogElement>('dialog.overview');
  const count = $('.nav .count');
  const jump = $('.nav .jump');
  const prev = $<HTMLButtonElement>('.navbtn.prev');
  const next = $<HTMLButtonElement>('.navbtn.next');
  const lang = document.querySelector<HTMLAnchorElement>('.lang-switch');
  const langHref = lang?.getAttribute('href') ?? '';

  const resize = startScale(deck);
  startTheme(deck, $<HTMLButtonElement>('[data-action="theme"]'));
  // ?presenter: the teacher's window (notes, next slide, timer), opened from the projected one.
  const presenter = new URLSearchParams(location.search).has('presenter');
  if (presenter) deck.dataset.mode = 'presenter';
  const send = startSync(`deck:${location.pathname}`, receive);
  let current = 0;
  let shown = figures[0];
  let digits = '';

  function render(i: number, animate: boolean) {
    current = i;
    deck.dataset.slide = String(i);
    const card = cards[i].dataset;
    const step = i - 1; // slide 0 is the title
    const isChart = step >= 0 && step < ids.length;
    chartSlide.hidden = !isChart;
    otherSlides.forEach((s) => (s.hidden = Number(s.dataset.index) !== i));
    notesBlocks.forEach((n, j) => (n.hidden = j !== step));
    if (isChart) {
      chartSlide.setAttribute('aria-label', card.label!);
      chartSlide.dataset.step = ids[step];
      captions.forEach((c, j) => (c.hidden = j !== step));
      feet.forEach((f, j) => (f.hidden = j !== step));
      if (figures[step] !== shown) showFigure(shown, figures[step], animate);
      shown = figures[step];
    }
    $('.progress span').style.transform = `scaleX(${(i + 1) / total})`;
    $('.count-text').textContent = card.count!;
    $('.notes-count').textContent = card.count!;
    count.setAttribute('aria-label', card.label!);
    $('.stage .live').textContent = `${card.label}: ${card.title}`;
    prev.disabled = i === 0;
    next.disabled = i === total - 1;
    cards.forEach((c, j) => (j === i ? c.setAttribute('aria-current', 'true') : c.removeAttribute('aria-current')));
    if (lang) lang.href = langHref + location.search + hashOf(i);
    if (presenter) $('.next-title').textContent = i + 1 < total ? cards[i + 1].dataset.title! : '—';
  }

  function receive(m: DeckMessage) {
    if (typeof m.blank === 'boolean') setBlank(m.blank, false);
    if (typeof m.slide === 'number' && m.slide !== current) {
      render(clampSlide(m.slide, total), true);
      history.replaceState(history.state, '', hashOf(current));
    }
    // The projected window shows only the slide once a presenter window drives it.
    if (!presenter && deck.dataset.mode !== 'audience') {
      deck.dataset.mode = 'audience';
      setNotes(false);
    }
  }
  function setBlank(on: boolean, share = true) {
    deck.dataset.blank = String(on);
    if (share) send({ blank: on });
  }
  function openPresenter() {
    const url = new URL(location.href);
    url.searchParams.set('presenter', '');
    window.open(url.href, 'deck-presenter', 'popup,width=1100,height=700');
  }

  function go(i: number) {
    const to = clampSlide(i, total);
    if (to === current) return;
    render(to, true);
    history.pushState(history.state, '', hashOf(to));
    send({ slide: to });
  }
  const setDigits = (d: string) => (jump.textContent = (digits = d) ? ` → ${d}` : '');
  const setNotes = (open: boolean) => {
    notes.hidden = !open && !presenter;
    notesButton.setAttribute('aria-expanded', String(open));
  };

  function openOverview() {
    if (overview.open) return;
    overview.showModal();
    cards[current].focus();
  }
  async function toggleFullscreen() {
    try {
      if (document.fullscreenElement) await document.exitFullscreen();
      else await deck.requestFullscreen?.();
    } catch {
      // Not allowed here (e.g. an iframe without allowfullscreen): the slides still work.
    }
  }

  function onkey(e: KeyboardEvent) {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    if (overview.open) {
      if (e.key === 'o' || e.key === 'O') {
        overview.close();
        e.preventDefault();
      }
      return; // Tab, Enter and Esc work inside the dialog as usual.
    }
    const onControl = e.target instanceof Element && !!e.target.closest('button, a, input, summary, select, textarea');
    let handled = true;
    switch (e.key) {
      case 'ArrowRight':
      case 'ArrowDown':
      case 'PageDown':
        go(current + 1);
        break;
      case ' ':
        if (onControl) return; // Space presses the focused button.
        go(current + (e.shiftKey ? -1 : 1));
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
      case 'PageUp':
        go(current - 1);
        break;
      case 'Home':
        go(0);
        break;
      case 'End':
        go(total - 1);
        break;
      case 'Enter':
        if (!digits) return;
        go(Number(digits) - 1);
        setDigits('');
        break;
      case 'Backspace':
        if (!digits) return;
        setDigits(digits.slice(0, -1));
        break;
      case 'f':
      case 'F':
        toggleFullscreen();
        break;
      case 'o':
      case 'O':
        openOverview();
        break;
      case 'b':
      case 'B':
        setBlank(deck.dataset.blank !== 'true');
        break;
      case 'p':
      case 'P':
        if (!presenter) openPresenter();
        break;
      case 'n':
      case 'N':
        setNotes(notes.hidden !== false);
        break;
      case '-':
        resize(-1);
        break;
      case '+':
      case '=':
        resize(1);
        break;
      case 'Escape':
        setDigits('');
        if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
        else if (!notes.hidden) setNotes(false);
        else handled = false;
        break;
      default:
        if (/^[0-9]$/.test(e.key)) setDigits((digits + e.key).slice(-3));
        else handled = false;
    }
    if (handled) e.preventDefault();
  }
  window.addEventListener('keydown', onkey);

  // Swipe on touch screens: a mostly horizontal move of 50 px or more.
  let touch: { x: number; y: number } | undefined;
  const stage = $('.stage');
  stage.addEventListener('touchstart', (e) => (touch = { x: e.touches[0].clientX, y: e.touches[0].clientY }), { passive: true });
  stage.addEventListener('touchend', (e) => {
    if (!touch) return;
    const dx = e.changedTouches[0].clientX - touch.x;
    const dy = e.changedTouches[0].clientY - touch.y;
    touch = undefined;
    if (Math.abs(dx) > 50 && Math.abs(dx) > 1.5 * Math.abs(dy)) go(current + (dx < 0 ? 1 : -1));
  });

  prev.addEventListener('click', () => go(current - 1));
  next.addEventListener('click', () => go(current + 1));
  notesButton.addEventListener('click', () => setNotes(notes.hidden !== false));
  $('[data-action="close-notes"]').addEventListener('click', () => setNotes(false));
  $('[data-action="overview"]').addEventListener('click', openOverview);
  $('[data-action="close-overview"]').addEventListener('click', () => overview.close());
  $('[data-action="presenter"]').addEventListener('click', openPresenter);
  $('[data-action="smaller"]').addEventListener('click', () => resize(-1));
  $('[data-action="larger"]').addEventListener('click', () => resize(1));
  $('[data-action="print"]').addEventListener('click', () => window.print());
  fsButton.addEventListener('click', toggleFullscreen);
  cards.forEach((c, i) =>
    c.addEventListener('click', () => {
      overview.close();
      go(i);
    })
  );
  document.addEventListener('fullscreenchange', () => {
    const on = !!document.fullscreenElement;
    fsButton.setAttribute('aria-pressed', String(on));
    fsButton.querySelector('.fs-label')!.textContent = (on ? fsButton.dataset.on : fsButton.dataset.off) ?? '';
  });

  // The slide in the URL (#slide-N, or #step-<id> from the story page), without a transition;
  // the URL is normalised to #slide-N without a history entry.
  const fromUrl = (animate: boolean) => {
    render(slideFromHash(location.hash, ids, total), animate);
    if (location.hash !== hashOf(current)) history.replaceState(history.state, '', hashOf(current));
  };
  fromUrl(false);
  if (presenter) {
    setNotes(true);
    $('[data-action="presenter"]').remove(); // (`hidden` lost to the button's display: inline-flex)
    // Tells the projected window to hide its controls and follow.
    send({ slide: current });
    const timer = $('[data-action="timer"]');
    let started = Date.now();
    const tick = () => {
      const s = Math.floor((Date.now() - started) / 1000);
      timer.textContent = `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
    };
    setInterval(tick, 1000);
    timer.addEventListener('click', () => ((started = Date.now()), tick()));
  }
  const followUrl = () => {
    fromUrl(true);
    send({ slide: current });
  };
  window.addEventListener('popstate', followUrl);
  window.addEventListener('hashchange', followUrl);
  deck.dataset.ready = 'true';
  startOffline(deck);
}
