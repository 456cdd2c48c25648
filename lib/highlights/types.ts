/** A reader's highlight: a passage of a saved story, found again by its words (W3C Web Annotation TextQuoteSelector). */

/** Colours a highlight may take; the first is the default. */
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

/** Where a passage is: its words and a little context either side, plus where it was (whitespace collapsed). */
export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
  /** Offset of `exact` in the story's text with whitespace runs collapsed: a hint when the words occur twice. */
  start: number;
}

export interface Highlight extends QuoteSelector {
  /** Unique within the story. */
  id: string;
  note: string;
  color: HighlightColor;
  /** Epoch milliseconds. */
  createdAt: number;
}

export const HIGHLIGHT_LIMITS = { exact: 5_000, context: 64, note: 20_000, count: 1_000, id: 64 } as const;

/** A fresh id that a second highlight of the same moment cannot share. */
export function newHighlightId(now: number, random: () => number = Math.random): string {
  return `h${now.toString(36)}${Math.floor(random() * 36 ** 6).toString(36).padStart(6, '0')}`;
}
