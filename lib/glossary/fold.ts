/**
 * Folds spelling variants both in the text and in glossary entries, so one entry
 * matches "tumour" and "tumor", "randomised" and "randomized", "leukaemia" and "leukemia".
 */
export function foldWord(word: string): string {
  let w = word.toLowerCase();
  if (/[^\x00-\x7f]/.test(w)) w = w.replace(INVISIBLE, '').normalize('NFD').replace(/\p{M}/gu, '').replace(/’/g, "'");
  w = WORDS.get(w) ?? w.replace(/^sulph/, 'sulf');
  // Most words hold none of the letter pairs below: one test instead of six replacements.
  if (w.length < 4 || !FOLDABLE.test(w)) return w;
  return w
    .replace(/ae/g, 'e')
    .replace(/(?<=^|[a-z])oe(?=[a-z])/g, 'e')
    .replace(/(?<=[a-z]{3})our(s?)$/, 'or$1')
    .replace(/(?<=[a-z]{2})(i|y)s(e|es|ed|ing|ation|ations)$/, '$1z$2')
    .replace(/(?<=[a-z]{2}[^aeiou'])re(s?)$/, 'er$1')
    .replace(/(?<=[a-z]{2})ll(ing|ed|er)$/, 'l$1');
}

const FOLDABLE = /ae|oe|our|[iy]s|re|ll/;
/** Soft hyphens and zero-width characters a page may put inside a word ("immuno­therapy"). */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/** British spellings the rules above do not reach, with their forms, by their American spelling. */
const WORDS = new Map(
  Object.entries({
    aging: ['ageing'],
    aluminum: ['aluminium'],
    artifact: ['artefact'],
    artifacts: ['artefacts'],
    defense: ['defence'],
    defenses: ['defences'],
    gray: ['grey'],
    judgment: ['judgement'],
    judgments: ['judgements'],
    license: ['licence'],
    licenses: ['licences'],
    mold: ['mould'],
    molds: ['moulds'],
    moldy: ['mouldy'],
    odor: ['odour'],
    odors: ['odours'],
    program: ['programme'],
    programs: ['programmes'],
    skeptic: ['sceptic'],
    skeptical: ['sceptical'],
    skepticism: ['scepticism'],
  }).flatMap(([american, british]) => british.map((b) => [b, american] as const)),
);
