/**
 * The language a story is written in, English or German, read from its commonest small words. A page's own
 * `lang` attribute is often missing, or left at a template's "en" on a German site; the analysis reads German
 * and English stories with different patterns and models, so the words on the page decide when they are clear.
 */

// Function words of one language that are not words of the other ("was", "in", "an", "so", "also", "will",
// "die" and "not" are left out: each is a word in both).
const GERMAN = new Set([
  'der', 'das', 'und', 'ist', 'nicht', 'mit', 'sich', 'auf', 'für', 'dem', 'den', 'des', 'ein', 'eine', 'einer',
  'einem', 'eines', 'wird', 'werden', 'wurde', 'wurden', 'auch', 'sie', 'bei', 'nach', 'über', 'oder', 'aber',
  'noch', 'sind', 'zu', 'vom', 'zum', 'zur', 'nur', 'durch', 'wie', 'dass', 'kann', 'haben', 'hat', 'sei', 'sagt',
]);
const ENGLISH = new Set([
  'the', 'and', 'of', 'to', 'is', 'that', 'with', 'for', 'are', 'this', 'by', 'from', 'it', 'have', 'has', 'which',
  'were', 'be', 'or', 'at', 'they', 'their', 'said', 'says', 'been', 'than', 'its', 'would', 'could',
]);

// Fewer words than this say too little; more are not needed to tell.
const MIN_WORDS = 40;
const MAX_WORDS = 3_000;
// A language's small words make up a fifth or more of running text; a tenth of the words and three times the
// other language's share is a clear answer (a French or Spanish story reaches neither).
const MIN_SHARE = 0.1;
const MIN_RATIO = 3;

/** 'de' or 'en' when the text is clearly one of them, undefined when it is short, mixed or in another language. */
export function textLanguage(text: string): 'en' | 'de' | undefined {
  const words = text.toLowerCase().match(/\p{L}+/gu)?.slice(0, MAX_WORDS) ?? [];
  if (words.length < MIN_WORDS) return undefined;
  let de = 0;
  let en = 0;
  for (const word of words) {
    if (GERMAN.has(word)) de++;
    else if (ENGLISH.has(word)) en++;
  }
  if (de >= MIN_SHARE * words.length && de >= MIN_RATIO * en) return 'de';
  if (en >= MIN_SHARE * words.length && en >= MIN_RATIO * de) return 'en';
  return undefined;
}

/** A language tag's primary language, lower case: "de-CH", "de_DE" and "DE" are "de"; none gives undefined. */
export function primaryLanguage(tag: string | null | undefined): string | undefined {
  return tag ? tag.toLowerCase().split(/[-_]/)[0] : undefined;
}

/**
 * The page's language: its declared `lang` ("de-CH" kept as written) unless the text is clearly in English or
 * German and the declaration says otherwise or nothing.
 */
export function pageLanguage(declared: string | null, text: string): string | null {
  const read = textLanguage(text);
  if (!read) return declared;
  return primaryLanguage(declared) === read ? declared : read;
}
