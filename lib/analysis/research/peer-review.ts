import type { ExtractedArticle } from '../../extract/types';
import type { EvidenceItem, PeerReview } from '../types';
import type { FeatureMap } from './features';
import { doiOfLink, hostIn, hostOf, JOURNAL_HOSTS, PREPRINT_DOI_RE, PREPRINT_HOSTS } from './hosts';
import { canonicalJournal, findJournalMentions, type JournalIndex } from '../sources/journals';
import { probabilities, type LogLinearModel } from './model';
import { cueFactor } from './negation';
import { REVIEW_PATTERNS } from './peer-review-cues';
import type { ReadSentence } from './roles';

export const PEER_REVIEW_CLASSES: PeerReview[] = ['peer-reviewed', 'preprint', 'unpublished', 'unknown'];

/** What the peer-review model reads, with the sentence behind each kind of sign for the evidence. */
export interface ReviewSigns {
  features: FeatureMap;
  /** The first (strongest-placed) sentence for each label. */
  evidence: Partial<Record<PeerReview, string>>;
  /** The journal named for the story's own work, when one is. */
  journal?: string;
}

interface Tally {
  sums: Record<string, number>;
  evidence: Partial<Record<PeerReview, [string, number]>>;
  journal?: [string, number];
}

function add(t: Tally, name: string, w: number, label?: PeerReview, text?: string): void {
  t.sums[name] = (t.sums[name] ?? 0) + w;
  if (label && text && w > (t.evidence[label]?.[1] ?? 0)) t.evidence[label] = [text, w];
}

/**
 * Journals named, by the one detector the sources use: for the story's own work ("published in X", in press
 * "will be published in X"), planned or refused ("submitted to X", "not yet published in"), or someone else's.
 */
function readJournals(t: Tally, sentences: ReadSentence[], lang: 'en' | 'de', journals: JournalIndex): void {
  const pastPaper = REVIEW_PATTERNS[lang].pastPaper;
  // The story's sentences open with its headline (paragraph 0) when it has one.
  for (const m of findJournalMentions(sentences.map((s) => s.text), lang, journals, { headline: sentences[0]?.paragraph === 0 })) {
    const s = sentences[m.sentence];
    if (m.negated || m.submitted) add(t, 't:journal-planned', s.weight, 'unpublished', s.text);
    // Also a past paper named before the journal ("a 2009 paper in X"), even when the story reports no other.
    else if (m.background || pastPaper.test(s.text.slice(0, m.end))) add(t, 't:journal:past', s.weight, 'peer-reviewed', s.text);
    else {
      add(t, m.cue === 'named' ? 't:journal-named' : 't:journal', s.weight, 'peer-reviewed', s.text);
      if (s.weight > (t.journal?.[1] ?? 0)) t.journal = [m.name, s.weight];
    }
  }
}

/** Signs in the text: "peer reviewed", preprints, meetings, announcements, denials. */
function readText(t: Tally, sentences: ReadSentence[], lang: 'en' | 'de'): void {
  const p = REVIEW_PATTERNS[lang];
  for (const s of sentences) {
    const text = s.text;
    const past = p.pastPaper.test(text);
    const w = s.weight;
    const where = past ? ':past' : '';
    const denies = p.denies.test(text);
    if (p.preprint.test(text)) add(t, `t:preprint${where}`, w, 'preprint', text);
    if (denies) add(t, 't:denies', w, 'unpublished', text);
    const reviewed = text.match(p.reviewed);
    if (reviewed && !denies && cueFactor(text, reviewed.index!, reviewed.index! + reviewed[0].length, lang) === 1) add(t, 't:reviewed', w, 'peer-reviewed', text);
    const published = text.match(p.paperPublished);
    if (published && !denies && cueFactor(text, published.index!, published.index! + published[0].length, lang) === 1) add(t, `t:published${where}`, w, 'peer-reviewed', text);
    if (p.presented.test(text)) add(t, `t:presented${where}`, w, 'unpublished', text);
    else if (p.announced.test(text)) add(t, `t:announced${where}`, w, 'unpublished', text);
    if (p.orgReport.test(text)) add(t, 't:org-report', w, 'unpublished', text);
  }
}

/** Signs in the page: citation_* tags, JSON-LD ScholarlyArticle, links to doi.org, journal or preprint hosts. */
function readPage(t: Tally, article: Pick<ExtractedArticle, 'metadata' | 'links'>, lang: 'en' | 'de', journals: JournalIndex): void {
  const c = article.metadata.citation ?? {};
  const journalTitle = c.citation_journal_title?.[0];
  const server = [journalTitle, c.citation_publisher?.[0], c.citation_technical_report_institution?.[0], c.citation_doi?.[0]].join(' ');
  if (REVIEW_PATTERNS.en.preprint.test(server) || PREPRINT_DOI_RE.test((c.citation_doi?.[0] ?? '').toLowerCase()) || c.citation_arxiv_id)
    add(t, 'm:preprint', 1, 'preprint', `Page metadata: ${server.trim()}`);
  else if (journalTitle) {
    add(t, 'm:journal', 1, 'peer-reviewed', `Page metadata names the journal ${journalTitle}`);
    t.journal = [canonicalJournal(journals, journalTitle) ?? journalTitle, 10];
  }
  for (const ld of article.metadata.jsonLd ?? []) {
    if (/ScholarlyArticle/.test(String(ld['@type'] ?? ''))) add(t, 'm:scholarly', 1, 'peer-reviewed', `Page metadata: ${String(ld['@type'])}`);
  }
  for (const link of article.links ?? []) {
    const host = hostOf(link.href);
    const doi = doiOfLink(link.href);
    const where = link.context ?? link.text;
    const past = REVIEW_PATTERNS[lang].pastPaper.test(where) ? ':past' : '';
    if (hostIn(host, PREPRINT_HOSTS) || (doi && PREPRINT_DOI_RE.test(doi))) add(t, `l:preprint${past}`, 1, 'preprint', where);
    else if (doi || hostIn(host, JOURNAL_HOSTS)) add(t, `l:paper${past}`, 1, 'peer-reviewed', where);
  }
}

/** Everything the peer-review model reads off a story. */
export function reviewSigns(sentences: ReadSentence[], article: Pick<ExtractedArticle, 'metadata' | 'links'>, lang: 'en' | 'de', journals: JournalIndex): ReviewSigns {
  const t: Tally = { sums: {}, evidence: {} };
  readText(t, sentences, lang);
  readJournals(t, sentences, lang, journals);
  readPage(t, article, lang, journals);
  const features: FeatureMap = {};
  for (const [name, sum] of Object.entries(t.sums)) features[name] = Math.log1p(sum);
  // "Not yet published" with no preprint and no journal anywhere: the rubric's unpublished work.
  const elsewhere = Object.keys(features).some((k) => /^(?:[tml]:preprint|t:journal|m:journal|m:scholarly|l:paper)/.test(k));
  if (features['t:denies'] && !elsewhere) features['t:denies-only'] = features['t:denies'];
  const evidence: ReviewSigns['evidence'] = {};
  for (const [label, [text]] of Object.entries(t.evidence) as [PeerReview, [string, number]][]) evidence[label] = text;
  return { features, evidence, journal: t.journal?.[0] };
}

export interface PeerReviewFinding {
  peerReview: PeerReview;
  probability: number;
  journal?: string;
  evidence: EvidenceItem[];
}

/** The model's verdict on peer review, with the sentence that shows it. */
export function decidePeerReview(model: LogLinearModel, signs: ReviewSigns): PeerReviewFinding {
  const p = probabilities(model, {}, signs.features);
  const k = p.indexOf(Math.max(...p));
  const peerReview = model.classes[k] as PeerReview;
  const text = signs.evidence[peerReview];
  return {
    peerReview,
    probability: p[k],
    journal: peerReview === 'peer-reviewed' ? signs.journal : undefined,
    evidence: text ? [{ label: 'peerReview', text }] : [],
  };
}
