/** What a story offers a paper check: the DOI it cites, or what to search by when it cites none. */
import type { Analysis } from '../analysis/types';
import type { PaperHints } from './types';

/** The DOI of the paper the story reports: its first paper link's DOI, else its first preprint's. */
export function citedDoi(analysis: Pick<Analysis, 'sources'>): string | undefined {
  const sources = analysis.sources ?? [];
  const doi = sources.find((s) => s.kind === 'paper' && s.doi)?.doi ?? sources.find((s) => s.kind === 'preprint' && s.doi)?.doi;
  return doi?.toLowerCase();
}

/** The search for a story without a DOI: its headline, the journal it names, the researchers it quotes, its date. */
export function paperHints(analysis: Pick<Analysis, 'sources' | 'article' | 'research'>): PaperHints {
  const sources = analysis.sources ?? [];
  const journal = analysis.research?.journal ?? sources.find((s) => s.kind === 'journal' && s.name)?.name;
  // Outside voices ("not involved in the study") wrote no part of the paper.
  const researchers = sources
    .filter((s) => s.kind === 'researcher' && s.name && !/not involved|independent|outside/i.test(s.role ?? ''))
    .map((s) => s.name as string);
  return {
    title: analysis.article.title,
    ...(journal ? { journal } : {}),
    ...(researchers.length ? { researchers } : {}),
    published: analysis.article.publishedTime,
  };
}
