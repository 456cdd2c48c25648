/** Tokeniser for the reading list's search-word index (shared by saving and searching). */

// Small English stop list: words too common to narrow a search; keeping the index lean matters at 10,000 stories.
const STOP_WORDS = new Set(
  ('a an and are as at be been but by can could did do does for from had has have he her his how i if in into is it its ' +
    'just may more most no not of on or our out over she so some such than that the their them then there these they ' +
    'this those to up was we were what when where which while who will with would you your also about after said says').split(' '),
);

/** Longest word kept; longer runs are usually hashes or URLs, not words people search for. */
const MAX_WORD_LENGTH = 32;

/** Lower-cases, strips accents and splits into letter/digit runs. Keeps order and duplicates. */
export function splitWords(text: string): string[] {
  const folded = text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  return folded.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The distinct words a story is found by: no stop words, no single letters, capped length. */
export function indexWords(...texts: string[]): string[] {
  const out = new Set<string>();
  for (const text of texts) {
    for (const word of splitWords(text)) {
      if (word.length < 2 || STOP_WORDS.has(word)) continue;
      out.add(word.length > MAX_WORD_LENGTH ? word.slice(0, MAX_WORD_LENGTH) : word);
    }
  }
  return [...out];
}

/** A query as index lookups: whole words, plus the last word as a prefix (the user may still be typing). */
export function queryWords(query: string): { whole: string[]; prefix: string | null } {
  const words = splitWords(query).map((w) => w.slice(0, MAX_WORD_LENGTH));
  if (words.length === 0) return { whole: [], prefix: null };
  // A trailing space or punctuation means the last word is finished.
  const endsMidWord = /[\p{L}\p{N}]$/u.test(query);
  let prefix = endsMidWord ? (words.pop() as string) : null;
  const whole = [...new Set(words.filter((w) => w.length >= 2 && !STOP_WORDS.has(w)))];
  // Beside other words, a one-letter or stop-word prefix would match nearly everything: drop it.
  if (prefix && whole.length > 0 && (prefix.length < 2 || STOP_WORDS.has(prefix))) prefix = null;
  return { whole, prefix };
}
