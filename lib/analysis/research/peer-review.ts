import type { ExtractedArticle, PageMetadata } from '../../extract/types';
import type { EvidenceItem, PeerReview } from '../types';
import { doiOfLink, hostIn, hostOf, JOURNAL_HOSTS, PREPRINT_DOI_RE, PREPRINT_HOSTS } from './hosts';
import { cleanJournalName, KNOWN_JOURNAL_GATE, KNOWN_JOURNAL_RE, PUBLISHED_IN_RE, STUDY_IN_RE, THE_JOURNAL_RE } from './journal-name';
import { CueFilter } from './match-starts';
import { cueFactor, DENIES_REVIEW_RE } from './negation';
import type { Sentence } from './sentences';

export interface PeerReviewFinding {
  peerReview: PeerReview;
  journal?: string;
  evidence: EvidenceItem[];
}

const PREPRINT_RE = /\bpre-?prints?\b|\b(?:arXiv|bioRxiv|medRxiv|SSRN|Research Square|ChemRxiv|PsyArXiv|EarthArXiv|Preprints\.org)\b/i;
// Singular, about this work: "peer-reviewed journals" in general say nothing about it.
const PEER_REVIEWED_RE = /\bpeer[- ]reviewed\b(?! journals)|\bpassed peer review\b|\bunderwent peer review\b/i;
const PAPER_PUBLISHED_RE = /\b(?:paper|study|findings|results|research|work|analysis|report|article)\s+(?:\w+\s+){0,3}(?:was|were|is|are|has been|have been)\s+published\b/i;
const UNPUBLISHED_RE =
  /\b(?:presented (?:\w+ ){0,4}at|presentation at|(?:annual |scientific |international )?(?:meeting|conference|congress|symposium|summit) (?:of|in|on)|press release|news release|press conference|press briefing|topline|top-line|announced (?:\w+ ){0,3}(?:results|data|findings)|(?:company|firm|drugmaker|startup|biotech) (?:said|says|announced|reported)|interim (?:results|data|analysis|report)|preliminary (?:results|findings|data))\b/i;
// A report by an organisation (a lab, a think tank, an agency) is not a journal paper.
const ORG_REPORT_RE = /\b(?:a|an|the) (?:[\w-]+ )?report (?:by|from) (?:the )?[A-Z]/;
// Work shown at a meeting: a talk or poster, not (yet) a paper.
const PRESENTED_AT_RE = /\b(?:present(?:ed|ing|s)?|air(?:ed|ing)|unveil(?:ed|ing)|discuss(?:ed|ing)?|announc(?:ed|ing)|report(?:ed|ing)|shown|detailed|told)\b[^.]{0,80}\b(?:meeting|conference|congress|symposium|summit)\b/i;

// One clear sentence (or one link to a paper) is enough; a passing mention in background is not.
const MIN_VOTES = 2.5;
const PAST_PAPER_RE = /\b(?:19|20)\d\d (?:study|paper|report|review|analysis|trial|editorial|commentary|article)\b|\b[Ii]n (?:19|20)\d\d, (?:a|an|the)\b|\b(?:earlier|previous|prior|past|other) (?:\w+ )?(?:studies|study|papers?|research)\b/;

type Votes = Record<Exclude<PeerReview, 'unknown'>, number>;
interface Ballot {
  votes: Votes;
  journal?: { name: string; weight: number };
  evidence: Map<PeerReview, string>;
}

function vote(b: Ballot, label: Exclude<PeerReview, 'unknown'>, w: number, text: string): void {
  b.votes[label] += w;
  if (!b.evidence.has(label)) b.evidence.set(label, text);
}

function nameJournal(b: Ballot, raw: string, weight: number, named = false): string | null {
  const name = cleanJournalName(raw, named);
  if (name && (!b.journal || weight > b.journal.weight)) b.journal = { name, weight };
  return name;
}

const JOURNAL_RES = [PUBLISHED_IN_RE, STUDY_IN_RE, THE_JOURNAL_RE, KNOWN_JOURNAL_RE];
// Skips the regexes below on sentences that hold none of their opening words.
const FILTER = new CueFilter(
  [PAST_PAPER_RE, DENIES_REVIEW_RE, PREPRINT_RE, PEER_REVIEWED_RE, PAPER_PUBLISHED_RE, PRESENTED_AT_RE, UNPUBLISHED_RE, ORG_REPORT_RE, ...JOURNAL_RES],
  // Known journals may open with any capitalised word; their own names say where to look.
  [[KNOWN_JOURNAL_RE, KNOWN_JOURNAL_GATE]],
);
const [PAST_PAPER, DENIES_REVIEW, PREPRINT, PEER_REVIEWED, PAPER_PUBLISHED, PRESENTED_AT, UNPUBLISHED, ORG_REPORT] = [
  PAST_PAPER_RE, DENIES_REVIEW_RE, PREPRINT_RE, PEER_REVIEWED_RE, PAPER_PUBLISHED_RE, PRESENTED_AT_RE, UNPUBLISHED_RE, ORG_REPORT_RE,
].map((re) => FILTER.index(re));
const JOURNALS = JOURNAL_RES.map((re) => FILTER.index(re));
const test = (k: number, text: string) => FILTER.testAt(k, text);

/** Text cues: "published in X", "peer-reviewed", "preprint", "presented at a meeting", "not yet peer reviewed". */
function readText(b: Ballot, sentences: Sentence[]): void {
  for (const s of sentences) {
    const t = s.text;
    // Most sentences hold the opening words of none of these cues: nothing to read there.
    if (FILTER.present(t) === 0) continue;
    // Papers from other years or other groups ("a 2009 paper in …") say nothing about this study's status.
    const w = test(PAST_PAPER, t) ? s.weight * 0.35 : s.weight;
    const denies = test(DENIES_REVIEW, t);
    if (test(PREPRINT, t)) vote(b, 'preprint', 3 * w, t);
    if (denies) vote(b, 'unpublished', 2.5 * w, t);
    // Several phrasings of one journal in one sentence are one piece of evidence: keep the strongest.
    let reviewed = 0;
    let planned = 0;
    for (let j = 0; j < JOURNAL_RES.length; j++) {
      const re = JOURNAL_RES[j];
      for (let m = FILTER.execAt(JOURNALS[j], t); m; m = FILTER.execAt(JOURNALS[j], t, m.index + Math.max(1, m[0].length))) {
        const named = re === THE_JOURNAL_RE;
        const raw = m[1] ?? m[0];
        if (!cleanJournalName(raw, named)) continue;
        // "A study in Maryland": after a study noun a lone word is a place far more often than a journal.
        if (re === STUDY_IN_RE && !/\s/.test(raw.trim())) continue;
        const factor = cueFactor(t, m.index, m.index + m[0].length);
        // Only a past paper named before the journal ("a 2009 paper in …") makes it someone else's.
        const own = PAST_PAPER_RE.test(t.slice(0, m.index + m[0].length)) ? 0.35 : 1;
        if (factor === 0 || denies) planned = 1.5;
        else {
          // "will be published in X" names a journal that has accepted it: reviewed, in press.
          reviewed = Math.max(reviewed, (re === KNOWN_JOURNAL_RE ? 2.5 : 3) * own);
          nameJournal(b, raw, factor < 1 ? w / 2 : w, named);
        }
      }
    }
    const pr = FILTER.execAt(PEER_REVIEWED, t);
    if (pr && !denies && cueFactor(t, pr.index, pr.index + pr[0].length) === 1) reviewed = Math.max(reviewed, 3);
    const pub = FILTER.execAt(PAPER_PUBLISHED, t);
    if (pub && !denies && cueFactor(t, pub.index, pub.index + pub[0].length) === 1) reviewed = Math.max(reviewed, 1.5);
    if (reviewed) vote(b, 'peer-reviewed', reviewed * s.weight, t);
    if (planned) vote(b, 'unpublished', planned * w, t);
    if (test(PRESENTED_AT, t)) vote(b, 'unpublished', 2.5 * w, t);
    else if (test(UNPUBLISHED, t) || test(ORG_REPORT, t)) vote(b, 'unpublished', 1.5 * w, t);
  }
}

/** Page metadata and links: citation_* tags, JSON-LD ScholarlyArticle, doi.org and journal or preprint hosts. */
function readMetadata(b: Ballot, metadata: PageMetadata, links: ExtractedArticle['links']): void {
  const c = metadata.citation ?? {};
  const journalTitle = c.citation_journal_title?.[0];
  const server = [journalTitle, c.citation_publisher?.[0], c.citation_technical_report_institution?.[0], c.citation_doi?.[0]].join(' ');
  if (PREPRINT_RE.test(server) || PREPRINT_DOI_RE.test((c.citation_doi?.[0] ?? '').toLowerCase()) || c.citation_arxiv_id)
    vote(b, 'preprint', 4, `Page metadata: ${server.trim()}`);
  else if (journalTitle) {
    vote(b, 'peer-reviewed', 4, `Page metadata names the journal ${journalTitle}`);
    nameJournal(b, journalTitle, 5);
  }
  for (const ld of metadata.jsonLd ?? []) {
    const type = String(ld['@type'] ?? '');
    if (/ScholarlyArticle|MedicalScholarlyArticle/.test(type)) vote(b, 'peer-reviewed', 2, `Page metadata: ${type}`);
  }
  for (const link of links ?? []) {
    const host = hostOf(link.href);
    const doi = doiOfLink(link.href);
    const where = link.context ?? link.text;
    const w = PAST_PAPER_RE.test(where) ? 0.35 : 1;
    if (hostIn(host, PREPRINT_HOSTS) || (doi && PREPRINT_DOI_RE.test(doi))) vote(b, 'preprint', 3 * w, where);
    else if (doi || hostIn(host, JOURNAL_HOSTS)) vote(b, 'peer-reviewed', 3 * w, where);
  }
}

/**
 * Peer review from the text and the page's metadata. A preprint beats a journal only when it
 * is the stronger signal; "not yet peer reviewed" without a preprint means unpublished.
 */
export function detectPeerReview(sentences: Sentence[], article: Pick<ExtractedArticle, 'metadata' | 'links'>): PeerReviewFinding {
  const b: Ballot = { votes: { 'peer-reviewed': 0, preprint: 0, unpublished: 0 }, evidence: new Map() };
  readText(b, sentences);
  readMetadata(b, article.metadata, article.links);
  const v = b.votes;
  let peerReview: PeerReview = 'unknown';
  if (v.preprint >= MIN_VOTES && v.preprint > v['peer-reviewed']) peerReview = 'preprint';
  else if (v['peer-reviewed'] >= MIN_VOTES && v['peer-reviewed'] >= v.unpublished * 0.6) peerReview = 'peer-reviewed';
  // With nothing pointing to a journal or preprint, a weaker sign of an announcement is enough.
  else if (v.unpublished >= MIN_VOTES || (v.unpublished > 0 && v['peer-reviewed'] === 0 && v.preprint === 0)) peerReview = 'unpublished';
  const text = b.evidence.get(peerReview);
  return {
    peerReview,
    journal: peerReview === 'peer-reviewed' ? b.journal?.name : undefined,
    evidence: text ? [{ label: 'peerReview', text }] : [],
  };
}
