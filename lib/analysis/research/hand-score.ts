import type { ContextPatterns } from './context';
import type { CueHit } from './cue-hits';
import { STUDY_CUES, type ScoredType } from './cues';
import type { ReadSentence } from './roles';

/**
 * The cues' hand-set strengths added up per study type, as the first version of Caveat decided. The model
 * keeps this sum as one prior feature among the learned ones, and the evidence quotes the sentences it came from.
 */
export interface TypeHit {
  sentence: number;
  /** Points after position and context weights. */
  points: number;
  /** Points of the sentence itself, after the sentence rules and cap, before position and context. */
  raw: number;
}
export interface HandScores {
  scores: Record<ScoredType, number>;
  /** Scores from the headline and first two paragraphs only. */
  top: Record<ScoredType, number>;
  hits: Record<ScoredType, TypeHit[]>;
}

export const SCORED_TYPES: ScoredType[] = [...new Set(STUDY_CUES.map((c) => c.type))];

// A cue repeated all over a story is one signal, not ten: after this many hits it counts for little.
const FULL_HITS = 3;
const TAIL = 0.25;
// One sentence can only say so much about one type.
const SENTENCE_CAP = 6;

const zeros = (): Record<ScoredType, number> => Object.fromEntries(SCORED_TYPES.map((t) => [t, 0])) as Record<ScoredType, number>;

/** How much a sentence speaks about this story's own study rather than background. */
function contextWeight(s: ReadSentence): number {
  return s.weight * (s.other ? 0.35 : s.main ? 1.3 : 1);
}

/** Hand-weighted cue points per type, with the sentence rules that keep one design's words from counting for another. */
export function handScores(sentences: ReadSentence[], hits: CueHit[], p: ContextPatterns): HandScores {
  const scores = zeros();
  const top = zeros();
  const byType = Object.fromEntries(SCORED_TYPES.map((t) => [t, [] as TypeHit[]])) as Record<ScoredType, TypeHit[]>;
  const seen = new Map<number, number>();
  let i = 0;
  while (i < hits.length) {
    const sentence = hits[i].sentence;
    const found = zeros();
    for (; i < hits.length && hits[i].sentence === sentence; i++) {
      const cue = STUDY_CUES[hits[i].cue];
      const n = (seen.get(hits[i].cue) ?? 0) + 1;
      seen.set(hits[i].cue, n);
      found[cue.type] += cue.w * hits[i].factor * (n <= FULL_HITS ? 1 : TAIL);
    }
    const s = sentences[sentence];
    // Trial words in a sentence about mice or dishes describe those experiments, not a human trial.
    if (Math.max(found.animal, found['in-vitro']) >= 2.5) found['human-trial'] *= 0.3;
    // A device or material used on patients is tested in people, not on a lab bench.
    if (found['lab-experiment'] && p.patients.test(s.text)) found['lab-experiment'] *= 0.3;
    // A panel that "reviewed studies" weighed evidence to advise: its method, not a meta-analysis.
    if (found.review >= 1.5 && found['meta-analysis'] > 0 && found['meta-analysis'] < 4) found['meta-analysis'] *= 0.3;
    // Trials and cohorts named in a sentence about pooling them are the pooled studies.
    if (found['meta-analysis'] >= 2.5) {
      found['human-trial'] *= 0.3;
      found.observational *= 0.3;
    }
    for (const t of SCORED_TYPES) {
      if (found[t] <= 0) continue;
      const raw = Math.min(found[t], SENTENCE_CAP);
      const points = raw * contextWeight(s);
      scores[t] += points;
      if (s.top) top[t] += points;
      byType[t].push({ sentence, points, raw });
    }
  }
  return { scores, top, hits: byType };
}
