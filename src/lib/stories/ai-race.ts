// The AI race: listed on the home page until its steps are written (data is in data/ai-race/).
import type { StorySpec } from './types';

export const story: StorySpec = {
  slug: 'ai-race',
  order: 1,
  status: 'coming-soon',
  title: 'ai_title',
  dek: 'ai_dek',
  steps: []
};
