/** Words that end with a full stop without ending the sentence. */
const ABBREV = new Set(
  [
    'dr', 'drs', 'prof', 'mr', 'mrs', 'ms', 'st', 'jr', 'sr', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'rev',
    'u.s', 'u.k', 'e.g', 'i.e', 'al', 'vs', 'no', 'nos', 'fig', 'figs', 'inc', 'corp', 'ltd', 'co', 'dept', 'univ',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'ph.d', 'm.d', 'd.c', 'mt',
    'approx', 'ca', 'vol', 'pp', 'ed', 'eds', 'j', 'natl', 'acad', 'sci', 'med', 'engl', 'phd', 'msc',
  ],
);

/** Splits one paragraph into sentences, keeping titles, initials and "et al." inside. */
export function splitSentences(paragraph: string): string[] {
  const out: string[] = [];
  let start = 0;
  const re = /[.!?…]+["”’)\]]*\s+(?=["“‘(\[]?[\p{Lu}\p{N}])/gu;
  for (let m = re.exec(paragraph); m; m = re.exec(paragraph)) {
    const before = paragraph.slice(Math.max(start, m.index - 12), m.index + 1);
    const word = /([\p{L}.]+)\.$/u.exec(before)?.[1]?.toLowerCase() ?? '';
    // A lone capital before the stop is an initial ("Bonnie W. Ramsey"), not a sentence end.
    if (m[0][0] === '.' && (ABBREV.has(word) || /^\p{L}$/u.test(word))) continue;
    out.push(paragraph.slice(start, m.index + m[0].trimEnd().length).trim());
    start = m.index + m[0].length;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/** Every sentence of the article, in order. */
export function articleSentences(paragraphs: string[]): string[] {
  const out: string[] = [];
  for (const p of paragraphs) for (const s of splitSentences(p)) out.push(s);
  return out;
}
