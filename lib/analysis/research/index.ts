import type { ExtractedArticle } from '../../extract/types';
import { baseLanguage } from '../../text/sentences';
import type { EvidenceItem, Research, StudyType } from '../types';
import { findCaveats } from './caveats';
import { contextPatterns, type ContextPatterns } from './context';
import type { ScoredType } from './cues';
import { studyFeatures, storyWords, type StudyFeatures } from './features';
import { probabilities, type LogLinearModel } from './model';
import BUNDLED from './model.json';
import { otherStudies } from './multi-study';
import { createJournalIndex, type JournalIndex } from '../sources/journals';
import { decidePeerReview, reviewSigns } from './peer-review';
import { detectPhase } from './phase';
import { findRetraction } from './retraction';
import { storySentences } from './sentences';
import { subjectsOf } from './subjects';

/** The trained research model, as `npm run train` writes it to model.json. */
export interface ResearchModel {
  /** Study type from cues and the story's words, for English pages. */
  study: LogLinearModel;
  /** Study type from cues alone, for pages in other languages (German), whose words the model never saw. */
  studyCues: LogLinearModel;
  review: LogLinearModel;
  /** Below this probability of its study type, Caveat says it is not sure. */
  sure: number;
}

export interface ResearchAnalyzer {
  analyze(article: ExtractedArticle): Research;
}

const EVIDENCE_PER_LABEL = 3;
// Other types shown beside an unsure verdict: "most likely X, perhaps Y".
const ALTERNATIVE_MIN = 0.15;

/** The page is a paper (a journal or preprint page), not a story about one. */
function isPaperPage(m: ExtractedArticle['metadata']): boolean {
  return Boolean(m.citation?.citation_title?.length) || (m.jsonLd ?? []).some((ld) => /ScholarlyArticle/.test(String(ld['@type'] ?? '')));
}

/** The sentences that showed the type: its strongest cues, the story's own study first, background last. */
function typeEvidence(type: StudyType, f: StudyFeatures): EvidenceItem[] {
  if (type === 'none') return [];
  const rank = (i: number) => (f.sentences[i].other ? 0.3 : f.sentences[i].planned ? 0.5 : f.sentences[i].main || f.sentences[i].top ? 1.5 : 1);
  return [...f.hand.hits[type as ScoredType]]
    .sort((a, b) => b.points * rank(b.sentence) - a.points * rank(a.sentence))
    .slice(0, EVIDENCE_PER_LABEL)
    .map((h) => ({ label: 'studyType', text: f.sentences[h.sentence].text }));
}

/** An analyzer over a trained model (the bundled one unless given) and the journals it knows (a fresh index unless given). */
export function createResearchAnalyzer(model: ResearchModel = BUNDLED as ResearchModel, journals: JournalIndex = createJournalIndex()): ResearchAnalyzer {
  // Each language's patterns are made when the analyzer first reads a page in it, and kept.
  const patterns: Partial<Record<'en' | 'de', ContextPatterns>> = {};
  return {
    analyze(article) {
      const lang = baseLanguage(article.lang);
      const features = studyFeatures(storySentences(article), (patterns[lang] ??= contextPatterns(lang)), lang, isPaperPage(article.metadata));
      const english = lang === 'en';
      const studyModel = english ? model.study : model.studyCues;
      const global = english ? { ...features.global, ...storyWords(features.sentences) } : features.global;
      const probs = probabilities(studyModel, features.shared, global);
      const k = probs.indexOf(Math.max(...probs));
      const studyType = studyModel.classes[k] as StudyType;
      const evidence = typeEvidence(studyType, features);
      const phase = studyType === 'human-trial' ? detectPhase(features.sentences, lang) : { phase: null };
      if (phase.sentence) evidence.push({ label: 'humanPhase', text: phase.sentence });
      // Peer review is decided on its own: a story can name its journal whatever the study type.
      const review = decidePeerReview(model.review, reviewSigns(features.sentences, article, lang, journals));
      evidence.push(...review.evidence);
      // A retraction outranks every other label: the reader must see it whatever the study was.
      const retraction = findRetraction(features.sentences);
      if (retraction) evidence.unshift({ label: 'retraction', text: retraction });
      const research: Research = {
        studyType,
        subjects: subjectsOf(studyType, features.hand),
        humanPhase: phase.phase,
        peerReview: review.peerReview,
        confidence: Math.round(probs[k] * 100) / 100,
        sure: probs[k] >= model.sure,
        evidence,
        caveats: findCaveats(features.sentences, lang),
      };
      const alternatives = studyModel.classes
        .map((c, i) => ({ studyType: c as StudyType, probability: Math.round(probs[i] * 100) / 100 }))
        .filter((a, i) => i !== k && probs[i] >= ALTERNATIVE_MIN)
        .sort((a, b) => b.probability - a.probability);
      if (alternatives.length) research.alternatives = alternatives;
      const others = otherStudies(studyType, features.hand, features.sentences);
      if (others.length) research.otherStudies = others;
      if (review.journal) research.journal = review.journal;
      if (retraction) research.retracted = true;
      return research;
    },
  };
}
