/**
 * The `wordCounts` table (version 5): how many stories hold each search word (document frequency). Kept up to
 * date by every write (lib/db/rows.ts) from the changed stories' word lists, so a search picks its rarest word
 * with one keyed read per word instead of counting index entries (Chromium's count() walks every entry).
 */
import type { Transaction } from 'dexie';
import type { CaveatDb } from './schema';

/** One word and the number of stories whose `words` hold it (entries with n 0 are deleted). */
export interface WordCount {
  word: string;
  n: number;
}

type WordLists = readonly (readonly string[] | undefined)[];

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

/** Updates the counts for stories whose word lists changed from `removed` to `added`; call inside a transaction over db.wordCounts. */
export function applyWordCounts(db: CaveatDb, removed: WordLists, added: WordLists): Promise<void> {
  const delta = wordDelta(removed, added);
  if (delta.size === 0) return Promise.resolve();
  const table = db.wordCounts;
  const words = [...delta.keys()];
  return table.bulkGet(words).then((found) => {
    const kept: WordCount[] = [];
    const gone: string[] = [];
    words.forEach((word, i) => {
      const n = (found[i]?.n ?? 0) + (delta.get(word) as number);
      if (n > 0) kept.push({ word, n });
      else gone.push(word);
    });
    return Promise.all([gone.length ? table.bulkDelete(gone) : undefined, kept.length ? table.bulkPut(kept) : undefined]).then(() => undefined);
  });
}

/** Stories holding `word` (0 when none). */
export function wordCount(db: CaveatDb, word: string): Promise<number> {
  return db.wordCounts.get(word).then((e) => e?.n ?? 0);
}

/** Index entries of every word starting with `prefix`: a walk over distinct words, not over stories. */
export function prefixEntries(db: CaveatDb, prefix: string): Promise<number> {
  let sum = 0;
  return db.wordCounts
    .where('word')
    .between(prefix, `${prefix}\uffff`, true, true)
    .each((e) => {
      sum += e.n;
    })
    .then(() => sum);
}

/**
 * Builds the table from the stories' word index in an upgrade: a key-only walk of the index, where each run of
 * equal keys is one word's stories. Reads no records.
 */
export async function buildWordCounts(tx: Transaction): Promise<void> {
  const out: WordCount[] = [];
  let word: string | null = null;
  let n = 0;
  await tx
    .table('stories')
    .orderBy('words')
    .eachKey((key) => {
      if (key === word) n += 1;
      else {
        if (word !== null) out.push({ word, n });
        word = key as string;
        n = 1;
      }
    });
  if (word !== null) out.push({ word, n });
  await tx.table('wordCounts').clear();
  await tx.table('wordCounts').bulkPut(out);
}
