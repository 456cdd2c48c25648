/** The addresses a paper check asks, built from the API bases (configurable, so tests point them at a local fake). */
import { keywords } from '../analysis/sources/check-links';
import type { PaperHints } from './types';

export interface PaperApi {
  /** Crossref REST API base, e.g. https://api.crossref.org */
  crossref: string;
  /** Unpaywall API base, e.g. https://api.unpaywall.org/v2 */
  unpaywall: string;
  /** The reader's contact address: Crossref's polite pool (mailto) and Unpaywall (which needs one); '' for none. */
  contact?: string;
}

export const DEFAULT_PAPER_API: PaperApi = { crossref: 'https://api.crossref.org', unpaywall: 'https://api.unpaywall.org/v2' };

/** An address the services accept as a contact: one @, a dot in the domain, no spaces. */
export function isContact(value: string | undefined): value is string {
  return !!value && value.length <= 254 && /^[^\s@<>()"']+@[^\s@<>()"']+\.[^\s@<>()"']+$/.test(value);
}

const base = (url: string) => url.replace(/\/+$/, '');
// A DOI keeps its slashes in the path; anything else a DOI may hold (<, >, ;, #, ?) is escaped.
const doiPath = (doi: string) => doi.split('/').map(encodeURIComponent).join('/');

export function crossrefWorkUrl(api: PaperApi, doi: string): string {
  const url = new URL(`${base(api.crossref)}/works/${doiPath(doi)}`);
  if (isContact(api.contact)) url.searchParams.set('mailto', api.contact);
  return url.href;
}

/** Unpaywall's address for a DOI; null without a contact address (Unpaywall refuses requests without one). */
export function unpaywallUrl(api: PaperApi, doi: string): string | null {
  if (!isContact(api.contact)) return null;
  const url = new URL(`${base(api.unpaywall)}/${doiPath(doi)}`);
  url.searchParams.set('email', api.contact);
  return url.href;
}

/** Family names of the researchers a story names: what Crossref's author search matches best. */
function familyNames(names: string[] = []): string[] {
  const out = names.map((n) => n.trim().split(/\s+/).pop() ?? '').filter((n) => /^\p{L}[\p{L}'’-]+$/u.test(n));
  return [...new Set(out)].slice(0, 3);
}

/**
 * A Crossref bibliographic search for the paper behind a story: the headline's content words, the journal, the
 * researchers' family names, from the year before the story to its day. Null when there is too little to search by.
 */
export function crossrefSearchUrl(api: PaperApi, hints: PaperHints, rows = 5): string | null {
  const words = keywords(hints.title, 8);
  const journal = hints.journal?.trim();
  const authors = familyNames(hints.researchers);
  if (words.length < 2 && !(journal && authors.length)) return null;
  const url = new URL(`${base(api.crossref)}/works`);
  if (words.length) url.searchParams.set('query.bibliographic', words.join(' '));
  if (journal) url.searchParams.set('query.container-title', journal);
  if (authors.length) url.searchParams.set('query.author', authors.join(' '));
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(hints.published ?? '');
  if (day) url.searchParams.set('filter', `from-pub-date:${Number(day[1]) - 1}-01-01,until-pub-date:${day[1]}-${day[2]}-${day[3]}`);
  url.searchParams.set('rows', String(rows));
  url.searchParams.set('select', 'DOI,title,container-title,author,issued,type');
  if (isContact(api.contact)) url.searchParams.set('mailto', api.contact);
  return url.href;
}
