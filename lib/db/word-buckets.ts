/**
 * The buckets of the `wordCounts` table (lib/db/word-counts.ts), as pure functions: words in sorted ranges (a
 * bucket holds the words from its `lo` up to the next bucket's), each stored as one string, since IndexedDB
 * copies a string far faster than an object with a thousand keys.
 */

/** As stored: the words from `lo` (inclusive) to the next bucket's `lo`, as "word count" lines. */
export interface WordBucket {
  lo: string;
  /** One string, not an object of words: IndexedDB copies a string far faster than an object with a thousand keys. */
  data: string;
}

/** A bucket decoded: word → number of stories (never 0). */
export interface Bucket {
  lo: string;
  counts: Map<string, number>;
}

/** Words per bucket before it splits in two: keeps each record small (a few tens of kB). */
export const BUCKET_MAX = 2048;

export type WordLists = readonly (readonly string[] | undefined)[];

/** Search words are letter and digit runs (lib/db/words.ts), so a space and a newline can delimit them. */
export function decodeBucket(b: WordBucket): Bucket {
  const counts = new Map<string, number>();
  if (b.data) {
    for (const line of b.data.split('\n')) {
      const space = line.lastIndexOf(' ');
      counts.set(line.slice(0, space), Number(line.slice(space + 1)));
    }
  }
  return { lo: b.lo, counts };
}

export function encodeBucket(b: Bucket): WordBucket {
  const lines: string[] = [];
  for (const [w, n] of b.counts) lines.push(`${w} ${n}`);
  return { lo: b.lo, data: lines.join('\n') };
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
function bucketIndex(sorted: readonly Bucket[], word: string): number {
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
export function splitBucket(b: Bucket, max = BUCKET_MAX): Bucket[] {
  if (b.counts.size <= max) return [b];
  const words = [...b.counts.keys()].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  const half = Math.max(1, max >> 1);
  const out: Bucket[] = [];
  for (let i = 0; i < words.length; i += half) {
    const piece = words.slice(i, i + half);
    out.push({ lo: i === 0 ? b.lo : piece[0], counts: new Map(piece.map((w) => [w, b.counts.get(w) as number])) });
  }
  return out;
}

/**
 * Applies a delta to buckets (sorted by lo; changed in place): returns the buckets to write and the los to delete.
 * Pure, so the bucket rules are testable without a database.
 */
export function applyToBuckets(buckets: Bucket[], delta: Map<string, number>, max = BUCKET_MAX): { put: Bucket[]; remove: string[] } {
  const sorted = buckets.length ? buckets : [{ lo: '', counts: new Map<string, number>() }];
  const changed = new Set<number>();
  for (const [word, d] of delta) {
    const i = bucketIndex(sorted, word);
    const n = (sorted[i].counts.get(word) ?? 0) + d;
    if (n > 0) sorted[i].counts.set(word, n);
    else sorted[i].counts.delete(word);
    changed.add(i);
  }
  const put: Bucket[] = [];
  const remove: string[] = [];
  for (const i of changed) {
    const b = sorted[i];
    // An empty bucket goes (its range falls to the one before); the first stays so every word has a bucket.
    if (b.lo !== '' && b.counts.size === 0) remove.push(b.lo);
    else put.push(...splitBucket(b, max));
  }
  return { put, remove };
}
