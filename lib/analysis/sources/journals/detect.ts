import { JOURNALS, JOURNAL_TRIE, TOKEN, keyOf, nameTokens, type TrieNode } from './index';

/** A journal named in a sentence. */
export interface JournalMention {
  name: string;
  evidence: string;
  /** Said to be where the reported work appears ("published in", "in the journal"). */
  cued: boolean;
  /** Background: an earlier or separate study ("a previous study in Nature"). */
  background: boolean;
  known: boolean;
}

const FUNCTION_WORDS = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'to', 'a', 'de', 'et', 'at', 'an']);
const TIME_WORDS = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Today|This|Last|In|On|And|The|But|By|Earlier|Online)$/;
const FRAMING = '(?:(?:latest|current|recent|new|online|open[- ]access|peer[- ]reviewed|medical|scientific|prestigious|respected|British|American|European|leading|academic|science|research|international|specialist|[A-Z][a-z]+ [A-Z][a-z]+\'s)\\s+)*';
// Right before a journal name: "published in (the journal) X", "in the latest issue of X", "the journal X".
const CUE_BEFORE = new RegExp(`(?:\\b(?:in|to)|\\bissue of|\\bedition of|\\bpages of|\\bpublished by|\\bjournal)\\s+(?:the\\s+)?${FRAMING}(?:journal,?\\s+)?$`, 'i');
const JOURNAL_WORD_BEFORE = /\bjournal,?\s+$/i;
const PUBLISH_WORD = /\b(?:publish\w*|appear\w*|report\w*|stud(?:y|ies)|paper|research|findings|results|article|letter|analys[ie]s|describ\w*|detail\w*|journal|trial|review|wr[io]t\w*|online|issue|edition|data|authors?)\b/i;
// Earlier or separate work, mentioned for background.
const BACKGROUND = /\b(?:(?:a|an|the|their|his|her) (?:previous|earlier|prior|separate|older|past) (?:study|paper|work|research|trial|analysis|report)|previously published|another (?:study|paper)|other (?:studies|research)|past (?:research|studies)|years ago)\b/i;
// The journal as someone's employer or the reporter's outlet, not a citation.
// Job titles and units: "Professor of Radiology", "Chair in Cancer Research", "Institute of Molecular Medicine".
const UNIT_BEFORE = /\b(?:professor|professorship|chair|department|dept|division|school|institute|center|centre|program|programme|section|unit|fellow|fellowship|lecturer|degree|residency|specialist|faculty|doctorate|master's|bachelor's)\s+(?:of|in|for)\s+(?:the\s+)?$/i;
// A reference-list entry: "Journal of X 2012 May;7(3):230-238."
const REFERENCE_ENTRY = /\b(?:19|20)\d{2}(?:\s+[A-Z][a-z]{2})?(?:\s+\d{1,2})?;\s*\d+|\b\d+\(\d+\):\s*\d+/;
const BRANDED = /\b(?:Journal|Proceedings|Annals|Archives|Lancet|JAMA|BMJ|PLOS|NEJM|Nature|Cell|Science|eLife|npj)\b/i;
const PASSING_BEFORE = /\b(?:editors?|publishers?|sister (?:journal|title)s?|owners?|editor-in-chief|told|for|columnist|correspondent|reporter|writer|subscribe\w*|contributor)\s+(?:of|at|to|in)?\s*(?:the\s+)?$/i;

// Tokens of ISO-style abbreviations ("J Am Med Assoc", "Proc Natl Acad Sci"): such spellings report the canonical name.
const ABBREVIATED = /^(?:assn|assoc|natl|acad|proc|engl|intern|psychiatr|neurol|oncol|cardiol|pediatr|surg|dermatol|ophthalmol|endocrinol|gastroenterol|hepatol|immunol|microbiol|transl|commun|chem|phys|biol|lett|curr|front|ecol|evol|genet|neurosci|psychol|behav|nutr|clin|epidemiol|infect|respir|obstet|gynecol|rheum|geophys|astron|astrophys|environ|toxicol|pharmacol|physiol|bioinform|comput|mater|nanotechnol|biotechnol)$/i;

/** A full-length alias is reported as the story writes it ("Archives of General Psychiatry"); abbreviations as the canonical name. */
function reportedName(canonical: string, written: Tok[]): string {
  const words = written.map((t) => t.text);
  if (nameTokens(canonical).map(keyOf).join(' ') === words.map(keyOf).join(' ')) return canonical;
  const full = words.length >= 2 && words.every((w) => FUNCTION_WORDS.has(w.toLowerCase()) || w === '&' || (w.length >= 4 && !ABBREVIATED.test(w) && !/^\p{Lu}+$/u.test(w)));
  return full ? words.join(' ').replace(/ & /g, ' & ') : canonical;
}

interface Tok {
  text: string;
  start: number;
  end: number;
}

function tokens(sentence: string): Tok[] {
  const out: Tok[] = [];
  for (const m of sentence.matchAll(TOKEN)) out.push({ text: m[0], start: m.index!, end: m.index! + m[0].length });
  return out;
}

const capitalised = (t: string): boolean => /^[\p{Lu}\p{N}]/u.test(t);

/** The text token may stand for the written token: same word, capitalised, or a function word. */
function caseFits(text: string, written: string, single: boolean): boolean {
  if (text === written || FUNCTION_WORDS.has(written.toLowerCase())) return true;
  if (single && /^\p{Lu}{2,}$/u.test(written) && written.length <= 6) return text === written || text.toUpperCase() === text;
  return capitalised(text) || text === '&';
}

/** Single words that are ordinary English ("Nature", "Cell", "Neurology") need a citing cue; coined names do not. */
function needsCue(written: string[]): boolean {
  if (written.length > 1) return false;
  const w = written[0];
  if (w === 'AIDS') return true;
  if (/^\p{Lu}{4,}$/u.test(w) || w === 'BMJ') return false;
  return !/^\p{Ll}+\p{Lu}|^\p{Lu}\p{Ll}*\p{Lu}/u.test(w);
}

function longestMatch(toks: Tok[], i: number): { end: number; journal: number; written: string[] } | null {
  let node: TrieNode | undefined = JOURNAL_TRIE;
  let best: { end: number; journal: number; written: string[] } | null = null;
  for (let j = i; j < toks.length && node; j++) {
    node = node.next.get(keyOf(toks[j].text));
    if (node?.end) best = { end: j, ...node.end };
  }
  if (!best) return null;
  const single = best.end === i;
  for (let k = i; k <= best.end; k++) if (!caseFits(toks[k].text, best.written[k - i], single)) return null;
  return best;
}

// A proper-noun run after a strong cue names a journal the list does not know.
const UNKNOWN_AFTER = new RegExp(`\\b(?:(?:in|to) the ${FRAMING}journal,?|published (?:online )?in)\\s+((?:the\\s+)?(?:[\\p{Lu}][\\p{L}'’-]*|npj|eLife|[a-z]+[A-Z][\\p{L}]*)(?:\\s+(?:[\\p{Lu}][\\p{L}'’-]*|of|and|&|for|on|in|the|[:–-]))*)`, 'gu');
const JOURNAL_HEAD = /\b(?:Journal|Annals|Archives|Proceedings|Review|Reviews|Letters|Transactions|Bulletin|Reports|Quarterly|Research|Medicine|Science|Sciences|Oncology|Neurology|Psychology|Psychiatry|Biology|Chemistry|Physics|Health|Nutrition|Caring|Communications)\b/;
const GENERIC_JOURNAL = /\b(?:The )?(?:[\p{Lu}][\p{Ll}-]*\s+)*(?:Journal|Annals|Archives|Proceedings) (?:of|for|on) (?:the\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+(?:(?:of|and|&|for|on|the)\s+)?[\p{Lu}][\p{L}'’-]*)*/gu;

// Words GENERIC_JOURNAL cannot match without: a cheap test before the regex.
const GENERIC_HEADS = ['Journal', 'Annals', 'Archives', 'Proceedings'];

function trimRun(run: string): string {
  return run.replace(/^the\s+/i, 'The ').replace(/(?:\s+(?:of|and|&|for|on|in|the|[:–-]))+$/u, '').trim();
}

/** Journals named in the sentences, one pass over each sentence's tokens. */
export function journalMentions(sentences: string[]): JournalMention[] {
  const out: JournalMention[] = [];
  for (const s of sentences) {
    if (REFERENCE_ENTRY.test(s)) continue;
    const toks = tokens(s);
    const covered: [number, number][] = [];
    // Asked only when a journal name or a generic journal run turns up: most sentences have neither.
    let publishKnown: boolean | undefined;
    const publishWord = () => (publishKnown ??= PUBLISH_WORD.test(s));
    for (let i = 0; i < toks.length; i++) {
      const m = longestMatch(toks, i);
      if (!m) continue;
      const i0 = i;
      const start = toks[i].start;
      const end = toks[m.end].end;
      // A short window is enough for every cue, and keeps the end-anchored regexes cheap.
      const before = s.slice(Math.max(0, start - 90), start);
      const next = toks[m.end + 1];
      const prev = toks[i - 1];
      const glued = (t: Tok | undefined, gap: string) => t && /^\s+$/.test(gap) && capitalised(t.text) && !TIME_WORDS.test(t.text);
      // Part of a longer proper name ("Cancer Research UK", "Cell Press", "Broad Science Institute").
      if (glued(next, next ? s.slice(end, next.start) : '') || (prev && prev.start > 0 && /^\p{Lu}\p{Ll}+$/u.test(prev.text) && prev.text !== 'The' && glued(prev, s.slice(prev.end, start)))) {
        i = m.end;
        continue;
      }
      const cueBefore = CUE_BEFORE.test(before);
      const journalWord = JOURNAL_WORD_BEFORE.test(before) || /^\s+journal\b/i.test(s.slice(end));
      const cued = journalWord || (cueBefore && publishWord());
      i = m.end;
      if (needsCue(m.written) ? !cued : !(publishWord() || cueBefore || BRANDED.test(s.slice(start, end)))) continue;
      covered.push([start, end]);
      if (PASSING_BEFORE.test(before) || UNIT_BEFORE.test(before)) continue;
      out.push({ name: reportedName(JOURNALS[m.journal].name, toks.slice(i0, m.end + 1)), evidence: s, cued, background: BACKGROUND.test(before), known: true });
    }
    const overlaps = (a: number, b: number) => covered.some(([x, y]) => a < y && x < b);
    for (const re of [UNKNOWN_AFTER, GENERIC_JOURNAL]) {
      if (re === GENERIC_JOURNAL && !GENERIC_HEADS.some((h) => s.includes(h))) continue;
      if (re === UNKNOWN_AFTER && !s.includes('journal') && !s.includes('published')) continue; // its two cue words
      re.lastIndex = 0;
      for (const m of s.matchAll(re)) {
        const raw = m[1] ?? m[0];
        const at = m.index! + m[0].length - raw.length;
        if (overlaps(at, at + raw.length)) continue;
        const name = trimRun(raw.replace(/[,.;]+$/, ''));
        const words = name.split(/\s+/);
        const saysJournal = /journal/i.test(m[0].slice(0, m[0].length - raw.length));
        if (words.length > 10 || !(JOURNAL_HEAD.test(name) || saysJournal) || /^(?:The )?[\p{Lu}]\p{Ll}+$/u.test(name) && !saysJournal) continue;
        if (re === GENERIC_JOURNAL && !publishWord()) continue;
        out.push({ name, evidence: s, cued: true, background: BACKGROUND.test(s.slice(0, at)), known: false });
        covered.push([at, at + raw.length]);
      }
    }
  }
  return out;
}
