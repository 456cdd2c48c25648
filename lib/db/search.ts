/** Searching and listing the reading list on indexes and small rows; full records are read for the requested page alone. */
import { guard } from './errors';
import { hasConditions, matchingKeys, orderKeys, pageAll } from './match';
import { storyTables } from './rows';
import type { CaveatDb, StoredStory, StoryRow } from './schema';
import type { SearchParams, SearchResult } from './search-types';

export { SORT_ORDERS, type SearchParams, type SearchResult, type SortOrder } from './search-types';
export { listFacets, type FacetCount, type Facets } from './facets';

/** Every matching id in order (no records read): for "select all shown". */
export async function searchIds(db: CaveatDb, params: SearchParams = {}): Promise<number[]> {
  return guard(() =>
    db.transaction('r', storyTables(db), async () => {
      if (!hasConditions(params)) return pageAll(db, await db.rows.count(), params.sort, 0, Number.MAX_SAFE_INTEGER);
      return orderKeys(db, (await matchingKeys(db, params)) ?? new Set(), params.sort);
    }),
  );
}

/** The ids of one page and the total; callers read the records or rows they need. */
function pageIds(db: CaveatDb, params: SearchParams): Promise<{ ids: number[]; total: number }> {
  const limit = Math.max(0, Math.floor(params.limit ?? 50));
  const offset = Math.max(0, Math.floor(params.offset ?? 0));
  if (!hasConditions(params)) {
    return db.rows.count().then((total) => pageAll(db, total, params.sort, offset, limit).then((ids) => ({ ids, total })));
  }
  // Only the matches are ordered; a page needs no more than that.
  return matchingKeys(db, params).then((found) => {
    const keys = found ?? new Set<number>();
    return orderKeys(db, keys, params.sort).then((ordered) => ({ ids: ordered.slice(offset, offset + limit), total: keys.size }));
  });
}

export async function searchStories(db: CaveatDb, params: SearchParams = {}): Promise<SearchResult> {
  return guard(() =>
    db.transaction('r', storyTables(db), async () => {
      const { ids, total } = await pageIds(db, params);
      const stories = (await db.stories.bulkGet(ids)).filter((s): s is StoredStory => !!s);
      return { ids, stories, total };
    }),
  );
}

/** Like searchStories, but the page comes as small rows (what a list draws), never article records. */
export async function searchRows(db: CaveatDb, params: SearchParams = {}): Promise<{ ids: number[]; rows: StoryRow[]; total: number }> {
  return guard(() =>
    db.transaction('r', storyTables(db), async () => {
      const { ids, total } = await pageIds(db, params);
      const rows = (await db.rows.bulkGet(ids)).filter((r): r is StoryRow => !!r);
      return { ids, rows, total };
    }),
  );
}
