/**
 * Which stories match a search, and in what order, read from indexes only (primary keys, never records).
 * Cost grows with the number of matches, not the size of the list: each condition is one index range read,
 * the smallest set is intersected first, and only the matches are ordered.
 */
import type { CaveatDb } from './schema';
import type { SearchParams, SortOrder } from './search-types';
import { queryWords } from './words';

export const SORT_INDEX: Record<SortOrder, [index: 'savedAt' | 'publishedAt' | 'sortTitle', reverse: boolean]> = {
  'saved-desc': ['savedAt', true],
  'saved-asc': ['savedAt', false],
  'published-desc': ['publishedAt', true],
  'published-asc': ['publishedAt', false],
  'title-asc': ['sortTitle', false],
  'title-desc': ['sortTitle', true],
};

export function sortIndex(sort: SortOrder | undefined): [index: 'savedAt' | 'publishedAt' | 'sortTitle', reverse: boolean] {
  return SORT_INDEX[sort ?? 'saved-desc'] ?? SORT_INDEX['saved-desc'];
}

/** One condition as an index range: counted first (native, cheap), read only when needed. */
interface Condition {
  count(): Promise<number>;
  keys(): Promise<number[]>;
}

function conditions(db: CaveatDb, p: SearchParams): Condition[] {
  const out: Condition[] = [];
  const add = (collection: () => { count(): Promise<number>; primaryKeys(): Promise<number[]> }) =>
    out.push({ count: () => collection().count(), keys: () => collection().primaryKeys() });
  const { whole, prefix } = queryWords(p.query ?? '');
  for (const word of whole) add(() => db.stories.where('words').equals(word));
  if (prefix) add(() => db.stories.where('words').startsWith(prefix));
  if (p.studyType) add(() => db.stories.where('studyType').equals(p.studyType as string));
  if (p.peerReview) add(() => db.stories.where('peerReview').equals(p.peerReview as string));
  if (p.journal) add(() => db.stories.where('journal').equals(p.journal as string));
  if (p.tag) add(() => db.stories.where('tags').equals(p.tag as string));
  if (p.read !== undefined) add(() => db.stories.where('readKey').equals(p.read ? 1 : 0));
  return out;
}

/** True when the search has a word or a filter (otherwise every story matches). */
export function hasConditions(p: SearchParams): boolean {
  const { whole, prefix } = queryWords(p.query ?? '');
  return whole.length > 0 || !!prefix || !!p.studyType || !!p.peerReview || !!p.journal || !!p.tag || p.read !== undefined;
}

/** Primary keys matching every condition, or null when there is no condition (everything matches). */
// Written as promise chains, not nested async functions: inside Dexie's liveQuery, deep native-await chains
// outlive the transaction's zone and Dexie reports a premature commit.
export function matchingKeys(db: CaveatDb, p: SearchParams): Promise<Set<number> | null> {
  const conds = conditions(db, p);
  if (conds.length === 0) return Promise.resolve(null);
  // Counts first (native, cheap): a zero ends the search without reading keys, and the rarest set leads the intersection.
  return Promise.all(conds.map((c) => c.count())).then((counts) => {
    if (Math.min(...counts) === 0) return new Set<number>();
    const order = conds.map((c, i) => ({ c, n: counts[i] })).sort((a, b) => a.n - b.n);
    return Promise.all(order.map(({ c }) => c.keys())).then((keySets) => {
      let result = new Set(keySets[0]);
      for (const keys of keySets.slice(1)) {
        const other = new Set(keys);
        result = new Set([...result].filter((k) => other.has(k)));
      }
      return result;
    });
  });
}

/**
 * The matching keys in sort order, from the matches' small rows alone (O(matches), not O(stories):
 * in Chromium, reading a whole index costs about as much per entry as a point read). Ties go by id,
 * as the index would give them; a descending sort reverses the whole order.
 */
export function orderKeys(db: CaveatDb, keys: Set<number>, sort: SortOrder | undefined): Promise<number[]> {
  if (keys.size === 0) return Promise.resolve([]);
  const [index, reverse] = sortIndex(sort);
  return db.rows.bulkGet([...keys]).then((found) => {
    const rows = found.filter((r) => !!r);
    rows.sort((a, b) => {
      const x = a[index];
      const y = b[index];
      return x < y ? -1 : x > y ? 1 : a.id - b.id;
    });
    const ordered = rows.map((r) => r.id);
    return reverse ? ordered.reverse() : ordered;
  });
}

/**
 * A page of the whole list (no words, no filters), straight off the sort index: a descending page is read
 * forward from the other end, so the browser's cursor skips the offset natively instead of walking it.
 */
export function pageAll(db: CaveatDb, total: number, sort: SortOrder | undefined, offset: number, limit: number): Promise<number[]> {
  const [index, reverse] = sortIndex(sort);
  const end = Math.min(total, offset + limit);
  if (end <= offset) return Promise.resolve([]);
  const from = reverse ? total - end : offset;
  return db.rows.orderBy(index).offset(from).limit(end - offset).primaryKeys().then((keys) => (reverse ? keys.reverse() : keys));
}
