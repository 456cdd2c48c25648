/**
 * Finding a highlight again: TextQuoteSelector (exact words with prefix and suffix) over text whose whitespace is
 * collapsed, so the reader's copy and the live page (laid out differently) anchor the same passage, and a page that
 * changed a little (a word added elsewhere, a word changed inside the passage) still finds it.
 */
import { HIGHLIGHT_LIMITS, type QuoteSelector } from './types';

/** Text with every whitespace run as one space, and for each of its characters the offset in the raw text. */
export interface FlatText {
  text: string;
  /** rawOf[i]: raw offset of flat character i; rawOf[text.length] is the raw length. */
  rawOf: number[];
}

export function flatten(raw: string): FlatText {
  let text = '';
  const rawOf: number[] = [];
  let space = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (/\s/.test(c)) {
      if (space) continue;
      space = true;
      text += ' ';
    } else {
      space = false;
      text += c;
    }
    rawOf.push(i);
  }
  rawOf.push(raw.length);
  return { text, rawOf };
}

/** The flat offset of a raw offset (the first flat character at or after it). */
export function flatOffset(flat: FlatText, raw: number): number {
  let lo = 0;
  let hi = flat.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (flat.rawOf[mid] < raw) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The selector for flat text [start, end), trimmed of spaces at its ends; null when nothing but spaces. */
export function describe(text: string, start: number, end: number): QuoteSelector | null {
  while (start < end && text[start] === ' ') start++;
  while (end > start && text[end - 1] === ' ') end--;
  if (end <= start) return null;
  const n = HIGHLIGHT_LIMITS.context;
  return {
    exact: text.slice(start, Math.min(end, start + HIGHLIGHT_LIMITS.exact)),
    prefix: text.slice(Math.max(0, start - n), start),
    suffix: text.slice(end, end + n),
    start,
  };
}

function sharedTail(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function sharedHead(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function allIndexes(text: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let i = text.indexOf(needle); i >= 0 && out.length < 1_000; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/** Context that agrees counts most; closeness to the old position breaks ties. */
function score(text: string, sel: QuoteSelector, start: number, end: number): number {
  const before = text.slice(Math.max(0, start - sel.prefix.length), start);
  const after = text.slice(end, end + sel.suffix.length);
  return sharedTail(before, sel.prefix) + sharedHead(after, sel.suffix) - Math.abs(start - sel.start) / (text.length + 1);
}

/** Where the words themselves changed: the passage between the last words of the prefix and the first of the suffix. */
function between(text: string, sel: QuoteSelector): { start: number; end: number } | null {
  const head = sel.prefix.slice(-24);
  const tail = sel.suffix.slice(0, 24);
  if (head.trim().length < 8 || tail.trim().length < 8) return null;
  let best: { start: number; end: number; score: number } | null = null;
  for (const p of allIndexes(text, head)) {
    const start = p + head.length;
    const t = text.indexOf(tail, start);
    if (t < 0) continue;
    const length = t - start;
    // A changed passage keeps about its length: a word or two, not a paragraph.
    if (length <= 0 || Math.abs(length - sel.exact.length) > Math.max(20, sel.exact.length * 0.3)) continue;
    const s = -Math.abs(start - sel.start);
    if (!best || s > best.score) best = { start, end: t, score: s };
  }
  return best && { start: trimStart(text, best.start, best.end), end: trimEnd(text, best.start, best.end) };
}

const trimStart = (text: string, s: number, e: number) => (s < e && text[s] === ' ' ? s + 1 : s);
const trimEnd = (text: string, s: number, e: number) => (e > s && text[e - 1] === ' ' ? e - 1 : e);

/** The flat range the selector points at in `text`, or null when the passage is gone. */
export function locate(text: string, sel: QuoteSelector): { start: number; end: number } | null {
  let found = allIndexes(text, sel.exact);
  let exactLength = sel.exact.length;
  if (found.length === 0) {
    // Capitals changed ("The study" → "the study").
    found = allIndexes(text.toLowerCase(), sel.exact.toLowerCase());
  }
  if (found.length === 0) return between(text, sel);
  let best = found[0];
  let bestScore = -Infinity;
  for (const start of found) {
    const s = score(text, sel, start, start + exactLength);
    if (s > bestScore) {
      bestScore = s;
      best = start;
    }
  }
  return { start: best, end: best + exactLength };
}
