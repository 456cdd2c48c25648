import type { ExtractedArticle } from '../../extract/types';
import { splitSentences } from '../../text/sentences';

/** One sentence of the story, with where it sits (the headline and lede count more). */
export interface Sentence {
  text: string;
  /** 0 for the headline, then paragraph index + 1. */
  paragraph: number;
  /** How much a cue here counts: headline and lede above background paragraphs. */
  weight: number;
}

/** Weight of a paragraph by position: the lede states the study, later paragraphs add background. */
export function paragraphWeight(index: number): number {
  if (index === 0) return 3; // headline
  if (index <= 2) return 2;
  if (index <= 5) return 1.3;
  return 1;
}

/** The headline, then every paragraph's sentences, each with its position weight. */
export function storySentences(article: Pick<ExtractedArticle, 'title' | 'paragraphs'> & { lang?: string | null }): Sentence[] {
  const out: Sentence[] = [];
  const title = article.title.trim();
  if (title) out.push({ text: title, paragraph: 0, weight: paragraphWeight(0) });
  let index = 0;
  for (const p of article.paragraphs) {
    // Readability often repeats the headline as the first paragraph.
    if (index === 0 && p.trim() === title) continue;
    index++;
    for (const text of splitSentences(p, article.lang ?? 'en')) out.push({ text, paragraph: index, weight: paragraphWeight(index) });
  }
  return out;
}
