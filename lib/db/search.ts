/** Searching and listing the reading list on indexes only; records are read for the requested page alone. */
import type { PeerReview, StudyType } from '../analysis/types';
import { guard } from './errors';
import type { CaveatDb, StoredStory } from './schema';
import { queryWords } from './words';

export const SORT_ORDERS = ['saved-desc', 'saved-asc', 'published-desc', 'published-asc', 'title-asc', 'title-desc'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

export interface SearchParams {
  /** Words to find in title, text, notes and tags (all must match; the last may be a prefix). */
  query?: string;
  studyType?: StudyType;
  peerReview?: PeerReview;
  /** Exact journal name as listFacets reports it. */
  journal?: string;
  tag?: string;
  read?: boolean;
  sort?: SortOrder;
  /** Page size; default 50. */
  limit?: number;
  offset?: number;
}

export interface SearchResult {
  /** Ids of the requested page, in order. */
  ids: number[];
  /** The records of that page, same order. */
  stories: StoredStory[];
  /** How many stories match in all. */
  total: number;
}

const SORT_INDEX: Record<SortOrder, [index: string, reverse: boolean]> = {
  'saved-desc': ['savedAt', true],
  'saved-asc': ['savedAt', false],
  'published-desc': ['publishedAt', true],
  'published-asc': ['publishedAt', false],
  'title-asc': ['sortTitle', false],
  'title-desc': ['sortTitle', true],
};

/** Primary keys matching every condition, or null when there is no condition (everything matches). */
async function matchingKeys(db: CaveatDb, p: SearchParams): Promise<Set<number> | null> {
  const lookups: Promise<number[]>[] = [];
  const { whole, prefix } = queryWords(p.query ?? '');
  for (const word of whole) lookups.push(db.stories.where('words').equals(word).primaryKeys());
  if (prefix) lookups.push(db.stories.where('words').startsWith(prefix).primaryKeys());
  if (p.studyType) lookups.push(db.stories.where('studyType').equals(p.studyType).primaryKeys());
  if (p.peerReview) lookups.push(db.stories.where('peerReview').equals(p.peerReview).primaryKeys());
  if (p.journal) lookups.push(db.stories.where('journal').equals(p.journal).primaryKeys());
  if (p.tag) lookups.push(db.stories.where('tags').equals(p.tag).primaryKeys());
  if (p.read !== undefined) lookups.push(db.stories.where('readKey').equals(p.read ? 1 : 0).primaryKeys());
  if (lookups.length === 0) return null;
  const sets = (await Promise.all(lookups)).map((keys) => new Set(keys)).sort((a, b) => a.size - b.size);
  let result = sets[0];
  for (const other of sets.slice(1)) result = new Set([...result].filter((k) => other.has(k)));
  return result;
}

export async function searchStories(db: CaveatDb, params: SearchParams = {}): Promise<SearchResult> {
  const limit = Math.max(0, Math.floor(params.limit ?? 50));
  const offset = Math.max(0, Math.floor(params.offset ?? 0));
  const [index, reverse] = SORT_INDEX[params.sort ?? 'saved-desc'] ?? SORT_INDEX['saved-desc'];
  return guard(() =>
    db.transaction('r', db.stories, async () => {
      const keys = await matchingKeys(db, params);
      const ordered = reverse ? db.stories.orderBy(index).reverse() : db.stories.orderBy(index);
      let ids: number[];
      let total: number;
      if (keys === null) {
        total = await db.stories.count();
        ids = await ordered.offset(offset).limit(limit).primaryKeys();
      } else {
        total = keys.size;
        if (total === 0) return { ids: [], stories: [], total };
        // Walk the sort index's keys (no records) and keep the matches: cheap even for 10,000 stories.
        const all = await ordered.primaryKeys();
        ids = all.filter((k) => keys.has(k)).slice(offset, offset + limit);
      }
      const stories = (await db.stories.bulkGet(ids)).filter((s): s is StoredStory => !!s);
      return { ids, stories, total };
    }),
  );
}

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

/** Counts of every value of an index, most frequent first (ties alphabetical). */
async function countIndex(db: CaveatDb, index: string): Promise<FacetCount[]> {
  const keys = (await db.stories.orderBy(index).keys()) as unknown[];
  const counts = new Map<string, number>();
  for (const key of keys) if (typeof key === 'string' && key) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/** What the filters can offer, with counts: read from indexes, never from records. */
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
