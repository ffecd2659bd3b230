// Kind "map": a locator map computed at build time (server/map-chart.ts); markers sized by value.
import type { ChartKindModule } from './module';

export const map: ChartKindModule = { drawn: true, drawing: 'map', swatch: 'rect', horizontal: false };
