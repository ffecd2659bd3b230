// A chart state as a PNG at twice the standalone SVG's size (retina), rasterised at build by resvg
// from that same SVG, with Noto Sans JP from an npm package (regular and bold; OFL) so the output
// does not depend on the fonts of the machine that builds. Chromium was the alternative, but the
// build would then need a browser; resvg is a prebuilt binary inside the npm package.
import { Resvg } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import { withFontsFor } from './font-subset';

const require = createRequire(import.meta.url);
export const fontFiles = ['400Regular/NotoSansJP_400Regular.ttf', '700Bold/NotoSansJP_700Bold.ttf'].map((f) => require.resolve(`@expo-google-fonts/noto-sans-jp/${f}`));
export const PNG_SCALE = 2;

/** `scale` 1 for pictures drawn at their final size (share cards). */
export function chartPng(svg: string, scale = PNG_SCALE): { png: Buffer; width: number; height: number } {
  // (the fonts cut down to this SVG's characters: the same picture, a tenth of the work)
  const img = withFontsFor(svg, fontFiles, (files) =>
    new Resvg(svg, {
      fitTo: { mode: 'zoom', value: scale },
      font: { fontFiles: files, loadSystemFonts: false, defaultFontFamily: 'Noto Sans JP', sansSerifFamily: 'Noto Sans JP' }
    }).render()
  );
  return { png: img.asPng(), width: img.width, height: img.height };
}
