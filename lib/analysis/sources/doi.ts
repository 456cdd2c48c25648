/** A DOI inside running text or a URL: "10." + registrant + "/" (or its URL escape) + suffix up to whitespace. */
const DOI_IN_TEXT = /\b10\.\d{4,9}(?:\/|%2F|%252F)[^\s"'“”‘’]+/gi;
const PAIRS: Record<string, string> = { ')': '(', ']': '[', '}': '{', '>': '<' };
const VERSIONED_PREFIXES = /^(10\.1101|10\.48550|10\.21203|10\.31219|10\.31234|10\.26434|10\.20944|10\.22541)\//;

// A file or view the link opens, never part of a DOI: "10.1056/NEJMoa2034577.pdf", "….full.pdf", "….abstract".
const FILE_END = /(?:\.full)?\.(?:pdf|epdf|html?|xml|epub|abstract|full)$|\+html$/i;

/** URL escapes undone, twice-escaped ones ("%252F") too; a stray % that is no escape leaves the text as it is. */
function decodeAll(text: string): string {
  let out = text;
  for (let i = 0; i < 3 && /%[0-9a-f]{2}/i.test(out); i++) {
    try {
      out = decodeURIComponent(out);
    } catch {
      break;
    }
  }
  return out;
}

function count(s: string, ch: string): number {
  let n = 0;
  for (const c of s) if (c === ch) n++;
  return n;
}

/**
 * Cleans a DOI found in text: trailing punctuation and unbalanced closing brackets go,
 * URL escapes are decoded, case is folded, preprint version suffixes dropped.
 */
export function cleanDoi(raw: string): string | null {
  let doi = decodeAll(raw.trim());
  doi = doi.replace(/^(?:https?:\/\/)?(?:dx\.)?doi\.org\//i, '').replace(/^doi:\s*/i, '');
  // Query strings and fragments belong to the link, not the DOI.
  doi = doi.replace(/[?#].*$/, '');
  for (;;) {
    const last = doi.slice(-1);
    if (/[.,;:!?'"“”’]/.test(last)) doi = doi.slice(0, -1);
    else if (PAIRS[last] && count(doi, last) > count(doi, PAIRS[last])) doi = doi.slice(0, -1);
    else break;
  }
  // Publisher pages append /full, /abstract, /pdf, /epdf after the DOI in their URLs, or a file: ".pdf", "/123/x.pdf".
  doi = doi.replace(/\/(?:full|abstract|pdf|epdf|full-text|fulltext|html|meta|figures|suppl)(?:\/.*)?$/i, '');
  // A file named after the DOI's last part: ".../eurheartj/ehag118/ehag118.pdf" (Oxford Academic's PDF links).
  doi = doi.replace(/\/([^/]+)\/\1\.pdf$/i, '/$1');
  doi = doi.replace(/\/\d+\/[^/]+\.pdf$/i, '').replace(FILE_END, '');
  doi = doi.toLowerCase();
  if (VERSIONED_PREFIXES.test(doi)) doi = doi.replace(/v\d+(?:\.full(?:\.pdf)?)?$/, '');
  if (!/^10\.\d{4,9}\/\S+$/.test(doi) || doi.length > 200) return null;
  return doi;
}

/** Every DOI written in a stretch of text, cleaned, in order. */
export function doisInText(text: string): string[] {
  const out: string[] = [];
  if (!text.includes('10.')) return out; // every DOI starts so
  for (const m of text.matchAll(DOI_IN_TEXT)) {
    const doi = cleanDoi(m[0]);
    if (doi) out.push(doi);
  }
  return out;
}

// A DOI copied from a page that put a space after every dot and slash ("dx. doi. org/ 10. 1016/ j. cub. 2015. 05. 048"):
// only after "doi.org/" or "doi:", and a piece after a dot goes on only in lower case or digits, so the next sentence stays out.
const SPACED_DOI = /(?:\b[Dd][Oo][Ii]\s?\.\s?[Oo][Rr][Gg]\s?\/|\b[Dd][Oo][Ii]\s?:)\s*(10\.\s?\d{4,9}\s?\/\s?[\w()-]+(?:\s?[./]\s?[a-z0-9][\w()-]*)*)/g;

/** DOIs written with spaces inside them, in a paragraph (a sentence splitter would cut them at their dots). */
export function spacedDoisInText(text: string): string[] {
  const out: string[] = [];
  if (!text.includes('10. ') && !text.includes('/ ')) return out;
  for (const m of text.matchAll(SPACED_DOI)) {
    if (!/\s/.test(m[1])) continue;
    const doi = cleanDoi(m[1].replace(/\s+/g, ''));
    if (doi) out.push(doi);
  }
  return out;
}

/**
 * The DOI a URL carries (doi.org links, publisher /doi/ paths, URL-encoded forms), if any; a link that wraps
 * another (an affiliate or tracking redirect, a reference service's "?key=10.1001%2F…") is read through.
 */
export function doiFromUrl(href: string, depth = 0): string | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  const host = url.hostname.replace(/^www\./, '');
  let path = url.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // Keep the raw path.
  }
  if (/^(dx\.)?doi\.org$/.test(host)) return cleanDoi(path.slice(1));
  const inPath = /\b10\.\d{4,9}\/.+$/.exec(path);
  if (inPath) return cleanDoi(inPath[0]);
  for (const raw of url.searchParams.values()) {
    const value = decodeAll(raw.trim());
    const inQuery = /^(?:(?:info:)?doi[:/]\s*)?(10\.\d{4,9}\/.+)$/i.exec(value);
    if (inQuery) return cleanDoi(inQuery[1]);
    if (depth < 2 && /^https?:\/\//i.test(value)) {
      const inner = doiFromUrl(value, depth + 1);
      if (inner) return inner;
    }
  }
  return null;
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
