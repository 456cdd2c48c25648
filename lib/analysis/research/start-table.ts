/**
 * The table behind every cue filter (match-starts.ts): one trie over the opening words of all
 * their regexes, and per text read a row of where each regex may start to match.
 */
import { branchStarts, isWordChar, MAX_LEN } from './regex-starts';

/** 1 for the characters \b counts as word characters (ASCII only, as in a regex without the u and i flags together). */
const WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) WORD[c] = isWordChar(c) ? 1 : 0;

/** Fibonacci hashing's multiplier (2^32 over the golden ratio). */
const HASH = 0x9e3779b1 | 0;

/** The trie as the walk reads it (see StartTable.freeze). */
interface Frozen {
  classOf: Uint8Array;
  width: number;
  first: Int32Array;
  second: Int32Array;
  /** Children below the second character: (node * width + class, child) pairs, hashed by the first with open addressing. */
  edges: Int32Array;
  edgeShift: number;
  edgeMask: number;
  endFrom: Int32Array;
  endList: Int32Array;
  filingRegex: Int32Array;
  filingGate: Int32Array;
  /** The gates each gate word opens, as a range of `wordGates`. */
  wordGateFrom: Int32Array;
  wordGates: Int32Array;
  /** Pool integers one word start may file at most: two per filing on the longest path from the root. */
  pathFilings: number;
}

/**
 * Every filter's regexes in one table, so a sentence's word starts are read once for all of them
 * (the study-type, context, talk, caveat and peer-review passes each read the same sentences).
 * The starts form a character trie: from each word start the text is walked at most MAX_LEN
 * characters, and every start met on the way files that word's position under its regexes.
 * A regex is then tried only at those positions, anchored (the y flag), instead of along the
 * whole sentence: an anchored try that fails does so within a few characters.
 */
export class StartTable {
  // Built as a trie over printable ASCII (32..126): child node per node * 128 + character; node 0 is the root.
  // A map, not a dense table: the table grew to megabytes and cost more to allocate and copy than the lookups.
  private next = new Map<number, number>();
  private nodes = 1;
  /** Regex indices whose start ends at each node. */
  private ends: (number[] | null)[] = [null];
  /** 1 for each regex whose starts are unknown: it may match anywhere. */
  always = new Uint8Array(64);
  /**
   * What the trie files where a start ends: a regex's table index and a gate, the starts of a later
   * part of that branch (see laterOf in regex-starts.ts), or -1. The walk files a regex's position
   * only when one of the gate's words starts to its right: most positions of a cue such as
   * "in (\w+ )?mice" are an "in" with no animal after it. A filing of -1 - w marks gate word w.
   */
  private filingRegex: number[] = [];
  private filingGate: number[] = [];
  private filingOf = new Map<string, number>();
  /** Gates by their sorted starts, and each gate's word numbers; a word (a start) is numbered once for all gates. */
  private gateOf = new Map<string, number>();
  private gates: number[][] = [];
  private gateWordOf = new Map<string, number>();
  /** Per gate word, the row it was last met in and where it starts rightmost there. */
  private wordRow = new Int32Array(0);
  /** Per gate, the row it was last opened in and where its rightmost word starts there. */
  private gateRow = new Int32Array(0);
  private gateAt = new Int32Array(0);
  private rowsRead = 0;
  private indexOf = new Map<RegExp, number>();
  size = 0;
  /** The trie as read, built on first use after a change; the build layout above takes megabytes. */
  private frozen: Frozen | null = null;
  /**
   * Rows per text, for the sentences of the current article, in one pool of integers: a row is
   * `size` heads (the pool offset of each regex's first position, or -1), then its positions as
   * (position, offset of the next) pairs, in text order. A typed array per sentence cost more
   * than the walk itself (each one is an allocation outside the heap).
   */
  pool = new Int32Array(1 << 16);
  /** The texts read since the last forget, in order, and each one's row offset. */
  private texts: string[] = [];
  offsets: number[] = [];
  /** The regexes with a position in each row, as a range of `present` (rows are read one at a time). */
  presentFrom: number[] = [];
  presentTo: number[] = [];
  present = new Int32Array(1024);
  private presentUsed = 0;
  /**
   * Text → index in `texts`, filled only when a caller asks out of order: every pass reads the
   * sentences in story order, so a text is almost always where the caller's last one was, plus
   * one. Hashing each sentence into a map had cost a tenth of the research pass.
   */
  private byText = new Map<string, number>();
  private indexed = 0;
  private used = 0;

  /** Each node's children as (character, child) pairs in the order made, and the characters any start uses: freeze reads these, not the whole table. */
  private kids: number[][] = [[]];
  private usedChar = new Uint8Array(128);

  private child(node: number, c: number): number {
    const slot = node * 128 + c;
    let k = this.next.get(slot);
    if (k === undefined) {
      k = this.nodes++;
      this.kids[node].push(c, k);
      this.kids.push([]);
      this.usedChar[c] = 1;
      this.ends.push(null); // kept dense: a holey array would slow every look-up
      this.next.set(slot, k);
    }
    return k;
  }

  /** A new table index, with room for it in the per-index arrays. */
  private newIndex(): number {
    const index = this.size++;
    if (index >= this.always.length) {
      const grow = <T extends Uint8Array | Int32Array>(a: T): T => {
        const grown = new (a.constructor as new (n: number) => T)(a.length * 2);
        grown.set(a);
        return grown;
      };
      this.always = grow(this.always);
    }
    return index;
  }

  /** Files `starts` under table index `index` (or marks of gate word -1 - index), to be filed in a text only with one of `gate`'s words to its right. */
  private file(starts: string[], index: number, gate = -1): void {
    const key = `${index} ${gate}`;
    let filing = this.filingOf.get(key);
    if (filing === undefined) {
      filing = this.filingRegex.length;
      this.filingOf.set(key, filing);
      this.filingRegex.push(index);
      this.filingGate.push(gate);
    }
    for (const start of starts) {
      let node = 0;
      for (let k = 0; k < start.length; k++) node = this.child(node, start.charCodeAt(k));
      const ends = (this.ends[node] ??= []);
      if (!ends.includes(filing)) ends.push(filing);
    }
  }

  /** The gate number of `starts`, a later part of some branches; each start is marked once, whatever gates share it. */
  private gateFor(starts: string[]): number {
    const key = [...starts].sort().join('|');
    let gate = this.gateOf.get(key);
    if (gate === undefined) {
      gate = this.gates.length;
      this.gateOf.set(key, gate);
      this.gates.push(
        starts.map((start) => {
          let word = this.gateWordOf.get(start);
          if (word === undefined) {
            word = this.gateWordOf.size;
            this.gateWordOf.set(start, word);
            this.file([start], -1 - word);
          }
          return word;
        }),
      );
    }
    return gate;
  }

  /** The table's index of each regex, filing the new ones. */
  add(regexes: RegExp[]): number[] {
    this.forget();
    this.frozen = null;
    return regexes.map((re) => {
      let index = this.indexOf.get(re);
      if (index !== undefined) return index;
      index = this.newIndex();
      this.indexOf.set(re, index);
      const branches = branchStarts(re);
      if (!branches) {
        this.always[index] = 1;
        return index;
      }
      for (const { starts, later } of branches) this.file(starts, index, later ? this.gateFor(later) : -1);
      return index;
    });
  }

  /**
   * The read layout of the trie as built so far: nodes renumbered breadth first; the first two
   * characters of a word looked up in dense tables (every word start takes those steps), deeper
   * steps in each node's short list of children. About a tenth of the bytes of a dense table per
   * node, so the walk stays in cache when the analysis runs right after Readability.
   */
  private freeze(): Frozen {
    const { nodes, ends } = this;
    // Character classes: 1.. for each character some start uses (upper-case letters share the lower-case class), 0 for the rest.
    const classOf = new Uint8Array(128);
    let width = 1;
    for (let c = 32; c <= 126; c++) if (this.usedChar[c]) classOf[c] = width++;
    for (let c = 65; c <= 90; c++) classOf[c] = classOf[c + 32];
    // Each node's children by character ([c, k, c, k…]), sorted in place: O(nodes), where a scan of the table per character took O(nodes × characters).
    const kids = this.kids;
    for (const pairs of kids)
      for (let j = 2; j < pairs.length; j += 2)
        for (let m = j; m > 0 && pairs[m - 2] > pairs[m]; m -= 2) {
          [pairs[m - 2], pairs[m]] = [pairs[m], pairs[m - 2]];
          [pairs[m - 1], pairs[m + 1]] = [pairs[m + 1], pairs[m - 1]];
        }
    const order = [0];
    const id = new Int32Array(nodes);
    for (let q = 0; q < order.length; q++) {
      const pairs = kids[order[q]];
      for (let j = 1; j < pairs.length; j += 2) (id[pairs[j]] = order.length), order.push(pairs[j]);
    }
    const first = new Int32Array(width);
    const second = new Int32Array(width * width);
    const childFrom = new Int32Array(nodes + 1);
    const childClass = new Uint8Array(Math.max(1, nodes - 1));
    const childNode = new Int32Array(Math.max(1, nodes - 1));
    const endFrom = new Int32Array(nodes + 1);
    const endList: number[] = [];
    let edges = 0;
    order.forEach((n, i) => {
      childFrom[i] = edges;
      const pairs = kids[n];
      for (let j = 0; j < pairs.length; j += 2) {
        childClass[edges] = classOf[pairs[j]];
        childNode[edges++] = id[pairs[j + 1]];
      }
      endFrom[i] = endList.length;
      endList.push(...(ends[n] ?? []));
    });
    childFrom[nodes] = edges;
    endFrom[nodes] = endList.length;
    // The two dense tables: a node one character deep by its class, two deep by both classes.
    for (let e = childFrom[0]; e < childFrom[1]; e++) {
      const one = childNode[e];
      first[childClass[e]] = one;
      for (let f = childFrom[one]; f < childFrom[one + 1]; f++) second[childClass[e] * width + childClass[f]] = childNode[f];
    }
    const filingRegex = Int32Array.from(this.filingRegex);
    const filingGate = Int32Array.from(this.filingGate);
    const gatesOfWord: number[][] = Array.from({ length: this.gateWordOf.size }, () => []);
    this.gates.forEach((words, g) => words.forEach((word) => gatesOfWord[word].push(g)));
    const wordGateFrom = new Int32Array(gatesOfWord.length + 1);
    gatesOfWord.forEach((gates, word) => (wordGateFrom[word + 1] = wordGateFrom[word] + gates.length));
    const wordGates = Int32Array.from(gatesOfWord.flat());
    this.wordRow = new Int32Array(this.gateWordOf.size).fill(-1);
    this.gateRow = new Int32Array(this.gates.length).fill(-1);
    this.gateAt = new Int32Array(this.gates.length);
    // A hashed look-up costs one probe or two where a child list took several compares.
    let slots = 1;
    while (slots * 0.6 < edges) slots <<= 1;
    const edgeShift = 32 - Math.log2(slots);
    const edgeMask = slots - 1;
    const hashed = new Int32Array(2 * slots).fill(-1);
    for (let n = 0; n < nodes; n++)
      for (let e = childFrom[n]; e < childFrom[n + 1]; e++) {
        const key = n * width + childClass[e];
        let h = Math.imul(key, HASH) >>> edgeShift;
        while (hashed[2 * h] !== -1) h = (h + 1) & edgeMask;
        hashed[2 * h] = key;
        hashed[2 * h + 1] = childNode[e];
      }
    return (this.frozen = { classOf, width, first, second, edges: hashed, edgeShift, edgeMask, endFrom, endList: Int32Array.from(endList), filingRegex, filingGate, wordGateFrom, wordGates, pathFilings: 2 * mostOnPath(childFrom, childNode, endFrom) });
  }


  /** Counts the times the rows were dropped: a row offset kept from before is stale. */
  generation = 0;

  forget(): void {
    this.texts = [];
    this.offsets = [];
    this.presentFrom = [];
    this.presentTo = [];
    this.presentUsed = 0;
    this.byText.clear();
    this.indexed = 0;
    this.used = 0;
    this.generation++;
  }

  /**
   * The index in `texts` of a row for `text`. `hint` is where the caller expects it: one past the
   * text it read last. Past the end it is a new text, read now; a text met twice may then have
   * two rows, which is only a second walk.
   */
  find(text: string, hint: number): number {
    const texts = this.texts;
    const n = texts.length;
    for (let k = hint; k < n && k < hint + 4; k++) if (texts[k] === text) return k;
    // A new pass over the same sentences starts at the top (a pass may skip the headline).
    for (let k = 0; k < n && k < 4; k++) if (texts[k] === text) return k;
    if (hint >= n) return this.read(text);
    for (; this.indexed < n; this.indexed++) if (!this.byText.has(texts[this.indexed])) this.byText.set(texts[this.indexed], this.indexed);
    return this.byText.get(text) ?? this.read(text);
  }

  /** Room for `n` more integers in the pool; rows already handed out keep their offsets. */
  private reserve(n: number): void {
    if (this.used + n <= this.pool.length) return;
    const grown = new Int32Array(Math.max(this.pool.length * 2, this.used + n));
    grown.set(this.pool.subarray(0, this.used));
    this.pool = grown;
  }

  /**
   * Reads `text` into a new row: where each regex of the table may start to match. Returns the
   * row's index in `texts`; its offset in `pool` is in `offsets`.
   */
  private read(text: string): number {
    const size = this.size;
    // A long run of texts without a new article starts over: the rows are a cache, and every caller reads its row at once.
    if (this.texts.length >= 2_000 || this.used > 1 << 22) this.forget();
    this.reserve(size + 64);
    const at = this.used;
    this.used += size;
    this.texts.push(text);
    this.offsets.push(at);
    this.pool.fill(-1, at, at + size);
    const { classOf, width, first, second, edges, edgeShift, edgeMask, endFrom, endList, filingRegex, filingGate, wordGateFrom, wordGates, pathFilings } = this.frozen ?? this.freeze();
    // Rows are numbered for the gate words' marks; the numbers start over long before they could overflow.
    if (this.rowsRead >= 1 << 30) (this.rowsRead = 0), this.wordRow.fill(-1), this.gateRow.fill(-1);
    const { wordRow, gateRow, gateAt } = this;
    const row = this.rowsRead++;
    let pool = this.pool;
    let used = this.used;
    // A row lists each regex at most once: room for all of them now keeps the growth out of the walk.
    if (this.presentUsed + size > this.present.length) {
      const grown = new Int32Array(2 * (this.presentUsed + size));
      grown.set(this.present);
      this.present = grown;
    }
    const present = this.present;
    let listed = this.presentUsed;
    this.presentFrom.push(listed);
    const len = text.length;
    // Word starts from the last to the first, so that each position goes in front of its regex's list
    // and every list ends up in text order. A word starts at i + 1 when i + 1 is a word character and i is not.
    let after = 0;
    for (let i = len - 1; i >= -1; i--) {
      const c0 = i >= 0 ? text.charCodeAt(i) : 32;
      const here = c0 < 128 ? WORD[c0] : 0;
      if (here || !after) {
        after = here;
        continue;
      }
      after = here;
      const from = i + 1;
      // Room for every filing this word start can make, so the walk below never grows the pool.
      if (used + pathFilings > pool.length) {
        this.used = used;
        this.reserve(pathFilings);
        pool = this.pool;
      }
      // Starts are lower-case printable ASCII, at most MAX_LEN long. Only ASCII letters are folded:
      // a regex's case-insensitive match never maps a non-ASCII character to an ASCII one.
      let node = 0;
      let before = 0;
      for (let d = from; d < from + MAX_LEN && d < len; d++) {
        const c = text.charCodeAt(d);
        if (c > 126) break;
        const k = classOf[c];
        if (k === 0) break;
        if (d === from) node = first[k];
        else if (d === from + 1) node = second[before * width + k];
        else {
          const key = node * width + k;
          let child = 0;
          for (let h = Math.imul(key, HASH) >>> edgeShift; ; h = (h + 1) & edgeMask) {
            const slot = edges[2 * h];
            if (slot === key) {
              child = edges[2 * h + 1];
              break;
            }
            if (slot === -1) break;
          }
          node = child;
        }
        if (node === 0) break;
        before = k;
        for (let e = endFrom[node], stop = endFrom[node + 1]; e < stop; e++) {
          const r = filingRegex[endList[e]];
          if (r < 0) {
            // A gate word: the walk runs from the end of the text, so where it is first met is its rightmost start.
            const word = -1 - r;
            // Its first meeting in a row opens, at this position, every gate listing it that no word opened yet.
            if (wordRow[word] === row) continue;
            wordRow[word] = row;
            for (let g = wordGateFrom[word], last = wordGateFrom[word + 1]; g < last; g++) {
              const gate = wordGates[g];
              if (gateRow[gate] !== row) (gateRow[gate] = row), (gateAt[gate] = from);
            }
            continue;
          }
          // A gated filing needs one of its gate's words to start to the right (the rightmost is further right than here).
          // Tested first: most gates are closed, and then the row is not read at all.
          const gate = filingGate[endList[e]];
          if (gate >= 0 && (gateRow[gate] !== row || gateAt[gate] <= from)) continue;
          const head = pool[at + r];
          // Two starts of one regex at one word ("in", "in vit") file it once.
          if (head >= 0 && pool[head] === from) continue;
          pool[used] = from;
          pool[used + 1] = head;
          pool[at + r] = used;
          used += 2;
          if (head < 0) present[listed++] = r;
        }
      }
    }
    this.used = used;
    this.presentUsed = listed;
    this.presentTo.push(listed);
    return this.texts.length - 1;
  }
}

/** The most filings (ends) met on one path from the root of the trie, nodes numbered breadth first. */
function mostOnPath(childFrom: Int32Array, childNode: Int32Array, endFrom: Int32Array): number {
  const nodes = endFrom.length - 1;
  const upTo = new Int32Array(nodes);
  let most = 0;
  // Breadth-first numbering puts every parent before its children.
  for (let n = 0; n < nodes; n++) {
    const here = upTo[n] + endFrom[n + 1] - endFrom[n];
    most = Math.max(most, here);
    for (let e = childFrom[n]; e < childFrom[n + 1]; e++) upTo[childNode[e]] = here;
  }
  return most;
}

/** The one table all filters share, so a sentence is read once for all of them. */
export const TABLE = new StartTable();
