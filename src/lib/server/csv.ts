// CSV of exactly what one chart state draws, headers in the reader's language, with the figure and
// seed line of every value, and the source line in a column (a trailing line would parse as a data
// row). UTF-8 with BOM so Excel on Japanese Windows opens it correctly (without it Excel assumes
// Shift_JIS); the `.utf8.csv` variant has no BOM, for code that reads the bytes as they are (README: "CSV").
import type { ResolvedChart } from '$lib/model/resolved';
import { unitLabel } from '$lib/format';
import { figureLabel } from './resolve';

const cell = (v: string | number) => {
  const s = String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function chartCsv(chart: ResolvedChart, bom = true): string {
  const ja = chart.locale === 'ja';
  // The value column holds the numbers as the dataset stores them, so it names the stored unit.
  const unit = unitLabel(chart.unit, chart.locale);
  const header = ja
    ? [chart.xLabel, '系列', `値（${unit}）`, '注記', '図表', '白書テキストの行', '出典']
    : [chart.xLabel, 'Series', `Value (${unit})`, 'Note', 'Figure', 'White-paper text line', 'Source'];
  const figure = figureLabel(chart.sources[0]?.figure ?? '', chart.locale);
  const labelOf = (list: { key: string; label: string }[], k: string) => list.find((d) => d.key === k)?.label ?? k;
  const series = [...chart.series, ...(chart.overlay ? [chart.overlay.series] : [])];
  const rows = [...chart.rows, ...(chart.overlay?.rows ?? [])].map((r) => {
    const note = [r.approx && (ja ? '約' : 'approximate'), r.uncertain && (ja ? '割り当て不確実' : 'assignment uncertain'), r.forecast && (ja ? '予測' : 'forecast')]
      .filter(Boolean)
      .join('; ');
    return [labelOf(chart.xs, r.x), labelOf(series, r.series), r.value, note, figure, r.line, chart.sourceLine];
  });
  return (bom ? '\uFEFF' : '') + [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
