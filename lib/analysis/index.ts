import type { ExtractedArticle } from '../extract/types';
import { ALL_ENTRIES } from '../glossary';
import { createGlossaryMatcher, type GlossaryMatcher } from '../glossary/matcher';
import { analyzeClaims, createDefaultClaimClassifier } from './claims';
import { createResearchAnalyzer, type ResearchModel } from './research';
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

export interface Analyzer {
  /** ExtractedArticle → the three answers. Pure; runs in the popup and on Node alike. */
  analyze(article: ExtractedArticle): Analysis;
}

/** An analyzer with its models built once; make one where analyses are run and keep it. */
export function createAnalyzer(options: { researchModel?: ResearchModel; glossary?: GlossaryMatcher } = {}): Analyzer {
  const glossary = options.glossary ?? createGlossaryMatcher(ALL_ENTRIES);
  const researchAnalyzer = createResearchAnalyzer(options.researchModel);
  const claims = createDefaultClaimClassifier();
  return {
    analyze: (article) => {
      const research = researchAnalyzer.analyze(article);
      return {
        url: article.url,
        article: summarize(article),
        research,
        sources: findSources(article),
        glossary: glossary.find(glossaryText(article), article.lang),
        ...analyzeClaims(article, research, claims),
      };
    },
  };
}
