/** Institutions in a sentence written mostly in capitals (an affiliation line, a list of names), where runs cannot be trusted. */
import type { InstitutionMention } from './institutions';
import { notAnOrganisation } from './name-checks';

// A piece that is nothing but an institution's name: capitalised words, a strong head, an optional "of …".
const AFFILIATION_PIECE =
  /^(?:[\p{Lu}][\p{L}.'’&-]*\s+){0,5}(?:University|Hospital|Institute|College|Clinic|Medical Center|Medical Centre|Cancer Center|Medical School|School of (?:Medicine|Public Health|Nursing))(?:\s+(?:of|for|at|and)\s+(?:the\s+)?[\p{Lu}][\p{L}.'’-]*(?:\s+(?:of|and|for|the|[\p{Lu}][\p{L}.'’-]*)){0,6})?$/u;
const PLACE_WORD = /\b(?:of|at|from)\s+(?:the\s+)?(?=\p{Lu})/gu;
const TWO_NAMES = /\s+and\s+(?:the\s+)?(?=\p{Lu})/u;

/**
 * "Ana Ruiz M.D., Emory University School of Medicine, Atlanta": a piece between commas that is a whole institution's name;
 * "A and B of San Diego State University": the name after "of", "at" or "from"; "of X and the Y": two names.
 * A whole piece counts only where commas bound it: a reference line ("Roe J. Some University") is no affiliation.
 */
export function affiliationPieces(sentence: string): InstitutionMention[] {
  const out: InstitutionMention[] = [];
  let at = 0;
  for (const piece of sentence.split(/([,;])/)) {
    const trimmed = piece.trim().replace(/\.$/, '');
    const lead = piece.indexOf(trimmed);
    const whole = sentence.includes(',') ? [-1] : [];
    for (const k of [...whole, ...[...trimmed.matchAll(PLACE_WORD)].map((m) => m.index! + m[0].length)]) {
      const rest = trimmed.slice(Math.max(k, 0));
      const parts = k < 0 ? [] : rest.split(TWO_NAMES);
      const names = parts.length > 1 && parts.every((n) => AFFILIATION_PIECE.test(n)) ? parts : AFFILIATION_PIECE.test(rest) ? [rest] : parts.filter((n) => AFFILIATION_PIECE.test(n));
      if (!names.length) continue;
      for (const name of names) {
        const start = at + lead + trimmed.indexOf(name, Math.max(k, 0));
        if (!notAnOrganisation(name, '', '')) out.push({ name, start, end: start + name.length });
      }
      break;
    }
    at += piece.length;
  }
  return out;
}
