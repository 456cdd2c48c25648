/** A checked paper in export words: its standing (with the notice), its journal version and its open copy, dated and sourced. */
import { firstUpdate, paperStatus } from '../paper/status';
import type { PaperCheck, PaperUpdateKind } from '../paper/types';

const doiLink = (doi: string) => `https://doi.org/${doi}`;

const STATUS_WORDS: Record<PaperUpdateKind, string> = {
  retraction: 'retracted',
  'expression-of-concern': 'an expression of concern was issued',
  correction: 'corrected',
};

/** The facts an export states about a checked paper; each format words and links them its own way. */
export interface PaperFacts {
  /** "Paper check (Crossref, 2026-12-06): retracted on 2024-05-03" and the like. */
  status: string;
  notice?: string;
  /** A preprint's journal version: where, and its link. */
  publishedIn?: { journal?: string; url: string };
  openCopy?: { url: string; pdf: boolean };
}

export function paperFacts(check: PaperCheck | undefined): PaperFacts | null {
  if (!check) return null;
  const head = `Paper check (Crossref${check.openCopy ? ', Unpaywall' : ''}, ${check.checkedAt.slice(0, 10)})`;
  if (!check.found) return { status: `${head}: Crossref has no record of doi:${check.doi}` };
  const kind = paperStatus(check);
  const update = kind ? firstUpdate(check, kind) : undefined;
  const status = kind ? `${head}: ${STATUS_WORDS[kind]}${update?.date ? ` on ${update.date}` : ''}` : `${head}: no retraction, correction or expression of concern on record`;
  const facts: PaperFacts = { status };
  if (update?.noticeDoi) facts.notice = doiLink(update.noticeDoi);
  if (check.publishedVersion) facts.publishedIn = { ...(check.publishedVersion.journal ? { journal: check.publishedVersion.journal } : {}), url: doiLink(check.publishedVersion.doi) };
  if (check.openCopy) facts.openCopy = { url: check.openCopy.url, pdf: check.openCopy.pdf };
  return facts;
}

/** The facts as sentences, for a citation's note field. */
export function paperCheckNote(check: PaperCheck | undefined): string {
  const facts = paperFacts(check);
  if (!facts) return '';
  const parts = [`${facts.status}${facts.notice ? ` (notice: ${facts.notice})` : ''}.`];
  if (facts.publishedIn) parts.push(`Preprint, since published${facts.publishedIn.journal ? ` in ${facts.publishedIn.journal}` : ''}: ${facts.publishedIn.url}.`);
  if (facts.openCopy) parts.push(`Open copy${facts.openCopy.pdf ? ' (PDF)' : ''}: ${facts.openCopy.url}`);
  return parts.join(' ');
}
