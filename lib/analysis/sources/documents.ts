import type { ArticleLink, ExtractedArticle } from '../../extract/types';
import type { Source } from '../types';
import { cleanDoi, doiFromUrl } from './doi';
import { classifyUrl } from './hosts';
import { canonicalJournal } from './journals';
import { findRegistryIds } from './registry';
import { splitSentences } from '../../text/sentences';

type Json = Record<string, unknown>;

const SCHOLARLY = /^(scholarlyarticle|medicalscholarlyarticle|report)$/i;

function typesOf(node: Json): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function namesOf(value: unknown, depth = 0): string[] {
  if (depth > 3 || value == null) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((v) => namesOf(v, depth + 1));
  if (typeof value === 'object') {
    const node = value as Json;
    const own = typeof node.name === 'string' ? [node.name] : [];
    return [...own, ...namesOf(node.isPartOf, depth + 1)];
  }
  return [];
}

function stringsOf(value: unknown, depth = 0): string[] {
  if (depth > 3 || value == null) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((v) => stringsOf(v, depth + 1));
  if (typeof value === 'object') {
    const node = value as Json;
    return [node.value, node['@id'], node.url].flatMap((v) => stringsOf(v, depth + 1));
  }
  return [];
}

/** The page's own paper: citation_* and Dublin Core tags, JSON-LD of a scholarly article. */
export function metadataSources(article: ExtractedArticle): Source[] {
  const { citation, dublinCore, jsonLd } = article.metadata;
  const out: Source[] = [];
  const journal = (written: string) => {
    const name = canonicalJournal(written) ?? written.trim();
    if (name) out.push({ kind: 'journal', name });
  };
  for (const j of citation.citation_journal_title ?? []) journal(j);
  const dois = [
    ...(citation.citation_doi ?? []),
    ...(dublinCore['dc.identifier'] ?? []).filter((v) => /10\.\d{4,9}\//.test(v)),
    ...(dublinCore['dcterms.identifier'] ?? []).filter((v) => /10\.\d{4,9}\//.test(v)),
  ];
  for (const node of jsonLd) {
    if (!typesOf(node).some((t) => SCHOLARLY.test(t))) continue;
    for (const name of namesOf(node.isPartOf)) journal(name);
    for (const name of namesOf(node.publisher)) if (canonicalJournal(name)) journal(name);
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

// DOI registrants that only hold preprints.
const PREPRINT_DOIS: [RegExp, string][] = [
  [/^10\.48550\/arxiv\./, 'arXiv'],
  [/^10\.1101\//, 'bioRxiv or medRxiv'],
  [/^10\.21203\/rs\./, 'Research Square'],
  [/^10\.2139\/ssrn\./, 'SSRN'],
  [/^10\.26434\/chemrxiv/, 'ChemRxiv'],
  [/^10\.31234\//, 'PsyArXiv'],
  [/^10\.31223\//, 'EarthArXiv'],
  [/^10\.20944\/preprints/, 'Preprints.org'],
  [/^10\.31219\//, 'OSF Preprints'],
];

/** The preprint server a DOI belongs to, if its registrant only holds preprints. */
export function preprintServer(doi: string): string | null {
  return PREPRINT_DOIS.find(([re]) => re.test(doi))?.[1] ?? null;
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
