// Server-renders the chart pieces the Noto story added to the shared set: the locator map (SVG
// coastline + markers computed at build time), the direction-only list (arrows and words, no
// lengths) and approximate dots in the dumbbell (hollow, dashed, with a soft halo).
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import Chart from '../../src/lib/charts/Chart.svelte';
import ChartFigure from '../../src/lib/components/ChartFigure.svelte';
import { resolveStory } from '../../src/lib/server/resolve';
import { findStory } from '../../src/lib/stories';
const story = findStory('noto')!;

const ja = resolveStory(story, 'ja');
const en = resolveStory(story, 'en');
const chartOf = (r: typeof ja, id: string) => r.steps.find((s) => s.id === id)!.chart;
const html = (chart: ReturnType<typeof chartOf>) => render(Chart, { props: { chart } }).body;
const tags = (h: string, re: RegExp) => [...h.matchAll(re)];

describe('locator map (SSR)', () => {
  const h = html(chartOf(ja, 'new-year'));

  it('is one SVG with the coastline as a ready path and the overview inset', () => {
    expect(h).toContain('data-chart-kind="map"');
    expect(tags(h, /<svg /g)).toHaveLength(1);
    const land = tags(h, /<path class="land" d="([^"]+)"/g);
    expect(land).toHaveLength(2); // the drawn area and the inset
    expect(land[0][1]).toMatch(/^M[\d.]+,[\d.]+L/);
    expect(h).toMatch(/<rect class="inset-box" x="[\d.]+" y="[\d.]+" width="[\d.]+" height="[\d.]+"/);
    expect(h).toMatch(/viewBox="0 0 400 \d+"/);
  });

  it('marks every surveyed municipality, sized ones labelled with their respondents', () => {
    const circles = tags(h, /<circle class="place g(\d)([^"]*)" cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)" data-key="([^"]+)"/g);
    expect(circles.map((c) => c[6])).toEqual([
      'anamizu', 'uchinada', 'shika', 'suzu', 'nanao', 'noto-town', 'wajima', 'himi', 'kanazawa', 'nakanoto', 'hakui',
      'kaga', 'kahoku', 'komatsu', 'tsubata', 'nomi', 'hodatsushimizu'
    ]);
    const r = (k: string) => Number(circles.find((c) => c[6] === k)![5]);
    expect(r('kanazawa')).toBeGreaterThan(r('wajima'));
    expect(r('wajima')).toBeGreaterThan(r('anamizu'));
    expect(circles.filter((c) => c[2].includes('locator')).map((c) => c[1])).toEqual(['2', '2', '2', '2', '2', '2']);
    // Region A north of Kanazawa on screen: Wajima (37.39°N) above Kanazawa (36.56°N).
    const cy = (k: string) => Number(circles.find((c) => c[6] === k)![4]);
    expect(cy('wajima')).toBeLessThan(cy('kanazawa'));
    expect(h).toContain('>輪島市 128人<');
    expect(h).toContain('>金沢市 367人<');
    expect(h).toContain('>地域C（6市町）<');
    expect(h).toContain('>114人<');
    expect(h).toContain('海岸線：Natural Earth。印の位置はおおよそ（編集部）');
    expect(html(chartOf(en, 'new-year'))).toContain('>Wajima 128<');
  });

  it('draws no map for the outages: the paper never places them, so the step is words without numbers (E2)', () => {
    const o = html(chartOf(ja, 'outages'));
    expect(o).not.toContain('class="place');
    expect(o).not.toMatch(/\d+人/);
    expect(o).toContain('停波');
  });

  it('keeps the figure’s legend empty (the map draws its own) and shows the source line', () => {
    const f = render(ChartFigure, { props: { chart: chartOf(ja, 'new-year') } }).body;
    expect(f).toMatch(/<ul class="legend" aria-hidden="true">\s*(<!--[^>]*-->)*\s*<\/ul>/);
    expect(f).toContain('出典：総務省「令和7年版 情報通信白書」付注2（総務省「令和6年能登半島地震時におけるデジタル活用動向等に関する調査」のアンケート回答数）');
    expect(f).toContain('地域Cは付注2の「石川県その他」114人（内訳なし）');
  });
});

describe('direction-only list (SSR)', () => {
  it('draws arrows and the white paper’s words, with no marks that have a length', () => {
    const h = html(chartOf(ja, 'kumamoto'));
    expect(h).toContain('data-chart-kind="text"');
    expect(h).not.toMatch(/<svg|<rect|<path/);
    expect(h).not.toContain('class="statements"');
    const rows = tags(h, /<li class="dir-(\w+)">(.*?)<\/li>/gs).map((m) => [
      m[1], /<span class="dir-word">([^<]+)/.exec(m[2])![1], [...m[2].matchAll(/<span class="dir-item">([^<]+)/g)].map((x) => x[1])
    ]);
    // One row per direction, in the source's order, each with the source's word (lines 9677, 9682).
    expect(rows).toEqual([
      ['down', '減少', ['携帯電話', '携帯メール', 'AMラジオ']],
      ['high', '高い割合', ['地上波放送（テレビ）']],
      ['up', '増加', ['防災アプリ', 'インターネット安否確認サービス', 'X（旧Twitter）等のSNS']]
    ]);
    expect(tags(h, /class="dir-caveat"/g)).toHaveLength(2);
    expect(h).toMatch(/<span class="dir-icon" aria-hidden="true">▼<\/span>/);
    expect(html(chartOf(en, 'kumamoto'))).toContain('<span class="dir-word">rose</span>');
  });
});

describe('approximate dots (SSR)', () => {
  const h = html(chartOf(ja, 'visitors'));

  it('draws approximate values as hollow dashed dots with a halo, exact ones as plain dots', () => {
    const approx = tags(h, /<rect class="mark dot-mark (s\d)[^"]* approx[^"]*"[^>]*data-key="([^"]+)"/g).map((m) => m[2]);
    expect(approx.sort()).toEqual(['harmed|residents']);
    expect(h).toMatch(/<rect class="mark dot-mark s1[^"]*"[^>]*data-key="harmed\|visitors"/);
    expect(h).not.toMatch(/dot-mark s1[^"]*approx[^"]*"[^>]*data-key="harmed\|visitors"/);
    expect(tags(h, /<rect class="approx-halo s\d/g)).toHaveLength(1);
  });

  it('labels them as approximately as the source gives them', () => {
    // As the paper prints it (L.9862): 「5%程度」, not an invented 約5.0%.
    expect(h).toContain('>5%程度<');
    expect(h).toContain('>32.6%<');
    expect(h).not.toMatch(/約\d+\.\d/);
    expect(html(chartOf(en, 'visitors'))).toContain('>about 5%<');
  });
});
