// Server-renders chart states (exactly what the prerendered HTML holds) and checks the marks.
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import Chart from '../../src/lib/charts/Chart.svelte';
import ChartFigure from '../../src/lib/components/ChartFigure.svelte';
import { resolveStory } from '../../src/lib/server/resolve';
import { findStory } from '../../src/lib/stories';
const story = findStory('digital-deficit')!;

const ja = resolveStory(story, 'ja');
const en = resolveStory(story, 'en');
const chartOf = (r: typeof ja, id: string) => r.steps.find((s) => s.id === id)!.chart;
// Drawn at a fixed size, the one these geometry checks were written for (the story page's own
// size is covered, with every other surface, by tests/unit/label-geometry.test.ts).
const html = (chart: ReturnType<typeof chartOf>) => render(Chart, { props: { chart, size: { width: 400, height: 320, font: 11 } } }).body;
const attrs = (h: string, tag: string, name: string) => [...h.matchAll(new RegExp(`<${tag}[^>]*?${name}="([^"]*)"`, 'g'))].map((m) => m[1]);

describe('Chart (SSR)', () => {
  it('draws one column per year for the hook, 2024 highlighted, labels in the locale', () => {
    const h = html(chartOf(ja, 'hook'));
    expect(h).toContain('<svg');
    expect(attrs(h, 'rect', 'data-key')).toEqual(['2023|total', '2024|total']);
    expect(h).toMatch(/class="mark neg muted"[^>]*data-key="2023\|total"/);
    expect(h).toMatch(/class="mark neg"[^>]*data-key="2024\|total"/);
    expect(h).toContain('−6.7兆円');
    expect(html(chartOf(en, 'hook'))).toContain('−¥6.7tn');
  });

  it('stacks 33 segments under the printed total line', () => {
    const h = html(chartOf(ja, 'engines'));
    const keys = attrs(h, 'rect', 'data-key');
    expect(keys).toHaveLength(33);
    expect(keys.slice(0, 3)).toEqual(['2014|computer', '2015|computer', '2016|computer']);
    expect(h).toMatch(/<path class="line overlay"/);
    expect((h.match(/<circle class="dot overlay"/g) ?? []).length).toBe(11);
    // The deepest 2024 stack reaches −6.7, so the axis goes below it.
    expect(h).toContain('>−7<');
  });

  it('draws the line step with its annotations', () => {
    const h = html(chartOf(en, 'decade'));
    expect(h).toMatch(/<path class="line s0"/);
    expect(h).toContain('2014: −¥2.0 trillion');
    expect(h).toContain('2024: −¥6.7 trillion');
  });

  it('orders ICT goods bars by value, surplus first, mobile phones last', () => {
    const h = html(chartOf(ja, 'goods-items'));
    const keys = attrs(h, 'rect', 'data-key');
    expect(keys[0]).toBe('other_components|2024');
    expect(keys.at(-1)).toBe('mobile_phones|2024');
    expect(h).toContain('携帯電話機');
    expect(h).toContain('−2兆7,185億円');
  });

  it('wraps every chart with title, source line and a description', () => {
    const h = render(ChartFigure, { props: { chart: chartOf(en, 'engines') } }).body;
    expect(h).toContain('Source: MIC, 2025 White Paper on Information and Communications in Japan, Figure I-1-3-9');
    expect(h).toMatch(/Computer services: −¥0.8 trillion in 2014, −¥2.5 trillion in 2024\./);
  });
});
