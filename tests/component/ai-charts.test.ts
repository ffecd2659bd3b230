// Server-renders the AI-race chart pieces the engine gained for it: the dumbbell (two series per
// category joined by a line), the timeline (dated models on a time axis, log sizes, undated strip), forecast cells and
// 100 % stacked bars, and checks marks, their order and labels.
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import Chart from '../../src/lib/charts/Chart.svelte';
import ChartFigure from '../../src/lib/components/ChartFigure.svelte';
import { resolveStory } from '../../src/lib/server/resolve';
import { timelineLayout, TIMELINE } from '../../src/lib/charts/kinds/timeline';
import { textWidth } from '../../src/lib/charts/geometry';
import { findStory } from '../../src/lib/stories';
const story = findStory('ai-race')!;

const ja = resolveStory(story, 'ja');
const en = resolveStory(story, 'en');
const chartOf = (r: typeof ja, id: string) => r.steps.find((s) => s.id === id)!.chart;
// Drawn at a fixed size, the one these geometry checks were written for (the story page's own
// size is covered, with every other surface, by tests/unit/label-geometry.test.ts).
const html = (chart: ReturnType<typeof chartOf>) => render(Chart, { props: { chart, size: { width: 400, height: 320, font: 11 } } }).body;
const attrs = (h: string, tag: string, name: string) => [...h.matchAll(new RegExp(`<${tag}[^>]*?${name}="([^"]*)"`, 'g'))].map((m) => m[1]);
const num = (s: string) => Number(s);

describe('dumbbell (SSR)', () => {
  const h = html(chartOf(en, 'public'));
  const keys = attrs(h, 'rect', 'data-key');

  it('draws one link per country, then one dot per country and survey, in spec order', () => {
    expect(h).toContain('data-chart-kind="dumbbell"');
    expect(keys).toEqual([
      'cn|link', 'us|link', 'de|link', 'jp|link',
      'cn|fy2023', 'cn|fy2024', 'us|fy2023', 'us|fy2024', 'de|fy2023', 'de|fy2024', 'jp|fy2023', 'jp|fy2024'
    ]);
    expect(h).toMatch(/class="mark dot-mark s0(?: svelte-\w+)?"[^>]*data-key="jp\|fy2023"/);
    expect(h).toMatch(/class="mark dot-mark s1(?: svelte-\w+)?"[^>]*data-key="jp\|fy2024"/);
  });

  it('places the newer dot right of the older one and the link between them; Japan is the lowest row', () => {
    const x = (k: string) => num(new RegExp(`<rect[^>]*?x="([\\d.]+)"[^>]*data-key="${k.replace('|', '\\|')}"`).exec(h)![1]);
    const y = (k: string) => num(new RegExp(`<rect[^>]*?y="([\\d.]+)"[^>]*data-key="${k.replace('|', '\\|')}"`).exec(h)![1]);
    for (const c of ['cn', 'us', 'de', 'jp']) expect(x(`${c}|fy2024`), c).toBeGreaterThan(x(`${c}|fy2023`));
    expect(x('jp|fy2024')).toBeLessThan(x('de|fy2024'));
    expect(y('jp|fy2024')).toBeGreaterThan(y('de|fy2024'));
    const link = /<rect class="link[^"]*" x="([\d.]+)"[^>]*width="([\d.]+)"[^>]*data-key="jp\|link"/.exec(h)!;
    expect(num(link[1]) + num(link[2])).toBeCloseTo(x('jp|fy2024') + 5, 0);
  });

  it('labels both values, the older left of its dot and the newer right, in the locale', () => {
    expect(h).toMatch(/text-anchor="end"[^>]*>9.1%</);
    expect(h).toMatch(/text-anchor="start"[^>]*>26.7%</);
    expect(h).toContain('>United States<');
    expect(html(chartOf(ja, 'public'))).toContain('>日本<');
  });

  it('shows both surveys in the legend of the figure', () => {
    const f = render(ChartFigure, { props: { chart: chartOf(ja, 'public') } }).body;
    expect(f).toContain('2023年度調査');
    expect(f).toContain('2024年度調査');
    expect(f).toContain('図表Ⅰ-1-2-7');
  });
});

describe('timeline: dated models on a time axis, undated ones in a strip (SSR)', () => {
  const c = chartOf(en, 'scale');
  const h = html(c);
  const circles = [...h.matchAll(/<circle class="([^"]*)" cx="([\d.]+)" cy="([\d.]+)" r="[\d.]+"[^>]*data-key="([^"|]+)\|params"/g)].map((m) => ({
    cls: m[1], x: num(m[2]), y: num(m[3]), key: m[4]
  }));
  const dot = (k: string) => circles.find((d) => d.key === k)!;
  const strip = /<rect class="strip[^"]*" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/.exec(h)!;
  const [s0, s1] = [num(strip[1]), num(strip[1]) + num(strip[2])];

  it('draws one circle per model, dated ones at increasing x in date order', () => {
    expect(h).toContain('data-chart-kind="timeline"');
    expect(circles).toHaveLength(15);
    const dated = c.xs.filter((x) => c.times![x.key]).map((x) => x.key);
    expect(dated).toEqual(['gpt2', 'gpt3', 'palm', 'cyberagentlm3', 'plamo100b_instruct', 'phi4', 'llmjp3_172b', 'deepseek_r1']);
    for (let i = 1; i < dated.length; i++) {
      const [a, b] = [dated[i - 1], dated[i]];
      const same = c.times![a][0] === c.times![b][0];
      if (same) expect(dot(b).x, `${a} and ${b} share a month`).toBeCloseTo(dot(a).x, 6);
      else expect(dot(b).x, `${b} after ${a}`).toBeGreaterThan(dot(a).x);
      expect(dot(b).x).toBeLessThan(s0);
    }
  });

  it('sits each dated model in its printed period on the year axis, a year-only date with a whisker over the year', () => {
    const years = [...h.matchAll(/<text class="tick" x="([\d.]+)" y="[\d.]+" text-anchor="middle">(\d{4})</g)].map((m) => [num(m[1]), m[2]] as const);
    expect(years.map((y) => y[1])).toEqual(['2019', '2020', '2021', '2022', '2023', '2024', '2025']);
    const yearX = (y: string) => years.find((t) => t[1] === y)![0];
    expect(dot('gpt2').x).toBeCloseTo((yearX('2019') + yearX('2020')) / 2, 1);
    expect(dot('palm').x).toBeGreaterThan(yearX('2022'));
    expect(dot('palm').x).toBeLessThan(yearX('2022') + (yearX('2023') - yearX('2022')) / 3);
    expect(dot('deepseek_r1').x).toBeGreaterThan(yearX('2025'));
    const spans = [...h.matchAll(/<line class="span[^"]*" x1="([\d.]+)" x2="([\d.]+)"/g)].map((m) => [num(m[1]), num(m[2])]);
    expect(spans).toEqual([[yearX('2019'), yearX('2020')], [yearX('2020'), yearX('2021')]]);
  });

  it('puts the seven undated models in the strip, headed “No date”, never on the time axis', () => {
    const undated = ['megatron_lm', 'turing_nlg', 'switch_transformer', 'wudao2', 'plamo2', 'karakuri_lm', 'mistral_large2'];
    for (const k of undated) {
      expect(dot(k).x, k).toBeGreaterThan(s0);
      expect(dot(k).x, k).toBeLessThan(s1);
      expect(dot(k).cls, k).toContain('undated');
    }
    expect(circles.filter((d) => d.cls.includes('undated'))).toHaveLength(7);
    expect(h).toMatch(/class="strip-heading[^"]*"[^>]*>No date</);
    expect(html(chartOf(ja, 'scale'))).toMatch(/class="strip-heading[^"]*"[^>]*>日付なし</);
  });

  it('has power-of-ten value ticks, evenly spaced, and places dots by the logarithm of their value', () => {
    const ticks = [...h.matchAll(/<text class="tick" x="[\d.]+" y="([\d.]+)" dy="0.32em" text-anchor="end"[^>]*>([^<]+)</g)];
    expect(ticks.map((t) => t[2])).toEqual(['1', '10', '100', '1,000', '10,000']);
    const ys = ticks.map((t) => num(t[1]));
    const gaps = ys.slice(1).map((v, i) => ys[i] - v);
    // equal up to the 0.1 px the drawing rounds to
    for (const g of gaps) expect(Math.abs(g - gaps[0])).toBeLessThanOrEqual(0.1 + 1e-9);
    // GPT-3 (175) sits log10(175 / 1.5) ≈ 2.07 decades above GPT-2 (1.5); the strip shares the axis.
    expect((dot('gpt2').y - dot('gpt3').y) / gaps[0]).toBeCloseTo(Math.log10(175 / 1.5), 2);
    expect((dot('gpt3').y - dot('wudao2').y) / gaps[0]).toBeCloseTo(Math.log10(1750 / 175), 2);
  });

  it('names only the chosen models, sizes as printed, Japanese models in colour', () => {
    const names = [...h.matchAll(/<text class="name[^"]*"[^>]*>([^<]+)</g)].map((m) => m[1]);
    expect(names.sort()).toEqual(['DeepSeek-R1 671B', 'GPT-2 1.5B', 'GPT-3 175B', 'PaLM 540B', 'Phi-4 14B', 'llm-jp-3-172b-instruct3 172B']);
    expect(h).not.toContain('175.0B');
    expect(dot('llmjp3_172b').cls).not.toContain('muted');
    expect(dot('plamo2').cls).not.toContain('muted');
    expect(dot('gpt3').cls).toContain('muted');
  });

  it('keeps labels apart from each other and off the dots and whiskers at phone and desktop sizes', () => {
    for (const locale of [en, ja])
      for (const [w, hh] of [[340, 300], [400, 320], [700, 520]]) {
        const L = timelineLayout(chartOf(locale, 'scale'), w, hh, 11);
        expect(L.labels.length, `${w}`).toBe(6);
        const box = (l: (typeof L.labels)[number]) => {
          const wd = textWidth(l.text, TIMELINE.font);
          const x0 = l.anchor === 'start' ? l.geo.x : l.geo.x - wd;
          return [x0, x0 + wd, l.geo.y - 8, l.geo.y + 1];
        };
        const hit = (a: number[], b: number[]) => a[0] < b[1] && b[0] < a[1] && a[2] < b[3] && b[2] < a[3];
        for (const [i, a] of L.labels.entries()) {
          for (const b of L.labels.slice(i + 1)) expect(hit(box(a), box(b)), `${w}: ${a.text} / ${b.text}`).toBe(false);
          for (const d of L.dots) {
            const db = [Math.min(d.geo.w0, d.geo.x - d.geo.r), Math.max(d.geo.w1, d.geo.x + d.geo.r), d.geo.y - 1, d.geo.y + 1];
            expect(hit(box(a), db), `${w}: ${a.text} over ${d.key}`).toBe(false);
          }
          expect(box(a)[0]).toBeGreaterThanOrEqual(0);
          expect(box(a)[1]).toBeLessThanOrEqual(L.strip!.left);
        }
      }
  });
});

describe('forecast cells and stacked bars (SSR)', () => {
  it('draws the forecast year with a dashed overlay and the word forecast, the actual year without', () => {
    const h = html(chartOf(en, 'market'));
    expect(attrs(h, 'rect', 'data-forecast')).toEqual(['2024|revenue', '2030|revenue']);
    expect(h).toContain('>forecast<');
    expect(html(chartOf(ja, 'market'))).toContain('>予測<');
    // Japan's market (IDC) on its own chart: 2029 is the forecast, Statista's rows are absent.
    const jp = html(chartOf(ja, 'outlook'));
    expect(attrs(jp, 'rect', 'data-forecast')).toEqual(['2029|spending']);
    expect(attrs(jp, 'rect', 'data-key').filter((k) => !k.startsWith('forecast|'))).toEqual(['2024|spending', '2029|spending']);
    expect(jp).toContain('>予測<');
    expect(html(chartOf(en, 'funding'))).not.toContain('data-forecast');
  });

  it('stacks five answers per country to the full width, with a legend of all five', () => {
    const h = html(chartOf(ja, 'policy'));
    const keys = attrs(h, 'rect', 'data-key');
    expect(keys).toHaveLength(20);
    expect(keys.filter((k) => k.startsWith('jp|'))).toEqual(['jp|active', 'jp|limited', 'jp|prohibited', 'jp|no_clear_policy', 'jp|dont_know']);
    expect(h).toMatch(/class="mark s4"/);
    const f = render(ChartFigure, { props: { chart: chartOf(ja, 'policy') } }).body;
    for (const s of ['積極的に活用する方針である', '方針を明確に定めていない', 'わからない']) expect(f).toContain(s);
    expect(f).toContain('米国・ドイツ');
  });
});
