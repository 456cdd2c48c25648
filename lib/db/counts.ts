/**
 * The `counts` table (version 4): how many stories have each filter value, plus the total and the unread count.
 * Kept up to date by every write (lib/db/rows.ts) from the changed rows alone, so the library's facets and
 * totals are one small read instead of a walk over every story's index entries.
 */
import type { CaveatDb, StoryRow } from './schema';

/** One counter: `key` is 'total', 'unread' or '<field>:<value>'. */
export interface CountEntry {
  key: string;
  n: number;
}

export type FacetField = 'studyType' | 'peerReview' | 'journal' | 'tag';

export function facetKey(field: FacetField, value: string): string {
  return `${field}:${value}`;
}

/** The counters a story row adds one to. */
export function countKeys(row: Pick<StoryRow, 'studyType' | 'peerReview' | 'journal' | 'tags' | 'read' | 'claimWarning' | 'paperStatus'>): string[] {
  const keys = ['total', facetKey('studyType', row.studyType), facetKey('peerReview', row.peerReview)];
  if (row.claimWarning) keys.push('claimWarning');
  if (row.paperStatus) keys.push('paperFlag');
  if (!row.read) keys.push('unread');
  if (row.journal) keys.push(facetKey('journal', row.journal));
  for (const tag of new Set(row.tags)) keys.push(facetKey('tag', tag));
  return keys;
}

/** Applies +1 for each `added` row and -1 for each `removed` one; call inside a transaction over db.counts. */
export function applyCounts(db: CaveatDb, removed: readonly (StoryRow | undefined)[], added: readonly StoryRow[]): Promise<void> {
  const delta = new Map<string, number>();
  const bump = (row: StoryRow | undefined, by: number) => {
    if (row) for (const key of countKeys(row)) delta.set(key, (delta.get(key) ?? 0) + by);
  };
  removed.forEach((r) => bump(r, -1));
  added.forEach((r) => bump(r, 1));
  const keys = [...delta.keys()].filter((k) => delta.get(k) !== 0);
  if (keys.length === 0) return Promise.resolve();
  return db.counts.bulkGet(keys).then((found) => {
    const next = keys.map((key, i) => ({ key, n: (found[i]?.n ?? 0) + (delta.get(key) as number) }));
    const gone = next.filter((e) => e.n <= 0).map((e) => e.key);
    const kept = next.filter((e) => e.n > 0);
    return Promise.all([db.counts.bulkDelete(gone), db.counts.bulkPut(kept)]).then(() => undefined);
  });
}

/** Every counter as a map (a few dozen entries: one per distinct filter value). */
export function readCounts(db: CaveatDb): Promise<Map<string, number>> {
  return db.counts.toArray().then((all) => new Map(all.map((e) => [e.key, e.n])));
}

/** Counters for the given keys (0 when absent). */
export function countsOf(db: CaveatDb, keys: string[]): Promise<number[]> {
  return db.counts.bulkGet(keys).then((found) => found.map((e) => e?.n ?? 0));
}
