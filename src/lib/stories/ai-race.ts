// The AI race (AIをめぐる競争): Part I Ch.1 Sec.2 and Part II Ch.1 Sec.9 of the white paper,
// 図表Ⅰ-1-2-1, -7, -8, -9, -12, -13, -14 and Ⅱ-1-9-1, -2, -3, -4. Copy lives in messages/*.json under
// ai_*; numbers come from data/ai-race/. Honesty rules from the data notes: model sizes on a log
// axis, only the models the paper dates carry a date; rows the paper leaves uncertain (US/Germany
// company policy, business use outside Japan) are flagged in the chart note; forecasts are drawn
// as forecasts; Statista (world, revenue) and IDC (Japan, spending) get separate charts, never one axis.
import type { StorySpec } from './types';

const SEED = '000_42e09b4d009f57e2.txt';
const japaneseModels = ['cyberagentlm3', 'plamo100b_instruct', 'llmjp3_172b', 'plamo2'];

export const story: StorySpec = {
  slug: 'ai-race',
  order: 1,
  status: 'published',
  title: 'ai_title',
  dek: 'ai_dek',
  questions: ['ai_q_1', 'ai_q_2'],
  method: 'ai_method',
  preview: { kind: 'dumbbell', dataset: 'genai-use-by-country', series: ['fy2023', 'fy2024'], x: ['cn', 'us', 'de', 'jp'], domain: [0, 100], labels: 'none' },
  steps: [
    {
      id: 'scale',
      text: ['ai_scale_1', 'ai_scale_2'],
      alt: 'ai_scale_alt',
      values: {
        gpt2: { dataset: 'model-parameters', x: 'gpt2', series: 'params', decimals: 1 },
        gpt3: { dataset: 'model-parameters', x: 'gpt3', series: 'params', decimals: 0 },
        palm: { dataset: 'model-parameters', x: 'palm', series: 'params', decimals: 0 },
        llmjp: { dataset: 'model-parameters', x: 'llmjp3_172b', series: 'params', decimals: 0 }
      },
      sources: [{ figure: '本文', seed: SEED, lines: [671, 676], note: 'ai_source_scaling' }],
      // Dated models on a time axis at the date the paper prints; the other seven in the
      // "No date" strip. Only a few models are named on the chart (the table has all 15).
      chart: {
        kind: 'timeline',
        dataset: 'model-parameters',
        series: ['params'],
        scale: 'log',
        dates: true,
        strip: 'ai_strip_undated',
        named: ['gpt2', 'gpt3', 'palm', 'phi4', 'llmjp3_172b', 'deepseek_r1'],
        highlight: { x: japaneseModels },
        note: 'ai_note_models'
      }
    },
    {
      id: 'public',
      text: ['ai_public_1', 'ai_public_2'],
      alt: 'ai_public_alt',
      values: {
        jp23: { dataset: 'genai-use-by-country', x: 'jp', series: 'fy2023' },
        jp24: { dataset: 'genai-use-by-country', x: 'jp', series: 'fy2024' },
        cn24: { dataset: 'genai-use-by-country', x: 'cn', series: 'fy2024' },
        us24: { dataset: 'genai-use-by-country', x: 'us', series: 'fy2024' },
        de24: { dataset: 'genai-use-by-country', x: 'de', series: 'fy2024' }
      },
      chart: {
        kind: 'dumbbell',
        dataset: 'genai-use-by-country',
        series: ['fy2023', 'fy2024'],
        x: ['cn', 'us', 'de', 'jp'],
        domain: [0, 100],
        labels: 'all',
        title: 'ai_chart_public_title',
        note: 'ai_note_public'
      }
    },
    {
      id: 'age',
      text: ['ai_age_1', 'ai_age_2'],
      alt: 'ai_age_alt',
      values: {
        all: { dataset: 'genai-use-by-age-jp', x: 'all', series: 'used' },
        young: { dataset: 'genai-use-by-age-jp', x: 'age20s', series: 'used' },
        oldest: { dataset: 'genai-use-by-age-jp', x: 'age60s', series: 'used' }
      },
      chart: {
        kind: 'bars',
        dataset: 'genai-use-by-age-jp',
        series: ['used'],
        highlight: { x: ['all', 'age20s'] },
        labels: 'all',
        title: 'ai_chart_age_title',
        note: 'ai_note_age'
      }
    },
    {
      id: 'reasons',
      text: ['ai_reasons_1', 'ai_reasons_2'],
      alt: 'ai_reasons_alt',
      values: {
        noNeed: { dataset: 'genai-nonuse-reasons-jp', x: 'no_need', series: 'share' },
        dontKnow: { dataset: 'genai-nonuse-reasons-jp', x: 'dont_know_how', series: 'share' },
        cost: { dataset: 'genai-nonuse-reasons-jp', x: 'cost', series: 'share' },
        security: { dataset: 'genai-nonuse-reasons-jp', x: 'security', series: 'share' }
      },
      chart: {
        kind: 'bars',
        dataset: 'genai-nonuse-reasons-jp',
        series: ['share'],
        sort: 'desc',
        highlight: { x: ['no_need', 'dont_know_how'] },
        labels: 'all',
        note: 'ai_note_reasons'
      }
    },
    {
      id: 'policy',
      text: ['ai_policy_1', 'ai_policy_2'],
      alt: 'ai_policy_alt',
      values: {
        jpActive: { dataset: 'genai-policy-by-country', x: 'jp', series: 'active' },
        jpLimited: { dataset: 'genai-policy-by-country', x: 'jp', series: 'limited' },
        jpNone: { dataset: 'genai-policy-by-country', x: 'jp', series: 'no_clear_policy' },
        jpDontKnow: { dataset: 'genai-policy-by-country', x: 'jp', series: 'dont_know' }
      },
      chart: {
        kind: 'bars',
        dataset: 'genai-policy-by-country',
        series: ['active', 'limited', 'prohibited', 'no_clear_policy', 'dont_know'],
        stacked: true,
        x: ['jp', 'us', 'de', 'cn'],
        labels: 'none',
        note: 'ai_note_policy'
      }
    },
    {
      id: 'policy-size',
      text: ['ai_size_1', 'ai_size_2'],
      alt: 'ai_size_alt',
      values: {
        smeNone: { dataset: 'genai-policy-by-size-jp', x: 'sme', series: 'no_clear_policy' },
        largeActive: { dataset: 'genai-policy-by-size-jp', x: 'large', series: 'active' },
        smeActive: { dataset: 'genai-policy-by-size-jp', x: 'sme', series: 'active' }
      },
      chart: {
        kind: 'bars',
        dataset: 'genai-policy-by-size-jp',
        series: ['active', 'limited', 'prohibited', 'no_clear_policy', 'dont_know'],
        stacked: true,
        x: ['large', 'sme'],
        labels: 'none',
        note: 'ai_note_size'
      }
    },
    {
      id: 'business-use',
      text: ['ai_use_1', 'ai_use_2'],
      alt: 'ai_use_alt',
      values: {
        jp: { dataset: 'genai-business-use-by-country', x: 'jp', series: 'in_use' }
      },
      chart: {
        kind: 'bars',
        dataset: 'genai-business-use-by-country',
        series: ['in_use'],
        x: ['jp', 'us', 'de', 'cn'],
        highlight: { x: ['jp'] },
        domain: [0, 100],
        labels: 'all',
        note: 'ai_note_use'
      }
    },
    {
      id: 'funding',
      text: ['ai_funding_1', 'ai_funding_2'],
      alt: 'ai_funding_alt',
      values: {
        us: { dataset: 'ai-newly-funded-companies', x: 'us', series: 'companies' },
        uk: { dataset: 'ai-newly-funded-companies', x: 'uk', series: 'companies' }
      },
      chart: {
        kind: 'bars',
        dataset: 'ai-newly-funded-companies',
        series: ['companies'],
        highlight: { x: ['us'] },
        labels: 'all',
        title: 'ai_chart_funding_title'
      }
    },
    {
      id: 'funding-zoom',
      text: ['ai_zoom_1', 'ai_zoom_2'],
      alt: 'ai_zoom_alt',
      values: {
        jp: { dataset: 'ai-newly-funded-companies', x: 'jp', series: 'companies' },
        ca: { dataset: 'ai-newly-funded-companies', x: 'ca', series: 'companies' },
        sg: { dataset: 'ai-newly-funded-companies', x: 'sg', series: 'companies' }
      },
      sources: [{ figure: '本文', seed: SEED, lines: [3149, 3151], note: 'ai_source_presence' }],
      chart: {
        kind: 'bars',
        dataset: 'ai-newly-funded-companies',
        series: ['companies'],
        x: ['uk', 'cn', 'in', 'de', 'fr', 'kr', 'ca', 'jp', 'sg', 'il', 'nl', 'au', 'ch', 'es'],
        highlight: { x: ['jp'] },
        labels: 'all',
        title: 'ai_chart_zoom_title',
        note: 'ai_note_zoom'
      }
    },
    {
      id: 'market',
      text: ['ai_outlook_1'],
      alt: 'ai_outlook_alt',
      values: {
        ai2024: { dataset: 'ai-market-world-statista', x: '2024', series: 'revenue' },
        ai2030: { dataset: 'ai-market-world-statista', x: '2030', series: 'revenue' },
        share2024: { dataset: 'ai-market-genai-share', x: '2024', series: 'share' },
        share2030: { dataset: 'ai-market-genai-share', x: '2030', series: 'share' }
      },
      sources: [{ figure: '図表Ⅱ-1-9-3', seed: SEED, lines: [6942, 6959], note: 'ai_source_genai_share' }],
      chart: {
        kind: 'columns',
        dataset: 'ai-market-world-statista',
        series: ['revenue'],
        labels: 'all',
        note: 'ai_note_market'
      }
    },
    {
      // Japan's market has its own chart: IDC spending, never on one axis with Statista revenue.
      id: 'outlook',
      text: ['ai_jpmarket_1', 'ai_outlook_2', 'ai_outlook_3'],
      alt: 'ai_jpmarket_alt',
      values: {
        jp2024: { dataset: 'japan-ai-systems-market', x: '2024', series: 'spending' },
        jp2029: { dataset: 'japan-ai-systems-market', x: '2029', series: 'spending' },
        growth: { dataset: 'japan-ai-systems-growth', x: '2024', series: 'yoy_growth' }
      },
      sources: [
        { figure: '本文', seed: SEED, lines: [3063, 3067], note: 'ai_source_conclusion' },
        { figure: '本文', seed: SEED, lines: [3526, 3533], note: 'ai_source_way_forward' }
      ],
      chart: {
        kind: 'columns',
        dataset: 'japan-ai-systems-market',
        series: ['spending'],
        labels: 'all',
        note: 'ai_note_jpmarket'
      }
    }
  ]
};
