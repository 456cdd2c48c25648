/** What every export format needs from a story: names, dates, the paper it reports, a citation key. */
import type { Analysis } from '../analysis/types';
import { peerReviewLine } from '../paper/status';
import type { PaperCheck } from '../paper/types';
import { journalOf } from './derive';
import type { StoryData } from './schema';

export interface PersonName {
  given?: string;
  family?: string;
  /** A name that is not a person's (a newsroom, "Staff"). */
  literal?: string;
}

/** The research paper behind a story, as far as the analysis found it. */
export interface PaperRef {
  journal?: string;
  doi?: string;
  url?: string;
  /** From the paper check: the paper's own title, authors and date. */
  title?: string;
  authors?: PersonName[];
  issued?: number[];
  check?: PaperCheck;
}

/** "Given Family" → a CSL-style name (the last word is the family name; one word is a literal). */
function personName(name: string): PersonName {
  const words = name.trim().split(/\s+/);
  return words.length < 2 ? { literal: name } : { given: words.slice(0, -1).join(' '), family: words[words.length - 1] };
}

// Bylines often carry more than names: "By", roles, outlets after a bar or dash.
const BYLINE_NOISE = /^\s*(by|from|words by|reported by)\s+/i;
const NOT_PERSON = /\b(staff|team|desk|editors?|reporters?|newsroom|agency|press|news|reuters|associated)\b/i;

/** Splits a byline into names: "By Jane Doe and John Smith" → Doe, Jane; Smith, John. */
export function bylineNames(byline: string | null): PersonName[] {
  if (!byline) return [];
  const cleaned = byline.split(/\s*[|·•]\s*|\s[–—]\s|\s-\s/)[0].replace(BYLINE_NOISE, '').trim();
  const parts = cleaned.split(/\s*(?:,|;|\band\b|&)\s*/i).map((p) => p.trim()).filter(Boolean);
  return parts.slice(0, 20).map((name) => {
    const words = name.split(/\s+/);
    if (words.length < 2 || NOT_PERSON.test(name)) return { literal: name };
    return { given: words.slice(0, -1).join(' '), family: words[words.length - 1] };
  });
}

/** [year, month?, day?] from an ISO-like date, or null. */
export function dateParts(value: string | null | undefined): number[] | null {
  if (!value) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value.trim());
  if (m) return [Number(m[1]), m[2] ? Number(m[2]) : 0, m[3] ? Number(m[3]) : 0].filter((n) => n > 0);
  const t = Date.parse(value);
  if (!Number.isFinite(t)) return null;
  const d = new Date(t);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

export function isoDay(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}

/**
 * The paper a story reports: the journal the analysis names, and the first paper (else preprint) link or DOI; when
 * the paper was checked and Crossref knows it, its DOI, title, authors, journal and date from Crossref's record.
 */
export function paperOf(analysis: Analysis, check?: PaperCheck): PaperRef {
  const sources = analysis.sources ?? [];
  const link = sources.find((s) => s.kind === 'paper' && (s.doi || s.url)) ?? sources.find((s) => s.kind === 'preprint' && (s.doi || s.url));
  const journal = journalOf(analysis) || (link?.kind === 'preprint' ? link.name : undefined);
  const doi = link?.doi?.toLowerCase();
  const url = link?.url ?? (doi ? `https://doi.org/${doi}` : undefined);
  const told: PaperRef = { ...(journal ? { journal } : {}), ...(doi ? { doi } : {}), ...(url ? { url } : {}), ...(check ? { check } : {}) };
  if (!check?.found) return told;
  const issued = dateParts(check.published);
  const known = check.journal ?? (check.preprint ? undefined : journal);
  return {
    ...(known ? { journal: known } : {}),
    doi: check.doi,
    url: doi === check.doi && link?.url ? link.url : `https://doi.org/${check.doi}`,
    ...(check.title ? { title: check.title } : {}),
    ...(check.authors?.length ? { authors: check.authors.map(personName) } : {}),
    ...(issued ? { issued } : {}),
    check,
  };
}

/** True when the paper can be found from the entry (a DOI or a link): worth an entry of its own. */
export function hasPaperLink(paper: PaperRef): boolean {
  return !!(paper.doi || paper.url);
}

/** The title of the paper's own entry: Crossref's when the paper was checked, else a bracketed, supplied one. */
export function paperTitle(story: Pick<StoryData, 'title'>, paper?: PaperRef): string {
  return paper?.title ?? `[Study reported in “${story.title}”]`;
}

/** One sentence naming the paper, for notes: "Reports a study in Nature: https://doi.org/…". */
export function paperNote(paper: PaperRef): string {
  if (!paper.journal && !paper.url) return '';
  const where = paper.journal ? `Reports a study in ${paper.journal}` : 'Reports a study';
  return paper.url ? `${where}: ${paper.url}` : `${where}.`;
}

const CLAIM_WARNING_WORDS = {
  'causal-from-observational': 'claims a cause from an observational study (it can show a link, not a cause)',
  'people-from-animals-or-cells': 'claims about people from a study in animals or cells',
} as const;

/** The claim warning in words ("Claim warning: …: “sentence”"), or '' when the story's claims fit its study. */
export function claimWarningNote(analysis: Analysis): string {
  const w = analysis.claimWarning;
  return w ? `Claim warning: the story ${CLAIM_WARNING_WORDS[w.kind]}: “${w.text}”` : '';
}

/** The research verdict in words, for notes, with the claim warning when there is one; peer review as the paper check tells it. */
export function verdictNote(analysis: Analysis, check?: PaperCheck): string {
  const r = analysis.research;
  const phase = r.humanPhase ? `, phase ${r.humanPhase}` : '';
  const warning = claimWarningNote(analysis);
  const line = peerReviewLine(r, check);
  const peer = line.source === 'crossref' ? `${line.peerReview}${line.journal ? ` in ${line.journal}` : ''} (Crossref)` : line.peerReview;
  return `Caveat: study type ${r.studyType}${phase}; ${peer}.${warning ? ` ${warning}` : ''}`;
}

/** Citation keys: family name or site + year + first title word, made unique within one export. */
export function citationKeys(stories: StoryData[]): string[] {
  const used = new Map<string, number>();
  return stories.map((s) => {
    const who = bylineNames(s.byline)[0]?.family ?? s.siteName ?? 'story';
    const year = dateParts(s.publishedTime)?.[0] ?? new Date(s.savedAt).getUTCFullYear();
    const word = s.title.split(/\s+/).find((w) => w.length > 3) ?? '';
    const base = `${who}${year}${word}`.normalize('NFKD').replace(/[^A-Za-z0-9]/g, '').toLowerCase() || 'story';
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return n === 1 ? base : `${base}${String.fromCharCode(96 + Math.min(n, 26))}${n > 26 ? n : ''}`;
  });
}

/** The reader's highlights in words, for a citation's note: "Highlight: “…” (note: …)", one per highlight. */
export function highlightsNote(s: Pick<StoryData, 'highlights'>): string {
  return (s.highlights ?? []).map((h) => `Highlight: “${h.exact}”${h.note.trim() ? ` (note: ${h.note.trim()})` : ''}`).join(' ');
}
