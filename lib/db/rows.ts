/**
 * The `rows` table: a small copy of each story's list fields (about 300 bytes against tens of kB for the record).
 * Searches order their matches and the library draws its rows from it, so neither reads article bodies nor walks
 * a whole index. Every write to `stories` goes through putStories/deleteStories, in a transaction over
 * storyTables, which also keeps the `counts` table (lib/db/counts.ts) in step from the changed rows alone.
 */
import { applyCounts } from './counts';
import type { CaveatDb, StoredStory, StoryRow } from './schema';

export function rowOf(s: StoredStory): StoryRow {
  const { id, title, siteName, savedAt, publishedAt, sortTitle, studyType, peerReview, journal, tags, read } = s;
  return { id, title, siteName, savedAt, publishedAt, sortTitle, studyType, peerReview, journal, tags, read };
}

/** The tables a story lives in: pass to db.transaction. */
export function storyTables(db: CaveatDb) {
  return [db.stories, db.rows, db.counts] as const;
}

/** Writes records (new ones get ids), their rows and the counters; call inside a transaction over storyTables. */
export async function putStories(db: CaveatDb, records: (Omit<StoredStory, 'id'> & { id?: number })[]): Promise<number[]> {
  if (records.length === 0) return [];
  const known = records.map((r) => r.id).filter((id): id is number => id !== undefined);
  const before = known.length ? await db.rows.bulkGet(known) : [];
  const ids = (await db.stories.bulkPut(records as StoredStory[], { allKeys: true })) as number[];
  const rows = records.map((r, i) => rowOf({ ...r, id: ids[i] } as StoredStory));
  await db.rows.bulkPut(rows);
  await applyCounts(db, before, rows);
  return ids;
}

export async function deleteStories(db: CaveatDb, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  const before = await db.rows.bulkGet(ids);
  await db.stories.bulkDelete(ids);
  await db.rows.bulkDelete(ids);
  await applyCounts(db, before, []);
}

/** Empties the reading list (tests and the benchmark). */
export function clearStories(db: CaveatDb): Promise<void> {
  return db.transaction('rw', storyTables(db), () =>
    Promise.all([db.stories.clear(), db.rows.clear(), db.counts.clear()]).then(() => undefined),
  );
}
