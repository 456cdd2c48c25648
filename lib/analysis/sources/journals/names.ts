/** How a journal's name is read off the words of a sentence: tokens, trie matches, subtitles, families, acronyms. */
import { TOKEN, canonicalJournal, keyOf, nameTokens, type JournalIndex, type TrieNode } from './list';

export interface Tok {
  text: string;
  /** The trie's key of the word, made once per sentence: every word is looked up from each start before it. */
  key: string;
  start: number;
  end: number;
}

export function tokens(sentence: string): Tok[] {
  const out: Tok[] = [];
  for (const m of sentence.matchAll(TOKEN)) out.push({ text: m[0], key: keyOf(m[0]), start: m.index!, end: m.index! + m[0].length });
  return out;
}

const FUNCTION_WORDS = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'to', 'a', 'de', 'et', 'at', 'an']);
export const capitalised = (t: string): boolean => /^[\p{Lu}\p{N}]/u.test(t);

/** The text token may stand for the written token: same word, capitalised, or a function word. */
function caseFits(text: string, written: string, single: boolean): boolean {
  // "BMJ Quality and Safety" for "BMJ Quality & Safety": "and" stands for "&".
  if (text === written || FUNCTION_WORDS.has(written.toLowerCase()) || (written === '&' && text === 'and')) return true;
  if (single && /^\p{Lu}{2,}$/u.test(written) && written.length <= 6) return text === written || text.toUpperCase() === text;
  return capitalised(text) || text === '&';
}

export interface Match {
  /** Index of the last token of the name. */
  end: number;
  journal: number;
  written: string[];
}

/** The longest known name starting at token i, if its words are written the way a name is. */
export function longestMatch(index: JournalIndex, toks: Tok[], i: number): Match | null {
  let node: TrieNode | undefined = index.trie;
  let best: Match | null = null;
  for (let j = i; j < toks.length && node; j++) {
    node = node.next.get(toks[j].key);
    if (node?.end) best = { end: j, ...node.end };
  }
  if (!best) return null;
  const single = best.end === i;
  for (let k = i; k <= best.end; k++) if (!caseFits(toks[k].text, best.written[k - i], single)) return null;
  return best;
}

// Words that make a name a journal's even where its other words are ordinary ("Science Advances", "Annals of …").
const STRONG_WORD = /^(?:Journal|Annals|Archives|Proceedings|Transactions|Bulletin|Letters|Reports|Reviews?|Communications|Quarterly|Lancet|JAMA|BMJ|NEJM|PLOS|PLoS|PNAS|Nature|Science|Cell|eLife|npj|BMC|Frontiers|Acta)$/;

/**
 * Names that are ordinary words ("Nature", "Neurology", "Parkinson's Disease", "Molecular Medicine") are a journal only
 * where the words around them cite one; coined or branded names ("eLife", "PLOS ONE", "Science Advances") need less.
 */
export function needsCue(written: string[]): boolean {
  if (written.length > 1) return !written.some((w) => STRONG_WORD.test(w) || /^\p{Lu}{2,}$|^\p{Ll}+\p{Lu}|^\p{Lu}\p{Ll}*\p{Lu}/u.test(w));
  const w = written[0];
  if (w === 'AIDS') return true;
  if (/^\p{Lu}{4,}$/u.test(w) || w === 'BMJ') return false;
  return !/^\p{Ll}+\p{Lu}|^\p{Lu}\p{Ll}*\p{Lu}/u.test(w);
}

/** A name that speaks for a whole journal (a brand or a structural word), for uncued mentions in a publishing sentence. */
export const BRANDED = /\b(?:Journal|Proceedings|Annals|Archives|Lancet|JAMA|BMJ|PLOS|NEJM|Nature|Cell|Science|eLife|npj)\b/i;

// Tokens of ISO-style abbreviations ("J Am Med Assoc", "Proc Natl Acad Sci"): such spellings report the canonical name.
const ABBREVIATED = /^(?:assn|assoc|natl|acad|proc|engl|intern|psychiatr|neurol|oncol|cardiol|pediatr|surg|dermatol|ophthalmol|endocrinol|gastroenterol|hepatol|immunol|microbiol|transl|commun|chem|phys|biol|lett|curr|front|ecol|evol|genet|neurosci|psychol|behav|nutr|clin|epidemiol|infect|respir|obstet|gynecol|rheum|geophys|astron|astrophys|environ|toxicol|pharmacol|physiol|bioinform|comput|mater|nanotechnol|biotechnol)$/i;

/** A full-length alias is reported as the story writes it ("Archives of General Psychiatry"); abbreviations as the canonical name. */
export function reportedName(index: JournalIndex, journal: number, written: Tok[], sentence: string): string {
  const canonical = index.journals[journal].name;
  const words = written.map((t) => t.text);
  if (nameTokens(canonical).map(keyOf).join(' ') === written.map((t) => t.key).join(' ')) return canonical;
  let node: TrieNode | undefined = index.trie;
  for (const t of written) node = node?.next.get(t.key);
  // "im Deutschen Ärzteblatt" cites the Deutsches Ärzteblatt.
  if (node?.end?.declined) return canonical;
  // A series letter is a word of a full name: "Proceedings of the Royal Society B: Biological Sciences".
  const full = words.length >= 2 && words.every((w) => FUNCTION_WORDS.has(w.toLowerCase()) || w === '&' || /^\p{Lu}$/u.test(w) || (w.length >= 4 && !ABBREVIATED.test(w) && !/^\p{Lu}+$/u.test(w)));
  return full ? sentence.slice(written[0].start, written[written.length - 1].end).replace(/\s+/g, ' ') : canonical;
}

// "Circulation: Cardiovascular Imaging", "Alzheimer's & Dementia: The Journal of the Alzheimer's Association".
const SUBTITLE = /^:\s+((?:The\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+(?:of|and|&|for|in|on|the|[\p{Lu}][\p{L}'’-]*))*\s+[\p{Lu}][\p{L}'’-]*)(?=\s*(?:[,.;:)(]|$|\s+[\p{Ll}\d]))/u;

const SPEECH_AFTER = /^,?\s+(?:said|says|told|explains?|explained|adds?|added|wrote|writes|notes?|noted|argues|argued)\b/;

/** The subtitle a name goes on with after a colon, in Title Case, or null. */
export function subtitleAfter(sentence: string, end: number): string | null {
  const m = SUBTITLE.exec(sentence.slice(end, end + 100));
  // "Science: Jane Roe said" opens a quote, not a subtitle.
  if (!m || /\s(?:The|A|An)$/.test(m[1]) || SPEECH_AFTER.test(sentence.slice(end + m[0].length))) return null;
  return m[1].split(/\s+/).length <= 9 ? m[1] : null;
}

const SERIES = /^([,:]?)\s+((?:Series|Section|Part)\s+[A-H])(?![\p{L}\d])/u;

/** "Journal of Combinatorial Theory, Series A", "Acta Crystallographica Section D": the series after a name, as written. */
export function seriesAfter(sentence: string, end: number): { text: string; length: number } | null {
  const m = SERIES.exec(sentence.slice(end, end + 16));
  return m ? { text: `${m[1] === ',' ? ',' : ''} ${m[2]}`, length: m[0].length } : null;
}

// Publishers whose journals are named "Brand X": "the Nature journal Biomedical Engineering" is Nature Biomedical Engineering.
const FAMILY = /^(?:Nature|Cell|Science|Lancet|JAMA|BMJ|PLOS|PLoS|Frontiers|BMC|npj)$/;
const FAMILY_RUN = /^\s+journals?,?\s+((?:[\p{Lu}][\p{L}'’-]*|npj|eLife)(?:\s+(?:of|and|&|in|[\p{Lu}][\p{L}'’-]*)){0,6})/u;

/** "the Nature journal Biomedical Engineering", "the JAMA Network journal JAMA Oncology": the family member named, and where it ends. */
export function familyMember(index: JournalIndex, sentence: string, brand: string, end: number): { name: string; end: number } | null {
  if (!FAMILY.test(brand)) return null;
  const m = FAMILY_RUN.exec(sentence.slice(end, end + 90));
  if (!m) return null;
  const run = m[1].replace(/\s+(?:of|and|&|in)$/, '');
  const runEnd = end + m[0].length - (m[1].length - run.length);
  const name = canonicalJournal(index, run) ?? canonicalJournal(index, `${brand} ${run}`) ?? (/^(?:Nature|Lancet|npj|BMC)$/.test(brand) ? `${brand === 'Lancet' ? 'The Lancet' : brand} ${run}` : null);
  return name ? { name, end: runEnd } : null;
}

/**
 * "Public Library of Science (PLoS) ONE": the words a bracketed acronym spells out belong to the name that opens
 * with the acronym. Returns, for each such acronym's token, where the spelled-out words start, and those tokens to skip.
 */
export function spelledAcronyms(sentence: string, toks: Tok[]): { startOf: Map<number, number>; skip: Set<number> } {
  const startOf = new Map<number, number>();
  const skip = new Set<number>();
  if (!sentence.includes('(')) return { startOf, skip };
  toks.forEach((t, k) => {
    if (sentence[t.start - 1] !== '(' || sentence[t.end] !== ')' || !/^\p{Lu}/u.test(t.text)) return;
    const capitals = t.text.replace(/\P{Lu}/gu, '');
    let initials = '';
    let j = k - 1;
    for (; j >= 0 && initials.length < capitals.length; j--) {
      if (capitalised(toks[j].text)) initials = toks[j].text[0] + initials;
      else if (!FUNCTION_WORDS.has(toks[j].text) && toks[j].text !== '&') break;
    }
    if (initials !== capitals || capitals.length < 2) return;
    startOf.set(k, toks[j + 1].start);
    for (let n = j + 1; n < k; n++) skip.add(n);
  });
  return { startOf, skip };
}
