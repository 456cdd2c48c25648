import type { OtherStudy, StudyType } from '../types';
import { ranked, type ScoredType, type TypeScores } from './score';

/** Points of one sentence that states a study design outright (the per-sentence cap is 6). */
const FULL_SENTENCE = 5;

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
 * Other studies the story reports beside the main one: a type named in a sentence about
 * "another study" or "an earlier trial", or one that scores close to the main type on its own.
 */
export function otherStudies(main: StudyType, t: TypeScores): OtherStudy[] {
  if (main === 'none') return [];
  const order = ranked(t.scores);
  const topScore = order[0][1];
  const out: OtherStudy[] = [];
  for (const [type, score] of order) {
    if (type === main || score <= 0) continue;
    const named = t.hits[type].filter((h) => h.other && h.points >= 2).sort((a, b) => b.points - a.points)[0];
    // Close: half the main score, from two sentences or one that describes a design in full ("randomly assigned 48 adults…").
    const substantial = t.hits[type].length >= 2 || t.hits[type].some((h) => h.points >= FULL_SENTENCE);
    const close = score >= 0.5 * topScore && substantial && !(SAME_STUDY[main as ScoredType] ?? []).includes(type);
    if (!named && !close) continue;
    const best = named ?? [...t.hits[type]].sort((a, b) => b.points - a.points)[0];
    out.push({ studyType: type, text: best.sentence.text });
    if (out.length >= 3) break;
  }
  return out;
}
