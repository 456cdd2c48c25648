/**
 * The `wordCounts` table (version 5): how many stories hold each search word (document frequency), so a search
 * picks its rarest word by key instead of counting index entries (Chromium's count() walks every entry).
 * Counts live in sorted-range buckets (lib/db/word-buckets.ts). A save changes hundreds of words: rewriting the
 * buckets each time costs more than the save itself, so a save appends its change to the small `wordLog` table
 * (one record, its words in multi-entry indexes) and every LOG_MAX changes are folded into the buckets.
 * A count is its bucket's number plus the log's entries for the word. Kept by every write (lib/db/rows.ts) in its transaction.
 */
import type { Transaction } from 'dexie';
import type { CaveatDb } from './schema';
import { applyToBuckets, decodeBucket, encodeBucket, splitBucket, wordDelta, type WordBucket } from './word-buckets';

export { wordDelta } from './word-buckets';

/** One pending change: words one more story holds, and words one fewer holds. */
export interface WordLogEntry {
  id?: number;
  plus: string[];
  minus: string[];
}

/** Pending changes before they are folded into the buckets: bounds what a count reads from the log. */
export const LOG_MAX = 32;
/** Changes of at most this many words go straight to their buckets (a tag, a note: a few keyed reads). */
const FEW_WORDS = 8;

import type { WordLists } from './word-buckets';

/** The bucket a word lives in (one keyed read: the last bucket whose lo is not above the word). */
function bucketFor(db: CaveatDb, word: string): Promise<WordBucket | undefined> {
  return db.wordCounts.where('lo').belowOrEqual(word).last();
}

/** Writes a delta into the given buckets (every bucket the delta's words fall in must be among them). */
function writeBuckets(db: CaveatDb, found: readonly (WordBucket | undefined)[], delta: Map<string, number>): Promise<void> {
  const byLo = new Map<string, WordBucket>();
  for (const b of found) if (b) byLo.set(b.lo, b);
  const sorted = [...byLo.values()].sort((x, y) => (x.lo < y.lo ? -1 : x.lo > y.lo ? 1 : 0)).map(decodeBucket);
  const { put, remove } = applyToBuckets(sorted, delta);
  return Promise.all([remove.length ? db.wordCounts.bulkDelete(remove) : undefined, db.wordCounts.bulkPut(put.map(encodeBucket))]).then(() => undefined);
}

/** Folds the whole log and `delta` into the buckets: one read of each table, the buckets rewritten, the log emptied. */
function fold(db: CaveatDb, delta: Map<string, number>): Promise<void> {
  return Promise.all([db.wordCounts.toArray(), db.wordLog.toArray()]).then(([buckets, log]) => {
    for (const e of log) {
      for (const w of e.plus) delta.set(w, (delta.get(w) ?? 0) + 1);
      for (const w of e.minus) delta.set(w, (delta.get(w) ?? 0) - 1);
    }
    for (const [w, d] of delta) if (d === 0) delta.delete(w);
    return Promise.all([writeBuckets(db, buckets, delta), log.length ? db.wordLog.clear() : undefined]).then(() => undefined);
  });
}

/** Folds every pending change into the buckets now (the writes do it every LOG_MAX changes); inside a transaction over storyTables. */
export function foldWordLog(db: CaveatDb): Promise<void> {
  return fold(db, new Map());
}

/** Updates the counts for stories whose word lists changed from `removed` to `added`; call inside a transaction over storyTables. */
export function applyWordCounts(db: CaveatDb, removed: WordLists, added: WordLists): Promise<void> {
  const delta = wordDelta(removed, added);
  if (delta.size === 0) return Promise.resolve();
  if (delta.size <= FEW_WORDS) return Promise.all([...delta.keys()].map((w) => bucketFor(db, w))).then((found) => writeBuckets(db, found, delta));
  // A multi-entry index holds a word once per record, so only changes of one story per word fit one log record.
  const plus: string[] = [];
  const minus: string[] = [];
  for (const [w, d] of delta) {
    if (d === 1) plus.push(w);
    else if (d === -1) minus.push(w);
    else return fold(db, delta);
  }
  return db.wordLog
    .add({ plus, minus })
    .then(() => db.wordLog.count())
    .then((n) => (n >= LOG_MAX ? fold(db, new Map()) : undefined));
}

/** The log's net change for the words in [lower, upper]: entries walked are bounded by LOG_MAX records. */
function logNet(db: CaveatDb, lower: string, upper: string): Promise<number> {
  return Promise.all([
    db.wordLog.where('plus').between(lower, upper, true, true).count(),
    db.wordLog.where('minus').between(lower, upper, true, true).count(),
  ]).then(([p, m]) => p - m);
}

/** Stories holding `word` (0 when none). */
export function wordCount(db: CaveatDb, word: string): Promise<number> {
  return Promise.all([bucketFor(db, word), logNet(db, word, word)]).then(([b, net]) => (b ? (decodeBucket(b).counts.get(word) ?? 0) : 0) + net);
}

/** Index entries of every word starting with `prefix`: the one or few buckets that cover the prefix, not the stories. */
export function prefixEntries(db: CaveatDb, prefix: string): Promise<number> {
  const upper = `${prefix}\uffff`;
  return Promise.all([bucketFor(db, prefix), db.wordCounts.where('lo').between(prefix, upper, false, true).toArray(), logNet(db, prefix, upper)]).then(
    ([first, rest, net]) => {
      let sum = net;
      for (const b of first ? [first, ...rest] : rest) for (const [w, n] of decodeBucket(b).counts) if (w.startsWith(prefix)) sum += n;
      return sum;
    },
  );
}

/** Every word's count, log included (tests and checks; reads both tables whole). */
export function allWordCounts(db: CaveatDb): Promise<Map<string, number>> {
  return Promise.all([db.wordCounts.toArray(), db.wordLog.toArray()]).then(([buckets, log]) => {
    const out = new Map(buckets.flatMap((b) => [...decodeBucket(b).counts]));
    const bump = (w: string, by: number) => {
      const n = (out.get(w) ?? 0) + by;
      if (n) out.set(w, n);
      else out.delete(w);
    };
    for (const e of log) {
      e.plus.forEach((w) => bump(w, 1));
      e.minus.forEach((w) => bump(w, -1));
    }
    return out;
  });
}

/** Stories read per request while building: a few MB at a time. */
const BUILD_CHUNK = 200;

/**
 * Builds the table in an upgrade from the stories' word lists, read in chunks by id. A key-only walk of the word
 * index reads no records but costs a request per entry: 13 times slower in Chromium (1,000 stories: 21 s against 1.6 s).
 */
export async function buildWordCounts(tx: Transaction): Promise<void> {
  const counts = new Map<string, number>();
  const stories = tx.table('stories');
  for (let after = -Infinity; ; ) {
    const chunk: { id: number; words?: string[] }[] = await stories.where(':id').above(after).limit(BUILD_CHUNK).toArray();
    if (chunk.length === 0) break;
    for (const s of chunk) for (const w of new Set(s.words ?? [])) counts.set(w, (counts.get(w) ?? 0) + 1);
    after = chunk[chunk.length - 1].id;
  }
  await tx.table('wordLog').clear();
  await tx.table('wordCounts').clear();
  await tx.table('wordCounts').bulkPut(splitBucket({ lo: '', counts }).map(encodeBucket));
}
