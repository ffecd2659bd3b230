// The PNGs are drawn with fonts cut down to each SVG's characters (src/lib/server/font-subset.ts):
// the picture must be the one the whole fonts draw, pixel for pixel, text included.
import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import { publishedStories } from '../../src/lib/stories';
import { hasSvg, standaloneSvg } from '../../src/lib/server/embed';
import { withFontsFor } from '../../src/lib/server/font-subset';

const require = createRequire(import.meta.url);
const fontFiles = ['400Regular/NotoSansJP_400Regular.ttf', '700Bold/NotoSansJP_700Bold.ttf'].map((f) => require.resolve(`@expo-google-fonts/noto-sans-jp/${f}`));
const render = (svg: string, files: string[]) =>
  new Resvg(svg, { fitTo: { mode: 'zoom', value: 2 }, font: { fontFiles: files, loadSystemFonts: false, defaultFontFamily: 'Noto Sans JP', sansSerifFamily: 'Noto Sans JP' } }).render();
/** Pixels that are not the background (white). */
const ink = (px: Buffer) => px.filter((v, i) => i % 4 !== 3 && v < 200).length;

describe('fonts cut down to an SVG’s characters', () => {
  it('draw the first chart of the first story (ja) exactly as the whole fonts do', () => {
    const story = publishedStories()[0];
    const step = story.steps.find((s) => hasSvg(story.slug, s.id))!;
    const svg = standaloneSvg(story.slug, step.id, 'ja', '', 'http://127.0.0.1:4173')!;
    const whole = render(svg, fontFiles);
    const cut = withFontsFor(svg, fontFiles, (files) => render(svg, files));
    expect([cut.width, cut.height]).toEqual([whole.width, whole.height]);
    expect(Buffer.compare(cut.pixels, whole.pixels), 'pixels differ').toBe(0);
  }, 60_000);

  it('keep characters written as numeric references, in both weights', () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60"><rect width="120" height="60" fill="#fff"/>
<text x="4" y="24" font-family="Noto Sans JP" font-size="20">&#x56FD;&#26085;</text><text x="4" y="52" font-family="Noto Sans JP" font-size="20" font-weight="700">&#x56FD;&#26085;</text></svg>`;
    const whole = render(svg, fontFiles);
    const cut = withFontsFor(svg, fontFiles, (files) => render(svg, files));
    expect(ink(whole.pixels), 'the whole fonts draw the text').toBeGreaterThan(100);
    expect(Buffer.compare(cut.pixels, whole.pixels), 'pixels differ').toBe(0);
  }, 60_000);
});
