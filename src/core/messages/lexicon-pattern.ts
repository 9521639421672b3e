// One entry of a content lexicon: a pattern (global flag required: every match is
// reported with its span), what it catches and why that is not allowed.

export const lexiconCategories = ['debt', 'amount', 'threat', 'shaming', 'false_legal'] as const;
export type LexiconCategory = (typeof lexiconCategories)[number];

export interface LexiconPattern {
  /** Stable id, `<lang>.<name>`, shown in lint findings. */
  readonly id: string;
  readonly category: LexiconCategory;
  readonly pattern: RegExp;
  readonly why: string;
}

export interface LexiconMatch {
  readonly pattern: LexiconPattern;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export const matchLexicon = (text: string, lexicon: readonly LexiconPattern[]): readonly LexiconMatch[] =>
  lexicon.flatMap((p) =>
    [...text.matchAll(p.pattern)].map((m) => ({ pattern: p, start: m.index, end: m.index + m[0].length, text: m[0] })),
  );
