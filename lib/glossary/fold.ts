/**
 * Folds spelling variants both in the text and in glossary entries, so one entry
 * matches "tumour" and "tumor", "randomised" and "randomized", "leukaemia" and "leukemia".
 */
export function foldWord(word: string): string {
  let w = word.toLowerCase();
  if (/[^\x00-\x7f]/.test(w)) w = w.normalize('NFD').replace(/\p{M}/gu, '').replace(/’/g, "'");
  // Most words hold none of the letter pairs below: one test instead of six replacements.
  if (w.length < 4 || !FOLDABLE.test(w)) return w;
  return w
    .replace(/ae/g, 'e')
    .replace(/(?<=^|[a-z])oe(?=[a-z])/g, 'e')
    .replace(/(?<=[a-z]{3})our(s?)$/, 'or$1')
    .replace(/(?<=[a-z]{2})(i|y)s(e|es|ed|ing|ation|ations)$/, '$1z$2')
    .replace(/(?<=[a-z]{2}[^aeiou])re(s?)$/, 'er$1')
    .replace(/(?<=[a-z]{2})ll(ing|ed|er)$/, 'l$1');
}

const FOLDABLE = /ae|oe|our|[iy]s|re|ll/;
