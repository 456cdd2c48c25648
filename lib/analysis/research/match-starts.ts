/**
 * A cheap, exact pre-filter for cue regexes. Most cues start at a word boundary with a
 * literal ("\bplacebo", "\b(?:mice|rats)"), so a sentence can match such a cue only if one of
 * its words starts with the first letters of that literal. Those letters are read off each
 * regex once (regex-starts.ts) and a sentence's word starts once, which skips almost every
 * regex run. Whenever a pattern is not understood the filter answers "may match" and the
 * regex decides as before.
 */
import { TABLE } from './start-table';

export { matchStarts } from './regex-starts';

/** A new article: answers kept for the last one's sentences are dropped. */
export function forgetCueTexts(): void {
  TABLE.forget();
}

/** Puts `k` into the sorted first `n` entries of `list` (insertion sort: a sentence lists a handful). */
function insertSorted(list: Int32Array, n: number, k: number): void {
  let m = n;
  while (m > 0 && list[m - 1] > k) (list[m] = list[m - 1]), m--;
  list[m] = k;
}

/** A copy of `re` that matches only where lastIndex points (y), without g's state. */
function anchored(re: RegExp): RegExp {
  return new RegExp(re.source, `${re.flags.replace(/[gy]/g, '')}y`);
}
/** A copy of `re` that searches from lastIndex (g). */
function searching(re: RegExp): RegExp {
  return new RegExp(re.source, `${re.flags.replace(/[gy]/g, '')}g`);
}

/**
 * Which of a list of regexes may match a text, and their matches, found by trying each regex
 * only where one of its opening words starts. Built once per list: its regexes join one shared
 * table, which reads a text word start by word start once for every filter. Matches are the
 * same, in the same order, as a search along the whole text with the regex itself; the regexes
 * passed in are never run, so their lastIndex is left alone.
 */
export class CueFilter {
  /** The table index of each regex of the list. */
  private at: Int32Array;
  /** What each regex is run as: anchored, or searching when its starts are unknown. */
  private runs: RegExp[];
  private out: Uint8Array;
  private indexOf = new Map<RegExp, number>();
  private lastText: string | null = null;
  private lastRow = 0;
  private lastGeneration = -1;
  /** Index in the table's texts of the last text read. */
  private cursor = -1;
  /** This filter's index of each table index (-1 for regexes of other filters), sized to the table when last built. */
  private localOf = new Int32Array(0);
  private alwaysLocal: number[] = [];
  private duplicates = false;
  /** The indices `present` lists; reused by the next call. */
  list = new Int32Array(16);

  /** For a regex whose starts are unknown, the table index of its gate, or -1. */
  private gateAt: Int32Array;

  /**
   * `gates` pairs a regex whose starts cannot be read (it opens with "any capitalised word") with a
   * regex whose starts can, and which matches wherever the first does: the first is searched for
   * only in texts where the gate's opening words occur.
   */
  constructor(regexes: RegExp[], gates: [RegExp, RegExp][] = []) {
    this.at = Int32Array.from(TABLE.add(regexes));
    const gateOf = new Map(gates);
    this.gateAt = Int32Array.from(regexes, (re) => {
      const gate = gateOf.get(re);
      return gate ? TABLE.add([gate])[0] : -1;
    });
    this.runs = regexes.map((re, k) => (TABLE.always[this.at[k]] ? searching(re) : anchored(re)));
    this.out = new Uint8Array(regexes.length);
    regexes.forEach((re, index) => {
      if (!this.indexOf.has(re)) this.indexOf.set(re, index);
      else this.duplicates = true;
      if (TABLE.always[this.at[index]]) this.alwaysLocal.push(index);
    });
  }

  /**
   * How many of this filter's regexes may match `text`; their indices, in list order, are the
   * first entries of `list`. Cheaper than `candidates` when a filter has many regexes and a
   * sentence holds the opening words of few.
   */
  present(text: string): number {
    if (this.duplicates) throw new Error('present() needs a filter without repeated regexes');
    this.rowOf(text);
    const i = this.cursor;
    if (this.localOf.length !== TABLE.size) {
      this.localOf = new Int32Array(TABLE.size).fill(-1);
      this.at.forEach((t, k) => (this.localOf[t] = k));
    }
    const { localOf, gateAt } = this;
    const from = TABLE.presentFrom[i];
    const to = TABLE.presentTo[i];
    if (this.list.length < to - from + this.alwaysLocal.length) this.list = new Int32Array(2 * (to - from + this.alwaysLocal.length));
    const list = this.list;
    const present = TABLE.present;
    let n = 0;
    for (let q = from; q < to; q++) if (localOf[present[q]] >= 0) insertSorted(list, n++, localOf[present[q]]);
    for (const k of this.alwaysLocal) if (gateAt[k] < 0 || TABLE.pool[TABLE.offsets[i] + gateAt[k]] >= 0) insertSorted(list, n++, k);
    return n;
  }

  private rowOf(text: string): number {
    if (this.lastGeneration !== TABLE.generation) this.cursor = -1;
    else if (text === this.lastText) return this.lastRow;
    const i = TABLE.find(text, this.cursor + 1);
    this.cursor = i;
    this.lastText = text;
    this.lastRow = TABLE.offsets[i];
    this.lastGeneration = TABLE.generation;
    return this.lastRow;
  }

  /** 1 for each regex that may match `text`, 0 for those that cannot. The array is reused by the next call. */
  candidates(text: string): Uint8Array {
    const row = this.rowOf(text);
    const { out, at, gateAt } = this;
    const pool = TABLE.pool;
    const always = TABLE.always;
    for (let k = 0; k < at.length; k++) out[k] = pool[row + at[k]] >= 0 || (always[at[k]] && (gateAt[k] < 0 || pool[row + gateAt[k]] >= 0)) ? 1 : 0;
    return out;
  }

  /** False only when regex number `k` of this filter cannot match `text`. */
  mayAt(k: number, text: string): boolean {
    const t = this.at[k];
    if (TABLE.always[t]) return this.gateOpen(k, text);
    const row = this.rowOf(text); // before reading the pool: a new row may grow it
    return TABLE.pool[row + t] >= 0;
  }

  /** False when regex number `k` has a gate whose opening words `text` lacks. */
  private gateOpen(k: number, text: string): boolean {
    const gate = this.gateAt[k];
    if (gate < 0) return true;
    const row = this.rowOf(text); // before reading the pool: a new row may grow it
    return TABLE.pool[row + gate] >= 0;
  }

  /**
   * The first match of regex number `k` that starts at or after `from`: what the regex with the g flag
   * and lastIndex at `from` finds, and with `from` 0 what it finds without g.
   */
  execAt(k: number, text: string, from = 0): RegExpExecArray | null {
    const run = this.runs[k];
    const t = this.at[k];
    if (TABLE.always[t]) {
      if (!this.gateOpen(k, text)) return null;
      run.lastIndex = from;
      return run.exec(text);
    }
    const row = this.rowOf(text); // before reading the pool: a new row may grow it
    const pool = TABLE.pool;
    for (let p = pool[row + t]; p >= 0; p = pool[p + 1]) {
      if (pool[p] < from) continue;
      run.lastIndex = pool[p];
      const m = run.exec(text);
      if (m) return m;
    }
    return null;
  }

  /** Whether regex number `k` matches `text` anywhere. */
  testAt(k: number, text: string): boolean {
    const run = this.runs[k];
    const t = this.at[k];
    run.lastIndex = 0;
    if (TABLE.always[t]) return this.gateOpen(k, text) && run.test(text);
    const row = this.rowOf(text); // before reading the pool: a new row may grow it
    const pool = TABLE.pool;
    for (let p = pool[row + t]; p >= 0; p = pool[p + 1]) {
      run.lastIndex = pool[p];
      if (run.test(text)) return true;
    }
    return false;
  }

  /** The number of `re` in this filter, for the *At methods: asking by number skips a map look-up in hot loops. */
  index(re: RegExp): number {
    const k = this.indexOf.get(re);
    if (k === undefined) throw new Error(`${re} is not one of this filter's regexes`);
    return k;
  }

  /** False only when `re`, one of this filter's regexes, cannot match `text`. */
  may(re: RegExp, text: string): boolean {
    return this.mayAt(this.index(re), text);
  }

  /** `re.test(text)` for one of this filter's regexes, without touching its lastIndex. */
  test(re: RegExp, text: string): boolean {
    return this.testAt(this.index(re), text);
  }

  /** The first match of `re`, one of this filter's regexes, at or after `from` (see execAt). */
  exec(re: RegExp, text: string, from = 0): RegExpExecArray | null {
    return this.execAt(this.index(re), text, from);
  }
}
