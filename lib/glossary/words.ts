/** The words of a text as the glossary reads them: folded keys, offsets, sentence numbers. */
import { splitSentences } from '../text/sentences';
import { foldWord } from './fold';

export interface Word {
  /** Folded: lower case, no accents, British/American spellings merged, no possessive 's. */
  key: string;
  /** As written, possessive 's removed. */
  raw: string;
  start: number;
  /** End offset, before any possessive 's. */
  end: number;
  /** End offset of the word as the segmenter gave it, possessive included. */
  fullEnd: number;
  sentence: number;
  /** Whether a phrase may continue from the previous word into this one. */
  joined: boolean;
}

// Unicode word boundaries: "Alzheimer's", "PM2.5" and "A.I" stay whole, hyphens and spaces separate words.
const WORDS = new Intl.Segmenter('en', { granularity: 'word' });

/**
 * What a phrase may span between two words: spaces, hyphens, plus and degree signs ("CAR-T", "lithium-ion"),
 * with a quote mark on either side ('"memory" cells', 'so-called “effector” cells'), or an en dash
 * between two names ("Guillain–Barré").
 */
const JOINER = /^(?:["'“”‘’«»]?[ \t\u00a0\u2009\u202f+\u00b0\-\u2010\u2011]{1,3}["'“”‘’«»]?|\u2013)$/;
/** A genus or first name cut to its capital ("E. coli", "J. Smith"): the stop ends no sentence there. */
const INITIAL = /^[A-Z]$/;

/** The sentences of `text` as [offset, sentence] pairs: each line is split by the shared sentence splitter. */
function sentences(text: string, lang: string | null): [number, string][] {
  const out: [number, string][] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    let at = 0;
    for (const sentence of splitSentences(line, lang)) {
      at = line.indexOf(sentence, at);
      out.push([lineStart + at, sentence]);
      at += sentence.length;
    }
    lineStart += line.length + 1;
  }
  return out;
}

/** Whether a phrase may span the characters between two words. */
function joins(text: string, prev: Word, start: number): boolean {
  const gap = text.slice(prev.fullEnd, start);
  if (JOINER.test(gap)) return true;
  return gap === '. ' && INITIAL.test(prev.raw);
}

/** Letters and digits the segmenter leaves out of words: subscripts and superscripts ("CO₂", "m²"). */
const ALNUM = /^[\p{L}\p{N}]+$/u;

/** Characters some engines keep inside a word that news text puts between words ("More:The", "snake_case"). */
const INNER_BREAK = /[:_]/g;

/** The segmenter's words of one sentence, cut where INNER_BREAK says: [start, end, word-like] pieces. */
function* pieces(sentence: string): Generator<[number, number, boolean]> {
  for (const { segment, index, isWordLike } of WORDS.segment(sentence)) {
    if (!isWordLike) {
      yield [index, index + segment.length, false];
      continue;
    }
    let from = 0;
    for (const m of segment.matchAll(INNER_BREAK)) {
      if (m.index > from) yield [index + from, index + m.index, true];
      from = m.index + 1;
    }
    if (from < segment.length) yield [index + from, index + segment.length, true];
  }
}

/** Word spans of one sentence: the segmenter's words, with the subscripts and superscripts written against them. */
function wordSpans(sentence: string): [number, number][] {
  const spans: [number, number][] = [];
  let lastWordLike = false;
  for (const [start, end, wordLike] of pieces(sentence)) {
    if (!wordLike && !ALNUM.test(sentence.slice(start, end))) continue;
    const last = spans[spans.length - 1];
    if (last && last[1] === start && (!wordLike || !lastWordLike)) last[1] = end;
    else spans.push([start, end]);
    lastWordLike = wordLike;
  }
  return spans;
}

/** The words of `text`; `lang` picks the sentence splitter's abbreviations. */
export function readWords(text: string, lang: string | null = 'en'): Word[] {
  const words: Word[] = [];
  // Sentence by sentence: the segmenter slows down on long strings, and a word never crosses a sentence end.
  sentences(text, lang).forEach(([offset, sentence], number) => {
    let first = true;
    for (const [from, to] of wordSpans(sentence)) {
      const start = offset + from;
      const segment = sentence.slice(from, to);
      // A possessive 's goes: the word's last apostrophe, then a final s.
      const raw = /.['’][sS]$/.test(segment) ? segment.slice(0, -2) : segment;
      const prev = words[words.length - 1];
      words.push({ key: foldWord(raw), raw, start, end: start + raw.length, fullEnd: offset + to, sentence: number, joined: !first && joins(text, prev, start) });
      first = false;
    }
  });
  return words;
}

/** The folded keys and written forms of a glossary phrase ("CAR-T cell" → car, t, cell). */
export function phraseWords(phrase: string): { keys: string[]; raws: string[] } {
  // Nearly every headword is plain letters, digits, spaces and hyphens, which the segmenter splits exactly at
  // the spaces and hyphens (words.test.ts checks it on the whole glossary); skipping it makes building a third as long.
  const raws = PLAIN_PHRASE.test(phrase)
    ? phrase.split(/[ -]+/).filter(Boolean)
    : wordSpans(phrase).map(([from, to]) => phrase.slice(from, to).replace(/(.)['’][sS]$/, '$1'));
  return { keys: raws.map(foldWord), raws };
}

const PLAIN_PHRASE = /^[A-Za-z0-9 -]*$/;

/** A phrase's words as the segmenter reads them (what phraseWords' shortcut must agree with). */
export const segmentedPhrase = (phrase: string): string[] => readWords(phrase).map((w) => w.raw);

/** The folded keys of a phrase, joined by spaces: how the glossary compares forms. */
export const phraseKey = (phrase: string): string => phraseWords(phrase).keys.join(' ');
