/** Where papers live: preprint servers and journal publishers, by host name and DOI prefix. */

export const PREPRINT_HOSTS = [
  'arxiv.org', 'biorxiv.org', 'medrxiv.org', 'ssrn.com', 'researchsquare.com', 'chemrxiv.org', 'psyarxiv.com',
  'osf.io', 'preprints.org', 'eartharxiv.org', 'authorea.com', 'socarxiv.org', 'engrxiv.org',
];

export const JOURNAL_HOSTS = [
  'nature.com', 'science.org', 'sciencemag.org', 'cell.com', 'thelancet.com', 'nejm.org', 'jamanetwork.com', 'bmj.com',
  'pnas.org', 'plos.org', 'frontiersin.org', 'wiley.com', 'springer.com', 'sciencedirect.com', 'academic.oup.com',
  'sagepub.com', 'tandfonline.com', 'mdpi.com', 'iop.org', 'aps.org', 'acs.org', 'rsc.org', 'elifesciences.org',
  'ahajournals.org', 'acpjournals.org', 'jneurosci.org', 'cambridge.org', 'karger.com', 'biomedcentral.com',
  'royalsocietypublishing.org', 'pubmed.ncbi.nlm.nih.gov', 'ncbi.nlm.nih.gov', 'ascopubs.org', 'aacrjournals.org',
  'diabetesjournals.org', 'asm.org', 'jci.org', 'rupress.org', 'embopress.org', 'physiology.org', 'aip.org',
  'aanda.org', 'agu.org', 'annals.org', 'jamapediatrics.com', 'hindawi.com', 'peerj.com', 'thebmj.com',
];

/** DOI prefixes that belong to preprint servers (bioRxiv/medRxiv, arXiv, SSRN, Research Square). */
export const PREPRINT_DOI_RE = /^10\.(?:1101|48550|2139|21203|26434|31234|20944)\//;

/** The registrable part of a URL's host, lower case; empty for a malformed URL. */
export function hostOf(href: string): string {
  try {
    return new URL(href).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

export const hostIn = (host: string, list: string[]): boolean => list.some((h) => host === h || host.endsWith(`.${h}`));

/** A DOI in a doi.org link, lower case, or null. */
export function doiOfLink(href: string): string | null {
  const m = /^https?:\/\/(?:dx\.)?doi\.org\/(10\.\d{4,9}\/\S+)/i.exec(href);
  return m ? decodeURIComponent(m[1]).toLowerCase() : null;
}
