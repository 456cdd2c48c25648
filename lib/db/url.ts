/** Canonical story URLs: one reading-list entry per story however it was reached. */
import { getDomain } from 'tldts';
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

function parse(url: string | undefined | null): URL | null {
  try {
    return url ? new URL(url) : null;
  } catch {
    return null;
  }
}

export const isWebUrl = (url: string | undefined | null): boolean => /^https?:$/.test(parse(url)?.protocol ?? '');

/** The registrable site of a host (bbc.co.uk for www.bbc.co.uk; a.github.io stays itself); the host itself for IPs and single labels. */
function siteOf(host: string): string {
  return getDomain(host, { allowPrivateDomains: true }) ?? host;
}

/**
 * The page's canonical link when Caveat can trust it: a web URL on the page's own site. A page elsewhere could
 * otherwise name a saved story and be filed, or overwrite it, under that story's URL.
 */
export function trustedCanonical(canonical: string | undefined | null, pageUrl: string): string | undefined {
  const c = parse(canonical);
  const page = parse(pageUrl);
  if (!c || !page || !isWebUrl(c.href) || !isWebUrl(page.href)) return undefined;
  return siteOf(c.hostname) === siteOf(page.hostname) ? c.href : undefined;
}

/** The URL a story is filed under: the page's canonical URL when it gave a trustworthy one, else the page's own. */
export function storyUrl(article: Pick<ExtractedArticle, 'url' | 'metadata'>): string {
  return canonicalUrl(trustedCanonical(article.metadata?.canonicalUrl, article.url) ?? article.url);
}
