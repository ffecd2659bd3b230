// The standalone SVG outside a browser: rendered by resvg (no stylesheet, no custom properties,
// which used to leave every mark black), each chart state, wide and narrow, in both languages: its
// marks show in the light palette colours the file gives them, and nothing falls back to black.
// (tests/e2e/svg-colours.test.js compares them with the colours the browser computes on the page.)
import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { publishedStories } from '../../src/lib/stories';
import { resolveStory } from '../../src/lib/server/resolve';
import { chartSvg } from '../../src/lib/server/chart-svg';
import { hasSvg } from '../../src/lib/server/embed';
import { colours } from '../../src/lib/charts/palette-values';
import { SVG_VARIANTS } from '../../src/lib/charts/sizes';

const light = colours('light');
const hex = (r: number, g: number, b: number) => '#' + [r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('');

/** Every colour of the rendered picture (2×), with its pixel count. */
function colourCounts(svg: string): Map<string, number> {
  const img = new Resvg(svg, { fitTo: { mode: 'zoom', value: 2 }, font: { loadSystemFonts: false } }).render();
  const px = img.pixels;
  const out = new Map<string, number>();
  // every pixel's colour (alpha is opaque: the file paints its background)
  for (let i = 0; i < px.length; i += 4) {
    const c = hex(px[i], px[i + 1], px[i + 2]);
    out.set(c, (out.get(c) ?? 0) + 1);
  }
  return out;
}

for (const spec of publishedStories())
  describe(`${spec.slug}: standalone SVG in resvg`, () => {
    const cases = (['ja', 'en'] as const).flatMap((locale) =>
      resolveStory(spec, locale, '').steps.filter((s) => hasSvg(spec.slug, s.id)).flatMap((s) => SVG_VARIANTS.map((v) => [`${s.id} ${locale} ${v}`, s, v] as const))
    );
    it.each(cases)('%s', (_, step, variant) => {
      const svg = chartSvg(step.chart, 'credit', variant);
      expect(svg).not.toMatch(/var\(|<style|\sclass=/);
      // The colours the file gives its marks (bars, dots, lines): each must be drawn.
      // Marks under a forecast cell show through its light wash, not in their own colour.
      const forecast = new Set([...svg.matchAll(/data-forecast="([^"]+)"/g)].map((m) => m[1]));
      const marks = [...svg.matchAll(/<(rect|circle|path) [^>]*data-key="([^"|]+\|[^"]*|[^"|]+)"[^>]*>/g)].filter((m) => !/^(tick|label|band|gap|note|cat|forecast|span|leader|name|ytick)\|/.test(m[2]));
      expect(marks.length, 'marks').toBeGreaterThan(0);
      const declared = new Set(
        marks.filter((m) => !forecast.has(m[2])).flatMap((m) =>
          [...m[0].matchAll(/\s(fill|stroke)="(#[0-9a-f]{6})"/gi)].filter(([, k, c]) => !(k === 'stroke' && c === light.bg)).map(([, , c]) => c.toLowerCase())
        )
      );
      expect(declared.size + forecast.size, 'marks with a palette colour, or under a forecast cell').toBeGreaterThan(0);
      for (const c of declared) expect(Object.values(light), c).toContain(c);
      const seen = colourCounts(svg);
      // exactly, or (dots drawn at 85 % opacity over land and sea) within 40 levels per channel
      const near = (c: string) => [...seen].filter(([d]) => [1, 3, 5].every((i) => Math.abs(parseInt(c.slice(i, i + 2), 16) - parseInt(d.slice(i, i + 2), 16)) <= 40)).reduce((n, [, k]) => n + k, 0);
      for (const c of declared) expect(near(c), `${c} drawn`).toBeGreaterThan(8);
      expect(seen.get('#000000') ?? 0, 'nothing falls back to black').toBe(0);
    }, 30_000); // a native render per state; the machine is shared
  });
