import type { ExtractedArticle } from '../extract/types';
import { ALL_ENTRIES } from '../glossary';
import { createGlossaryMatcher, type GlossaryMatcher } from '../glossary/matcher';
import { analyzeClaims, createDefaultClaimClassifier } from './claims';
import { createResearchAnalyzer, type ResearchModel } from './research';
import { findSources } from './sources';
import { createJournalIndex } from './sources/journals';
import { summarize } from './summary';
import type { Analysis, Research } from './types';

export type * from './types';
export { summarize };

/** The text the glossary reads: the headline, then the body. */
export function glossaryText(article: Pick<ExtractedArticle, 'title' | 'text'>): string {
  return [article.title, article.text].join('\n\n');
}

export interface Analyzer {
  /** ExtractedArticle → the three answers. Pure; runs in the popup and on Node alike. */
  analyze(article: ExtractedArticle): Analysis;
  /** The rest of the answers, given the research verdict already found for this article (the popup shows it first). */
  complete(article: ExtractedArticle, research: Research): Analysis;
}

/** An analyzer with its models built once; make one where analyses are run and keep it. */
export function createAnalyzer(options: { researchModel?: ResearchModel; glossary?: GlossaryMatcher } = {}): Analyzer {
  const glossary = options.glossary ?? createGlossaryMatcher(ALL_ENTRIES);
  const journals = createJournalIndex();
  const researchAnalyzer = createResearchAnalyzer(options.researchModel, journals);
  const claims = createDefaultClaimClassifier();
  const complete = (article: ExtractedArticle, research: Research): Analysis => ({
    url: article.url,
    article: summarize(article),
    research,
    sources: findSources(article, journals),
    glossary: glossary.find(glossaryText(article), article.lang),
    ...analyzeClaims(article, research, claims),
  });
  return { analyze: (article) => complete(article, researchAnalyzer.analyze(article)), complete };
}
