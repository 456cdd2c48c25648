/** Character classes and the gaps between words, for the glossary scanner. */

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** Non-ASCII BMP characters, learnt on first sight: 0 unknown, 1 word character, 2 not. */
const BMP_CLASS = new Uint8Array(0x10000);

/** Length in code units of the word character at i (1, or 2 for an astral one), or 0. */
export function wordCharLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c !== c) return 0; // past the end (NaN)
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER_OR_DIGIT.test(text.slice(i, i + 2)) ? 2 : 0;
    return 0;
  }
  let k = BMP_CLASS[c];
  if (k === 0) BMP_CLASS[c] = k = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1 ? 1 : 0;
}

export const isCapital = (c: number) => c >= 65 && c <= 90;

/** The characters JavaScript's \s matches. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** A closing quote or bracket that may sit between a full stop and the space after it. */
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 0x2019 || c === 0x201d || c === 41 || c === 93;
}

/** Whether a gap ends a sentence: .!?; then space (optionally after closers), or a line break. */
export function endsSentence(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) return true;
    if (c === 46 || c === 33 || c === 63 || c === 59) {
      let m = k + 1;
      while (m < to && isCloser(text.charCodeAt(m))) m++;
      if (m < to && isSpace(text.charCodeAt(m))) return true;
    }
  }
  return false;
}

/** A gap a phrase may span: 1-3 spaces, hyphens, plus or degree signs ("CAR-T", "CAR T", "lithium-ion"). */
export function isJoinable(text: string, from: number, to: number): boolean {
  const len = to - from;
  if (len < 1 || len > 3) return false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (!(c === 32 || c === 9 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 43 || c === 0xb0 || c === 45 || c === 0x2010 || c === 0x2011)) return false;
  }
  return true;
}
