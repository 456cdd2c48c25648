/**
 * The `rows` table: a small copy of each story's list fields (about 300 bytes against tens of kB for the record).
 * Searches order their matches and the library draws its rows from it, so neither reads article bodies nor walks
 * a whole index. Every write to `stories` goes through putStories/deleteStories, in a transaction over both tables.
 */
import type { CaveatDb, StoredStory, StoryRow } from './schema';

export function rowOf(s: StoredStory): StoryRow {
  const { id, title, siteName, savedAt, publishedAt, sortTitle, studyType, peerReview, journal, tags, read } = s;
  return { id, title, siteName, savedAt, publishedAt, sortTitle, studyType, peerReview, journal, tags, read };
}

/** Both tables a story lives in: pass to db.transaction. */
export function storyTables(db: CaveatDb) {
  return [db.stories, db.rows] as const;
}

/** Writes records (new ones get ids) and their rows; call inside a transaction over storyTables. */
export async function putStories(db: CaveatDb, records: (Omit<StoredStory, 'id'> & { id?: number })[]): Promise<number[]> {
  if (records.length === 0) return [];
  const ids = (await db.stories.bulkPut(records as StoredStory[], { allKeys: true })) as number[];
  await db.rows.bulkPut(records.map((r, i) => rowOf({ ...r, id: ids[i] } as StoredStory)));
  return ids;
}

export async function deleteStories(db: CaveatDb, ids: number[]): Promise<void> {
  await db.stories.bulkDelete(ids);
  await db.rows.bulkDelete(ids);
}
