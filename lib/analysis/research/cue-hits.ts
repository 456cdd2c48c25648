import { STUDY_CUES, type ScoredType } from './cues';
import { cueFactor } from './negation';
import type { ReadSentence } from './roles';

/** One match of a cue in a sentence, with its negation or hedge factor (negated matches are dropped). */
export interface CueHit {
  /** Index in STUDY_CUES. */
  cue: number;
  sentence: number;
  factor: number;
}

/** Every cue match of the story, sentence by sentence, with the cues' patterns in the page's language (cuePatterns). */
export function findCueHits(sentences: ReadSentence[], cues: (RegExp | undefined)[], lang: 'en' | 'de'): CueHit[] {
  const hits: CueHit[] = [];
  sentences.forEach((s, i) => {
    cues.forEach((re, k) => {
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
