/** Where an institution's name goes on past an inner "and": field lists and shared heads that belong to one name. */
import { COMPOUND_HEAD, FIELD_END, HEADS, POSSESSIVE_IN_NAME, WEAK_HEADS } from './institution-words';

/** A word of a sentence with its place. */
export interface Word {
  text: string;
  start: number;
  end: number;
}
type Adjacent = (a: Word, b: Word) => boolean;

const bare = (t: string) => t.replace(/['’]s$/, '').replace(/\.$/, '');
const isCap = (t: string) => /^[\p{Lu}]/u.test(t);
// A lone word between two "and"s of one field list is an adjective ("Digestive", "Musculoskeletal"), not another name.
const ADJECTIVE = /(?:ive|al|ic|ary|ous|ar|ory)$/;
const PLURAL_HEAD = /^(?:Universities|Institutes|Hospitals|Colleges)$/;

/**
 * words[b + 1] is "and": the index where a field list joined by one or more "and"s ends
 * ("Heart and Lung Research", "Diabetes and Digestive and Kidney Diseases", "Arts and Sciences and Technology"), or -1.
 */
export function fieldListEnd(words: Word[], b: number, adjacent: Adjacent): number {
  let best = -1;
  let k = b + 1;
  for (let ands = 0; ands < 3 && words[k]?.text === 'and' && adjacent(words[k - 1], words[k]); ands++) {
    let e = k + 1;
    while (words[e] && isCap(words[e].text) && adjacent(words[e - 1], words[e]) && e - k <= 3) e++;
    // Not when another name follows ("Department of Nutritional Sciences and Dell Pediatric Research Institute" is two).
    const more = words[e] && isCap(words[e].text) && adjacent(words[e - 1], words[e]);
    const run = words.slice(k + 1, e);
    if (!run.length || more || run.slice(0, -1).some((w) => HEADS.has(bare(w.text)))) break;
    const last = bare(run[run.length - 1].text);
    if (FIELD_END.test(last)) best = e - 1;
    else if (run.length > 1 || HEADS.has(last) || !ADJECTIVE.test(last)) break;
    k = e;
  }
  return best;
}

/** German nouns of a field of study: "Geologie", "Informatik", "Klimaforschung", "Frühgeschichte", "Rohstoffe", "Binnenfischerei". */
const GERMAN_FIELD = /\p{Ll}(?:ie|ik|ung|schaft|schaften|heit|keit|kunde|lehre|medizin|geschichte|wesen|technik|fahrt|welt|stoffe|mittel|wirtschaft|tion|tionen|erei)$/u;

/**
 * words[b + 1] is "und" in a German name "… für A": the index of the field after it that belongs to the same name
 * ("Institut für Geologie und Paläontologie", "Bundesanstalt für Geowissenschaften und Rohstoffe"), or -1.
 * Another organisation or a group of people after "und" stays apart.
 */
export function germanFieldEnd(words: Word[], head: number, b: number, adjacent: Adjacent): number {
  if (words[b + 1]?.text !== 'und' || !words.slice(head + 1, b).some((w) => w.text === 'für')) return -1;
  const field = words[b + 2];
  if (!field || !adjacent(words[b + 1], field) || !isCap(field.text) || HEADS.has(bare(field.text)) || COMPOUND_HEAD.test(field.text)) return -1;
  return GERMAN_FIELD.test(field.text) ? b + 2 : -1;
}

/**
 * words[b + 1] is "and" after a field word or weak head ("Oregon Health"): the index of the strong head that closes
 * one shared name ("… and Science University"), or -1. "Mayo Clinic and Harvard University" stays two.
 */
export function sharedHeadEnd(words: Word[], b: number, adjacent: Adjacent): number {
  const last = bare(words[b].text);
  if (!(WEAK_HEADS.has(last) || FIELD_END.test(last)) || words[b + 1]?.text !== 'and') return -1;
  for (let e = b + 2; e <= b + 4 && words[e] && isCap(words[e].text) && adjacent(words[e - 1], words[e]); e++) {
    const w = bare(words[e].text);
    if (HEADS.has(w) && !WEAK_HEADS.has(w)) return e > b + 2 ? e : -1;
    if (!FIELD_END.test(w)) return -1;
  }
  return -1;
}

/** "Universities of Exeter and Plymouth": a plural head shares its "of" with the place after "and". Index or -1. */
export function pluralPlaceEnd(words: Word[], head: number, b: number, adjacent: Adjacent): number {
  if (b === head || !PLURAL_HEAD.test(words[head].text) || words[b + 1]?.text !== 'and') return -1;
  const place = words[b + 2];
  if (!place || !isCap(place.text) || !adjacent(words[b + 1], place) || HEADS.has(bare(place.text))) return -1;
  const next = words[b + 3];
  return next && isCap(next.text) && adjacent(place, next) ? -1 : b + 2;
}

/**
 * words[b + 1] is a comma inside "of/for …": the index where a comma list of fields ends when the list closes with
 * "and" and a field ("Institute for Heart, Lung and Vascular Research"), or -1.
 */
export function commaListEnd(words: Word[], b: number, adjacent: Adjacent): number {
  let k = b + 1;
  for (let items = 0; items < 5 && words[k]?.text === ','; items++) {
    const w = words[k + 1];
    if (!w) return -1;
    if (w.text === 'and') {
      k += 1;
      break;
    }
    if (!isCap(w.text) || !adjacent(words[k], w)) return -1;
    k += 2;
    if (words[k]?.text === 'and') break;
  }
  if (words[k]?.text !== 'and') return -1;
  let e = k + 1;
  while (words[e] && isCap(words[e].text) && adjacent(words[e - 1], words[e]) && e - k <= 3) e++;
  // The list closes on a field: a listed one or a word built like one ("Transplantation", "Gerontology").
  const last = bare(words[e - 1]?.text ?? '');
  return e - 1 > k && (FIELD_END.test(last) || /(?:ology|ation|ics|ence|ery|Affairs)$/.test(last)) ? e - 1 : -1;
}

/**
 * Going left from a head over "and" (words[a - 1]): the words from a on are a place of their own when a known name
 * stands on either side ("Massachusetts Eye and Ear and Harvard Medical School", "Dana-Farber and Boston Children's
 * Hospital", "Los Angeles and Johns Hopkins University") or a second "and" comes before. Otherwise "X and Y Hospital"
 * is one place ("Chelsea and Westminster Hospital", "Walter and Eliza Hall Institute").
 */
export function standsAlone(words: Word[], a: number, known: (w: string) => boolean): boolean {
  if (FIELD_END.test(bare(words[a].text)) || POSSESSIVE_IN_NAME.test(words[a].text)) return false;
  return known(bare(words[a].text)) || known(bare(words[a - 2].text)) || words[a - 3]?.text === 'and';
}
