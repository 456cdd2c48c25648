/** Canonical story URLs: one reading-list entry per story however it was reached. */
import type { ExtractedArticle } from '../extract/types';

// Tracking parameters that never change which story a URL points at.
const TRACKING_PARAM = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|ito|smid|at_medium|at_campaign)$/i;

/** Normalises a URL for identity: no fragment, no tracking parameters, lower-case host, no default port. */
export function canonicalUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return url.trim();
  }
  parsed.hash = '';
  for (const key of [...parsed.searchParams.keys()]) {
    if (TRACKING_PARAM.test(key)) parsed.searchParams.delete(key);
  }
  let out = parsed.toString();
  // `?` left behind by deleting every parameter would make two spellings of one story.
  if (out.endsWith('?')) out = out.slice(0, -1);
  return out;
}

/** The URL a story is filed under: the page's canonical URL when it gave one. */
export function storyUrl(article: Pick<ExtractedArticle, 'url' | 'metadata'>): string {
  return canonicalUrl(article.metadata?.canonicalUrl || article.url);
}
