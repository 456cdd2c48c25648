import type { ExtractedArticle } from '../extract/types';
import type { GlossaryMatcher } from '../glossary/matcher';
import { analyzeResearch } from './research';
import { findSources } from './sources';
import type { Analysis, ArticleSummary } from './types';

export type * from './types';

export function summarize(a: ExtractedArticle): ArticleSummary {
  return {
    title: a.title,
    byline: a.byline,
    siteName: a.siteName,
    publishedTime: a.publishedTime,
    lang: a.lang,
    excerpt: a.excerpt,
    wordCount: a.wordCount,
    readingMinutes: a.readingMinutes,
  };
}

/** The text the glossary reads: the headline, then the body. */
export function glossaryText(article: Pick<ExtractedArticle, 'title' | 'text'>): string {
  return [article.title, article.text].join('\n\n');
}

/** ExtractedArticle → the three answers. Pure; runs in the popup and on Node alike. The caller makes the glossary's matcher once. */
export function analyze(article: ExtractedArticle, glossary: GlossaryMatcher): Analysis {
  return {
    url: article.url,
    article: summarize(article),
    research: analyzeResearch(article),
    sources: findSources(article),
    glossary: glossary.find(glossaryText(article), article.lang),
  };
}
