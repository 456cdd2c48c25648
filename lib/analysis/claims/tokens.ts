/** Words of a claim, lower-cased and stemmed, so "reduces", "reduced" and "reducing" read as one verb. */

export interface ClaimText {
  /** Stemmed words, in order. */
  stems: string[];
  /** The words before stemming, lower-cased (modal verbs and negations are read from these). */
  words: string[];
  /** For each word: 1 when it stands inside quotation marks (a claim someone else makes). */
  quoted: Uint8Array;
  /** The sentence asks a question. */
  question: boolean;
  /** No closing full stop: a headline's or a title's way of writing. */
  headline: boolean;
}

// Curly and doubled quotes become one mark, contractions become their negation.
function normalise(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/\b(ca|wo|do|does|did|is|are|was|were|has|have|had|could|would|should|might|must|need)n'?t\b/gi, (_, v: string) => `${v.toLowerCase() === 'ca' ? 'can' : v.toLowerCase() === 'wo' ? 'will' : v} not`)
    .replace(/\bcannot\b/gi, 'can not');
}

const SUFFIXES: [string, string][] = [
  ['ational', 'ate'], ['ization', 'ize'], ['isation', 'ize'], ['ations', 'ate'], ['ation', 'ate'],
  ['nesses', ''], ['ness', ''], ['ments', ''], ['ment', ''], ['ingly', ''], ['edly', ''],
  ['ings', ''], ['ing', ''], ['ies', 'y'], ['ied', 'y'], ['ed', ''], ['es', ''], ['ly', ''], ['s', ''],
];

/** A light suffix stripper: enough to join a verb's forms; the same on training data and pages. */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = word;
  for (const [suffix, put] of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      if (suffix === 's' && /(ss|us|is)$/.test(w)) break;
      w = w.slice(0, w.length - suffix.length) + put;
      break;
    }
  }
  // "reduce"/"reduc(ed)", "increase"/"increas(ing)", "cause"/"caus(ed)": drop a final e, and a doubled last letter.
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  if (/([bdfgmnprt])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}

const WORD = /[a-z0-9]+(?:[-'][a-z0-9]+)*|"|\?/g;

export function readClaim(text: string): ClaimText {
  const clean = normalise(text).toLowerCase();
  const words: string[] = [];
  const quotedList: number[] = [];
  let inQuote = false;
  let quotes = 0;
  for (const m of clean.matchAll(WORD)) if (m[0] === '"') quotes++;
  for (const m of clean.matchAll(WORD)) {
    const w = m[0];
    if (w === '"') {
      // An odd mark left open (a quote cut by the sentence split) quotes nothing.
      if (quotes >= 2) inQuote = !inQuote;
      continue;
    }
    if (w === '?') continue;
    // Hyphenated words read as their parts ("cancer-causing" → cancer, causing).
    for (const part of w.split('-')) {
      if (!part) continue;
      words.push(part.replace(/'s$/, '').replace(/'/g, ''));
      quotedList.push(inQuote ? 1 : 0);
    }
  }
  const trimmed = text.trim();
  return {
    words,
    stems: words.map(stem),
    quoted: Uint8Array.from(quotedList),
    question: /\?\s*['"\u2019\u201d]?\s*$/.test(trimmed) || /\?/.test(trimmed.slice(0, -1)) && !/[.!]$/.test(trimmed),
    headline: !/[.!:;]['"\u2019\u201d)]*$/.test(trimmed),
  };
}
