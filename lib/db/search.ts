/** Searching and listing the reading list on indexes only; records are read for the requested page alone. */
import { guard } from './errors';
import { hasConditions, matchingKeys, orderKeys, pageAll } from './match';
import type { CaveatDb, StoredStory } from './schema';
import type { SearchParams, SearchResult } from './search-types';

export { SORT_ORDERS, type SearchParams, type SearchResult, type SortOrder } from './search-types';
export { listFacets, type FacetCount, type Facets } from './facets';

/** Every matching id in order (no records read): for "select all shown" and for paging a search once. */
export async function searchIds(db: CaveatDb, params: SearchParams = {}): Promise<number[]> {
  return guard(() =>
    db.transaction('r', db.stories, async () => {
      if (!hasConditions(params)) return pageAll(db, await db.stories.count(), params.sort, 0, Number.MAX_SAFE_INTEGER);
      return orderKeys(db, (await matchingKeys(db, params)) ?? new Set(), params.sort);
    }),
  );
}

export async function searchStories(db: CaveatDb, params: SearchParams = {}): Promise<SearchResult> {
  const limit = Math.max(0, Math.floor(params.limit ?? 50));
  const offset = Math.max(0, Math.floor(params.offset ?? 0));
  return guard(() =>
    db.transaction('r', db.stories, async () => {
      let ids: number[];
      let total: number;
      if (!hasConditions(params)) {
        total = await db.stories.count();
        ids = await pageAll(db, total, params.sort, offset, limit);
      } else {
        const keys = (await matchingKeys(db, params)) ?? new Set<number>();
        total = keys.size;
        // Only the matches are ordered; a page needs no more than that.
        ids = total === 0 ? [] : (await orderKeys(db, keys, params.sort)).slice(offset, offset + limit);
      }
      const stories = ids.length ? (await db.stories.bulkGet(ids)).filter((s): s is StoredStory => !!s) : [];
      return { ids, stories, total };
    }),
  );
}
