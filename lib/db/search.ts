/** Searching and listing the reading list on indexes, counters and small rows; full records are read for the requested page alone. */
import { guard } from './errors';
import { pagePlan, planSearch } from './match';
import { storyTables } from './rows';
import type { CaveatDb, StoredStory, StoryRow } from './schema';
import type { SearchParams, SearchResult } from './search-types';

export { SORT_ORDERS, type SearchParams, type SearchResult, type SortOrder } from './search-types';
export { listFacets, type FacetCount, type Facets } from './facets';

/** Every matching id in order (no records read): for "select all shown". */
export async function searchIds(db: CaveatDb, params: SearchParams = {}): Promise<number[]> {
  return guard(() =>
    db.transaction('r', storyTables(db), () =>
      planSearch(db, params).then((plan) => pagePlan(db, plan, params.sort, 0, Number.MAX_SAFE_INTEGER)).then((r) => r.ids),
    ),
  );
}

/** The ids of one page and the total; callers read the records or rows they need. */
function pageIds(db: CaveatDb, params: SearchParams): Promise<{ ids: number[]; total: number }> {
  const limit = Math.max(0, Math.floor(params.limit ?? 50));
  const offset = Math.max(0, Math.floor(params.offset ?? 0));
  return planSearch(db, params).then((plan) => pagePlan(db, plan, params.sort, offset, limit));
}

export async function searchStories(db: CaveatDb, params: SearchParams = {}): Promise<SearchResult> {
  return guard(() =>
    db.transaction('r', storyTables(db), () =>
      pageIds(db, params).then(({ ids, total }) =>
        db.stories.bulkGet(ids).then((found) => ({ ids, stories: found.filter((s): s is StoredStory => !!s), total })),
      ),
    ),
  );
}

/** Like searchStories, but the page comes as small rows (what a list draws), never article records. */
export async function searchRows(db: CaveatDb, params: SearchParams = {}): Promise<{ ids: number[]; rows: StoryRow[]; total: number }> {
  return guard(() =>
    db.transaction('r', storyTables(db), () =>
      pageIds(db, params).then(({ ids, total }) =>
        db.rows.bulkGet(ids).then((found) => ({ ids, rows: found.filter((r): r is StoryRow => !!r), total })),
      ),
    ),
  );
}
