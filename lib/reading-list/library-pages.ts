import { searchIds, searchRows, type SearchParams } from '../db/search';
import type { CaveatDb, StoredStory } from '../db/schema';
import type { PaperUpdateKind } from '../paper/types';
import type { LibraryQuery } from './library-query';

/** Rows fetched per database read; the list asks only for the pages its visible rows fall in. */
export const PAGE_SIZE = 100;

/** The fields a library row shows: never the article body, so memory stays flat at 10,000 stories. */
export type StoryRowData = Pick<
  StoredStory,
  'id' | 'title' | 'siteName' | 'savedAt' | 'publishedAt' | 'studyType' | 'peerReview' | 'journal' | 'tags' | 'read'
> &
  Partial<Pick<StoredStory, 'retracted'>> & { claimWarning?: boolean; paperStatus?: PaperUpdateKind };

export interface LoadedPages {
  total: number;
  /** Row data by position in the sorted, filtered list. */
  rows: Map<number, StoryRowData>;
}

export function toSearchParams(q: LibraryQuery): SearchParams {
  return {
    query: q.text || undefined,
    studyType: q.studyType || undefined,
    peerReview: q.peerReview || undefined,
    journal: q.journal || undefined,
    tag: q.tag || undefined,
    read: q.read === '' ? undefined : q.read === 'read',
    claimWarning: q.claims === 'warned' || undefined,
    paperFlagged: q.paper === 'flagged' || undefined,
    sort: q.sort,
  };
}

/** Page numbers covering rows [start, end). */
export function pagesFor(start: number, end: number): number[] {
  const first = Math.floor(start / PAGE_SIZE);
  const last = Math.max(first, Math.floor(Math.max(start, end - 1) / PAGE_SIZE));
  const pages: number[] = [];
  for (let p = first; p <= last; p++) pages.push(p);
  return pages;
}

function rowOf(s: StoryRowData): StoryRowData {
  const { id, title, siteName, savedAt, publishedAt, studyType, peerReview, journal, tags, read } = s;
  const row: StoryRowData = { id, title, siteName, savedAt, publishedAt, studyType, peerReview, journal, retracted: s.retracted === true, claimWarning: s.claimWarning === true, tags, read };
  if (s.paperStatus) row.paperStatus = s.paperStatus;
  return row;
}

/** Reads the given pages of a search in one query; run inside liveQuery so any change to the stories re-reads them. */
export async function loadPages(db: CaveatDb, params: SearchParams, pages: number[]): Promise<LoadedPages> {
  // pagesFor returns a contiguous run: one search covers them all, so the matching is done once.
  const first = Math.min(...pages);
  const last = Math.max(...pages);
  const result = await searchRows(db, { ...params, offset: first * PAGE_SIZE, limit: (last - first + 1) * PAGE_SIZE });
  const rows = new Map<number, StoryRowData>();
  result.rows.forEach((s, j) => rows.set(first * PAGE_SIZE + j, rowOf(s)));
  return { total: result.total, rows };
}

/** Every id the search matches, in order (for "select all shown"): index keys only, no records. */
export function allMatchingIds(db: CaveatDb, params: SearchParams): Promise<number[]> {
  return searchIds(db, params);
}
