import type { OtherStudy, StudyType } from '../types';
import { ranked, type ScoredType, type TypeScores } from './score';

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
  const [, topScore] = ranked(t.scores)[0];
  const out: OtherStudy[] = [];
  for (const [type, score] of ranked(t.scores)) {
    if (type === main || score <= 0) continue;
    const named = t.hits[type].filter((h) => h.other && h.points >= 2).sort((a, b) => b.points - a.points)[0];
    const close = score >= 0.5 * topScore && t.hits[type].length >= 2 && !(SAME_STUDY[main as ScoredType] ?? []).includes(type);
    if (!named && !close) continue;
    const best = named ?? [...t.hits[type]].sort((a, b) => b.points - a.points)[0];
    out.push({ studyType: type, text: best.sentence.text });
    if (out.length >= 3) break;
  }
  return out;
}
