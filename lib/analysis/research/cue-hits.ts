import { cuePattern, STUDY_CUES, type ScoredType } from './cues';
import { cueFactor } from './negation';
import type { ReadSentence } from './roles';

/** One match of a cue in a sentence, with its negation or hedge factor (negated matches are dropped). */
export interface CueHit {
  /** Index in STUDY_CUES. */
  cue: number;
  sentence: number;
  factor: number;
}

/** Every cue match of the story, sentence by sentence, in the page's language. */
export function findCueHits(sentences: ReadSentence[], lang: 'en' | 'de'): CueHit[] {
  const hits: CueHit[] = [];
  sentences.forEach((s, i) => {
    STUDY_CUES.forEach((cue, k) => {
      const re = cuePattern(cue, lang);
      if (!re) return;
      for (const m of s.text.matchAll(re)) {
        const factor = cueFactor(s.text, m.index, m.index + m[0].length, lang);
        if (factor > 0) hits.push({ cue: k, sentence: i, factor });
      }
    });
  });
  return hits;
}

export const typeOfHit = (h: CueHit): ScoredType => STUDY_CUES[h.cue].type;
