// Server-renders the AI-race chart pieces the engine gained for it: the dumbbell (two series per
// category joined by a line), the log-scale dot plot with dated/undated groups, forecast cells and
// 100 % stacked bars, and checks marks, their order and labels.
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import Chart from '../../src/lib/charts/Chart.svelte';
import ChartFigure from '../../src/lib/components/ChartFigure.svelte';
import { resolveStory } from '../../src/lib/server/resolve';
import { story } from '../../src/lib/stories/ai-race';

const ja = resolveStory(story, 'ja');
const en = resolveStory(story, 'en');
const chartOf = (r: typeof ja, id: string) => r.steps.find((s) => s.id === id)!.chart;
const html = (chart: ReturnType<typeof chartOf>) => render(Chart, { props: { chart } }).body;
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
    expect(h).toMatch(/class="mark dot-mark s0 svelte-\w+"[^>]*data-key="jp\|fy2023"/);
    expect(h).toMatch(/class="mark dot-mark s1 svelte-\w+"[^>]*data-key="jp\|fy2024"/);
  });

  it('places the newer dot right of the older one and the link between them; Japan is the lowest row', () => {
    const x = (k: string) => num(new RegExp(`<rect[^>]*?x="([\\d.]+)"[^>]*data-key="${k.replace('|', '\\|')}"`).exec(h)![1]);
    const y = (k: string) => num(new RegExp(`<rect[^>]*?y="([\\d.]+)"[^>]*data-key="${k.replace('|', '\\|')}"`).exec(h)![1]);
    for (const c of ['cn', 'us', 'de', 'jp']) expect(x(`${c}|fy2024`), c).toBeGreaterThan(x(`${c}|fy2023`));
    expect(x('jp|fy2024')).toBeLessThan(x('de|fy2023') + 0.001 + 1000); // sanity: numbers parsed
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

describe('log-scale dot plot (SSR)', () => {
  const h = html(chartOf(en, 'scale'));

  it('has power-of-ten ticks only, evenly spaced', () => {
    const ticks = [...h.matchAll(/<text class="tick"[^>]*x="([\d.]+)"[^>]*>([^<]+)</g)];
    expect(ticks.map((t) => t[2])).toEqual(['1', '10', '100', '1,000', '10,000']);
    const xs = ticks.map((t) => num(t[1]));
    const gaps = xs.slice(1).map((v, i) => v - xs[i]);
    for (const g of gaps) expect(g).toBeCloseTo(gaps[0], 1);
  });

  it('puts 15 dots in group order, dated models first with their dates, Japanese models in colour', () => {
    const keys = attrs(h, 'rect', 'data-key');
    expect(keys).toHaveLength(15);
    expect(keys.slice(0, 3)).toEqual(['gpt2|params', 'gpt3|params', 'palm|params']);
    expect(keys[7]).toBe('deepseek_r1|params');
    expect(keys[8]).toBe('megatron_lm|params');
    expect(h).toContain('>Models the white paper dates (oldest first)<');
    expect(h).toContain('>Models without a date in the white paper<');
    expect(h).toContain('>Phi-4 (Dec 2024)<');
    expect(h).toContain('>Wu Dao 2.0<');
    expect(h).toMatch(/class="mark dot-mark s0 svelte-\w+"[^>]*data-key="llmjp3_172b\|params"/);
    expect(h).toMatch(/class="mark dot-mark s0 muted svelte-\w+"[^>]*data-key="gpt3\|params"/);
  });

  it('prints each size as the source does, not padded to one decimal', () => {
    expect(h).toContain('>175B<');
    expect(h).toContain('>1.5B<');
    expect(h).toContain('>1,750B<');
    expect(h).not.toContain('175.0B');
  });

  it('places dots by the logarithm of their value', () => {
    const cx = (k: string) => num(new RegExp(`<rect[^>]*?x="([\\d.]+)"[^>]*data-key="${k}\\|params"`).exec(h)![1]);
    const tick = (l: string) => num(new RegExp(`<text class="tick"[^>]*x="([\\d.]+)"[^>]*>${l}<`).exec(h)![1]);
    const decade = tick('10') - tick('1');
    // GPT-3 (175) sits log10(175 / 1.5) ≈ 2.07 decades right of GPT-2 (1.5).
    expect((cx('gpt3') - cx('gpt2')) / decade).toBeCloseTo(Math.log10(175 / 1.5), 1);
  });
});

describe('forecast cells and stacked bars (SSR)', () => {
  it('draws the forecast year with a dashed overlay and the word forecast, the actual year without', () => {
    const h = html(chartOf(en, 'outlook'));
    expect(attrs(h, 'rect', 'data-forecast')).toEqual(['2030|revenue']);
    expect(h).toContain('>forecast<');
    expect(html(chartOf(ja, 'outlook'))).toContain('>予測<');
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
