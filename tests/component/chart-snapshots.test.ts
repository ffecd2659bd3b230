// Every chart state of every published story, in both languages, as its standalone SVG (the same
// Chart component as the page, with title, legend, note, source and colours), wide and narrow, kept as
// files under tests/snapshots/<story>/<step>[.narrow].<locale>.svg, as Observable Plot keeps test/output/*.svg: any change
// to a chart shows in review, as a diff and as a picture. After an intended change:
// `npx vitest run tests/component/chart-snapshots.test.ts -u`, then look at the changed files.
import { describe, expect, it } from 'vitest';
import { publishedStories } from '../../src/lib/stories';
import { resolveStory } from '../../src/lib/server/resolve';
import { chartSvg } from '../../src/lib/server/chart-svg';
import { hasSvg, svgCredit } from '../../src/lib/server/embed';
import { SVG_VARIANTS } from '../../src/lib/charts/sizes';

// A fixed origin, so the credit line does not depend on PUBLIC_ORIGIN.
const ORIGIN = 'https://example.org';

for (const spec of publishedStories())
  describe(`${spec.slug} chart states`, () => {
    for (const locale of ['ja', 'en'] as const) {
      const steps = resolveStory(spec, locale, '').steps.filter((s) => hasSvg(spec.slug, s.id));
      it.each(steps.map((s) => [s.id, s] as const))(`%s (${locale})`, async (id, step) => {
        for (const variant of SVG_VARIANTS) {
          const svg = chartSvg(step.chart, svgCredit({ slug: spec.slug }, locale, '', ORIGIN), variant);
          // one element per line, so a review diff points at the mark that moved
          await expect(svg.replace(/></g, '>\n<')).toMatchFileSnapshot(`../snapshots/${spec.slug}/${id}${variant === 'wide' ? '' : `.${variant}`}.${locale}.svg`);
        }
      });
    }
  });
