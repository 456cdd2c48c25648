/**
 * Pages Readability reads but no reader would call an article: bytes that are not text (an image or a binary file
 * served as a web page), a JSON document, text without words (one endless "word"), and a list of search results.
 * Each test is cheap and linear in the text; a real story passes all of them (checked on every fixture and corpus page).
 */
import type { ArticleLink } from './types';

export type NotArticleKind = 'binary' | 'json' | 'no-words' | 'search-results';

// Controls and replacement characters: text has almost none, bytes read as text are full of them.
// eslint-disable-next-line no-control-regex
const NOT_TEXT = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufffd\ue000-\uf8ff]/g;

function binary(text: string): boolean {
  const odd = text.match(NOT_TEXT)?.length ?? 0;
  return odd > 8 && odd / text.length > 0.05;
}

function json(text: string): boolean {
  const t = text.trim();
  if (!/^[[{]/.test(t) || !/[\]}]$/.test(t)) return false;
  try {
    JSON.parse(t);
    return true;
  } catch {
    // Cut or broken JSON still reads as JSON when brackets, quotes and colons crowd the text.
    const marks = t.match(/[{}[\]":,]/g)?.length ?? 0;
    return marks / t.length > 0.15;
  }
}

/** Prose is words between spaces: when most of the text sits in "words" longer than any real word, it is not prose. */
function noWords(text: string): boolean {
  let inLong = 0;
  for (const token of text.split(/\s+/)) if (token.length > 45) inLong += token.length;
  return inLong > 2_000 && inLong / text.length > 0.3;
}

const SEARCH_PARAM = /^(q|query|search|searchterm|search_query|s|text|keywords?|k|p|term|wd)$/i;

/** The words a page's address says were searched for, when it is a search address. */
export function searchQuery(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  for (const [key, value] of parsed.searchParams) if (SEARCH_PARAM.test(key) && value.trim()) return value.trim();
  const path = /\/(search|results|suche|recherche|buscar)(\/([^/?#]+))?\/?$/i.exec(parsed.pathname);
  return path ? decodeURIComponent(path[3] ?? '').replace(/[+_-]/g, ' ').trim() || '' : null;
}

/**
 * A results list: the address (or the page's markup) says it is a search, the body is a run of linked entries that
 * name the words searched for, and no paragraph is long enough to be a story's.
 */
function searchResults(doc: Document, url: string, paragraphs: string[], links: ArticleLink[]): boolean {
  const ld = Array.from(doc.querySelectorAll('script[type="application/ld+json"]'), (s) => s.textContent ?? '').join(' ');
  const marked = !!doc.querySelector('[itemtype$="SearchResultsPage" i]') || /"@type"\s*:\s*"SearchResultsPage"/i.test(ld);
  const query = searchQuery(url) ?? (doc.querySelector<HTMLInputElement>('input[type="search"], form[role="search"] input[type="text"], input[name="q"]')?.value?.trim() || null);
  if ((!marked && query === null) || links.length < 5) return false;
  if (paragraphs.some((p) => p.length > 700)) return false;
  if (marked || !query) return true;
  const words = query.toLowerCase().split(/\s+/).filter((w) => w.length > 2);
  const naming = links.filter((l) => words.some((w) => `${l.text} ${l.context ?? ''}`.toLowerCase().includes(w))).length;
  return words.length > 0 && naming >= links.length * 0.5;
}

/** Why the page is not an article, or null when it may be one. */
export function notArticleKind(doc: Document, url: string, text: string, paragraphs: string[], links: ArticleLink[]): NotArticleKind | null {
  if (binary(text)) return 'binary';
  if (json(text)) return 'json';
  if (noWords(text)) return 'no-words';
  if (searchResults(doc, url, paragraphs, links)) return 'search-results';
  return null;
}
