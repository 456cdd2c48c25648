import type { ExtractedArticle } from '../extract/types';
import { findGlossaryTerms } from '../glossary/match';
import { analyzeClaims, createDefaultClaimClassifier, type ClaimClassifier } from './claims';
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

// Made with the module, like the research cue tables: read-only once built.
const CLAIMS = createDefaultClaimClassifier();

/** ExtractedArticle → the answers. Pure; runs in the popup and on Node alike. */
export function analyze(article: ExtractedArticle, claims: ClaimClassifier = CLAIMS): Analysis {
  const research = analyzeResearch(article);
  return {
    url: article.url,
    article: summarize(article),
    research,
    sources: findSources(article),
    glossary: findGlossaryTerms(glossaryText(article)),
    ...analyzeClaims(article, research, claims),
  };
}
