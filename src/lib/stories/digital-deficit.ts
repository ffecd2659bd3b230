// The digital deficit (デジタル赤字): Part I Ch.1 Sec.3 of the white paper, 図表Ⅰ-1-3-5…10.
// Copy lives in messages/*.json under dd_*; numbers come from data/digital-deficit/.
import type { StorySpec } from './types';

const SEED = '000_42e09b4d009f57e2.txt';
// The three items stacked under the printed total (steps "engines" and "fastest").
const parts = {
  kind: 'columns',
  dataset: 'services-balance',
  series: ['computer', 'ip', 'consulting'],
  stacked: true,
  overlay: { series: 'total' }
} as const;
const years = ['2014', '2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024'];

export const story: StorySpec = {
  slug: 'digital-deficit',
  order: 2,
  status: 'published',
  title: 'dd_title',
  dek: 'dd_dek',
  method: 'dd_method',
  questions: ['dd_q_1', 'dd_q_2'],
  preview: { kind: 'columns', dataset: 'services-balance', series: ['total'], labels: 'none' },
  steps: [
    {
      id: 'hook',
      text: ['dd_hook_1', 'dd_hook_2'],
      alt: 'dd_hook_alt',
      values: {
        total2024: { dataset: 'deficit-2024', x: 'three_items_2024', series: 'value', magnitude: true },
        change: { dataset: 'deficit-2024', x: 'three_items_change', series: 'value', magnitude: true },
        five2024: { dataset: 'deficit-2024', x: 'five_items_2024', series: 'value', magnitude: true }
      },
      chart: {
        kind: 'columns',
        dataset: 'services-balance',
        series: ['total'],
        x: ['2023', '2024'],
        highlight: { x: ['2024'] },
        labels: 'all',
        title: 'dd_chart_total_title',
        note: 'dd_note_sign'
      }
    },
    {
      id: 'decade',
      text: ['dd_decade_1', 'dd_decade_2'],
      alt: 'dd_decade_alt',
      values: {
        v2014: { dataset: 'services-balance', x: '2014', series: 'total', magnitude: true },
        v2017: { dataset: 'services-balance', x: '2017', series: 'total', magnitude: true },
        v2024: { dataset: 'services-balance', x: '2024', series: 'total', magnitude: true }
      },
      chart: {
        kind: 'line',
        dataset: 'services-balance',
        series: ['total'],
        x: years,
        labels: 'none',
        title: 'dd_chart_total_title',
        annotations: [
          { x: '2014', series: 'total', text: 'dd_ann_2014', align: 'right' },
          { x: '2024', series: 'total', text: 'dd_ann_2024', align: 'left' }
        ],
        note: 'dd_note_sign'
      }
    },
    {
      id: 'engines',
      text: ['dd_engines_1', 'dd_engines_2'],
      alt: 'dd_engines_alt',
      values: {
        computer: { dataset: 'growth-multiples', x: 'computer', series: 'value' },
        ip: { dataset: 'growth-multiples', x: 'ip', series: 'value' },
        consulting: { dataset: 'growth-multiples', x: 'consulting', series: 'value' }
      },
      chart: {
        ...parts,
        series: [...parts.series],
        x: years,
        labels: 'none',
        title: 'dd_chart_parts_title',
        note: 'dd_note_parts'
      }
    },
    {
      id: 'fastest',
      text: ['dd_fastest_1', 'dd_fastest_2'],
      alt: 'dd_fastest_alt',
      values: {
        consulting2014: { dataset: 'services-balance', x: '2014', series: 'consulting', magnitude: true },
        consulting2024: { dataset: 'services-balance', x: '2024', series: 'consulting', magnitude: true },
        computer2024: { dataset: 'services-balance', x: '2024', series: 'computer', magnitude: true }
      },
      sources: [{ figure: '本文 ＊18', seed: SEED, lines: [2605, 2610], note: 'dd_source_drivers' }],
      chart: {
        ...parts,
        series: [...parts.series],
        x: years,
        highlight: { series: ['consulting', 'computer'] },
        labels: 'highlight',
        title: 'dd_chart_parts_title',
        note: 'dd_note_parts'
      }
    },
    {
      id: 'platforms',
      text: ['dd_platforms_1', 'dd_platforms_2'],
      alt: 'dd_platforms_alt',
      values: {
        apple: { dataset: 'smartphone-share', x: 'apple', series: 'share' },
        google: { dataset: 'smartphone-share', x: 'google', series: 'share' },
        netflix: { dataset: 'svod-share', x: 'netflix', series: 'share' },
        foreign: { dataset: 'svod-share', x: 'foreign', series: 'share' }
      },
      chart: {
        kind: 'bars',
        dataset: 'smartphone-share',
        series: ['share'],
        highlight: { x: ['apple', 'google'] },
        labels: 'all',
        domain: [0, 100]
      }
    },
    {
      id: 'global-share',
      text: ['dd_global_1', 'dd_global_2'],
      alt: 'dd_global_alt',
      values: {
        total: { dataset: 'global-ict-japan-share', x: 'total', series: 'japan' },
        cloud: { dataset: 'global-ict-japan-share', x: 'cloud', series: 'japan' },
        components: { dataset: 'global-ict-japan-share', x: 'components', series: 'japan' },
        cloudSize: { dataset: 'global-ict-market-size', x: 'cloud', series: 'size' }
      },
      chart: {
        kind: 'bars',
        dataset: 'global-ict-japan-share',
        series: ['japan'],
        highlight: { x: ['cloud', 'applications', 'components'] },
        labels: 'all',
        domain: [0, 100],
        title: 'dd_chart_global_title',
        note: 'dd_note_global'
      }
    },
    {
      id: 'goods',
      text: ['dd_goods_1', 'dd_goods_2'],
      alt: 'dd_goods_alt',
      values: {
        g2018: { dataset: 'ict-goods-total', x: '2018', series: 'total', magnitude: true },
        g2024: { dataset: 'ict-goods-total', x: '2024', series: 'total', magnitude: true },
        g2023: { dataset: 'ict-goods-total', x: '2023', series: 'total', magnitude: true }
      },
      chart: {
        kind: 'line',
        dataset: 'ict-goods-total',
        series: ['total'],
        labels: 'all',
        title: 'dd_chart_goods_title',
        note: 'dd_note_goods'
      }
    },
    {
      id: 'goods-items',
      text: ['dd_items_1', 'dd_items_2'],
      alt: 'dd_items_alt',
      values: {
        phones: { dataset: 'ict-goods-items', x: '2024', series: 'mobile_phones', magnitude: true },
        phones2020: { dataset: 'ict-goods-items', x: '2020', series: 'mobile_phones', magnitude: true },
        pcs: { dataset: 'ict-goods-items', x: '2024', series: 'pcs', magnitude: true },
        parts: { dataset: 'ict-goods-items', x: '2024', series: 'other_components' },
        ics: { dataset: 'ict-goods-items', x: '2024', series: 'integrated_circuits' }
      },
      chart: {
        kind: 'bars',
        dataset: 'ict-goods-items',
        x: ['2024'],
        transpose: true,
        sort: 'desc',
        highlight: { x: ['mobile_phones', 'other_components'] },
        labels: 'all',
        title: 'dd_chart_items_title',
        note: 'dd_note_items'
      }
    },
    {
      id: 'what-next',
      text: ['dd_next_1', 'dd_next_2', 'dd_next_3'],
      alt: 'dd_next_alt',
      sources: [
        { figure: '本文', seed: SEED, lines: [1882, 1884], note: 'dd_source_conclusion' },
        { figure: '本文 ＊19', seed: SEED, lines: [2612, 2616], note: 'dd_source_mof' },
        { figure: '本文', seed: SEED, lines: [2513, 2514], note: 'dd_source_caveat' }
      ],
      chart: {
        kind: 'text',
        title: 'dd_chart_next_title',
        statements: ['dd_next_point_1', 'dd_next_point_2', 'dd_next_point_3']
      }
    }
  ]
};
