/** Fields of science the glossary covers; one data file per field. */
export type GlossaryField =
  | 'methods' // research methods, statistics, publishing
  | 'immunology'
  | 'cancer'
  | 'genetics'
  | 'infectious-disease'
  | 'neuroscience'
  | 'cardio-metabolic'
  | 'nutrition'
  | 'drugs-regulation'
  | 'medicine' // general clinical terms that fit no narrower field
  | 'astronomy'
  | 'climate-earth'
  | 'physics'
  | 'chemistry-materials'
  | 'ecology-evolution'
  | 'computing'
  | 'engineering';

/** One glossary entry, written for Caveat in plain language. */
export interface GlossaryEntry {
  /** Headword: singular, lower case unless a proper noun or acronym ("memory T cell", "CRISPR"). */
  term: string;
  /** Other ways stories write it: abbreviations, spellings, synonyms, plural-irregular forms. */
  aliases?: string[];
  field: GlossaryField;
  /** One or two sentences a 14-year-old follows; at most 35 words. */
  definition: string;
  /** Headwords of related entries. */
  seeAlso?: string[];
  /**
   * For ambiguous words only: the entry matches only when one of these words
   * occurs within the same sentence ("mass" needs "body mass index"-style context).
   */
  context?: string[];
  /**
   * The language the entry is written in, for pages in that language; absent for English. On a German page
   * the German entries are used, and English ones only where written as a name or acronym (HIV, CRISPR).
   */
  lang?: 'de';
  /**
   * Phrases holding the term in another sense ("miscarriage of justice"): where one occurs,
   * that stretch of text is not matched.
   */
  notIn?: string[];
}
