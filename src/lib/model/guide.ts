// The teacher's guide of a story in the reader's language (story document `guide:`): what the
// guide page prints beside the per-slide prompts and questions the deck already carries.

/** A text with the white-paper places it rests on (figure or 本文 with its section, no line numbers). */
export interface SourcedText {
  text: string;
  sources: string[];
}

export interface GuideContent {
  objectives: string[];
  /** High-school subjects, as suggestions. */
  subjects: string[];
  plan45: { min: number; text: string }[];
  plan15: { min: number; text: string }[];
  vocabulary: (SourcedText & { term: string })[];
  misconceptions: SourcedText[];
}
