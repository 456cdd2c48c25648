/**
 * Sentences, split in one place for the whole analysis by the platform's Intl.Segmenter (Unicode sentence
 * boundaries), with the few corrections news text needs: titles, initials and abbreviations that end in a
 * full stop ("Dr.", "J. Smith", "U.S.", "et al.", German "z. B." and dates like "3. Mai") do not end a sentence,
 * and neither does a stop followed by a lower-case word ('"Wow!" she said') or by no space ("2.0.CO;2" in a DOI).
 */

import { primaryLanguage } from './language';

// Lower-cased, without their final stop. Language-neutral ones first: journal abbreviations, degrees, months.
const COMMON = [
  'al', 'fig', 'figs', 'no', 'nos', 'vol', 'pp', 'ed', 'eds', 'ca', 'approx', 'vs', 'etc', 'e.g', 'i.e', 'cf',
  'j', 'natl', 'acad', 'sci', 'med', 'engl', 'proc', 'rev', 'res', 'int', 'am', 'soc', 'biol', 'chem', 'phys',
  'ph.d', 'm.d', 'phd', 'msc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
];
const ABBREVIATIONS: Record<string, ReadonlySet<string>> = {
  en: new Set([
    ...COMMON,
    'dr', 'drs', 'prof', 'mr', 'mrs', 'ms', 'st', 'jr', 'sr', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt',
    'inc', 'corp', 'ltd', 'co', 'dept', 'univ', 'mt', 'ft', 'est', 'assoc',
  ]),
  de: new Set([
    ...COMMON,
    'dr', 'prof', 'hr', 'fr', 'bzw', 'bspw', 'ca', 'evtl', 'ggf', 'inkl', 'nr', 'str', 'usw', 'vgl', 'zb', 'z.b', 'u.a',
    'd.h', 'u.a', 'o.ä', 'bzgl', 'jh', 'jhd', 'mio', 'mrd', 'abb', 'tab', 'univ', 'sog', 'dt', 'gem', 'max', 'min',
    // The faculty of a German doctorate or diploma: "Dr. rer. nat.", "Dr. phil.", "Prof. Dr. med. vet.", "Dipl.-Ing.".
    'rer', 'nat', 'phil', 'vet', 'dent', 'habil', 'oec', 'pol', 'jur', 'theol', 'dipl', 'ing',
  ]),
};

const SEGMENTERS: Record<string, Intl.Segmenter> = {
  en: new Intl.Segmenter('en', { granularity: 'sentence' }),
  de: new Intl.Segmenter('de', { granularity: 'sentence' }),
};

/** The two-letter language the splitter knows ("de-CH" → "de"); English for anything else. */
export function baseLanguage(lang: string | null | undefined): 'en' | 'de' {
  return primaryLanguage(lang) === 'de' ? 'de' : 'en';
}

// The word right before a segment's final stop, with inner stops kept ("U.S", "z.B", "Ph.D"); the s of "Alzheimer's." is no initial.
const LAST_WORD_RE = /(?<![\p{L}\p{N}.'’])([\p{L}\p{N}][\p{L}\p{N}.]*)\.["”’')\]]*\s*$/u;
// A segment that goes on the previous sentence: it opens with a lower-case word or a closing mark.
const CONTINUES_RE = /^["“”'‘’(\[]?(?:\p{Ll}|[)\],;:])/u;

/** Whether a segment that ends like this ends only an abbreviation, not a sentence. */
function endsInAbbreviation(segment: string, lang: 'en' | 'de'): boolean {
  const word = LAST_WORD_RE.exec(segment)?.[1];
  if (!word) return false;
  const lower = word.toLowerCase();
  if (ABBREVIATIONS[lang].has(lower)) return true;
  // An initial ("Bonnie W. Ramsey") or letters with inner stops ("U.S.", "z. B." read as "z.B").
  if (/^\p{L}$/u.test(word) || /^(?:\p{L}{1,3}\.)+\p{L}{1,3}$/u.test(word)) return true;
  // German ordinals and dates: "am 3. Mai", "im 19. Jahrhundert".
  return lang === 'de' && /^\d{1,4}$/.test(word);
}

/** One paragraph → its sentences, trimmed, none empty. */
export function splitSentences(paragraph: string, lang: string | null = 'en'): string[] {
  const base = baseLanguage(lang);
  const out: string[] = [];
  let pending = '';
  for (const { segment } of SEGMENTERS[base].segment(paragraph)) {
    if (pending && (!/\s$/.test(pending) || endsInAbbreviation(pending, base) || CONTINUES_RE.test(segment))) pending += segment;
    else {
      if (pending.trim()) out.push(pending.trim());
      pending = segment;
    }
  }
  if (pending.trim()) out.push(pending.trim());
  return out;
}

/** Every sentence of the paragraphs, in order. */
export function paragraphSentences(paragraphs: string[], lang: string | null = 'en'): string[] {
  const out: string[] = [];
  for (const p of paragraphs) for (const s of splitSentences(p, lang)) out.push(s);
  return out;
}
