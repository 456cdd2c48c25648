/**
 * Which stories match a search, and in what order. Cost grows with the matches, not with the list:
 * words are read as primary keys from the word index; filters come from their own index only when their
 * set is small, otherwise they are tested on the small rows already read; totals for the plain list and
 * single filters come from the counts table. Ordering reads the matches' rows when they are few, and
 * otherwise walks the sort index from the nearer end only until the page is filled.
 */
import { countsOf, facetKey } from './counts';
import type { CaveatDb, StoryRow } from './schema';
import type { SearchParams, SortOrder } from './search-types';
import { DENSE_SHARE, LOOKUP_WALK_MAX, lookupWalk, planWords, TEST_RATIO } from './match-words';
import { idsWithWord, rangeIds, wholeWord } from './word-index';
import { queryWords } from './words';

// Written as promise chains, not nested async functions: inside Dexie's liveQuery, deep native-await chains
// outlive the transaction's zone and Dexie reports a premature commit.

export type SortIndex = 'savedAt' | 'publishedAt' | 'sortTitle';
export const SORT_INDEX: Record<SortOrder, [index: SortIndex, reverse: boolean]> = {
  'saved-desc': ['savedAt', true],
  'saved-asc': ['savedAt', false],
  'published-desc': ['publishedAt', true],
  'published-asc': ['publishedAt', false],
  'title-asc': ['sortTitle', false],
  'title-desc': ['sortTitle', true],
};

export function sortIndex(sort: SortOrder | undefined): [index: SortIndex, reverse: boolean] {
  return SORT_INDEX[sort ?? 'saved-desc'] ?? SORT_INDEX['saved-desc'];
}

interface Filter {
  count: number;
  keys: () => Promise<number[]>;
  test: (row: StoryRow) => boolean;
}

/** What a search resolves to before ordering: candidate ids (null = every story) and row tests still to apply. */
export interface Plan {
  keys: Set<number> | null;
  tests: ((row: StoryRow) => boolean)[];
  /** Stories in the list. */
  size: number;
  /** Number of matches when known without reading rows. */
  total: number | null;
  /** With keys null: the one word a story must have, tested by keyed lookups while walking the sort order. */
  dense?: string;
}

/** True when the search has a word or a filter (otherwise every story matches). */
export function hasConditions(p: SearchParams): boolean {
  const { whole, prefix } = queryWords(p.query ?? '');
  return whole.length > 0 || !!prefix || !!p.studyType || !!p.peerReview || !!p.journal || !!p.tag || p.read !== undefined || !!p.claimWarning || !!p.paperFlagged;
}

function intersect(a: Set<number>, b: Iterable<number>): Set<number> {
  const out = new Set<number>();
  for (const k of b) if (a.has(k)) out.add(k);
  return out;
}

export function planSearch(db: CaveatDb, p: SearchParams): Promise<Plan> {
  const specs: { key: string; keys: () => Promise<number[]>; test: (r: StoryRow) => boolean }[] = [];
  const on = (index: 'studyType' | 'peerReview' | 'journal' | 'tags' | 'readKey' | 'claimFlag' | 'paperFlag', value: string | number) => () =>
    db.stories.where(index).equals(value).primaryKeys();
  if (p.studyType) specs.push({ key: facetKey('studyType', p.studyType), keys: on('studyType', p.studyType), test: (r) => r.studyType === p.studyType });
  if (p.peerReview) specs.push({ key: facetKey('peerReview', p.peerReview), keys: on('peerReview', p.peerReview), test: (r) => r.peerReview === p.peerReview });
  if (p.journal) specs.push({ key: facetKey('journal', p.journal), keys: on('journal', p.journal), test: (r) => r.journal === p.journal });
  if (p.tag) specs.push({ key: facetKey('tag', p.tag), keys: on('tags', p.tag), test: (r) => r.tags.includes(p.tag as string) });
  if (p.claimWarning) specs.push({ key: 'claimWarning', keys: on('claimFlag', 1), test: (r) => r.claimWarning === true });
  if (p.paperFlagged) specs.push({ key: 'paperFlag', keys: on('paperFlag', 1), test: (r) => !!r.paperStatus });
  if (p.read !== undefined) specs.push({ key: 'unread', keys: on('readKey', p.read ? 1 : 0), test: (r) => r.read === p.read });
  return countsOf(db, ['total', ...specs.map((s) => s.key)]).then(([size, ...counts]) => {
    // The counts table keeps unread; read = total - unread.
    const filters: Filter[] = specs
      .map((s, i) => ({ ...s, count: s.key === 'unread' && p.read ? size - counts[i] : counts[i] }))
      .sort((a, b) => a.count - b.count);
    const none: Plan = { keys: new Set(), tests: [], size, total: 0 };
    if (filters.some((f) => f.count <= 0)) return none;
    const tests: ((row: StoryRow) => boolean)[] = [];
    // Smallest first: each index read only when it is not much larger than the candidates so far.
    const step = (keys: Set<number> | null, i: number): Promise<Set<number>> => {
      if (i >= filters.length) return Promise.resolve(keys ?? new Set());
      const f = filters[i];
      if (keys && keys.size * TEST_RATIO < f.count) {
        tests.push(f.test);
        return step(keys, i + 1);
      }
      return f.keys().then((list) => step(keys ? intersect(keys, list) : new Set(list), i + 1));
    };
    const done = (keys: Set<number>): Plan => ({ keys, tests, size, total: tests.length ? null : keys.size });
    const withWords = (words: Set<number> | null): Promise<Plan> => {
      if (words && words.size === 0) return Promise.resolve(none);
      if (!words && filters.length === 0) return Promise.resolve({ keys: null, tests: [], size, total: size });
      // One broad filter alone: its count is the total, and the walk over the sort order tests it row by row.
      if (!words && filters.length === 1 && filters[0].count > size * DENSE_SHARE) {
        return Promise.resolve({ keys: null, tests: [filters[0].test], size, total: filters[0].count });
      }
      return step(words, 0).then(done);
    };
    return planWords(db, p.query ?? '', size).then(({ keys, dense }) => {
      if (!dense) return withWords(keys);
      // A common word alone: its count is the total; the page walk looks it up per row.
      if (filters.length === 0) return { keys: null, tests: [], size, total: dense.count, dense: dense.word };
      // A filter much smaller than the word: the filters' ids first, the word looked up on them.
      if (filters[0].count * TEST_RATIO <= dense.count) {
        return step(null, 0).then((k) => idsWithWord(db, dense.word, k)).then(done);
      }
      return rangeIds(db, wholeWord(dense.word)).then((ids) => withWords(new Set(ids)));
    });
  });
}

/** Row order for a sort: ties by id, the whole order reversed for a descending sort (as the index gives it). */
function sortRows(rows: StoryRow[], sort: SortOrder | undefined): number[] {
  const [index, reverse] = sortIndex(sort);
  rows.sort((a, b) => {
    const x = a[index];
    const y = b[index];
    return x < y ? -1 : x > y ? 1 : a.id - b.id;
  });
  const ids = rows.map((r) => r.id);
  return reverse ? ids.reverse() : ids;
}

/** Walks the rows in sort order (or its reverse) and returns up to `take` accepted ids after skipping `skip`. */
function walk(db: CaveatDb, sort: SortOrder | undefined, backwards: boolean, skip: number, take: number, accept: (r: StoryRow) => boolean): Promise<number[]> {
  const [index, reverse] = sortIndex(sort);
  const out: number[] = [];
  let seen = 0;
  const rows = reverse !== backwards ? db.rows.orderBy(index).reverse() : db.rows.orderBy(index);
  return rows
    .until(() => out.length >= take)
    .each((row) => {
      if (accept(row) && seen++ >= skip) out.push(row.id);
    })
    .then(() => out);
}

/** One page of a plan in order, with the total. Pass limit Infinity for every match. */
export function pagePlan(db: CaveatDb, plan: Plan, sort: SortOrder | undefined, offset: number, limit: number): Promise<{ ids: number[]; total: number }> {
  const { keys, tests } = plan;
  if (keys && (tests.length > 0 || plan.total === null || keys.size <= plan.size * DENSE_SHARE)) {
    if (keys.size === 0) return Promise.resolve({ ids: [], total: 0 });
    return db.rows.bulkGet([...keys]).then((found) => {
      const rows = found.filter((r): r is StoryRow => !!r && tests.every((t) => t(r)));
      return { ids: sortRows(rows, sort).slice(offset, offset + limit), total: rows.length };
    });
  }
  const total = plan.total ?? 0;
  const end = Math.min(total, offset + limit);
  if (end <= offset) return Promise.resolve({ ids: [], total });
  // From whichever end of the order is nearer the page.
  const backwards = total - end < offset;
  const skip = backwards ? total - end : offset;
  const take = end - offset;
  const flip = (ids: number[]) => (backwards ? ids.reverse() : ids);
  const [index, reverse] = sortIndex(sort);
  const ordered = () => (reverse !== backwards ? db.rows.orderBy(index).reverse() : db.rows.orderBy(index));
  const word = plan.dense;
  if (!keys && word) {
    const share = total / Math.max(1, plan.size);
    if ((skip + take) / share <= LOOKUP_WALK_MAX) return lookupWalk(ordered, db, word, share, skip, take).then((ids) => ({ ids: flip(ids), total }));
    return rangeIds(db, wholeWord(word)).then((ids) => {
      const set = new Set(ids);
      return walk(db, sort, backwards, skip, take, (r) => set.has(r.id)).then((found) => ({ ids: flip(found), total }));
    });
  }
  if (!keys && tests.length === 0) {
    return ordered().offset(skip).limit(take).primaryKeys().then((ids) => ({ ids: flip(ids), total }));
  }
  const accept = (r: StoryRow) => (!keys || keys.has(r.id)) && tests.every((t) => t(r));
  return walk(db, sort, backwards, skip, take, accept).then((ids) => ({ ids: flip(ids), total }));
}
