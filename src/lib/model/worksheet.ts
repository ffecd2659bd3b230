// Which steps a one- or two-page worksheet shows as charts: the steps the story document gives a
// discussion question (the teacher's guide marks them as the slides to discuss), or, in a story
// without any, its first steps that draw data. At most two charts, so it fits two pages with five questions.
export const WORKSHEET_CHARTS = 2;

export function worksheetSteps(steps: { question: string | null; drawn: boolean }[]): number[] {
  const asked = steps.flatMap((s, i) => (s.question ? [i] : []));
  const drawn = steps.flatMap((s, i) => (s.drawn ? [i] : []));
  return (asked.length ? asked : drawn.slice(0, 2)).slice(0, WORKSHEET_CHARTS);
}
