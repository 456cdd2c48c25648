/** Filter facets with counts, read from indexes (distinct keys, then a native count per value), never from records. */
import type { PeerReview, StudyType } from '../analysis/types';
import { guard } from './errors';
import type { CaveatDb } from './schema';

export interface FacetCount<T = string> {
  value: T;
  count: number;
}

export interface Facets {
  total: number;
  unread: number;
  tags: FacetCount[];
  journals: FacetCount[];
  studyTypes: FacetCount<StudyType>[];
  peerReviews: FacetCount<PeerReview>[];
}

/** Counts of every value of an index, most frequent first (ties alphabetical): one step per distinct value, not per story. */
async function countIndex(db: CaveatDb, index: 'tags' | 'journal' | 'studyType' | 'peerReview'): Promise<FacetCount[]> {
  const values = (await db.stories.orderBy(index).uniqueKeys()).filter((k): k is string => typeof k === 'string' && k !== '');
  const counts = await Promise.all(values.map((value) => db.stories.where(index).equals(value).count()));
  return values.map((value, i) => ({ value, count: counts[i] })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

export async function listFacets(db: CaveatDb): Promise<Facets> {
  return guard(() =>
    db.transaction('r', db.stories, async () => {
      const [total, unread, tags, journals, studyTypes, peerReviews] = await Promise.all([
        db.stories.count(),
        db.stories.where('readKey').equals(0).count(),
        countIndex(db, 'tags'),
        countIndex(db, 'journal'),
        countIndex(db, 'studyType'),
        countIndex(db, 'peerReview'),
      ]);
      return {
        total,
        unread,
        tags,
        journals,
        studyTypes: studyTypes as FacetCount<StudyType>[],
        peerReviews: peerReviews as FacetCount<PeerReview>[],
      };
    }),
  );
}
