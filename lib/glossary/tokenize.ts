/** Word tokens of a text, with the offsets and sentence numbers the matcher needs. */

/** Letters and digits, with apostrophes or dots inside a word ("Alzheimer's", "PM2.5", "A.I"); hyphens and spaces separate words. */
const WORD = /[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*/gu;
/** A gap that ends a sentence: .!? then space (optionally after a quote or bracket), or a line break. */
const SENTENCE_END = /[.!?;]["'’”)\]]*\s|\n/;
/** Words after which a full stop rarely ends the sentence. */
const ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'prof', 'st', 'al', 'e', 'g', 'i', 'vs', 'etc', 'no', 'fig', 'u', 's', 'e.g', 'i.e', 'u.s', 'u.k', 'a.i']);
/** A gap a phrase may span: spaces and hyphens only ("CAR-T", "CAR T", "lithium-ion"). */
const JOINABLE = /^[ \t\u00a0\u2009\u202f+°\-\u2010\u2011]{1,3}$/;

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

/**
 * Folds spelling variants both in the text and in glossary entries, so one entry
 * matches "tumour" and "tumor", "randomised" and "randomized", "leukaemia" and "leukemia".
 */
export function foldWord(word: string): string {
  let folded = FOLD_CACHE.get(word);
  if (folded === undefined) {
    folded = fold(word);
    // Vocabulary repeats, so a bounded cache saves most of the work on long texts.
    if (FOLD_CACHE.size > 50_000) FOLD_CACHE.clear();
    FOLD_CACHE.set(word, folded);
  }
  return folded;
}

const FOLD_CACHE = new Map<string, string>();

function fold(word: string): string {
  let w = word.toLowerCase();
  if (/[^\x00-\x7f]/.test(w)) w = w.normalize('NFD').replace(/\p{M}/gu, '').replace(/’/g, "'");
  if (w.length < 4) return w;
  return w
    .replace(/ae/g, 'e')
    .replace(/(?<=^|[a-z])oe(?=[a-z])/g, 'e')
    .replace(/(?<=[a-z]{3})our(s?)$/, 'or$1')
    .replace(/(?<=[a-z]{2})(i|y)s(e|es|ed|ing|ation|ations)$/, '$1z$2')
    .replace(/(?<=[a-z]{2}[^aeiou])re(s?)$/, 'er$1')
    .replace(/(?<=[a-z]{2})ll(ing|ed|er)$/, 'l$1');
}

/** Removes a possessive 's (or a bare trailing apostrophe) and reports how many characters went. */
function stripPossessive(raw: string): string {
  // Runs once per word: only words ending in s, S or an apostrophe can carry one.
  const c = raw.charCodeAt(raw.length - 1);
  if (c !== 115 && c !== 83 && c !== 39 && c !== 0x2019) return raw;
  return raw.replace(/['’]s?$/i, '');
}

export function tokenize(text: string): Tokens {
  const t: Tokens = { keys: [], raws: [], starts: [], ends: [], sentence: [], joinable: [] };
  let sentence = 0;
  let prevEnd = -1;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const full = m[0];
    const raw = stripPossessive(full);
    if (!raw) continue;
    const start = m.index;
    let joinable = false;
    if (prevEnd >= 0 && start - prevEnd === 1 && text.charCodeAt(prevEnd) === 32) {
      joinable = true; // the common case: one plain space
    } else if (prevEnd >= 0) {
      const gap = text.slice(prevEnd, start);
      if (SENTENCE_END.test(gap) && !(gap[0] === '.' && ABBREVIATIONS.has(t.keys[t.keys.length - 1]))) sentence++;
      else joinable = JOINABLE.test(gap);
    }
    t.keys.push(foldWord(raw));
    t.raws.push(raw);
    t.starts.push(start);
    t.ends.push(start + raw.length);
    t.sentence.push(sentence);
    t.joinable.push(joinable);
    prevEnd = start + full.length;
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
