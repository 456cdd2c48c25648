/**
 * Keyed reads on the stories' multi-entry word index: the ids of a word or prefix, and which of some candidate
 * ids have a word, by seeking the index cursor to (word, id) instead of reading every id of the word.
 * Must run inside a Dexie transaction over `stories` (searches always do).
 */
import Dexie, { type DBCoreKeyRange, type DBCoreRangeType } from 'dexie';
import type { CaveatDb } from './schema';

/** One word, or every word starting with a prefix: the index range a query term covers. */
export interface WordRange {
  lower: string;
  /** Equal to lower for a whole word. */
  upper: string;
}

export function wholeWord(word: string): WordRange {
  return { lower: word, upper: word };
}

export function prefixRange(prefix: string): WordRange {
  return { lower: prefix, upper: `${prefix}\uffff` };
}

/** Ids of stories with any word in the range, each once. */
export function rangeIds(db: CaveatDb, r: WordRange): Promise<number[]> {
  const c = db.stories.where('words').between(r.lower, r.upper, true, true);
  return c.primaryKeys().then((k) => (r.lower === r.upper ? k : [...new Set(k)]));
}

/**
 * Which of `ids` have `word`: one cursor on the word's entries, moved forward by continuePrimaryKey to each
 * candidate in id order, so the cost grows with the candidates (log-time seeks), not with the word's stories.
 */
export function idsWithWord(db: CaveatDb, word: string, ids: Iterable<number>): Promise<Set<number>> {
  const sorted = [...ids].sort((a, b) => a - b);
  const found = new Set<number>();
  const tx = Dexie.currentTransaction;
  if (sorted.length === 0) return Dexie.Promise.resolve(found);
  if (!tx) return Dexie.Promise.reject(new Error('idsWithWord needs a transaction'));
  const core = db.stories.core;
  const index = core.schema.getIndexByKeyPath('words');
  if (!index) return Dexie.Promise.reject(new Error('no word index'));
  const range: DBCoreKeyRange = { type: 1 as DBCoreRangeType, lower: word, upper: word };
  // A Dexie promise keeps the transaction's zone for whatever the caller chains after it.
  return new Dexie.Promise<Set<number>>((resolve, reject) => {
    core
      .openCursor({ trans: tx.idbtrans, values: false, query: { index, range } })
      .then((cursor) => {
        if (!cursor) return found;
        let i = 0;
        return cursor
          .start(() => {
            const at = cursor.primaryKey as number;
            while (i < sorted.length && sorted[i] < at) i++;
            if (i < sorted.length && sorted[i] === at) found.add(sorted[i++]);
            if (i >= sorted.length) cursor.stop();
            else cursor.continuePrimaryKey(word, sorted[i]);
          })
          .then(() => found);
      })
      .then(resolve, reject);
  });
}
