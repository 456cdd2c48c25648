import type { StudyType, Subjects } from '../types';
import type { HandScores } from './hand-score';

/** Who or what a study of each type studies, when nothing else is known (reviews pool studies of people most often). */
export const SUBJECT_OF: Record<StudyType, Subjects> = {
  'in-vitro': 'cells',
  animal: 'animals',
  'human-trial': 'people',
  observational: 'people',
  'case-report': 'people',
  'meta-analysis': 'people',
  review: 'people',
  modelling: 'none',
  observation: 'none',
  'lab-experiment': 'none',
  none: 'none',
};

/**
 * Who was studied. A review or pooled analysis is on whom its pooled studies were: animals when its sentences
 * speak of animals more than of trials and cohorts of people, cells when of dishes.
 */
export function subjectsOf(type: StudyType, hand: HandScores): Subjects {
  if (type !== 'meta-analysis' && type !== 'review') return SUBJECT_OF[type];
  const s = hand.scores;
  const people = s['human-trial'] + s.observational + s['case-report'];
  if (s.animal > people && s.animal >= s['in-vitro']) return 'animals';
  if (s['in-vitro'] > people) return 'cells';
  return 'people';
}
