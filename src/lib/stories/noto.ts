// ICT in the 2024 Noto Peninsula earthquake (能登半島地震とICT): the survey column of Part II
// Ch.1 §11 (seed lines 9665-9874; its figures are numbered 図表1–7 inside the column, not to be
// confused with the 図表1–4 of the economic-security box) and its appendix 付注2. Copy lives in
// messages/*.json under noto_*; numbers come from data/noto/. Honesty rules from the data notes:
// no outage counts (the paper prints none), Kumamoto comparison as direction only (図表1 has no
// values), 約半数 / 約9割 / 5%程度 drawn as approximate, 9.2 % is a share of all social-media users.
import type { MapSpec, StorySpec } from './types';

const SEED = '000_42e09b4d009f57e2.txt';
const regionA = ['anamizu', 'uchinada', 'shika', 'suzu', 'nanao', 'noto-town', 'wajima', 'himi'];
// Noto Peninsula and the rest of Ishikawa, with Himi (Toyama) on Toyama Bay.
const mapSpec: MapSpec = { places: 'places', extent: [[135.85, 36.25], [137.55, 37.6]], size: 'total', inset: true };

export const story: StorySpec = {
  slug: 'noto',
  order: 3,
  status: 'published',
  title: 'noto_title',
  dek: 'noto_dek',
  method: 'noto_method',
  questions: ['noto_q_1', 'noto_q_2'],
  preview: { kind: 'bars', dataset: 'tv-first', series: ['chart'], x: ['a', 'b', 'c'], highlight: { x: ['a'] }, domain: [0, 50], labels: 'none' },
  steps: [
    {
      id: 'new-year',
      text: ['noto_newyear_1', 'noto_newyear_2'],
      alt: 'noto_newyear_alt',
      values: {
        total: { dataset: 'survey-design', x: 'questionnaire_total', series: 'count' },
        kanazawa: { dataset: 'respondents', x: 'kanazawa', series: 'total' },
        wajima: { dataset: 'respondents', x: 'wajima', series: 'total' }
      },
      sources: [{ figure: '本文', seed: SEED, lines: [9665, 9695], note: 'noto_source_column' }],
      chart: {
        kind: 'map',
        dataset: 'respondents',
        series: ['total'],
        map: mapSpec,
        labels: 'all',
        title: 'noto_chart_map_title',
        note: 'noto_note_map'
      }
    },
    {
      id: 'who',
      text: ['noto_who_1', 'noto_who_2'],
      alt: 'noto_who_alt',
      values: {
        residents: { dataset: 'survey-design', x: 'monitor_residents', series: 'count' },
        open: { dataset: 'survey-design', x: 'open_residents', series: 'count' },
        visitors: { dataset: 'survey-design', x: 'monitor_visitors', series: 'count' },
        interviews: { dataset: 'survey-design', x: 'interviews', series: 'count' },
        national: { dataset: 'survey-design', x: 'national_panel', series: 'count' }
      },
      sources: [{ figure: '本文', seed: SEED, lines: [9688, 9704], note: 'noto_source_footnotes' }],
      chart: {
        kind: 'bars',
        dataset: 'survey-design',
        series: ['count'],
        x: ['monitor_residents', 'open_residents', 'monitor_visitors', 'interviews', 'national_panel'],
        highlight: { x: ['monitor_residents', 'open_residents', 'monitor_visitors'] },
        labels: 'all',
        title: 'noto_chart_who_title',
        note: 'noto_note_who'
      }
    },
    {
      id: 'kumamoto',
      text: ['noto_kumamoto_1', 'noto_kumamoto_2'],
      alt: 'noto_kumamoto_alt',
      sources: [{ figure: '図表1', seed: SEED, lines: [9675, 9686], note: 'noto_source_fig1' }],
      chart: {
        kind: 'text',
        directions: 'kumamoto-direction',
        title: 'noto_chart_kumamoto_title',
        note: 'noto_note_direction'
      }
    },
    {
      id: 'tv-elsewhere',
      text: ['noto_tvbc_1', 'noto_tvbc_2'],
      alt: 'noto_tvbc_alt',
      values: {
        b: { dataset: 'tv-first', x: 'b', series: 'chart' },
        c: { dataset: 'tv-first', x: 'c', series: 'chart' },
        nb: { dataset: 'chart-bases', x: 'tv_b', series: 'n' },
        nc: { dataset: 'chart-bases', x: 'tv_c', series: 'n' }
      },
      chart: {
        kind: 'bars',
        dataset: 'tv-first',
        series: ['chart'],
        x: ['b', 'c'],
        domain: [0, 50],
        labels: 'all',
        note: 'noto_note_tv'
      }
    },
    {
      id: 'tv-region-a',
      text: ['noto_tva_1', 'noto_tva_2'],
      alt: 'noto_tva_alt',
      values: {
        a: { dataset: 'tv-first', x: 'a', series: 'chart' },
        na: { dataset: 'chart-bases', x: 'tv_a', series: 'n' },
        bc: { dataset: 'tv-first', x: 'bc', series: 'prose' }
      },
      chart: {
        kind: 'bars',
        dataset: 'tv-first',
        series: ['chart'],
        x: ['b', 'c', 'a'],
        highlight: { x: ['a'] },
        domain: [0, 50],
        labels: 'all',
        note: 'noto_note_tv'
      }
    },
    {
      id: 'outages',
      text: ['noto_outages_1', 'noto_outages_2'],
      alt: 'noto_outages_alt',
      values: {
        tvUsers: { dataset: 'tv-footnote', x: 'tv_respondents', series: 'count' },
        simulcast: { dataset: 'tv-footnote', x: 'simulcast', series: 'count' },
        ondemand: { dataset: 'tv-footnote', x: 'catchup_ondemand', series: 'count' }
      },
      sources: [
        { figure: '本文', seed: SEED, lines: [3714, 3716], note: 'noto_source_broadcast' },
        { figure: '本文', seed: SEED, lines: [9741, 9753], note: 'noto_source_tv' },
        { figure: '本文', seed: SEED, lines: [11327, 11330], note: 'noto_source_mobile' },
        { figure: '本文', seed: SEED, lines: [2965, 2967], note: 'noto_source_starlink' }
      ],
      chart: {
        kind: 'map',
        dataset: 'respondents',
        series: ['total'],
        // No overview inset here: its corner of the sea carries the words about the outages.
        map: { ...mapSpec, inset: false },
        highlight: { x: regionA },
        labels: 'all',
        statements: ['noto_out_broadcast', 'noto_out_mobile', 'noto_out_starlink'],
        title: 'noto_chart_outages_title',
        note: 'noto_note_outages'
      }
    },
    {
      id: 'rumour',
      text: ['noto_rumour_1', 'noto_rumour_2'],
      alt: 'noto_rumour_alt',
      values: {
        saw: { dataset: 'rumour', x: 'saw', series: 'disaster_area' },
        spread: { dataset: 'rumour', x: 'spread', series: 'disaster_area' },
        nSaw: { dataset: 'rumour', x: 'saw', series: 'national' },
        nSpread: { dataset: 'rumour', x: 'spread', series: 'national' },
        n: { dataset: 'chart-bases', x: 'sns_disaster_area', series: 'n' },
        nNational: { dataset: 'chart-bases', x: 'sns_national', series: 'n' }
      },
      chart: {
        kind: 'dumbbell',
        dataset: 'rumour',
        series: ['disaster_area', 'national'],
        x: ['saw', 'spread'],
        domain: [0, 100],
        labels: 'all',
        title: 'noto_chart_rumour_title',
        note: 'noto_note_rumour'
      }
    },
    {
      id: 'line-and-x',
      text: ['noto_linex_1', 'noto_linex_2'],
      alt: 'noto_linex_alt',
      sources: [
        { figure: '本文', seed: SEED, lines: [9831, 9834], note: 'noto_source_platforms' },
        { figure: '本文', seed: SEED, lines: [9835, 9843], note: 'noto_source_interviews' }
      ],
      chart: {
        kind: 'text',
        statements: ['noto_linex_s1', 'noto_linex_s2', 'noto_linex_s3'],
        title: 'noto_chart_linex_title',
        note: 'noto_note_linex'
      }
    },
    {
      id: 'visitors',
      text: ['noto_visitors_1', 'noto_visitors_2'],
      alt: 'noto_visitors_alt',
      values: {
        visitorsSaw: { dataset: 'visitors-compare', x: 'saw', series: 'visitors' },
        residentsSaw: { dataset: 'visitors-compare', x: 'saw', series: 'residents' },
        harmed: { dataset: 'visitors-compare', x: 'harmed', series: 'visitors' },
        residentsHarmed: { dataset: 'visitors-compare', x: 'harmed', series: 'residents' },
        visitorsN: { dataset: 'survey-design', x: 'monitor_visitors', series: 'count' }
      },
      sources: [{ figure: '本文', seed: SEED, lines: [9844, 9865], note: 'noto_source_visitors' }],
      chart: {
        kind: 'dumbbell',
        dataset: 'visitors-compare',
        series: ['residents', 'visitors'],
        x: ['saw', 'harmed'],
        domain: [0, 100],
        labels: 'all',
        title: 'noto_chart_visitors_title',
        note: 'noto_note_visitors'
      }
    },
    {
      id: 'next-time',
      text: ['noto_next_1', 'noto_next_2'],
      alt: 'noto_next_alt',
      sources: [
        { figure: '本文', seed: SEED, lines: [9871, 9874], note: 'noto_source_conclusion' },
        { figure: '本文', seed: SEED, lines: [9748, 9753], note: 'noto_source_broadcast_lesson' },
        { figure: '本文', seed: SEED, lines: [10697, 10700], note: 'noto_source_standard' }
      ],
      chart: {
        kind: 'text',
        statements: ['noto_next_s1', 'noto_next_s2', 'noto_next_s3'],
        title: 'noto_chart_next_title'
      }
    }
  ]
};
