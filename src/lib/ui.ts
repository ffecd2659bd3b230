// Interface strings for components (buttons, table labels). Each is a paraglide message, imported
// one by one so the client bundle carries only these, not the story copy.
import {
  ui_show_data,
  ui_download_csv,
  ui_approx,
  ui_uncertain,
  ui_forecast,
  ui_seed_lines,
  ui_step_of,
  ui_progress_label,
  ui_chart_note
} from './paraglide/messages.js';
import type { Locale } from './i18n';

export function ui(locale: Locale) {
  const o = { locale };
  return {
    showData: ui_show_data({}, o),
    downloadCsv: ui_download_csv({}, o),
    approx: ui_approx({}, o),
    uncertain: ui_uncertain({}, o),
    forecast: ui_forecast({}, o),
    seedLines: (figure: string, from: number, to: number) => ui_seed_lines({ figure, from: String(from), to: String(to) }, o),
    stepOf: (n: number, total: number) => ui_step_of({ n: String(n), total: String(total) }, o),
    progressLabel: ui_progress_label({}, o),
    chartNote: ui_chart_note({}, o)
  };
}
