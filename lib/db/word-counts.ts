/**
 * The `wordCounts` table (version 5): how many stories hold each search word (document frequency), so a search
 * picks its rarest word by key instead of counting index entries (Chromium's count() walks every entry).
 * Words are kept in buckets of sorted ranges (a bucket holds the words from its `lo` up to the next bucket's):
 * a save changes hundreds of words, and one record per word would cost hundreds of IndexedDB requests per save;
 * buckets make it one read and a few dozen writes. Kept by every write (lib/db/rows.ts) in its transaction.
 */
import type { Transaction } from 'dexie';
import type { CaveatDb } from './schema';

/** The words from `lo` (inclusive) to the next bucket's `lo`, with their number of stories (never 0). */
export interface WordBucket {
  lo: string;
  counts: Record<string, number>;
}

/** Words per bucket before it splits in two: keeps each record well under Chromium's 64 kB inline value size. */
export const BUCKET_MAX = 2048;

type WordLists = readonly (readonly string[] | undefined)[];

/** A word's count in a bucket; own keys only, since words like "constructor" are also Object.prototype's. */
function countIn(counts: Record<string, number>, word: string): number {
  return Object.hasOwn(counts, word) ? counts[word] : 0;
}

/** +1 per word of each `added` list, -1 per word of each `removed` one; words in both cancel out. */
export function wordDelta(removed: WordLists, added: WordLists): Map<string, number> {
  const delta = new Map<string, number>();
  const bump = (words: readonly string[] | undefined, by: number) => {
    if (words) for (const w of new Set(words)) delta.set(w, (delta.get(w) ?? 0) + by);
  };
  removed.forEach((w) => bump(w, -1));
  added.forEach((w) => bump(w, 1));
  for (const [w, d] of delta) if (d === 0) delta.delete(w);
  return delta;
}

/** Index of the bucket holding `word` in buckets sorted by lo (the first has lo ''). */
function bucketIndex(sorted: readonly WordBucket[], word: string): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid].lo <= word) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Splits an oversized bucket into buckets of half the maximum, each named by its first word. */
export function splitBucket(b: WordBucket, max = BUCKET_MAX): WordBucket[] {
  const words = Object.keys(b.counts);
  if (words.length <= max) return [b];
  words.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  const half = Math.max(1, max >> 1);
  const out: WordBucket[] = [];
  for (let i = 0; i < words.length; i += half) {
    const counts: Record<string, number> = {};
    for (const w of words.slice(i, i + half)) counts[w] = b.counts[w];
    out.push({ lo: i === 0 ? b.lo : words[i], counts });
  }
  return out;
}

/**
 * Applies a delta to buckets (sorted by lo): returns the buckets to write and the los to delete.
 * Pure, so the bucket rules are testable without a database.
 */
export function applyToBuckets(buckets: WordBucket[], delta: Map<string, number>, max = BUCKET_MAX): { put: WordBucket[]; remove: string[] } {
  const sorted = buckets.length ? buckets.map((b) => ({ lo: b.lo, counts: { ...b.counts } })) : [{ lo: '', counts: {} }];
  const changed = new Set<number>();
  for (const [word, d] of delta) {
    const i = bucketIndex(sorted, word);
    const n = countIn(sorted[i].counts, word) + d;
    if (n > 0) sorted[i].counts[word] = n;
    else delete sorted[i].counts[word];
    changed.add(i);
  }
  const put: WordBucket[] = [];
  const remove: string[] = [];
  for (const i of changed) {
    const b = sorted[i];
    // An empty bucket goes (its range falls to the one before); the first stays so every word has a bucket.
    if (b.lo !== '' && Object.keys(b.counts).length === 0) remove.push(b.lo);
    else put.push(...splitBucket(b, max));
  }
  return { put, remove };
}

/** The bucket a word lives in (one keyed read: the last bucket whose lo is not above the word). */
function bucketFor(db: CaveatDb, word: string): Promise<WordBucket | undefined> {
  return db.wordCounts.where('lo').belowOrEqual(word).last();
}

/** Updates the counts for stories whose word lists changed from `removed` to `added`; call inside a transaction over db.wordCounts. */
export function applyWordCounts(db: CaveatDb, removed: WordLists, added: WordLists): Promise<void> {
  const delta = wordDelta(removed, added);
  if (delta.size === 0) return Promise.resolve();
  // A few words (a tag, a note): their buckets by key; a story or more: every bucket in one read.
  const read: Promise<(WordBucket | undefined)[]> = delta.size <= 8 ? Promise.all([...delta.keys()].map((w) => bucketFor(db, w))) : db.wordCounts.toArray();
  return read.then((found) => {
    const byLo = new Map<string, WordBucket>();
    for (const b of found) if (b) byLo.set(b.lo, b);
    const { put, remove } = applyToBuckets([...byLo.values()].sort((x, y) => (x.lo < y.lo ? -1 : x.lo > y.lo ? 1 : 0)), delta);
    return Promise.all([remove.length ? db.wordCounts.bulkDelete(remove) : undefined, db.wordCounts.bulkPut(put)]).then(() => undefined);
  });
}

/** Stories holding `word` (0 when none). */
export function wordCount(db: CaveatDb, word: string): Promise<number> {
  return bucketFor(db, word).then((b) => (b ? countIn(b.counts, word) : 0));
}

/** Index entries of every word starting with `prefix`: the one or few buckets that cover the prefix, not the stories. */
export function prefixEntries(db: CaveatDb, prefix: string): Promise<number> {
  return Promise.all([bucketFor(db, prefix), db.wordCounts.where('lo').between(prefix, `${prefix}\uffff`, false, true).toArray()]).then(([first, rest]) => {
    let sum = 0;
    for (const b of first ? [first, ...rest] : rest) for (const [w, n] of Object.entries(b.counts)) if (w.startsWith(prefix)) sum += n;
    return sum;
  });
}

/** Every word's count (tests and checks; reads the whole table). */
export function allWordCounts(db: CaveatDb): Promise<Map<string, number>> {
  return db.wordCounts.toArray().then((all) => new Map(all.flatMap((b) => Object.entries(b.counts))));
}

/**
 * Builds the table from the stories' word index in an upgrade: a key-only walk of the index (one entry per
 * story and word). Reads no records.
 */
export async function buildWordCounts(tx: Transaction): Promise<void> {
  const counts: Record<string, number> = {};
  await tx
    .table('stories')
    .orderBy('words')
    .eachKey((key) => {
      const word = key as string;
      counts[word] = countIn(counts, word) + 1;
    });
  await tx.table('wordCounts').clear();
  await tx.table('wordCounts').bulkPut(splitBucket({ lo: '', counts }));
}
