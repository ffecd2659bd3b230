// Kind "text": statements (and direction arrows) instead of a chart, for findings the paper gives
// no drawable numbers for: no legend, table, CSV or picture file.
import type { ChartKindModule } from './module';

export const text: ChartKindModule = { drawn: false, drawing: 'words', swatch: 'rect', horizontal: false };
