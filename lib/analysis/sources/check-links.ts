/** What a "find the paper" search is built from. */
export interface PaperHints {
  title?: string | null;
  journal?: string | null;
  /** ISO date of the story; the paper is searched from the year before. */
  published?: string | null;
  doi?: string | null;
}

export interface CheckLinks {
  doi?: string;
  pubmed: string;
  scholar: string;
  openalex: string;
}

const STOP = new Set(
  ('a an the and or but of in on at to for from with by as is are was were be been being it its this that these those new study studies research ' +
    'researchers scientists finds find found shows show says say could may might can will would should how why what when where who which than more most ' +
    'less after before into over under about up out not no yes you your we our their his her they them may also just like says said report reports').split(' '),
);

/** Up to six content words of a headline, longest first kept in headline order. */
export function keywords(title: string, max = 6): string[] {
  const words = (title.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}-]*/gu) ?? []).filter((w) => w.length > 2 && !STOP.has(w));
  const unique = [...new Set(words)];
  const keep = new Set([...unique].sort((a, b) => b.length - a.length).slice(0, max));
  return unique.filter((w) => keep.has(w));
}

function yearOf(iso: string | null | undefined): number | null {
  const m = /^(\d{4})/.exec(iso ?? '');
  return m ? Number(m[1]) : null;
}

/** Plain search links (no request is made until the reader clicks) for the paper a story reports. */
export function buildCheckLinks(hints: PaperHints): CheckLinks {
  const words = keywords(hints.title ?? '');
  const year = yearOf(hints.published);
  const journal = hints.journal?.trim();
  const q = encodeURIComponent;
  const pubmedTerms = [words.join(' '), journal ? `"${journal}"[Journal]` : '', year ? `${year - 1}:${year}[dp]` : ''].filter(Boolean).join(' AND ');
  const scholarQuery = [words.join(' '), journal ? `source:"${journal}"` : ''].filter(Boolean).join(' ');
  const scholarYears = year ? `&as_ylo=${year - 1}&as_yhi=${year}` : '';
  const openalexFilter = [`default.search:${words.join(' ')}`, year ? `publication_year:${year - 1}-${year}` : ''].filter(Boolean).join(',');
  const links: CheckLinks = {
    pubmed: `https://pubmed.ncbi.nlm.nih.gov/?term=${q(pubmedTerms)}`,
    scholar: `https://scholar.google.com/scholar?q=${q(scholarQuery)}${scholarYears}`,
    openalex: `https://openalex.org/works?filter=${q(openalexFilter)}`,
  };
  if (hints.doi) links.doi = doiUrl(hints.doi);
  return links;
}

/** The resolver link for a DOI; each part of the suffix is escaped, the slashes kept. */
export function doiUrl(doi: string): string {
  return `https://doi.org/${doi.split('/').map(encodeURIComponent).join('/')}`;
}
