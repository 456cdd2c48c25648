/**
 * The word part of a search plan. Each query word's number of stories is read by key from the wordCounts table
 * (lib/db/word-counts.ts; a prefix sums its words' counts); only the smallest set's ids are read, and larger words are tested on those candidates by keyed lookups.
 * A single word in a large share of the list is not read at all: its count is the total and the page walk
 * tests rows in sort order against the index (lib/db/word-index.ts).
 */
import type { CaveatDb } from './schema';
import { prefixEntries, wordCount } from './word-counts';
import { idsWithWord, prefixRange, rangeIds, wholeWord, type WordRange } from './word-index';
import { queryWords } from './words';

/** A set "dense" above this share of the list: cheaper to walk the sort order than to read and sort its rows. */
export const DENSE_SHARE = 1 / 8;
/** A larger set is tested on the candidates (or its index is left unread) when it is this many times larger. */
export const TEST_RATIO = 4;

interface Term {
  range: WordRange;
  /** Index entries in the range: the term's stories for a whole word, an upper bound for a prefix. */
  entries: number;
  /** The single word that decides the term (keyed lookups possible), or null for a prefix spanning several words. */
  word: string | null;
  /** Every story matches (a prefix whose own word is in every story). */
  all: boolean;
}

export interface WordPlan {
  /** Candidate ids; null when the words do not narrow the list (no words, or every story matches them). */
  keys: Set<number> | null;
  /** Instead of keys: one word found in a large share of the list, with its exact number of stories. */
  dense: { word: string; count: number } | null;
}

function terms(db: CaveatDb, query: string, size: number): Promise<Term[]> {
  const { whole, prefix } = queryWords(query);
  const reads: Promise<Term>[] = whole.map((w) => wordCount(db, w).then((n) => ({ range: wholeWord(w), entries: n, word: w, all: n >= size })));
  if (prefix) {
    const range = prefixRange(prefix);
    reads.push(
      Promise.all([prefixEntries(db, prefix), wordCount(db, prefix)]).then(([inRange, own]) => ({
        range,
        entries: inRange,
        // Only the prefix's own word in the range: the term is that word.
        word: inRange === own ? prefix : null,
        all: own >= size,
      })),
    );
  }
  return Promise.all(reads);
}

export function planWords(db: CaveatDb, query: string, size: number): Promise<WordPlan> {
  return terms(db, query, size).then((list) => {
    if (list.some((t) => t.entries === 0)) return { keys: new Set<number>(), dense: null };
    const live = list.filter((t) => !t.all).sort((a, b) => a.entries - b.entries);
    if (live.length === 0) return { keys: null, dense: null };
    const [first, ...rest] = live;
    if (rest.length === 0 && first.word && first.entries > size * DENSE_SHARE) {
      return { keys: null, dense: { word: first.word, count: first.entries } };
    }
    const step = (keys: Set<number>, i: number): Promise<Set<number>> => {
      if (i >= rest.length || keys.size === 0) return Promise.resolve(keys);
      const t = rest[i];
      if (t.word && t.entries > keys.size * TEST_RATIO) return idsWithWord(db, t.word, keys).then((k) => step(k, i + 1));
      return rangeIds(db, t.range).then((ids) => {
        const out = new Set<number>();
        for (const id of ids) if (keys.has(id)) out.add(id);
        return step(out, i + 1);
      });
    };
    return rangeIds(db, first.range).then((ids) => step(new Set(ids), 0)).then((keys) => ({ keys, dense: null }));
  });
}

/** Rows walked at most by keyed lookups for one page; deeper pages read the word's ids once instead. */
export const LOOKUP_WALK_MAX = 2_000;

/**
 * Up to `take` ids of stories with `word` after skipping `skip` of them, walking `ordered` (the sort order) in
 * chunks sized by the word's share of the list and looking each chunk up in the word index.
 */
export function lookupWalk(ordered: () => ReturnType<CaveatDb['rows']['orderBy']>, db: CaveatDb, word: string, share: number, skip: number, take: number): Promise<number[]> {
  const out: number[] = [];
  let seen = 0;
  let read = 0;
  const next = (): Promise<number[]> => {
    const chunk = Math.min(500, Math.ceil((skip + take - seen) / share) + 8);
    return ordered()
      .offset(read)
      .limit(chunk)
      .primaryKeys()
      .then((ids) =>
        idsWithWord(db, word, ids).then((has) => {
          read += ids.length;
          for (const id of ids) {
            if (!has.has(id)) continue;
            if (seen++ >= skip && out.length < take) out.push(id);
          }
          return out.length >= take || ids.length < chunk ? out : next();
        }),
      );
  };
  return next();
}
