/** The word cache of the glossary scanner: key numbers by the raw word's characters. */
import { foldWord } from './fold';
import { keyId, maxKeyId } from './key-ids';

/*
 * Key numbers by the raw word's characters, so a word seen before costs no string at all:
 * open addressing over a hash of the char codes, checked against the word's codes kept in a pool.
 */
const SLOTS = 1 << 14;
/** Per slot, side by side so one probe reads one cache line: h, length (0: empty; LOOSE tag), x or offset in `pool`, key number. */
const slots = new Int32Array(SLOTS * 4);
let slotsUsed = 0;
/** The raw words' char codes end to end. */
let pool = new Uint16Array(SLOTS * 4);
let poolUsed = 0;
/** How many keys had numbers when the table was last emptied: a key numbered since may be a cached word's. */
let clearedAt = -1;

function clearSlots(): void {
  slots.fill(0);
  slotsUsed = 0;
  poolUsed = 0;
  clearedAt = maxKeyId();
}

/** Empties the cache if keys were numbered since: call before a scan. */
export function freshSlots(): void {
  if (clearedAt !== maxKeyId()) clearSlots();
}

/*
 * Word hashes: `h` multiplies by 131, above every ASCII code, so for ASCII words of up to 4
 * characters h is the word itself (131^4 < 2^31); `x` shifts 7 bits a character, so it holds
 * the last 4 exactly, and with h (131^4 is odd, so invertible mod 2^32) those fix the first 4.
 * An ASCII word of up to 8 characters is thus known by (h, x, length) with no character check
 * (up to 12 with 4 more codes: midTag).
 */
export const M = 131;
/** Tags the stored length of a word checked character by character: one past ASCII or longer than 12. */
const LOOSE = 1 << 30;

/** The key number of the word text[start, end), whose hashes the scanner computed on the way; `wide` if a code past ASCII was read. */
export function wordId(text: string, start: number, end: number, h: number, x: number, wide: boolean): number {
  // Most words are ASCII ones of up to 12 characters found at their first slot: small enough to be inlined, the call is for the rest.
  const r = ((h ^ (h >>> 15)) & (SLOTS - 1)) << 2;
  const len = end - start;
  if (!wide && len <= 12 && slots[r] === h && slots[r + 1] === (len <= 8 ? len : midTag(text, end, len)) && slots[r + 2] === x) return slots[r + 3];
  return probe(text, start, end, h, x, wide);
}

/**
 * An ASCII word of 9 to 12 characters: the 4 codes before x's, with h, fix it too. Stored in
 * place of the length, with the length less 9 in 2 bits: over 8 (codes are 39 or more) and under LOOSE.
 */
function midTag(text: string, end: number, len: number): number {
  const y = (text.charCodeAt(end - 8) << 21) | (text.charCodeAt(end - 7) << 14) | (text.charCodeAt(end - 6) << 7) | text.charCodeAt(end - 5);
  return (y << 2) | (len - 9);
}

/** wordId past the first slot, and a word seen for the first time. */
function probe(text: string, start: number, end: number, h: number, x: number, wide: boolean): number {
  const len = end - start;
  const exact = !wide && len <= 12;
  const tagged = !exact ? len | LOOSE : len <= 8 ? len : midTag(text, end, len);
  let s = (h ^ (h >>> 15)) & (SLOTS - 1);
  for (; slots[(s << 2) + 1] !== 0; s = (s + 1) & (SLOTS - 1)) {
    const r = s << 2;
    if (slots[r] !== h || slots[r + 1] !== tagged) continue;
    if (exact) {
      if (slots[r + 2] === x) return slots[r + 3];
      continue;
    }
    const at = slots[r + 2] - start;
    let k = start;
    while (k < end && pool[at + k] === text.charCodeAt(k)) k++;
    if (k === end) return slots[r + 3];
  }
  const id = keyId(foldWord(text.slice(start, end)));
  // Past half full the table starts over: probes stay short and memory bounded.
  if (slotsUsed >= SLOTS / 2 || poolUsed + len > pool.length) {
    clearSlots();
    if (len > pool.length) pool = new Uint16Array(len * 2);
    s = (h ^ (h >>> 15)) & (SLOTS - 1);
  }
  const r = s << 2;
  slots[r] = h;
  slots[r + 1] = tagged;
  slots[r + 3] = id;
  slotsUsed++;
  if (exact) slots[r + 2] = x;
  else {
    for (let k = 0; k < len; k++) pool[poolUsed + k] = text.charCodeAt(start + k);
    slots[r + 2] = poolUsed;
    poolUsed += len;
  }
  return id;
}
