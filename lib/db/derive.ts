/** Computes a story's indexed fields from its data; every write goes through here so indexes never drift. */
import type { Analysis } from '../analysis/types';
import { paperStatus, peerReviewLine } from '../paper/status';
import { citedDoi } from '../paper/story';
import { storyWords, titleSortKey, type DerivedFields, type StoredStory, type StoryData } from './schema';

/** The journal the story reports: the analysis' named journal, else its first journal source. */
export function journalOf(analysis: Analysis): string {
  const named = analysis.research?.journal ?? analysis.sources?.find((s) => s.kind === 'journal' && s.name)?.name;
  return (named ?? '').trim();
}

export function deriveFields(data: StoryData): DerivedFields {
  const published = data.publishedTime ? Date.parse(data.publishedTime) : NaN;
  return {
    studyType: data.analysis.research.studyType,
    // Crossref's record of the paper, when checked, says more about peer review than the story can.
    peerReview: peerReviewLine(data.analysis.research, data.paper).peerReview,
    journal: journalOf(data.analysis),
    retracted: data.analysis.research.retracted === true,
    readKey: data.read ? 1 : 0,
    claimFlag: data.analysis.claimWarning ? 1 : 0,
    paperDoi: data.paper?.doi ?? citedDoi(data.analysis) ?? '',
    paperFlag: paperStatus(data.paper) ? 1 : 0,
    publishedAt: Number.isFinite(published) ? published : 0,
    sortTitle: titleSortKey(data.title),
    words: storyWords(data),
  };
}

/** Recomputes derived fields on a whole record (after tags, notes or read changed). */
export function withDerived<T extends StoryData>(data: T): T & DerivedFields {
  return { ...data, ...deriveFields(data) };
}

const DERIVED_KEYS: (keyof DerivedFields)[] = ['studyType', 'peerReview', 'journal', 'retracted', 'readKey', 'claimFlag', 'paperDoi', 'paperFlag', 'publishedAt', 'sortTitle', 'words'];

/** A record without its id and derived fields: what export and import deal in. */
export function storyData(story: StoredStory): StoryData {
  const copy: Partial<StoredStory> = { ...story };
  delete copy.id;
  for (const key of DERIVED_KEYS) delete copy[key];
  return copy as StoryData;
}
