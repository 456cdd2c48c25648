/** The one journal detector of the analysis: every journal a story's sentences name, with how they name it. */
import { baseLanguage } from '../../../text/sentences';
import { ARTICLE_TYPE, PUBLISH_WORD, commentaryOn, cueOf, flagsOf, inPassing, qualifiesPaper, type Cue } from './cues';
import { BRANDED, capitalised, familyMember, longestMatch, needsCue, reportedName, seriesAfter, spelledAcronyms, subtitleAfter, tokens, type Tok } from './names';
import { titleCase } from '../title-case';
import { createJournalIndex, type JournalIndex } from './list';
import { listedAfter } from './lists';
import { unknownRuns } from './unknown';

/** A journal named in a sentence. */
export interface JournalMention {
  /** The name as the sources report it: the list's canonical name, or the full name as the story writes it. */
  name: string;
  /** Index of the sentence, and where the name starts and ends in it. */
  sentence: number;
  start: number;
  end: number;
  /** How the story names it: after "published in", with the word "journal", in a reference line, or bare. */
  cue: 'published-in' | 'the-journal' | 'named' | 'citation';
  /** "has not yet been published in X", "was rejected by X". */
  negated: boolean;
  /** "will be published in X", "is to appear in X", "will be submitted to X": not out yet. */
  planned: boolean;
  /** "submitted to X", "under review at X": sent, not accepted. */
  submitted: boolean;
  /** An earlier or separate study ("a previous study in X", "a 2015 study in X" beside the story's own), or a reference list. */
  background: boolean;
  /** On Caveat's list of journals. */
  known: boolean;
}

// Capitalised words that follow a name without making it longer.
const TIME_WORDS = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Today|This|Last|In|On|And|The|But|By|Earlier|Online)$/;
const CONNECTOR = /^(?:in|of|and|for|on|&)$/;
// Names joined to a cited one share its cue: "in Science and Nature, respectively", "in Nature, Science and Cell".
const JOINED = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&|und|sowie)\s+)(?:(?:in\s+)?the\s+(?:journal\s+)?)?[„"“»«']?$/;
// More than two outlets after a cited name that are not journals: a writer's list of magazines, not a citation.
const OUTLET_LIST = /^(?:\s*,\s+(?:and\s+)?(?:The\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,3}){2,}/u;
const REFERENCE_LIST = 4;
const REFERENCES_HEADING = /^\s*(?:References?|Sources|Citations?|Bibliography|Literature(?: cited)?|Further reading|Footnotes|Notes|Literatur|Quellen|Literaturverzeichnis|Einzelnachweise)\s*:?\s*$/i;
// Capitalised words that cite rather than name ("Published in Nature", a headline's "New Study in Science").
const PUBLISHING_WORD = /^(?:Published|Publishing|Publishes|Reported|Reporting|Reports?|Appear\w*|Writing|Wrote|Writes|Online|Today|Now|Also|New|Study|Studies|Research|Findings|Results|Paper|Article|Data|Details?|Described|According|Out|Issue|Edition|A|An|The)$/;

interface Candidate extends JournalMention {
  ordinary: boolean;
  dated: boolean;
  fresh: boolean;
  /** "the Circulation study": the name qualifies a paper. */
  qualifier: boolean;
}

/** A run before "in"/"of" that is a name's head: a capitalised word that is no date and nothing cites ("published online July 28 in"). */
function namesBefore(run: Tok[]): boolean {
  return !run.some((t) => PUBLISHING_WORD.test(t.text)) && run.some((t) => /^\p{Lu}/u.test(t.text) && !TIME_WORDS.test(t.text));
}

/** Spans of capitalised words, joined by title words, that end right before token i: "Frontiers in" before "Ecology". */
function runStartBefore(toks: Tok[], i: number, sentence: string): number {
  let j = i;
  const adjacent = (a: Tok, b: Tok) => /^\s+$/.test(sentence.slice(a.end, b.start));
  while (j > 0 && adjacent(toks[j - 1], toks[j]) && (capitalised(toks[j - 1].text) || CONNECTOR.test(toks[j - 1].text))) j--;
  while (j < i && CONNECTOR.test(toks[j].text)) j++;
  return j;
}

/** A name joined to a cited one is cited too. */
function joinCues(s: string, out: Candidate[]): void {
  for (let n = 1; n < out.length; n++) if (out[n].cue === 'named' && out[n - 1].cue !== 'named' && JOINED.test(s.slice(out[n - 1].end, out[n].start))) out[n].cue = out[n - 1].cue;
}

function sentenceMentions(index: JournalIndex, s: string, k: number, de: boolean, headline: boolean): Candidate[] {
  const toks = tokens(s);
  const out: Candidate[] = [];
  let publishKnown: boolean | undefined;
  const publishWord = () => (publishKnown ??= PUBLISH_WORD.test(s));
  const { startOf, skip } = spelledAcronyms(s, toks);
  const covered: [number, number][] = [];
  for (let i = 0; i < toks.length; i++) {
    if (skip.has(i)) continue;
    const m = longestMatch(index, toks, i);
    if (!m) continue;
    const i0 = i;
    let start = startOf.get(i) ?? toks[i].start;
    let end = toks[m.end].end;
    let name = reportedName(index, m.journal, toks.slice(i0, m.end + 1), s);
    const next = toks[m.end + 1];
    const prev = toks[i - 1];
    const gapAfter = next ? s.slice(end, next.start) : '';
    const family = m.end === i ? familyMember(index, s, toks[i].text, end) : null;
    const subtitle = family ? null : subtitleAfter(s, end);
    // "Journal of Combinatorial Theory, Series A": the series is part of the name.
    const series = family || subtitle ? null : seriesAfter(s, end);
    i = m.end;
    if (family || subtitle || series) {
      name = family ? family.name : subtitle ? `${s.slice(start, end)}: ${subtitle}`.replace(/^the /, 'The ') : name + series!.text;
      end = family ? family.end : subtitle ? s.indexOf(subtitle, end) + subtitle.length : end + series!.length;
      while (toks[i + 1] && toks[i + 1].start < end) i++;
    }
    let cue: Cue | null = cueOf(s, start, end, de, publishWord, headline);
    // A headline's capitals: "Small trial shows …", "Heart Study Finds …" cite no journal; a brand ("Lancet study finds") does.
    if (cue && headline && !qualifiesPaper(s, start, end, de) && (/^\s*(?:new\s+)?$/i.test(s.slice(0, start)) || titleCase(s)) && needsCue(m.written) && !BRANDED.test(s.slice(start, end))) cue = null;
    if (!family && !subtitle) {
      // Part of a longer proper name ("Cancer Research UK", "Cell Press"); German writes every noun in capitals, so there only an uncited name.
      // "The Lancet Respiratory Medicine Journal": the word "Journal" after a name does not make it longer.
      const gluedAfter = next && /^\s+$/.test(gapAfter) && /^\p{Lu}/u.test(next.text) && !TIME_WORDS.test(next.text) && next.text !== 'Journal';
      const gluedBefore = prev && prev.start > 0 && /^\p{Lu}\p{Ll}+$/u.test(prev.text) && prev.text !== 'The' && /^\s+$/.test(s.slice(prev.end, start)) && !TIME_WORDS.test(prev.text);
      if ((gluedAfter || gluedBefore) && !((de || headline) && cue)) continue;
      // Inside a longer title that a cue names ("published in Frontiers in Ecology and the Environment"): the unknown-name pass reads it.
      // Not a list of journals ("in Science and Nature").
      if (prev && CONNECTOR.test(prev.text) && i0 >= 2 && !covered.some(([x, y]) => x <= toks[i0 - 2].start && toks[i0 - 2].end <= y)) {
        const r = runStartBefore(toks, i0, s);
        // Or the tail of an event's, study's or body's name ("Conference on Frontiers in Cancer Prevention Research",
        // "Reasons for Geographic and Racial Differences in Stroke"): German capitalises every noun, so English only.
        // Not an article type: "in a Brief Communication in Nature Astronomy".
        if (r < i0 - 1 && !ARTICLE_TYPE.test(s.slice(toks[r].start, toks[i0 - 2].end)) && (cueOf(s, toks[r].start, toks[r].start, de, publishWord) || (!de && namesBefore(toks.slice(r, i0 - 1))))) continue;
      }
    }
    const written = m.written;
    covered.push([start, end]);
    if (inPassing(s, start, end)) continue;
    const flags = flagsOf(s, start, end, de);
    out.push({
      name, sentence: k, start, end, cue: cue ?? 'named', known: true, ...flags,
      // A coined name written like a plain word ("Geroscience" for GeroScience) reads as the word.
      ordinary: !family && (needsCue(written) || (m.end === i0 && needsCue([toks[i0].text]))) && !subtitle,
      qualifier: qualifiesPaper(s, start, end, de),
    });
    // A bare, ordinary name must be cited; a branded one needs at least a sentence about publishing.
    const last = out[out.length - 1];
    if (last.cue === 'named' && !last.ordinary && !(publishWord() || BRANDED.test(s.slice(start, end)))) out.pop();
  }
  for (const u of unknownRuns(s, de, publishWord, covered)) {
    if (inPassing(s, u.start, u.end)) continue;
    // The known names inside a longer title are words of it.
    if (u.widens) for (let k = out.length - 1; k >= 0; k--) if (out[k].start >= u.start && out[k].end <= u.end) out.splice(k, 1);
    const cue = cueOf(s, u.start, u.end, de, publishWord) ?? (u.saysJournal ? 'the-journal' : 'published-in');
    out.push({ name: u.name, sentence: k, start: u.start, end: u.end, cue, known: false, ordinary: false, qualifier: false, ...flagsOf(s, u.start, u.end, de) });
  }
  out.sort((a, b) => a.start - b.start);
  joinCues(s, out);
  // Names the list does not know, in a list a cited journal opens ("in the journals X, Y Research and Z"), are cited too.
  for (const a of out.filter((c) => c.cue !== 'named')) {
    for (const { start, end } of listedAfter(s, a, out)) {
      if (inPassing(s, start, end) || out.some((o) => o.start < end && start < o.end)) continue;
      const name = s.slice(start, end).replace(/^the /, 'The ');
      out.push({ name, sentence: k, start, end, cue: a.cue, known: false, ordinary: false, qualifier: false, ...flagsOf(s, start, end, de) });
    }
  }
  out.sort((a, b) => a.start - b.start);
  joinCues(s, out);
  return out.filter((c) => {
    if (c.cue === 'named' && c.ordinary) return false;
    const list = OUTLET_LIST.exec(s.slice(c.end, c.end + 160));
    if (!list) return true;
    // Items of the list that are neither a journal found here nor a date.
    const items = list[0].split(/\s*,\s+(?:and\s+)?/).filter(Boolean);
    let at = c.end;
    const outlets = items.filter((item) => {
      const from = s.indexOf(item, at);
      at = from + item.length;
      return !TIME_WORDS.test(item.split(/\s+/)[0]) && !out.some((o) => o.start >= from && o.start < at);
    });
    return outlets.length < 2;
  });
}

/**
 * Every journal the sentences name, in order, with its cue and what the story says of the publication.
 * `headline`: the first sentence is the story's headline, which may cite a journal without an article ("Lancet study finds").
 */
export function findJournalMentions(sentences: string[], lang?: string, index: JournalIndex = createJournalIndex(), options: { headline?: boolean } = {}): JournalMention[] {
  const de = baseLanguage(lang) === 'de';
  const all = sentences.flatMap((s, k) => sentenceMentions(index, s, k, de, k === 0 && !!options.headline));
  // Under a "References" heading, several journals are the story's reading list; one alone is its paper.
  const heading = sentences.findIndex((s) => REFERENCES_HEADING.test(s));
  const listed = heading < 0 ? [] : all.filter((c) => c.sentence > heading);
  const readingList = new Set(listed.map((c) => c.name.toLowerCase())).size >= 2;
  // A long run of reference lines is the story's bibliography, not the paper it reports.
  const cited = new Set(all.filter((c) => c.cue === 'citation').map((c) => c.name.toLowerCase()));
  // Where the story cites a journal in so many words, a bare name of another ("the BMJ also ran…", a publisher's
  // heading "BMJ") is said in passing.
  const citedNames = new Set(all.filter((c) => c.cue !== 'named' && !c.background && !c.negated && !c.submitted).map((c) => c.name.toLowerCase()));
  // An editorial's journal is the paper's own only when no other journal is cited for the work: "published in the
  // journal Microbiome, along with an editorial in Nature" cites Microbiome.
  const commentary = (c: JournalMention) => commentaryOn(sentences[c.sentence], c.start);
  const paperNames = new Set(all.filter((c) => c.cue !== 'named' && !c.background && !c.negated && !c.submitted && !commentary(c)).map((c) => c.name.toLowerCase()));
  // A dated study ("a 2015 study in X") is background beside one the story calls new ("a new study published in Y").
  const fresh = all.some((c) => c.fresh && !c.dated && !c.background && !c.negated && c.cue !== 'named' && c.cue !== 'citation');
  // "the Circulation study" after "published in Circulation: Cardiovascular Quality and Outcomes" points back to it.
  const written = (c: JournalMention) => sentences[c.sentence].slice(c.start, c.end);
  const fuller = (c: JournalMention) => all.find((o) => written(o).startsWith(written(c)) && /^[\s:]/.test(written(o).slice(written(c).length)));
  return all.map(({ ordinary: _o, dated, fresh: _f, qualifier, ...c }) => ({
    ...c,
    name: (qualifier && fuller(c)?.name) || c.name,
    background:
      c.background || (dated && fresh) || (readingList && c.sentence > heading) || (c.cue === 'citation' && cited.size >= REFERENCE_LIST) || (c.cue === 'named' && citedNames.size > 0 && !citedNames.has(c.name.toLowerCase())) ||
      (commentary(c) && paperNames.size > 0 && !paperNames.has(c.name.toLowerCase())),
  }));
}
