/** Journals the page itself names outside its text: its own paper's metadata, and the paper it links to. */
import type { ExtractedArticle } from '../../../extract/types';
import { doiFromUrl, preprintServer } from '../doi';
import { classifyUrl } from '../hosts';
import { journalOfLink } from '../journal-links';
import { namesOf, SCHOLARLY, typesOf } from '../jsonld';
import { canonicalJournal, type JournalIndex } from './list';

export interface PageJournal {
  name: string;
  /** citation_journal_title or JSON-LD (the page is the paper), or a link to the paper from the story. */
  from: 'metadata' | 'link';
  url?: string;
}

/** A story that links more papers than this is citing a reading list, not the one paper it reports. */
const MAX_PAPER_LINKS = 3;

/** Journals from the page's metadata, then from its links to papers (DOI prefix or journal URL), each once. */
export function pageJournals(article: Pick<ExtractedArticle, 'metadata' | 'links'>, index: JournalIndex): PageJournal[] {
  const out: PageJournal[] = [];
  const add = (j: PageJournal) => {
    if (j.name && !out.some((o) => o.name.toLowerCase() === j.name.toLowerCase())) out.push(j);
  };
  const { citation, jsonLd } = article.metadata;
  for (const written of citation.citation_journal_title ?? []) add({ name: canonicalJournal(index, written) ?? written.trim(), from: 'metadata' });
  for (const node of jsonLd) {
    if (!typesOf(node).some((t) => SCHOLARLY.test(t))) continue;
    for (const name of namesOf(node.isPartOf)) add({ name: canonicalJournal(index, name) ?? name.trim(), from: 'metadata' });
    for (const name of namesOf(node.publisher)) {
      const known = canonicalJournal(index, name);
      if (known) add({ name: known, from: 'metadata' });
    }
  }
  const papers = article.links.filter((l) => {
    const doi = doiFromUrl(l.href);
    return doi ? !preprintServer(doi) : classifyUrl(l.href)?.kind === 'paper';
  });
  if (papers.length <= MAX_PAPER_LINKS)
    for (const l of papers) {
      const name = journalOfLink(index, l.href, doiFromUrl(l.href));
      if (name) add({ name, from: 'link', url: l.href });
    }
  return out;
}
