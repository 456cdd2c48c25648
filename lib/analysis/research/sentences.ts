import type { ExtractedArticle } from '../../extract/types';

/** One sentence of the story, with where it sits (the headline and lede count more). */
export interface Sentence {
  text: string;
  /** 0 for the headline, then paragraph index + 1. */
  paragraph: number;
  /** How much a cue here counts: headline and lede above background paragraphs. */
  weight: number;
}

// Abbreviations that end in a full stop but do not end a sentence.
const ABBREV = /(?:\b(?:Dr|Prof|Mr|Mrs|Ms|St|Jr|Sr|vs|etc|al|Fig|No|Vol|Inc|Ltd|Co|Corp|Gen|Sen|Rep|Gov|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|approx|e\.g|i\.e)|\b[A-Z])\.$/;
// A sentence ends at . ! ? (plus closing quotes/brackets) followed by space and an opening character.
const BOUNDARY = /[.!?]["'”’)\]]*\s+(?=["'“‘(\[]?[A-Z0-9])/g;

/** Splits a paragraph into sentences in one pass; abbreviations like "Dr." do not split. */
export function splitSentences(paragraph: string): string[] {
  const out: string[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(paragraph); m; m = BOUNDARY.exec(paragraph)) {
    const endOfMark = m.index + m[0].trimEnd().length;
    const candidate = paragraph.slice(start, endOfMark);
    // Only the last few characters matter for the abbreviation test; keeps it linear.
    if (ABBREV.test(candidate.slice(-8))) continue;
    const s = candidate.trim();
    if (s) out.push(s);
    start = m.index + m[0].length;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/** Weight of a paragraph by position: the lede states the study, later paragraphs add background. */
export function paragraphWeight(index: number): number {
  if (index === 0) return 3; // headline
  if (index <= 2) return 2;
  if (index <= 5) return 1.3;
  return 1;
}

/** The headline, then every paragraph's sentences, each with its position weight. */
export function storySentences(article: Pick<ExtractedArticle, 'title' | 'paragraphs'>): Sentence[] {
  const out: Sentence[] = [];
  const title = article.title.trim();
  if (title) out.push({ text: title, paragraph: 0, weight: paragraphWeight(0) });
  let index = 0;
  for (const p of article.paragraphs) {
    // Readability often repeats the headline as the first paragraph.
    if (index === 0 && p.trim() === title) continue;
    index++;
    for (const text of splitSentences(p)) out.push({ text, paragraph: index, weight: paragraphWeight(index) });
  }
  return out;
}
