/**
 * Whether a glossary match is a word used inside a name or a job title rather than as the
 * term: "Journal of Immunology", "ATP Finals", "professor of cardiology". Called once per
 * match the matcher found, never per word; reads a few neighbouring words.
 */
import { phraseWords, type Word } from './words';

/** How a glossary form is written, which decides what a capital letter in the text means. */
export const FormShape = {
  /** Lower case ("oncology"): a capital mid-sentence marks a name. */
  Common: 0,
  /** Capitals ("ATP", "T cell"): only a name word right after it marks a name. */
  Acronym: 1,
  /** Written as a name ("Food and Drug Administration"): never rejected for capitals. */
  Name: 2,
} as const;
export type FormShape = (typeof FormShape)[keyof typeof FormShape];

/** Nouns that make a capitalised run the name of an organisation, publication or event. */
const NAME_WORDS = [
  'journal', 'journals', 'annals', 'archives', 'proceedings', 'letters', 'reports', 'review', 'reviews', 'lancet', 'bulletin', 'magazine',
  'department', 'society', 'institute', 'institutes', 'university', 'college', 'centre', 'centres', 'association', 'foundation', 'hospital',
  'school', 'division', 'laboratory', 'laboratories', 'lab', 'clinic', 'council', 'academy', 'program', 'programme', 'faculty', 'agency',
  'trust', 'network', 'consortium', 'conference', 'congress', 'symposium', 'meeting', 'sessions', 'alliance', 'charity', 'fund', 'unit',
  'finals', 'final', 'cup', 'open', 'tour', 'championship', 'championships', 'tournament', 'league', 'prize', 'award', 'awards', 'festival',
  'inc', 'corp', 'ltd', 'company', 'group', 'press', 'museum', 'park', 'service', 'services', 'board', 'commission', 'ministry', 'professor',
  'initiative', 'coalition', 'administration', 'organisation', 'office', 'bureau', 'authority', 'partnership', 'collaboration',
  'federation', 'union', 'corporation', 'hospitals', 'clinics', 'universities', 'societies', 'associations', 'foundations',
  // German: "Robert Koch-Institut", "Deutsche Krebsgesellschaft" is one word and needs none.
  'institut', 'universität', 'klinik', 'klinikum', 'zentrum', 'gesellschaft', 'stiftung', 'verband', 'hochschule', 'krankenhaus',
  'akademie', 'ministerium', 'bundesamt', 'verein', 'forschungszentrum', 'universitätsklinikum',
];
/** Posts and units whose "of" names a field: "professor of cardiology", "chief of oncology". */
const OF_ROLES = [
  'professor', 'professors', 'professorship', 'lecturer', 'department', 'departments', 'dept', 'school', 'faculty', 'chair', 'chairman',
  'chairwoman', 'chairperson', 'chief', 'head', 'director', 'dean', 'division', 'journal', 'institute',
];
/** Posts and degrees whose "in" names a field: "lecturer in immunology", "a PhD in epidemiology". */
const IN_ROLES = ['professor', 'lecturer', 'fellow', 'chair', 'phd', 'degree', 'doctorate', 'specialist', 'residency', 'fellowship'];
/** Small words inside names ("Society of Clinical Oncology", "Centre for Epidemiology"). */
const CONNECTORS = ['of', 'for', 'and', 'the', 'on', 'de'];
/** Words between a role and the field that show it is not a title ("head of the tumour"). */
const DETERMINERS = ['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'your'];

const NAME = 1;
const OF_ROLE = 2;
const IN_ROLE = 4;
const CONNECTOR = 8;
const DETERMINER = 16;
const OF = 32;
const IN = 64;

/** Upper-case letter: ASCII or Latin-1 (É, Ø). */
const isUpper = (c: number) => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
const isLower = (c: number) => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
/** After a colon, an opening quote or bracket, a dash or a bar, a capital starts a new phrase. */
const OPENERS = /[:"(\[“‘—–|]/;

/** The words above by folded key, with what each can mean around a match. */
export type SenseWords = ReadonlyMap<string, number>;

export function senseWords(): SenseWords {
  const marks: [string[], number][] = [[NAME_WORDS, NAME], [OF_ROLES, OF_ROLE], [IN_ROLES, IN_ROLE], [CONNECTORS, CONNECTOR], [DETERMINERS, DETERMINER], [['of'], OF], [['in'], IN]];
  const flags = new Map<string, number>();
  for (const [list, flag] of marks) {
    for (const w of list) {
      const key = phraseWords(w).keys[0];
      flags.set(key, (flags.get(key) ?? 0) | flag);
    }
  }
  return flags;
}

/** Whether the match of words [i, last], written in the glossary as `shape`, is a name or title use. */
export type SenseCheck = (i: number, last: number, shape: FormShape) => boolean;

/** The check for one text and its words. */
export function senseCheck(flags: SenseWords, text: string, words: Word[], lang: 'en' | 'de' = 'en'): SenseCheck {
  const n = words.length;
  const flagOf = (k: number): number => (k >= 0 && k < n ? (flags.get(words[k].key) ?? 0) : 0);
  const upper = (k: number) => isUpper(text.charCodeAt(words[k].start));
  /** Word k continues a phrase from k - 1 (same sentence, only a space or hyphen between). */
  const joined = (k: number) => k > 0 && k < n && words[k].joined;
  const sentenceStart = (k: number): boolean => {
    if (k === 0 || words[k - 1].sentence !== words[k].sentence) return true;
    return OPENERS.test(text.slice(Math.max(words[k - 1].end, words[k].start - 6), words[k].start));
  };
  const headlines = new Map<number, boolean>();
  /** A sentence in title case (a headline or heading): capitals there say nothing about names. */
  const isHeadline = (k: number): boolean => {
    const s = words[k].sentence;
    let headline = headlines.get(s);
    if (headline !== undefined) return headline;
    let from = k;
    while (from > 0 && words[from - 1].sentence === s) from--;
    let caps = 0;
    let lower = 0;
    for (let p = from; p < n && words[p].sentence === s; p++) {
      const w = words[p];
      const c = text.charCodeAt(w.start);
      if (isUpper(c)) caps++;
      else if (isLower(c) && w.end - w.start >= 4) lower++;
    }
    headline = caps >= 3 && lower <= Math.max(1, caps / 5);
    headlines.set(s, headline);
    return headline;
  };
  /** A field after a post: "professor of [medical] oncology", "lecturer in immunology", "chair of medicine and epidemiology". */
  const afterRole = (i: number): boolean => {
    for (let p = i - 1, between = 0; p > 0 && joined(p + 1) && between <= 2; p--, between++) {
      const f = flagOf(p);
      if (f & DETERMINER) return false;
      if ((f & OF && flagOf(p - 1) & OF_ROLE) || (f & IN && flagOf(p - 1) & IN_ROLE)) return joined(p);
    }
    return false;
  };
  /** Capitalised words (or a name word) joined to the match on either side, possibly through "of", "for", "and". */
  const inCapitalRun = (i: number, last: number): boolean => {
    if (joined(i)) {
      const p = i - 1;
      // A possessive ends the name before it: "the centre's High-Throughput Screening" is a thing it has.
      const possessive = /['’]/.test(text[words[p].end] ?? '');
      if (upper(p) && !possessive && (!sentenceStart(p) || flagOf(p) & NAME)) return true;
      if (flagOf(p) & CONNECTOR && joined(p) && upper(p - 1) && !(flagOf(p - 1) & DETERMINER)) return true;
    }
    if (joined(last + 1)) {
      const q = last + 1;
      if (upper(q)) return true;
      if (flagOf(q) & CONNECTOR && !(flagOf(q) & DETERMINER) && joined(q + 1) && upper(q + 1)) return true;
    }
    return false;
  };
  /** A name word right beside the match, or one "of"/"for" away: for headlines, where every word has a capital. */
  const besideNameWord = (i: number, last: number): boolean => {
    if (joined(i) && flagOf(i - 1) & NAME && upper(i - 1)) return true;
    if (joined(i) && flagOf(i - 1) & CONNECTOR && joined(i - 1) && flagOf(i - 2) & NAME) return true;
    return joined(last + 1) && (flagOf(last + 1) & NAME) !== 0 && upper(last + 1);
  };

  /**
   * Inside an institution's name: a name word in the capitalised run around the match, which may pass
   * through "of", "for", "and" ("Center for AIDS Research", "HIV Vaccine Trials Network", "Alzheimer's Association").
   * A possessive before the match ends the run ("the centre's"); one on the match does only for an acronym
   * ("the FDA's Center for Drug Evaluation" still names the FDA).
   */
  const inInstitution = (i: number, last: number, shape: FormShape): boolean => {
    const possessive = (k: number) => words[k].fullEnd !== words[k].end;
    const capital = (k: number) => k >= 0 && k < n && upper(k);
    for (let p = i - 1; p >= 0 && joined(p + 1) && !possessive(p); p--) {
      if (capital(p)) {
        if (flagOf(p) & NAME) return true;
      } else if (!(flagOf(p) & CONNECTOR && joined(p) && capital(p - 1))) break;
    }
    if (shape === FormShape.Acronym && possessive(last)) return false;
    for (let q = last + 1; q < n && joined(q) && !(q > last + 1 && possessive(q - 1)); q++) {
      if (capital(q)) {
        if (flagOf(q) & NAME) return true;
      } else if (!(flagOf(q) & CONNECTOR && joined(q + 1) && capital(q + 1))) break;
    }
    return false;
  };

  return (i, last, shape) => {
    // German writes every noun with a capital, so capitals say nothing there: only a name word right beside the match does.
    if (lang === 'de') return (joined(i) && (flagOf(i - 1) & NAME) !== 0) || (joined(last + 1) && (flagOf(last + 1) & NAME) !== 0);
    if (shape !== FormShape.Common) {
      // In a headline every word has a capital: only a name word right after the match counts there.
      if (isHeadline(i)) return joined(last + 1) && (flagOf(last + 1) & NAME) !== 0 && upper(last + 1);
      return inInstitution(i, last, shape);
    }
    if (afterRole(i)) return true;
    // A common noun all in capitals: a name unless the sentence starts there or is a headline.
    for (let k = i; k <= last; k++) if (isLower(text.charCodeAt(words[k].start))) return false;
    if (!upper(i) || sentenceStart(i)) return false;
    // Text in capitals throughout ("THE STUDY") is shouting or a heading, not a name.
    if (words[i].end - words[i].start > 1 && isUpper(text.charCodeAt(words[i].start + 1))) return false;
    if (isHeadline(i)) return besideNameWord(i, last);
    // One capitalised word mid-sentence ("the journal Neurology", "an app called Aura") is a name.
    return last === i || inCapitalRun(i, last);
  };
}
