import type { ExtractedArticle } from '../../extract/types';
import type { Research } from '../types';

/** Placeholder until the research-stage analysis lands: reports nothing found. */
export function analyzeResearch(_article: ExtractedArticle): Research {
  return { studyType: 'none', subjects: 'none', humanPhase: null, peerReview: 'unknown', confidence: 0, evidence: [], caveats: [] };
}
