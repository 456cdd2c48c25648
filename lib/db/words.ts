/** Tokeniser for the reading list's search-word index (shared by saving and searching). */

// English function words: too common to narrow a search, and a third of an article's distinct words.
// Dropping them keeps the multi-entry index (and every save's index writes) small at 10,000 stories.
const STOP_WORDS = new Set(
  ('a about above across after again against all almost along already also although always am among an and another ' +
    'any anyone anything are around as at away back be became because become been before being below between both but by ' +
    'came can cannot could did do does doing done down during each either else enough even ever every few for from ' +
    'further get gets getting go goes going got had has have having he her here hers herself him himself his how however ' +
    'i if in instead into is it its itself just least less like likely made make makes many may me might mine more most ' +
    'much must my myself near neither never no nor not now of off often on once one only onto or other others our ours ' +
    'ourselves out over own per perhaps put quite rather really said same say says see seen several shall she should ' +
    'since so some something still such than that the their theirs them themselves then there therefore these they ' +
    'thing things this those though through thus to together too took toward towards under until up upon us very was ' +
    'way we well were what whatever when where whether which while who whom whose why will with within without would ' +
    'yet you your yours yourself').split(' '),
);

/** Longest word kept; longer runs are usually hashes or URLs, not words people search for. */
const MAX_WORD_LENGTH = 32;

/** Distinct words kept per story; only pathological pages (long lists, tables) reach it. */
export const MAX_WORDS_PER_STORY = 4_000;

/** Lower-cases, strips accents and splits into letter/digit runs. Keeps order and duplicates. */
export function splitWords(text: string): string[] {
  const folded = text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  return folded.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** True for words too common to index or to search by. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/**
 * The distinct words a story is found by: no stop words, no single letters, capped length.
 * Texts are taken in order and the cap applies last, so pass the short fields (title, notes, tags) first.
 */
export function indexWords(...texts: string[]): string[] {
  const out = new Set<string>();
  for (const text of texts) {
    for (const word of splitWords(text)) {
      if (word.length < 2 || STOP_WORDS.has(word)) continue;
      out.add(word.length > MAX_WORD_LENGTH ? word.slice(0, MAX_WORD_LENGTH) : word);
      if (out.size >= MAX_WORDS_PER_STORY) return [...out];
    }
  }
  return [...out];
}

/** Shortest last word looked up as a prefix; shorter ones match as whole words (a prefix like "c" spans most of the index). */
export const MIN_PREFIX_LENGTH = 3;

/** A query as index lookups: whole words, plus the last word as a prefix (the user may still be typing). */
export function queryWords(query: string): { whole: string[]; prefix: string | null } {
  const words = splitWords(query).map((w) => w.slice(0, MAX_WORD_LENGTH));
  if (words.length === 0) return { whole: [], prefix: null };
  // A trailing space or punctuation means the last word is finished.
  const endsMidWord = /[\p{L}\p{N}]$/u.test(query);
  let prefix = endsMidWord ? (words.pop() as string) : null;
  if (prefix && prefix.length < MIN_PREFIX_LENGTH) {
    words.push(prefix);
    prefix = null;
  }
  const whole = [...new Set(words.filter((w) => w.length >= 2 && !STOP_WORDS.has(w)))];
  // Beside other words, a stop-word prefix would match nearly everything: drop it.
  if (prefix && whole.length > 0 && STOP_WORDS.has(prefix)) prefix = null;
  return { whole, prefix };
}
