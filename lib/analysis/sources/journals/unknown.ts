/** Journals the list does not know, read from what the words around them say: "published in the journal X". */
import { isPlace } from '../places';
import { ARTICLE_TYPE_WORDS, FRAMING, JOURNAL_WORDS_DE } from './cues';
import { BRANDED, subtitleAfter } from './names';

export interface UnknownRun {
  name: string;
  start: number;
  end: number;
  /** The word "journal" itself names it (not only a verb of publishing). */
  saysJournal: boolean;
  /** Known names inside it are words of this longer title ("Brain" in "Brain and Behavior"). */
  widens: boolean;
}

const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?`;
// Between the verb and "in": "published online July 28 in", "published today [May 3] in", "published on Monday in".
const WHEN = String.raw`(?:(?:online|today|yesterday|this week|last week|this month|recently|early|on|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|${MONTH}\s+\d{1,2}(?:,\s*(?:19|20)\d{2})?|\[[^\]]{1,24}\]|\([A-Za-z.]{2,10}\))\s+)*`;
// A run of capitalised words with the small words of titles between them ("Frontiers in Ecology and the Environment").
const RUN = String.raw`[„"“»«']?((?:[Tt]he\s+)?(?!${MONTH}\s)(?:[\p{Lu}][\p{L}'’-]*|npj|eLife|[a-z]+[A-Z][\p{L}]*)(?:\s+(?:[\p{Lu}][\p{L}'’-]*|of|and|&|for|on|in|the|der|für|und|[:–-]))*)`;
// "in the May 1 issue of", "in a special cardiovascular issue of": an issue belongs to a journal.
const DAYS = String.raw`(?:today|yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s`;
const ISSUE = String.raw`in\s+(?:(?:the|an?|its|this|that)\s+|${DAYS}\s+)(?:[\w.'’-]+\s+){0,3}?(?:issue|edition)\s+of(?:\s+the)?`;
// "according to a new study in Scientific Reports", "a research study in X": a paper's noun before "in" (a name of
// several words only: "a study in Lagos" is a place).
const PAPER_IN = String.raw`(?:stud(?:y|ies)|paper|article|analysis|commentary|editorial)\s+in(?:\s+the)?`;
// "published online by the New England Journal of Medicine": only a name that says it is a journal (not "by Elsevier").
const PUBLISHED_BY = String.raw`[Pp]ublished\s+${WHEN}by(?:\s+the)?`;
const AFTER_CUE = new RegExp(
  // "in leading international journal, X" (no article), "in the April print issue of X", "Journal reference: X".
  String.raw`\b(?:(?:in|to)\s+(?:(?:the|an?)\s+)?${FRAMING}journal,?|journals?|[Jj]ournal reference:|${ISSUE}|${PAPER_IN}|(?:[Pp]ublished|[Aa]ppear(?:s|ed|ing)?|[Rr]eport(?:s|ed|ing)?|[Ww]rit(?:e|es|ing)|[Ww]rote|[Nn]ot(?:e|es|ed)|[Dd]escribed|[Dd]etailed)\s+${WHEN}in(?:\s+the|\s+${DAYS})?|${PUBLISHED_BY})\s+${RUN}`,
  'gu',
);
// "(Current Biology, DOI: 10.1016/…)": a name right before the paper's DOI is its journal.
const DOI_AFTER = new RegExp(String.raw`(?:^|\(|:\s)${RUN}(?=,?\s*(?:DOI|doi)\b:?\s*10\.)`, 'gu');
// "in Moor Dynamics, published by Elsevier": a publisher after the name says it is a journal.
const PUBLISHER_AFTER = new RegExp(String.raw`\bin\s+(?:the\s+)?${RUN}(?=,\s+(?:which is\s+|a title\s+)?published by\s+\p{Lu})`, 'gu');
// A title's last word names a field: "Mire Ecology", "Sports Medicine", "Clinical Genomics".
const FIELD_END = /\s\p{Lu}\p{L}*(?:ology|ologies|omics|ics|iatry|edicine|urgery|herapy|herapeutics|ehaviou?r)$/u;
// An article type before the journal is no part of its name: "in a Brief Communication in Nature Astronomy".
const LEAD_WORD = new RegExp(String.raw`^(?:(?:The\s+)?(?:Journal|${JOURNAL_WORDS_DE})\s+(?=\p{Lu})(?!(?:Of|For|On|In)\s)|(?:${ARTICLE_TYPE_WORDS})\s+in\s+(?:the\s+)?(?=\p{Lu}))`, 'u');
const AFTER_CUE_DE = new RegExp(String.raw`\b${JOURNAL_WORDS_DE},?\s+${RUN}`, 'gu');
const GENERIC = /\b(?:The )?(?:[\p{Lu}][\p{Ll}-]*\s+)*(?:Journal|Annals|Archives|Proceedings) (?:of|for|on) (?:the\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+(?:(?:of|and|&|for|on|in|the)\s+)?[\p{Lu}][\p{L}'’-]*)*/gu;
// Words GENERIC cannot match without: a cheap test before the regex.
const GENERIC_HEADS = ['Journal', 'Annals', 'Archives', 'Proceedings'];

export const JOURNAL_HEAD = /\b(?:Journal|Annals|Archives|Proceedings|Review|Reviews|Letters|Transactions|Bulletin|Reports|Quarterly|Research|Medicine|Science|Sciences|Oncology|Neurology|Psychology|Psychiatry|Biology|Chemistry|Physics|Health|Nutrition|Caring|Communications|Forum|Frontiers|Advances|Trends|Progress)\b/;
// Places, organisations, newspapers and dates that follow the same verbs: "published in the United States".
export const NOT_A_JOURNAL = /\b(?:University|Universities|Institute|College|Hospital|School|Department|Ministry|Agency|Council|Foundation|Society|Association|Conference|Meeting|Congress|States|Kingdom|Republic|County|City|Province|Times|Post|Guardian|Telegraph|Magazine|News|Tribune|Herald|Gazette|BBC|CNN|Reuters|Service|Commission|Office|Authority|Ombudsman|Trust|Board|Committee|Government|Parliament|Court)\b|^(?:The\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|English|Spanish|French|German|Chinese|Britain|England|America|Europe|Africa|Asia|China|India|Japan|Australia|Canada|France|Germany)\b/;
/** A university, body, outlet or date rather than a journal, unless its head says journal ("Journal of the … Association"). */
export const namesNoJournal = (name: string): boolean => NOT_A_JOURNAL.test(name) && !TITLE_HEAD.test(name);
// A lower-case noun right after the name makes the name a qualifier.
const NOUN_AFTER = /^\s+(?:report|study|survey|guidelines?|data|review|figures|statistics|analysis|team|researchers?|scientists?)\b/;
// Newspapers that carry the word "Journal": "the Wall Street Journal", "the Milwaukee Journal Sentinel".
const NEWSPAPER = /\b(?:Wall Street Journal|Journal[- ](?:Sentinel|Constitution|News|Star|Gazette|Times|Record|Register|Inquirer)|Sentinel|Inquirer|Chronicle|Examiner|Dispatch)\b/;
export const TITLE_HEAD = /\b(?:Journal|Annals|Archives|Proceedings|Bulletin|Transactions)\b/;
// "WORK, a journal affiliated with …", "Cancer Cell journal".
// Not "the Cell Press journal Neuron": there the words before "journal" are its publisher.
// Case matters in the last check: "the Lancet medical journal online" cites; "journal Neuron" is another name.
const JOURNAL_AFTER = /^[“”"']?(?:,\s+(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,3}?[Jj]ournal\b|\s+(?:(?:[Mm]edical|[Ss]cience|[Ss]cientific)\s+)?[Jj]ournal\b(?!,?\s+[A-Z]))/;
const TIME_WORD = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|\d)`;
// "BMC Complementary and Alternative Medicine in August": the date after the name is no part of it.
const DATE_TAIL = new RegExp(String.raw`\s+(?:in|on|at|this|last|and|from)\s+${TIME_WORD}.*$|\s+${TIME_WORD}.*$`, 'u');

// Outlets and words that follow "published in" alone and are no journal: "published in The Atlantic", "in Spanish".
const OUTLET = /^(?:The\s+)?(?:Atlantic|Economist|Conversation|Independent|Observer|Spectator|Scotsman|Sun|Mirror|Express|Mail|Verge|Nation|Week|Hill|Wired|Slate|Vox|Forbes|Newsweek|Time|Bloomberg|Politico|Axios|Quartz|Salon|Print|Full|Part|Paperback|Hardback|Arabic|Hebrew|Latin|Greek|Dutch|Hindi|Swahili|Portuguese|\p{Lu}\p{Ll}+(?:ish|ese|ian))$/u;
// A publisher's brand opens the name: "npj Vaccines", "BMC Zoology".
const BRAND = /^(?:npj|BMC|JAMA|PLOS|PLoS|Nature|Lancet|The Lancet|Frontiers|Cell|Science|Annals|Acta)\s/;
// The clause goes on after the name: "published in Neurology, 17 people", "published in Cephalalgia in March shows".
const CLAUSE_GOES_ON = /^[®™]?(?:\s*(?:[,.;:)\]]|$)|\s+[—–-]\s|\s+(?:in|on|this|last|earlier|and|online|shows?|showed|found|finds|suggests?|suggested|reports?|reported|concludes?|that|by|with|from)\b)/;

/**
 * One word alone ("published in Neurology", "published online in The Lancet") is a journal only after a verb of
 * publishing, where the clause ends or goes on after it, and when it is no place, outlet or language.
 */
function standsAlone(name: string, cue: string, after: string): boolean {
  const word = name.replace(/^The\s+/, '');
  if (!/\b(?:[Pp]ublished|[Aa]ppear\w*|[Ww]rit\w*|[Ww]rote|issue|edition)\b/.test(cue) || /\b(?:by|study|studies|paper|article|analysis|commentary|editorial)\s+in|\bby(?:\s+the)?\s*$/.test(cue) || word.length < 4) return false;
  if (isPlace(word) || OUTLET.test(name) || NOT_A_JOURNAL.test(name) || NEWSPAPER.test(name)) return false;
  return CLAUSE_GOES_ON.test(after);
}

// A title's last word: "Vascular Biology", "Biomarkers & Prevention" (not a person's surname).
const TITLE_END = /(?:ology|ologies|ics|ine|ery|ion|ism|ior|iour|ease|eases|apy|ance|ence|ment|ity|Research|Reports?|Science|Sciences|Health|Care|Practice)$/;
// After "the journal", a series closed by "and": "Arteriosclerosis, Thrombosis and Vascular Biology" is one title.
const SERIES = /^(?:,\s+[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)?)+,?\s+(?:and|&)\s+[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,2}(?=[®™]?(?:\s*[,.;:)]|\s*$|\s+(?:in|on|this|last|that|by|shows?|found|finds|suggests?)\b))/u;

/**
 * A known name inside a cued title the list does not hold ("Brain" in "published in Brain and Behavior",
 * "Adolescent Medicine" in "Archives of Pediatrics and Adolescent Medicine"): the title is read whole where every known
 * name lies inside it and one of its capitalised words is none of theirs. Not "in Science and Nature", all known.
 */
const PUBLISHER = /^(?:BMJ|JAMA|Lancet|Nature|Cell|Science|PLOS|PLoS|NEJM)$/;
function widensKnown(sentence: string, start: number, end: number, covered: [number, number][]): boolean | null {
  const inside = covered.filter(([x, y]) => x < end && start < y);
  if (!inside.length) return null;
  if (inside.some(([x, y]) => x < start || y > end)) return false;
  // "the CDC's Morbidity and Mortality Weekly Report": an owner's possessive is no word of the title.
  // Nor a brand before its journal ("the BMJ Gut journal").
  const words = [...sentence.slice(start, end).matchAll(/[\p{Lu}][\p{L}'’-]*/gu)].filter((w) => w[0] !== 'The' && !/['’]s$/.test(w[0]) && !PUBLISHER.test(w[0]));
  return words.some((w) => !inside.some(([x, y]) => x <= start + w.index! && start + w.index! < y));
}

function trimRun(run: string): string {
  return run
    .replace(/^the\s+/i, 'The ')
    .replace(DATE_TAIL, '')
    // "Journal of Epidemiology & Community Health Press Release": the heading's last words are no part of the name.
    .replace(/\s+(?:Press Release|Press|News Release|News|Release|Editorial|Summary)$/, '')
    .replace(/(?:\s+(?:of|and|&|for|on|in|the|der|für|und|[:–-]))+$/u, '')
    // "the BMJ British medical journal": words that describe the journal end no title.
    .replace(/(?:\s+(?:British|American|European|Canadian|Australian|Indian|Chinese|Medical|Scientific))+$/u, '')
    .replace(/[,.;:]+$/, '')
    .trim();
}

/** Unknown journal names in a sentence, each where a cue names it, outside the given spans of known ones. */
export function unknownRuns(sentence: string, de: boolean, publishWord: () => boolean, covered: [number, number][]): UnknownRun[] {
  const out: UnknownRun[] = [];
  const regexes: RegExp[] = [];
  if (/journal|published|appear|report|wr[io]t|describ|detail|note|issue|edition/i.test(sentence)) regexes.push(AFTER_CUE);
  if (de) regexes.push(AFTER_CUE_DE);
  if (/doi\b/i.test(sentence)) regexes.push(DOI_AFTER);
  if (sentence.includes('published by')) regexes.push(PUBLISHER_AFTER);
  if (GENERIC_HEADS.some((h) => sentence.includes(h))) regexes.push(GENERIC);
  for (const re of regexes) {
    for (const m of sentence.matchAll(re)) {
      let raw = m[1] ?? m[0];
      let at = m.index! + m[0].length - raw.length;
      // "published in the Journal BMJ Open": the word "Journal" before a name is the cue, not the name.
      // Not "the Journal Of Health Economics", whose capitals only shout the title.
      // German too: "im Fachjournal Proceedings of …" (but "Zeitschrift für Psychologie" is a name).
      const lead = LEAD_WORD.exec(raw);
      if (lead) {
        raw = raw.slice(lead[0].length);
        at += lead[0].length;
      }
      const cue = m[0].slice(0, m[0].length - raw.length);
      const series = /journal\b(?!s)/i.test(cue) ? SERIES.exec(sentence.slice(at + raw.length)) : null;
      if (series && TITLE_END.test(series[0])) raw += series[0];
      const name = trimRun(raw);
      const widens = name ? widensKnown(sentence, at, at + name.length, covered) : false;
      if (!name || widens === false || out.some((o) => at < o.end && o.start < at + raw.length)) continue;
      if (widens && !(/journal\b(?!s)|[Pp]ublished|[Aa]ppear/.test(cue) || re === GENERIC)) continue;
      // "in Nature Medicine and Stroke Research": a known name of several words that opens the run is a list's first
      // item, unless the word "journal" names one title.
      // So is a brand's name ("in Cell and Sleep Medicine Reviews"), and any item before "respectively".
      const opening = covered.find(([x]) => x === at || x === at + 4);
      const openingName = opening ? sentence.slice(opening[0], opening[1]) : '';
      if (widens && opening && (/\s/.test(openingName) || BRANDED.test(openingName)) && !series && !/journal\b(?!s)/i.test(cue)) continue;
      if (widens && /^,?\s+respectively\b/.test(sentence.slice(at + name.length))) continue;
      const saysJournal = re === AFTER_CUE_DE || re === GENERIC || re === DOI_AFTER || re === PUBLISHER_AFTER || /journal|issue|edition/i.test(cue) || JOURNAL_AFTER.test(sentence.slice(at + name.length, at + name.length + 60));
      // "the Parliamentary and Health Service Ombudsman report": a name that qualifies a noun is no journal's.
      if (NOUN_AFTER.test(sentence.slice(at + name.length, at + name.length + 30))) continue;
      const words = name.split(/\s+/);
      const titled = words.length >= 2 && /\s(?:of|in|for|on|and|&)\s/.test(name) && words.filter((w) => /^\p{Lu}/u.test(w)).length >= 2;
      // "Journal of the American Osteopathic Association" is a journal whatever else it names.
      if (words.length > 10 || namesNoJournal(name) || NEWSPAPER.test(name)) continue;
      if (!(JOURNAL_HEAD.test(name) || saysJournal || titled || BRAND.test(name) || FIELD_END.test(name) || (/^(?:The\s+)?\S+$/.test(name) && standsAlone(name, cue, sentence.slice(at + name.length))))) continue;
      if (/^(?:The )?[\p{Lu}][\p{Ll}]+$/u.test(name) && !saysJournal && !standsAlone(name, cue, sentence.slice(at + name.length))) continue;
      if (re === GENERIC && !publishWord()) continue;
      // "writing in the British Medical journal": one word left that is a place, outlet or language is no title.
      if (/^(?:The\s+)?\S+$/.test(name) && (isPlace(name) || OUTLET.test(name))) continue;
      if (/\bby(?:\s+the)?\s*$/.test(cue) && !(TITLE_HEAD.test(name) || /\bJournal$/.test(name))) continue;
      // "the Journal of Mires: Carbon and Water": a subtitle after a colon goes with the name.
      const subtitle = subtitleAfter(sentence, at + name.length);
      const full = subtitle ? sentence.slice(at, sentence.indexOf(subtitle, at + name.length) + subtitle.length).replace(/^the /, 'The ') : name;
      // Trimming only shortens the run's end, so the name starts where the run does.
      out.push({ name: full, start: at, end: at + full.length, saysJournal, widens: !!widens });
    }
  }
  return out;
}
