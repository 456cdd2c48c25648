import { foldWord } from './fold';

/** Plural forms of a folded word: -s, -es, -ies, and the Latin and Greek ones science uses. */
export function pluralsOf(key: string): string[] {
  const out = [key + 's'];
  if (/(s|x|z|ch|sh|o)$/.test(key)) out.push(key + 'es');
  if (/[^aeiou]y$/.test(key)) out.push(key.slice(0, -1) + 'ies');
  if (/is$/.test(key)) out.push(key.slice(0, -2) + 'es'); // metastasis → metastases
  if (key.length >= 5 && /um$/.test(key)) out.push(key.slice(0, -2) + 'a'); // bacterium → bacteria
  if (key.length >= 5 && /us$/.test(key)) out.push(key.slice(0, -2) + 'i'); // fungus → fungi
  if (key.length >= 4 && /[^aeiou]a$/.test(key)) out.push(key + 'e'); // larva → larvae
  if (key.length >= 7 && /on$/.test(key)) out.push(key.slice(0, -2) + 'a'); // criterion → criteria
  if (/[ei]x$/.test(key)) out.push(key.slice(0, -2) + 'ices'); // cortex → cortices
  if (/[^f]fe?$/.test(key)) out.push(key.replace(/fe?$/, 'ves')); // half → halves
  return out;
}

/** Plurals of a folded key, folded in turn as text words are ("analysis" → "analyses" → "analyzes"). */
export function foldedPluralsOf(key: string): string[] {
  return pluralsOf(key).map(foldWord);
}

/** German plural and case endings of a folded noun ("Zelle" → "Zellen", "Tumor" → "Tumoren"); umlaut plurals are aliases. */
export function germanPluralsOf(key: string): string[] {
  const endings = /e$/.test(key) ? ['n'] : ['e', 'en', 'n', 'er', 's', 'es'];
  return endings.map((e) => foldWord(key + e));
}
