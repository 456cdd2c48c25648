import type { ExtractedArticle } from '../../extract/types';
import type { EvidenceItem, Research } from '../types';
import { findCaveats } from './caveats';
import { STUDY_CUES_EN } from './cues-en';
import { decide, isSurveyOfStudies, researchFocus, studyTalk, subjectsFor } from './decide';
import { otherStudies } from './multi-study';
import { detectPeerReview } from './peer-review';
import { forgetCueTexts } from './match-starts';
import { detectPhase } from './phase';
import { findRetraction } from './retraction';
import { scoreTypes, type ScoredType } from './score';
import { storySentences } from './sentences';

const EVIDENCE_PER_LABEL = 3;

/** The page is a paper (a journal or preprint page), not a story about one. */
function isPaperPage(m: ExtractedArticle['metadata']): boolean {
  return Boolean(m.citation?.citation_title?.length) || (m.jsonLd ?? []).some((ld) => /ScholarlyArticle/.test(String(ld['@type'] ?? '')));
}

/**
 * What kind of study the story reports and how far along it is, with the sentences that decided it.
 * Pure and linear in the story's length: every regex is compiled once at module load.
 */
export function analyzeResearch(article: ExtractedArticle): Research {
  forgetCueTexts();
  const sentences = storySentences(article);
  const scored = scoreTypes(sentences, STUDY_CUES_EN);
  const isPaper = isPaperPage(article.metadata);
  const talk = studyTalk(sentences, isPaper);
  const { studyType, confidence } = decide(scored, talk, !isPaper && isSurveyOfStudies(researchFocus(sentences), talk), sentences.length);
  const evidence: EvidenceItem[] = [];
  if (studyType !== 'none') {
    const hits = scored.hits[studyType as ScoredType].filter((h) => !h.other);
    for (const h of [...hits].sort((a, b) => b.points - a.points).slice(0, EVIDENCE_PER_LABEL))
      evidence.push({ label: 'studyType', text: h.sentence.text });
  }
  const phase = studyType === 'human-trial' ? detectPhase(sentences) : { phase: null };
  if (phase.sentence) evidence.push({ label: 'humanPhase', text: phase.sentence });
  // With no specific study there is no paper whose review status the reader needs.
  const review = studyType === 'none' ? { peerReview: 'unknown' as const, evidence: [], journal: undefined } : detectPeerReview(sentences, article);
  evidence.push(...review.evidence);
  // A retraction outranks every other label: the reader must see it whatever the study was.
  const retraction = findRetraction(sentences);
  if (retraction) evidence.unshift({ label: 'retraction', text: retraction });
  const others = otherStudies(studyType, scored);
  const research: Research = {
    studyType,
    subjects: subjectsFor(studyType, scored, article.text),
    humanPhase: phase.phase,
    peerReview: review.peerReview,
    confidence,
    evidence,
    caveats: findCaveats(sentences),
  };
  if (others.length) research.otherStudies = others;
  if (review.journal) research.journal = review.journal;
  if (retraction) research.retracted = true;
  return research;
}
