import type { OtherStudy, StudyType } from '../types';
import type { ScoredType } from './cues';
import { SCORED_TYPES, type HandScores } from './hand-score';
import type { ReadSentence } from './roles';

/** Points of one sentence that states a design outright ("randomly assigned 48 adults"; the per-sentence cap is 6). */
const FULL_SENTENCE = 3;

// Types that usually describe one piece of work together: a mouse study often includes dish work.
const SAME_STUDY: Partial<Record<ScoredType, ScoredType[]>> = {
  animal: ['in-vitro'],
  'human-trial': ['observational'],
  'case-report': ['human-trial'],
  'lab-experiment': ['observation', 'modelling'],
  observation: ['modelling', 'lab-experiment'],
  modelling: ['observation'],
};

/**
 * Other studies the story reports beside the main one: a type named in a sentence about "another study" or
 * "an earlier trial", or one that scores close to the main type on its own.
 */
export function otherStudies(main: StudyType, hand: HandScores, sentences: ReadSentence[]): OtherStudy[] {
  if (main === 'none') return [];
  const order = [...SCORED_TYPES].sort((a, b) => hand.scores[b] - hand.scores[a]);
  const topScore = Math.max(hand.scores[main as ScoredType] ?? 0, hand.scores[order[0]]);
  const out: OtherStudy[] = [];
  for (const type of order) {
    const hits = hand.hits[type];
    if (type === main || hand.scores[type] <= 0) continue;
    const named = hits.filter((h) => sentences[h.sentence].separate && h.raw >= 2).sort((a, b) => b.points - a.points)[0];
    // Close: half the main score, from two sentences or one that describes a design in full ("randomly assigned 48 adults…").
    const substantial = hits.length >= 2 || hits.some((h) => h.raw >= FULL_SENTENCE);
    const close = hand.scores[type] >= 0.5 * topScore && substantial && !(SAME_STUDY[main as ScoredType] ?? []).includes(type);
    if (!named && !close) continue;
    const best = named ?? [...hits].sort((a, b) => b.points - a.points)[0];
    out.push({ studyType: type, text: sentences[best.sentence].text });
    if (out.length >= 3) break;
  }
  return out;
}
