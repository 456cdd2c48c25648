/**
 * The `rows` table: a small copy of each story's list fields (about 300 bytes against tens of kB for the record).
 * Searches order their matches and the library draws its rows from it, so neither reads article bodies nor walks
 * a whole index. Every write to `stories` goes through putStories/deleteStories, in a transaction over
 * storyTables, which also keeps the `counts` table (lib/db/counts.ts) in step from the changed rows alone, and the
 * word counts (lib/db/word-counts.ts) from the changed stories' words.
 */
import { paperStatus } from '../paper/status';
import { applyCounts } from './counts';
import type { CaveatDb, StoredStory, StoryRow } from './schema';
import { applyWordCounts } from './word-counts';

/** Stories as they are before a write, when the caller has read them already (saves a second read). */
export type Previous = readonly Pick<StoredStory, 'id' | 'words'>[];

export function rowOf(s: StoredStory): StoryRow {
  const { id, title, siteName, savedAt, publishedAt, sortTitle, studyType, peerReview, journal, tags, read } = s;
  // Stories saved before the field existed have no `retracted`: false.
  const row: StoryRow = { id, title, siteName, savedAt, publishedAt, sortTitle, studyType, peerReview, journal, retracted: s.retracted === true, claimWarning: s.claimFlag === 1, tags, read };
  const status = paperStatus(s.paper);
  if (status) row.paperStatus = status;
  return row;
}

/** The tables a story lives in: pass to db.transaction. */
export function storyTables(db: CaveatDb) {
  return [db.stories, db.rows, db.counts, db.wordCounts, db.wordLog] as const;
}

/** The stored word lists of `ids` (undefined where no story), from `previous` where given, else read. */
function wordsBefore(db: CaveatDb, ids: number[], previous: Previous = []): Promise<(string[] | undefined)[]> {
  const known = new Map(previous.map((s) => [s.id, s.words]));
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length === 0) return Promise.resolve(ids.map((id) => known.get(id)));
  return db.stories.bulkGet(missing).then((found) => {
    missing.forEach((id, i) => known.set(id, found[i]?.words ?? []));
    return ids.map((id) => known.get(id));
  });
}

/**
 * Writes records (new ones get ids), their rows and the counters; call inside a transaction over storyTables.
 * `previous`: the stored versions of records that have an id, if the caller holds them (others are read).
 */
export async function putStories(db: CaveatDb, records: (Omit<StoredStory, 'id'> & { id?: number })[], previous?: Previous): Promise<number[]> {
  if (records.length === 0) return [];
  const known = [...new Set(records.map((r) => r.id).filter((id): id is number => id !== undefined))];
  const before = known.length ? await db.rows.bulkGet(known) : [];
  const oldWords = known.length ? await wordsBefore(db, known, previous) : [];
  const ids = (await db.stories.bulkPut(records as StoredStory[], { allKeys: true })) as number[];
  const rows = records.map((r, i) => rowOf({ ...r, id: ids[i] } as StoredStory));
  await db.rows.bulkPut(rows);
  await applyCounts(db, before, rows);
  await applyWordCounts(db, oldWords, records.map((r) => r.words));
  return ids;
}

/** Deletes stories with their rows and counts; `previous` as for putStories. */
export async function deleteStories(db: CaveatDb, ids: number[], previous?: Previous): Promise<void> {
  if (ids.length === 0) return;
  const unique = [...new Set(ids)];
  const before = await db.rows.bulkGet(unique);
  const oldWords = await wordsBefore(db, unique, previous);
  await db.stories.bulkDelete(unique);
  await db.rows.bulkDelete(unique);
  await applyCounts(db, before, []);
  await applyWordCounts(db, oldWords, []);
}

/** Empties the reading list (tests and the benchmark). */
export function clearStories(db: CaveatDb): Promise<void> {
  return db.transaction('rw', storyTables(db), () =>
    Promise.all([db.stories.clear(), db.rows.clear(), db.counts.clear(), db.wordCounts.clear(), db.wordLog.clear()]).then(() => undefined),
  );
}
