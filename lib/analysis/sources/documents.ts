import type { ArticleLink, ExtractedArticle } from '../../extract/types';
import type { Source } from '../types';
import { cleanDoi, doiFromUrl, preprintServer } from './doi';
import { classifyUrl } from './hosts';
import { pageJournals, type JournalIndex } from './journals';
import { SCHOLARLY, stringsOf, typesOf } from './jsonld';
import { findRegistryIds } from './registry';
import { splitSentences } from '../../text/sentences';

/** The page's own paper: citation_* and Dublin Core tags, JSON-LD of a scholarly article. */
export function metadataSources(article: Pick<ExtractedArticle, 'metadata'>, journals: JournalIndex): Source[] {
  const { citation, dublinCore, jsonLd } = article.metadata;
  const out: Source[] = pageJournals({ metadata: article.metadata, links: [] }, journals).map((j) => ({ kind: 'journal', name: j.name }));
  const dois = [
    ...(citation.citation_doi ?? []),
    ...(dublinCore['dc.identifier'] ?? []).filter((v) => /10\.\d{4,9}\//.test(v)),
    ...(dublinCore['dcterms.identifier'] ?? []).filter((v) => /10\.\d{4,9}\//.test(v)),
  ];
  for (const node of jsonLd) {
    if (!typesOf(node).some((t) => SCHOLARLY.test(t))) continue;
    for (const v of [...stringsOf(node.doi), ...stringsOf(node.identifier), ...stringsOf(node.sameAs)]) if (/10\.\d{4,9}\//.test(v)) dois.push(v);
  }
  for (const raw of dois) {
    const doi = cleanDoi(raw.slice(raw.search(/10\.\d/)));
    if (doi) out.push({ kind: 'paper', doi, url: `https://doi.org/${doi}` });
  }
  return out;
}

/** The sentence of the link's paragraph that holds the link text, else the paragraph. */
function evidenceFor(link: ArticleLink): string | undefined {
  if (!link.context) return undefined;
  const sentences = splitSentences(link.context);
  return (link.text && sentences.find((s) => s.includes(link.text))) || link.context;
}

/** A source for a bare URL written in the text, when it points at a paper, preprint, release or record. */
export function urlSource(href: string, evidence: string): Source | null {
  return linkSources([{ href, text: href, context: evidence }])[0] ?? null;
}

/** Sources read from the links inside the article body. */
export function linkSources(links: ArticleLink[]): Source[] {
  const out: Source[] = [];
  for (const link of links) {
    const cls = classifyUrl(link.href);
    const doi = doiFromUrl(link.href);
    const evidence = evidenceFor(link);
    const base = evidence ? { evidence } : {};
    if (cls?.kind === 'registry') {
      const id = findRegistryIds(decodeURIComponent(link.href))[0];
      out.push({ kind: 'registry', name: id?.id ?? cls.name, url: link.href, ...base });
    } else if (cls?.kind === 'preprint') out.push({ kind: 'preprint', name: cls.name, url: link.href, ...(doi ? { doi } : {}), ...base });
    else if (cls?.kind === 'press-release') out.push({ kind: 'press-release', name: cls.name, url: link.href, ...base });
    else if (doi && preprintServer(doi)) out.push({ kind: 'preprint', name: preprintServer(doi)!, url: link.href, doi, ...base });
    else if (cls?.kind === 'paper' || doi) out.push({ kind: 'paper', url: link.href, ...(doi ? { doi } : {}), ...base });
  }
  return out;
}
