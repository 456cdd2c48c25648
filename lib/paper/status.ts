/** What a paper check means for the verdict: the paper's standing, and peer review as Crossref's record tells it. */
import type { PeerReview, Research } from '../analysis/types';
import { PAPER_UPDATE_KINDS, type PaperCheck, type PaperUpdate, type PaperUpdateKind } from './types';

/** The gravest notice on the paper (retraction, then expression of concern, then correction), or null. */
export function paperStatus(check: PaperCheck | undefined | null): PaperUpdateKind | null {
  if (!check?.found) return null;
  return PAPER_UPDATE_KINDS.find((kind) => check.updates.some((u) => u.kind === kind)) ?? null;
}

/** The earliest notice of a kind (the day it happened), dated ones first. */
export function firstUpdate(check: PaperCheck, kind: PaperUpdateKind): PaperUpdate | undefined {
  const of = check.updates.filter((u) => u.kind === kind);
  return of.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'))[0];
}

export interface PeerReviewLine {
  peerReview: PeerReview;
  journal?: string;
  /** 'crossref' when the paper's record, not the story, decided the line. */
  source: 'story' | 'crossref';
}

/**
 * Peer review as the reader should see it. Crossref's record of the DOI the story cites wins where it knows more:
 * a preprint Crossref links to its journal version is peer reviewed there; a record Crossref files as a journal
 * article is published in that journal; a preprint with no journal version stays a preprint, whatever the story said.
 */
export function peerReviewLine(research: Pick<Research, 'peerReview' | 'journal'>, check?: PaperCheck | null): PeerReviewLine {
  const story: PeerReviewLine = { peerReview: research.peerReview, ...(research.journal ? { journal: research.journal } : {}), source: 'story' };
  if (!check?.found) return story;
  if (check.publishedVersion) {
    return { peerReview: 'peer-reviewed', ...(check.publishedVersion.journal ? { journal: check.publishedVersion.journal } : {}), source: 'crossref' };
  }
  if (check.preprint) return { peerReview: 'preprint', source: 'crossref' };
  if (check.type === 'journal-article' && check.journal) {
    if (research.peerReview === 'peer-reviewed' && research.journal) return story;
    return { peerReview: 'peer-reviewed', journal: check.journal, source: 'crossref' };
  }
  return story;
}
