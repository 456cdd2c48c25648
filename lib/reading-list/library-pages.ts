import { searchStories, type SearchParams } from '../db/search';
import type { CaveatDb, StoredStory } from '../db/schema';
import type { LibraryQuery } from './library-query';

/** Rows fetched per database read; the list asks only for the pages its visible rows fall in. */
export const PAGE_SIZE = 100;

/** The fields a library row shows: never the article body, so memory stays flat at 10,000 stories. */
export type StoryRowData = Pick<
  StoredStory,
  'id' | 'title' | 'siteName' | 'savedAt' | 'publishedAt' | 'studyType' | 'peerReview' | 'journal' | 'tags' | 'read'
>;

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

function rowOf(s: StoredStory): StoryRowData {
  const { id, title, siteName, savedAt, publishedAt, studyType, peerReview, journal, tags, read } = s;
  return { id, title, siteName, savedAt, publishedAt, studyType, peerReview, journal, tags, read };
}

/** Reads the given pages of a search; run inside liveQuery so any change to the stories re-reads them. */
export async function loadPages(db: CaveatDb, params: SearchParams, pages: number[]): Promise<LoadedPages> {
  const results = await Promise.all(pages.map((p) => searchStories(db, { ...params, offset: p * PAGE_SIZE, limit: PAGE_SIZE })));
  const rows = new Map<number, StoryRowData>();
  results.forEach((result, i) => result.stories.forEach((s, j) => rows.set(pages[i] * PAGE_SIZE + j, rowOf(s))));
  return { total: results[0]?.total ?? 0, rows };
}

/** Every id the search matches, in order (for "select all shown"). Reads records in pages to bound memory. */
export async function allMatchingIds(db: CaveatDb, params: SearchParams): Promise<number[]> {
  const ids: number[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await searchStories(db, { ...params, offset, limit: 1000 });
    ids.push(...page.ids);
    if (page.ids.length < 1000 || ids.length >= page.total) return ids;
  }
}
