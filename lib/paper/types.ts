/** What "Check the paper" learns from Crossref and Unpaywall: plain data, kept per DOI and on saved stories. */

/** Notices that change how far a paper can be trusted, worst first. */
export const PAPER_UPDATE_KINDS = ['retraction', 'expression-of-concern', 'correction'] as const;
export type PaperUpdateKind = (typeof PAPER_UPDATE_KINDS)[number];

/** One notice about the paper (Crossref's update-to / updated-by). */
export interface PaperUpdate {
  kind: PaperUpdateKind;
  /** The notice's date as far as Crossref gives it: YYYY-MM-DD, YYYY-MM or YYYY. */
  date?: string;
  /** The notice's own DOI, lower case (its link is https://doi.org/ + it). */
  noticeDoi?: string;
  /** Who says so: 'publisher' or 'retraction-watch' (Crossref carries both). */
  source?: string;
}

/** The journal version of a preprint (Crossref's is-preprint-of), as far as Crossref describes it. */
export interface PaperVersion {
  doi: string;
  journal?: string;
  title?: string;
  published?: string;
}

/** A legal open copy of the paper (Unpaywall's best_oa_location). */
export interface OpenCopy {
  url: string;
  /** The link opens a PDF. */
  pdf: boolean;
  /** 'publisher' or 'repository'. */
  host?: string;
  /** 'publishedVersion', 'acceptedVersion' or 'submittedVersion'. */
  version?: string;
  license?: string;
}

/** Why there is no open-copy answer: Unpaywall was not asked (no contact address), knew no copy, or failed. */
export const OPEN_COPY_NOTES = ['no-contact', 'none', 'failed'] as const;
export type OpenCopyNote = (typeof OPEN_COPY_NOTES)[number];

/** The paper's own record, as checked on one day. */
export interface PaperCheck {
  /** Lower case, no https://doi.org/ prefix (as the analysis reports DOIs). */
  doi: string;
  /** ISO 8601 time of the check. */
  checkedAt: string;
  /** false when Crossref has no record of this DOI. */
  found: boolean;
  title?: string;
  /** Authors as "Given Family", first ones only. */
  authors?: string[];
  journal?: string;
  publisher?: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY. */
  published?: string;
  /** Crossref's type: 'journal-article', 'posted-content' (preprints), 'proceedings-article'… */
  type?: string;
  /** Crossref files it as a preprint. */
  preprint?: boolean;
  updates: PaperUpdate[];
  /** For a preprint: the journal version it became. */
  publishedVersion?: PaperVersion;
  /** For a journal article: DOIs of its preprints. */
  preprints?: string[];
  openCopy?: OpenCopy;
  /** Set when there is no openCopy, saying why. */
  openCopyNote?: OpenCopyNote;
  /** 'reader' when the story gave no DOI and the reader chose this paper among search candidates. */
  matchedBy?: 'doi' | 'reader';
}

/** A paper a bibliographic search offers for a story without a DOI: shown for the reader to confirm, never as fact. */
export interface PaperCandidate {
  doi: string;
  title?: string;
  journal?: string;
  authors?: string[];
  published?: string;
  type?: string;
}

/** What the search for a story's paper is built from. */
export interface PaperHints {
  /** The story's headline: its content words stand in for the paper's topic. */
  title: string;
  journal?: string;
  /** Researchers the story names (full names). */
  researchers?: string[];
  /** The story's date (ISO); the paper is looked for from the year before up to it. */
  published?: string | null;
}
