import type { SourceKind } from '../types';

/** What a link points at, judged from its URL alone. */
export interface LinkClass {
  kind: Extract<SourceKind, 'paper' | 'preprint' | 'press-release' | 'registry'>;
  /** Display name of the host ("arXiv", "EurekAlert!"). */
  name: string;
}

type Rule = [host: RegExp, path: RegExp, kind: LinkClass['kind'], name: string];

// Host and path patterns, checked in order; the first that fits wins.
const RULES: Rule[] = [
  [/^(dx\.)?doi\.org$/, /^\/10\./, 'paper', 'DOI'],
  [/^arxiv\.org$/, /^\/(abs|pdf|html)\//, 'preprint', 'arXiv'],
  [/^(www\.)?biorxiv\.org$/, /^\/content\/10\./, 'preprint', 'bioRxiv'],
  [/^(www\.)?medrxiv\.org$/, /^\/content\/10\./, 'preprint', 'medRxiv'],
  [/(^|\.)ssrn\.com$/, /abstract|sol3|\/\d{6,}/, 'preprint', 'SSRN'],
  [/(^|\.)researchsquare\.com$/, /^\/article\//, 'preprint', 'Research Square'],
  [/(^|\.)chemrxiv\.org$/, /./, 'preprint', 'ChemRxiv'],
  [/^osf\.io$/, /^\/preprints\//, 'preprint', 'OSF Preprints'],
  [/^(www\.)?psyarxiv\.com$/, /./, 'preprint', 'PsyArXiv'],
  [/^(www\.)?eartharxiv\.org$/, /./, 'preprint', 'EarthArXiv'],
  [/^(www\.)?preprints\.org$/, /^\/manuscript\//, 'preprint', 'Preprints.org'],
  [/^(www\.)?authorea\.com$/, /./, 'preprint', 'Authorea'],
  [/(^|\.)techrxiv\.org$/, /./, 'preprint', 'TechRxiv'],
  [/(^|\.)socarxiv\.org$/, /./, 'preprint', 'SocArXiv'],
  [/^(www\.)?nber\.org$/, /^\/papers\/w\d+/, 'preprint', 'NBER working paper'],
  [/(^|\.)clinicaltrials\.gov$/, /(NCT\d{8})/i, 'registry', 'ClinicalTrials.gov'],
  [/(^|\.)isrctn\.com$/, /ISRCTN\d{8}/i, 'registry', 'ISRCTN'],
  [/(^|\.)clinicaltrialsregister\.eu$/, /./, 'registry', 'EU Clinical Trials Register'],
  [/(^|\.)eurekalert\.org$/, /\/(news-releases|pub_releases|releases)\//, 'press-release', 'EurekAlert!'],
  [/(^|\.)newswise\.com$/, /\/articles\//, 'press-release', 'Newswise'],
  [/(^|\.)alphagalileo\.org$/, /./, 'press-release', 'AlphaGalileo'],
  [/(^|\.)sciencedaily\.com$/, /^\/releases\//, 'press-release', 'ScienceDaily'],
  [/(^|\.)prnewswire\.com$/, /news-releases/, 'press-release', 'PR Newswire'],
  [/(^|\.)businesswire\.com$/, /\/news\//, 'press-release', 'Business Wire'],
  [/(^|\.)globenewswire\.com$/, /news-release/, 'press-release', 'GlobeNewswire'],
];

// Journal and index hosts whose article pages are the paper itself.
const PAPER_HOSTS: [RegExp, RegExp][] = [
  [/(^|\.)nature\.com$/, /^\/articles\/[a-z0-9.-]+$/i],
  [/(^|\.)science\.org$/, /^\/doi\//],
  [/(^|\.)sciencemag\.org$/, /\/content\/\d+\/\d+|\/doi\//],
  [/(^|\.)cell\.com$/, /\/fulltext\/|\/abstract\/|\/article\//],
  [/(^|\.)thelancet\.com$/, /\/journals\/.*\/article\//],
  [/(^|\.)nejm\.org$/, /^\/doi\//],
  [/(^|\.)jamanetwork\.com$/, /\/fullarticle\/|\/article-abstract\//],
  [/(^|\.)bmj\.com$/, /^\/content\/\d+|\/\d+\/bmj\./],
  [/(^|\.)pnas\.org$/, /^\/doi\/|\/content\//],
  [/^academic\.oup\.com$/, /\/article\//],
  [/(^|\.)onlinelibrary\.wiley\.com$/, /^\/doi\//],
  [/(^|\.)wiley\.com$/, /\/doi\//],
  [/^link\.springer\.com$/, /^\/(article|chapter)\//],
  [/(^|\.)sciencedirect\.com$/, /^\/science\/article\//],
  [/(^|\.)tandfonline\.com$/, /^\/doi\//],
  [/^journals\.plos\.org$/, /\/article/],
  [/(^|\.)frontiersin\.org$/, /\/articles?\//],
  [/(^|\.)mdpi\.com$/, /^\/\d{4}-\d{3}[\dx]\/\d+/i],
  [/^pubmed\.ncbi\.nlm\.nih\.gov$/, /^\/\d+/],
  [/(^|\.)ncbi\.nlm\.nih\.gov$/, /^\/(pmc\/articles|pubmed)\//],
  [/^pmc\.ncbi\.nlm\.nih\.gov$/, /^\/articles\//],
  [/(^|\.)europepmc\.org$/, /\/(article|abstract)\//],
  [/(^|\.)journals\.sagepub\.com$/, /^\/doi\//],
  [/(^|\.)ahajournals\.org$/, /^\/doi\//],
  [/(^|\.)acs\.org$/, /^\/doi\//],
  [/(^|\.)rsc\.org$/, /\/articlelanding\/|\/articlehtml\//],
  [/(^|\.)iop\.org$/, /\/article\//],
  [/(^|\.)iopscience\.iop\.org$/, /\/article\//],
  [/(^|\.)aps\.org$/, /\/abstract\/|\/doi\//],
  [/(^|\.)agupubs\.onlinelibrary\.wiley\.com$/, /\/doi\//],
  [/(^|\.)elifesciences\.org$/, /^\/(articles|reviewed-preprints)\//],
  [/(^|\.)biomedcentral\.com$/, /\/articles\//],
  [/(^|\.)jci\.org$/, /^\/articles\//],
  [/(^|\.)jneurosci\.org$/, /^\/content\//],
  [/(^|\.)annals\.org$/, /\/article|\/aim\//],
  [/(^|\.)acpjournals\.org$/, /^\/doi\//],
  [/(^|\.)jmir\.org$/, /^\/\d{4}\/\d+\/e\d+/],
  [/(^|\.)karger\.com$/, /\/article\//],
  [/(^|\.)thieme-connect\.com$/, /\/(doi|abstract)\//],
  [/(^|\.)liebertpub\.com$/, /^\/doi\//],
  [/(^|\.)journals\.lww\.com$/, /\/(fulltext|abstract)\//],
  [/(^|\.)jstor\.org$/, /^\/stable\//],
  [/(^|\.)ieeexplore\.ieee\.org$/, /^\/(document|abstract)\//],
  [/(^|\.)dl\.acm\.org$/, /^\/doi\//],
  [/(^|\.)aanda\.org$/, /\/articles\//],
  [/(^|\.)iopscience\.org$/, /\/article\//],
  [/(^|\.)cambridge\.org$/, /\/article\//],
  [/(^|\.)royalsocietypublishing\.org$/, /^\/doi\//],
  [/(^|\.)peerj\.com$/, /^\/articles\//],
  [/(^|\.)semanticscholar\.org$/, /^\/paper\//],
  [/^openalex\.org$/, /^\/(works\/)?W\d+/],
  [/^adsabs\.harvard\.edu$|^ui\.adsabs\.harvard\.edu$/, /\/abs\//],
];

// University and institute newsrooms: news.x.edu, x.edu/news, x.ac.uk/news, newsroom.x.org …
const NEWSROOM_HOST = /^(news|newsroom|newsnetwork|newsreleases|media|mediacenter|press|pressroom|today|now|stories|communications)\.[a-z0-9.-]+\.(edu|ac\.[a-z]{2}|edu\.[a-z]{2}|org|gov|de|ch|nl|se|dk|fi|no|ca|au)$/;
const NEWSROOM_PATH = /\/(news-?releases?|press-?releases?|pressemitteilungen|press-?room|newsroom|media-?releases?|news-?center|news-?events?|news)(\/|$)/i;
const ACADEMIC_HOST = /\.(edu|ac\.[a-z]{2}|edu\.[a-z]{2}|uni-[a-z-]+\.de|gov)$/;

/** Classifies a link by its URL: paper, preprint, press release or registry record; null if none. */
export function classifyUrl(href: string): LinkClass | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const path = url.pathname;
  for (const [h, p, kind, name] of RULES) if (h.test(host) && p.test(path)) return { kind, name };
  for (const [h, p] of PAPER_HOSTS) if (h.test(host) && p.test(path)) return { kind: 'paper', name: host };
  if (NEWSROOM_HOST.test(host) && path.length > 1) return { kind: 'press-release', name: host };
  if (ACADEMIC_HOST.test(host) && NEWSROOM_PATH.test(path) && path.split('/').filter(Boolean).length >= 2)
    return { kind: 'press-release', name: host };
  return null;
}
