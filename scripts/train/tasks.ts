/** The two things the research model learns: the study type and the peer-review status, as training tasks. */
import type { ContextPatterns } from '../../lib/analysis/research/context';
import { studyFeatures, storyWords, type StudyFeatures } from '../../lib/analysis/research/features';
import { PEER_REVIEW_CLASSES, reviewSigns, type ReviewSigns } from '../../lib/analysis/research/peer-review';
import { storySentences } from '../../lib/analysis/research/sentences';
import type { JournalIndex } from '../../lib/analysis/sources/journals';
import { STUDY_TYPES } from '../../lib/analysis/types';
import { baseLanguage } from '../../lib/text/sentences';
import type { Item } from './corpus';
import { REVIEW_PRIOR, studyPrior } from './settings';

/** The hand strengths' scale as priors of the cue weights (cross-validated: 0, 0.2, 0.4 tried). */
const STUDY_PRIOR_SCALE = Number(process.env.CAVEAT_PRIOR ?? 0.2);
import { DEFAULT_FIT, type Example, type FitOptions } from './fit';

export const STUDY_CLASSES: string[] = [...STUDY_TYPES];

export interface Prepared {
  item: Item;
  lang: 'en' | 'de';
  study: StudyFeatures;
  words: Record<string, number>;
  review: ReviewSigns;
}

/** What prepare() reads stories with, made once by the caller: the journal index and each language's patterns. */
export interface Readers {
  journals: JournalIndex;
  context: Record<'en' | 'de', ContextPatterns>;
}

export function prepare(item: Item, { journals, context }: Readers): Prepared {
  const lang = baseLanguage(item.article.lang ?? item.lang);
  const isPaper = Boolean(item.article.metadata.citation?.citation_title?.length);
  const study = studyFeatures(storySentences(item.article), context[lang], lang, isPaper);
  return { item, lang, study, words: storyWords(study.sentences), review: reviewSigns(study.sentences, item.article, lang, journals) };
}

export interface Task {
  name: string;
  /** Training settings, chosen by cross-validation. */
  fit: FitOptions;
  classes: string[];
  /** Classes that count as right, or null when the story is not labelled for this task. */
  accept(item: Item): number[] | null;
  /** The label scored (a story may be trained on but not scored, like cardiff's "some study"). */
  scored(item: Item): boolean;
  example(p: Prepared, accept: number[], weight: number): Example;
}

/** Weight of a story: sets balanced so that hundreds of stories about 180 papers do not drown the rest. */
export function exampleWeight(item: Item, groupSize: number, perSet: Record<string, number>): number {
  return (perSet[item.set] ?? 1) / Math.sqrt(groupSize);
}

export function studyTask(words: boolean): Task {
  return {
    name: words ? 'study' : 'study (cues only)',
    fit: { ...DEFAULT_FIT, prior: { shared: studyPrior(STUDY_PRIOR_SCALE) } },
    classes: STUDY_CLASSES,
    accept(item) {
      if (item.studyType) return [...new Set([item.studyType, ...item.studyTypeAlt])].map((t) => STUDY_CLASSES.indexOf(t)).filter((k) => k >= 0);
      // Every cardiff story is linked to the paper it reports: some study, whichever.
      if (item.reportsStudy) return STUDY_CLASSES.map((_, k) => k).filter((k) => STUDY_CLASSES[k] !== 'none');
      return null;
    },
    scored: (item) => Boolean(item.studyType),
    example: (p, accept, weight) => ({ shared: p.study.shared, global: words && p.lang === 'en' ? { ...p.study.global, ...p.words } : p.study.global, accept, weight }),
  };
}

export const reviewTask: Task = {
  name: 'peer review',
  fit: { ...DEFAULT_FIT, l2Class: 0.001, l2Prior: 0.02, prior: { perClass: REVIEW_PRIOR } },
  classes: PEER_REVIEW_CLASSES,
  accept: (item) => (item.peerReview ? [PEER_REVIEW_CLASSES.indexOf(item.peerReview as never)] : null),
  scored: (item) => Boolean(item.peerReview),
  example: (p, accept, weight) => ({ shared: {}, global: p.review.features, accept, weight }),
};
