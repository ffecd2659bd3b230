// ICT in the 2024 Noto Peninsula earthquake: listed on the home page until its steps are written.
import type { StorySpec } from './types';

export const story: StorySpec = {
  slug: 'noto',
  order: 3,
  status: 'coming-soon',
  title: 'noto_title',
  dek: 'noto_dek',
  steps: []
};
