/** Word tokens of a text, with the offsets and sentence numbers the matcher needs. */
import { endsSentence, isCapital, isJoinable, wordCharLength } from './chars';
import { foldWord } from './fold';
import { internKey } from './key-ids';
import { freshSlots, M as HASH_MULTIPLIER, wordId } from './word-cache';
// A local copy: an imported binding is read again on every character.
const M = HASH_MULTIPLIER;

/*
 * Words are letters and digits (Unicode), with an apostrophe or dot inside a word
 * ("Alzheimer's", "PM2.5", "A.I"); hyphens and spaces separate words. The scanner reads
 * char codes in one pass and writes into reusable buffers: matching runs per page, so
 * per-word arrays and regex matches were most of its cost.
 */

/** Words after which a full stop rarely ends the sentence. */
const ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'prof', 'st', 'al', 'e', 'g', 'i', 'vs', 'etc', 'no', 'fig', 'u', 's', 'e.g', 'i.e', 'u.s', 'u.k', 'a.i']);

/** ASCII letters and digits. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;

/*
 * What the characters between two words allow, gathered while they are skipped: most gaps
 * (", ", " (", "-") can neither end a sentence nor need the character-by-character checks.
 */
const GAP_JOIN = 1; // space, tab, plus, hyphen: a phrase may span them
const GAP_STOP = 2; // a line break or . ! ? ;: the sentence may end
const GAP_OTHER = 4; // any other ASCII character
const GAP_WIDE = 8; // past ASCII: left to the full checks
const GAP = new Uint8Array(128).map((_, c) => (c === 32 || c === 9 || c === 43 || c === 45 ? GAP_JOIN : c === 10 || c === 46 || c === 33 || c === 63 || c === 59 ? GAP_STOP : GAP_OTHER));

/** The abbreviations' key numbers: the scan tells one by the word's number, with no string. */
const ABBREVIATION_IDS = new Set([...ABBREVIATIONS].map((a) => internKey(a)));

/** Token columns, reused from text to text; only the first `n` rows are valid. */
export class TokenBuffer {
  n = 0;
  /** Numbers of the keys that glossary phrases use (internKey), 0 for every other word. */
  ids = new Int32Array(512);
  starts = new Int32Array(512);
  /** End offsets, before any possessive 's. */
  ends = new Int32Array(512);
  sentence = new Int32Array(512);
  /** 1 when a phrase may continue from the previous token into this one. */
  joinable = new Uint8Array(512);

  grow(): void {
    const size = this.starts.length * 2;
    const copy = <T extends Int32Array | Uint8Array>(a: T, b: T): T => (b.set(a), b);
    this.ids = copy(this.ids, new Int32Array(size));
    this.starts = copy(this.starts, new Int32Array(size));
    this.ends = copy(this.ends, new Int32Array(size));
    this.sentence = copy(this.sentence, new Int32Array(size));
    this.joinable = copy(this.joinable, new Uint8Array(size));
  }
}

/** Whether token k is an abbreviation after which a full stop does not end the sentence; by its number once numbers are read. */
function isAbbreviation(text: string, b: TokenBuffer, k: number, ids: boolean): boolean {
  return ids ? ABBREVIATION_IDS.has(b.ids[k]) : ABBREVIATIONS.has(foldWord(text.slice(b.starts[k], b.ends[k])));
}

/** Fills `b` with the tokens of `text`; `ids` false leaves their key numbers unread (for glossary phrases). */
export function scanTokens(text: string, b: TokenBuffer, ids = true): void {
  if (ids) freshSlots();
  const len = text.length;
  let n = 0;
  let sentence = 0;
  let prevEnd = -1;
  let prevStart = -1;
  /** GAP_ flags of the characters since the last word. */
  let gap = 0;
  let i = 0;
  while (i < len) {
    let c = text.charCodeAt(i);
    let l = c < 128 ? ASCII_WORD[c] : wordCharLength(text, i);
    if (l === 0) {
      gap |= c < 128 ? GAP[c] : GAP_WIDE;
      // An astral non-word character is skipped whole, as the Unicode regex did.
      i += c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      continue;
    }
    const start = i;
    // The key's hashes are read in the same pass; those before the last apostrophe serve a possessive 's.
    let h = 0;
    let x = 0;
    let wide = c >= 128;
    let apostrophe = -1;
    let beforeH = 0;
    let beforeX = 0;
    // An astral character's high half is hashed here, its low half by the loop.
    if (l === 2) (h = c), (c = text.charCodeAt(++i));
    // One branch per ASCII character: word ends are the only unpredictable turns.
    for (;;) {
      h = (Math.imul(h, M) + c) | 0;
      x = (x << 7) | c;
      // Past the end reads as a space: charCodeAt's NaN would make `c` a float in optimised code.
      c = ++i < len ? text.charCodeAt(i) : 32;
      if (c < 128) {
        if (ASCII_WORD[c] === 1) continue;
      } else {
        wide = true;
        l = wordCharLength(text, i);
        if (l === 1) continue;
        if (l === 2) {
          h = (Math.imul(h, M) + c) | 0;
          c = text.charCodeAt(++i);
          continue;
        }
      }
      if (c !== 39 && c !== 0x2019 && c !== 46) break;
      const next = i + 1 < len ? text.charCodeAt(i + 1) : 32;
      const nextLength = next < 128 ? ASCII_WORD[next] : wordCharLength(text, i + 1);
      if (nextLength === 0) break;
      if (c !== 46) (apostrophe = i), (beforeH = h), (beforeX = x);
      if (c >= 128 || next >= 128) wide = true;
      h = (Math.imul(h, M) + c) | 0;
      x = (x << 7) | c;
      c = next;
      i++;
      if (nextLength === 2) (h = (Math.imul(h, M) + c) | 0), (c = text.charCodeAt(++i));
    }
    const fullEnd = i;
    let end = fullEnd;
    // A possessive 's goes: the word's last apostrophe, then a final s. Its hashes were kept at the apostrophe.
    if (apostrophe >= 0 && apostrophe === end - 2) {
      const last = text.charCodeAt(end - 1);
      if (last === 115 || last === 83) (end -= 2), (h = beforeH), (x = beforeX);
    }
    let joinable = 0;
    if (prevEnd >= 0) {
      // Most gaps (one space, ", ", "-") have no sentence end, no full stop: one predictable branch.
      if ((gap & (GAP_STOP | GAP_WIDE)) === 0) joinable = gap === GAP_JOIN && start - prevEnd <= 3 ? 1 : 0;
      else if (prevEnd - prevStart === 1 && isCapital(text.charCodeAt(prevStart)) && start - prevEnd === 2 && text.charCodeAt(prevEnd) === 46 && text.charCodeAt(prevEnd + 1) === 32)
        joinable = 1; // a genus or a first name cut to its capital ("E. coli", "J. Smith"): no sentence ends there
      else if (endsSentence(text, prevEnd, start) && !(text.charCodeAt(prevEnd) === 46 && isAbbreviation(text, b, n - 1, ids))) sentence++;
      else if (isJoinable(text, prevEnd, start)) joinable = 1;
    }
    if (n === b.starts.length) b.grow();
    b.ids[n] = ids ? wordId(text, start, end, h, x, wide) : 0;
    b.starts[n] = start;
    b.ends[n] = end;
    b.sentence[n] = sentence;
    b.joinable[n] = joinable;
    n++;
    prevStart = start;
    prevEnd = fullEnd;
    gap = 0;
  }
  b.n = n;
}

export interface Tokens {
  /** Folded keys: lower case, no accents, British/American spellings merged, no possessive 's. */
  keys: string[];
  /** The words as written, possessive 's removed. */
  raws: string[];
  starts: number[];
  /** End offsets, before any possessive 's. */
  ends: number[];
  sentence: number[];
  /** Whether a phrase may continue from the previous token into this one. */
  joinable: boolean[];
}

/** One buffer for every phrase: a matcher tokenizes thousands while it builds, and the rows are copied out. */
let phraseBuffer: TokenBuffer | null = null;

/** Tokens as plain arrays: for glossary phrases and lookups, not the per-page path. */
export function tokenize(text: string): Tokens {
  const b = (phraseBuffer ??= new TokenBuffer());
  scanTokens(text, b, false);
  const t: Tokens = { keys: [], raws: [], starts: [], ends: [], sentence: [], joinable: [] };
  for (let k = 0; k < b.n; k++) {
    const raw = text.slice(b.starts[k], b.ends[k]);
    t.keys.push(foldWord(raw));
    t.raws.push(raw);
    t.starts.push(b.starts[k]);
    t.ends.push(b.ends[k]);
    t.sentence.push(b.sentence[k]);
    t.joinable.push(b.joinable[k] === 1);
  }
  return t;
}

/** The folded keys of a phrase from the glossary ("CAR-T cell" → ["car", "t", "cell"]). */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase).keys;
}

/** The words of a phrase as written, possessive removed (for case-sensitive checks). */
export function phraseRaws(phrase: string): string[] {
  return tokenize(phrase).raws;
}
