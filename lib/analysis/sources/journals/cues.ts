/** The words around a journal's name that say how the story names it: where the work appears, or in passing. */

// Adjectives stories put between the cue and the name: "in the latest peer-reviewed journal", "in der renommierten Fachzeitschrift".
export const FRAMING = String.raw`(?:(?:(?:today|this (?:week|month)|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s|latest|current|recent|new|online|open[- ]access|peer[- ]reviewed|medical|scientific|prestigious|respected|British|American|European|leading|academic|science|research|international|specialist|[A-Z][a-z]+ [A-Z][a-z]+'s)\s+)*`;
const FRAMING_DE = String.raw`(?:(?:renommierten|angesehenen|internationalen|medizinischen|britischen|amerikanischen|US-amerikanischen|wissenschaftlichen|aktuellen|neuen|neuesten|jüngsten|führenden|frei zugänglichen)\s+)*`;
/** German words for "journal". */
// With the genitive "-s" ("in der Ausgabe des Fachjournals X").
export const JOURNAL_WORDS_DE = String.raw`(?:Fachzeitschrift|Fachjournals?|Fachblatte?s?|Fachmagazins?|Wissenschaftsjournals?|Wissenschaftsmagazins?|Wissenschaftsblatte?s?|Wissenschaftszeitschrift|Zeitschrift|Journals?|Magazins?)`;
// German „X“ and »X«, Swiss «X».
const OPEN_QUOTE = String.raw`[„"“»«‚']?`;

// Right before a name: "published in (the journal) X", "in the latest issue of X", "submitted to X".
// "in a 2012 PLOS One paper": an article and a year may come between.
const CUE_BEFORE = new RegExp(String.raw`(?:\bin|\b(?:submit\w*|sen[dt]\w*|letters?|wr[io]te|accepted|contribut\w*)\b[^.;]{0,60}?\bto|\bissue of|\bedition of|\bpages of|\bpublished by|\bjournal)\s+(?:the\s+|an?\s+(?:(?:19|20)\d{2}\s+)?)?${FRAMING}(?:journal,?\s+)?${OPEN_QUOTE}$`, 'i');
// Not "an": "an Diabetes erkranken" (German capitalises every noun, and journals are named like them).
const CUE_BEFORE_DE = new RegExp(String.raw`\b(?:in|im|ins|in der|in dem|bei|Ausgabe(?:\s+von)?)\s+(?:der\s+|dem\s+|die\s+|des\s+|einer\s+)?${FRAMING_DE}(?:${JOURNAL_WORDS_DE},?\s+)?${OPEN_QUOTE}(?:The\s+)?$`, 'u');
// "the journal X", "the journals Science and Nature", "Journal: X", "die Fachzeitschrift X", "im Fachjournal The Cryosphere".
const JOURNAL_WORD_BEFORE = new RegExp(String.raw`(?:\b(?:journals?,?|journals:|(?:peer[- ]reviewed|scientific|medical|academic) publication)\s+(?:the\s+)?|^\s*(?:Journal|Published in|Publication|Fachzeitschrift|Originalpublikation|Originalver\u00f6ffentlichung)\s*:\s*|\b${JOURNAL_WORDS_DE},?\s+(?:the\s+)?)${OPEN_QUOTE}$`, 'iu');
// Right after a name: "X journal", "the Lancet medical journal", "WORK, a journal affiliated with", "(journal)".
const JOURNAL_WORD_AFTER = /^[“”"'»«]?(?:\s+(?:(?:medical|science|scientific|research|online|academic|peer-reviewed)\s+)?journal\b|,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?journal\b(?!s? (?:editor|editors|publisher)))/i;

// A reference line: "Developmental Biology 392(2): 123-130", "Arch Intern Med. 2014;174(3):1", "… 12, 345. doi:10.…".
const CITATION_AFTER = /^[.,]?\s*(?:\(?(?:19|20)\d{2}\)?\s*(?:[A-Z][a-z]{2}\w*\.?\s*\d{0,2}\s*)?[;,.:]\s*)?(?:vol(?:ume)?\.?\s*)?\d{1,4}\s*(?:\(\s*[\w–-]+\s*\))?\s*[:,]\s*(?:e|S)?\d|^[^.]{0,80}?\bdoi:?\s*10\.\d/i;
// "a Lancet paper", "the JAMA study", "a new Nature paper": the journal names the paper it published.
const QUALIFIER_BEFORE = new RegExp(String.raw`\b(?:an?|the|this|that|(?:19|20)\d{2})\s+${FRAMING}$`, 'i');
const QUALIFIER_AFTER = /^\s+(?:stud(?:y|ies)|papers?|articles?|report|analysis|research letter|editorial)\b/;
/** "the JAMA study": the name qualifies a paper, which a later mention often uses to point back to a fuller name. */
export function qualifiesPaper(sentence: string, start: number, end: number, de: boolean): boolean {
  return !de && QUALIFIER_AFTER.test(sentence.slice(end, end + 30)) && QUALIFIER_BEFORE.test(sentence.slice(Math.max(0, start - 90), start));
}
// A reference line cut at its title's full stop leaves the journal and year alone: "Nature Nanotechnology, 2026.",
// "Nature Astronomy (2026)."
const CITATION_ALONE = /^[.,]?\s*\(?(?:19|20)\d{2}\)?[.;]?\s*$/;
const CITATION_BEFORE = /\bet al\b\.?[^;]{0,200}$|^\s*(?:Reference|Citation|Source|Quelle|Originalpublikation)\s*:\s*[^:]*$/i;

/** Words that say the sentence is about publishing, reporting or a study: a bare "in X" cites only with one of them. */
export const PUBLISH_WORD =
  /\b(?:publish\w*|appear\w*|report\w*|stud(?:y|ies)|paper|research|findings|results|article|letter|analys[ie]s|describ\w*|detail\w*|explain\w*|outlin\w*|argu\w*|journal|trial|review|wr[io]t\w*|online|issue|edition|data|authors?|submit\w*|featur\w*|editorials?|commentary)\b|\b(?:ver\u00f6ffentlich\w*|publiziert\w*|erschien\w*|erschein\w*|berichte\w*|Studie\w*|Ergebnis\w*|Fachartikel|Artikel|Arbeit|schreib\w*|vorgestellt|stell\w* .{0,80} vor)\b/iu;

export type Cue = 'published-in' | 'the-journal' | 'citation';

// The story's headline drops its article: "…, Lancet study finds", "BMJ paper shows …" at the start of a clause. (Only the
// headline: a related story's headline in the body names another story's journal.)
const CLAUSE_OPEN = /(?:^|[,:;]\s*|\s[—–-]\s*)(?:new\s+)?$/i;
const REPORTING_AFTER = /^\s+(?:stud(?:y|ies)|papers?|report|research|analysis|review|trial)\s+(?:finds?|found|shows?|showed|suggests?|says|reveals?|warns?|claims?|links?|ties)\b/i;
// The journal as the one that published the work: "Physical Review Letters published the findings on Tuesday", "a paper
// that Cretaceous Research ran this week".
const PUBLISHER_OF_WORK_AFTER = /^\s+(?:(?:has|had|also|just)\s+)*(?:published|publishes|ran|runs|carried|carries|printed)\s+(?:(?:the|their|his|her|its|this|these|a|an)\s+)?(?:(?:new|latest|team['’]s|group['’]s|researchers['’])\s+)?(?:findings|study|paper|results|work|research|analysis|report|trial|data)\b/i;
const WORK_THAT_BEFORE = /\b(?:paper|study|article|report|findings|results|research|analysis)\s*,?\s+(?:that|which)\s+(?:the\s+)?(?:journal\s+)?$/i;
const WORK_THAT_AFTER = /^\s+(?:(?:has|had|just)\s+)?(?:ran|run|published|carried|printed)\b/i;
/** How the words around a name cite it as a journal, or null when they do not. */
export function cueOf(sentence: string, start: number, end: number, de: boolean, publishWord: () => boolean, headline = false): Cue | null {
  const before = sentence.slice(Math.max(0, start - 90), start);
  const after = sentence.slice(end, end + 120);
  if (JOURNAL_WORD_BEFORE.test(before) || JOURNAL_WORD_AFTER.test(after)) return 'the-journal';
  if (CITATION_AFTER.test(after) || CITATION_BEFORE.test(sentence.slice(0, start)) || (!sentence.slice(0, start).trim() && CITATION_ALONE.test(after))) return 'citation';
  if (qualifiesPaper(sentence, start, end, de) || (headline && !de && CLAUSE_OPEN.test(before) && REPORTING_AFTER.test(after))) return 'published-in';
  if (!de && (PUBLISHER_OF_WORK_AFTER.test(after) || (WORK_THAT_BEFORE.test(before) && WORK_THAT_AFTER.test(after)))) return 'published-in';
  if ((CUE_BEFORE.test(before) || (de && CUE_BEFORE_DE.test(before))) && publishWord()) return 'published-in';
  return null;
}

// The journal as someone's employer, the reporter's outlet or a publisher, not where this work appears ("who edits the
// journal X", "deputy editor of the journal X", "on the editorial board of X").
const PASSING_BEFORE = /\b(?:editors?|edits|edited|editing|(?:editorial|advisory) board|publishers?|(?:also )?publishes|journals? published by|titles? published by|sister (?:journal|title)s?|owners?|editor-in-chief|told|for|columnist|correspondent|reporter|writer|subscribe\w*|contributor|(?:work|writing|articles?|stories|essays|pieces?|reporting) (?:has|have) (?:also )?(?:appeared|been published))\s+(?:of|at|to|in)?\s*(?:the\s+)?(?:journal\s+)?$/i;
// Job titles and units: "Professor of Radiology", "Chair in Cancer Research", "Institute of Molecular Medicine".
const UNIT_BEFORE = /\b(?:professor|professorship|chair|department|dept|division|school|institute|center|centre|program|programme|section|unit|fellow|fellowship|lecturer|degree|residency|specialist|faculty|doctorate|master's|bachelor's)\s+(?:of|in|for)\s+(?:the\s+)?$/i;
// The first field of a unit that lists several: "in the Medicine, Clinical and Translational Epidemiology Unit", "the
// Pediatrics, Obstetrics and Gynecology Department". (A comma and one name after it, "in Neurology, Mayo Clinic
// researchers", stays a citation: the list needs its "and".)
const UNIT_AFTER = /^,\s+(?:[A-Z][\w-]*\s+)+(?:and|&)\s+(?:[A-Z][\w-]*\s+)*(?:Unit|Department|Division|Program|Programme|Section|Group|Service|Laborator(?:y|ies)|Cent(?:er|re)|Institute)\b/;
// The name opens a longer name of a meeting, a prize or a talk: "Late-Breaking Clinical Trials Session", "the Cell Symposium".
const EVENT_AFTER = /^\s+(?:Sessions?|Meeting|Conference|Congress|Symposium|Summit|Forum|Workshop|Track|Awards?|Prize|Lecture)\b/;
const A_BRANDS_JOURNAL = /\b(?:a|an|one|another)\s+(?:[\w-]+\s+){0,2}$/i;
// Inside a phone number, an e-mail address or a path: "312-464-JAMA", "JAMA@example.org" ("published on BMJ.com" names the BMJ).
const GLUED_MARK_BEFORE = /[-@/#]$/;
// A hyphen and a word after the name make it part of a compound ("Science-Fiction", "Typ-2-Diabetes"), unless the word is
// a paper's ("die Nature-Studie", "ein Lancet-Artikel").
const GLUED_MARK_AFTER = /^(?:@|-\d|-(?!(?:Studie|Studien|Artikel|Artikels|Paper|Publikation|Veröffentlichung|Arbeit|Beitrag|Bericht|Aufsatz|Autor|Autoren|Autorin|Autorinnen|Redaktion|Herausgeber|Fachartikel|Ausgabe|Heft|Editorial)\b)\p{L})/u;

// A kind of paper named before "in" the journal: "a Brief Communication in Nature Astronomy" ("Communications in
// Mathematical Physics" is a journal's own name).
export const ARTICLE_TYPE_WORDS = String.raw`(?:(?:Brief|Rapid|Short)\s+)?Communication|Research\s+Letter`;
export const ARTICLE_TYPE = new RegExp(`^(?:${ARTICLE_TYPE_WORDS})$`);

// A researcher's record, every name of its list: "He has published in high-impact journals, including Blood, Cell and
// …", "her work has appeared in journals such as Nature": where the person publishes, not this work.
const RECORD = /\b(?:has|have)\s+(?:also\s+)?(?:published|appeared)\b[^.;]{0,80}?\bjournals?,?\s+(?:including|such as|like)\b[^.;]*$/i;

// …and without a list: "who has published widely on fast radio bursts in", "has previously published in" (not "has
// published its findings in": that is the work itself).
// A count of papers is a record too: "She published more than 200 papers, many of them in".
const RECORD_IN =
  /\b(?:has|have|had)\s+(?:(?:also|previously|widely|extensively|regularly|often|repeatedly)\s+)*published\s+(?:(?:widely|extensively|regularly|often)\s+)?(?:(?:on|about)\s+[^,;.]{1,60}?\s+)?in\s+(?:the\s+)?(?:journals?\s+)?$|\b(?:published|wrote|authored|co-?authored)\s+(?:(?:more than|over|some|about|nearly|almost|around)\s+)?[\d,]{2,}\s+(?:\w+\s+)?(?:papers|articles|studies|publications)\b[^.;]{0,50}?\bin\s+(?:the\s+)?(?:journals?\s+)?(?:(?:\w+,\s+)*\w+\s+(?:and|or)\s+)?$/i;
// German puts the verb last: "Graumann, die unter anderem im Fachblatt The Lancet publiziert hat", "Er hat selbst in X
// über Fledermäuse publiziert". A record has no work as its object ("die ihre Ergebnisse in X veröffentlicht hat" is the
// work) and says so: a word of habit, or a relative clause on one person ("…, die in X publiziert hat,").
const RECORD_DE_AFTER = /^[^,.;:]*?\b(?:publiziert|veröffentlicht)(?:\s+(?:hat|haben|hatte|hatten))?\b/;
const WORK_DE = /\b(?:Ergebnisse?|Studie|Arbeit|Befunde?|Daten|Resultate?|Untersuchung|Analyse|Erkenntnisse|Entdeckung|Messungen|Modell|Bericht|Fund)\b/;
const HABIT_DE = /\b(?:unter anderem|selbst|bereits|schon|mehrfach|regelmäßig|wiederholt|häufig|zahlreiche?|vielfach)\b/;
const PERFECT_DE = /\b(?:hat|haben|hatte|hatten)\b/;
// "Ihre Arbeiten sind unter anderem in Science … erschienen": a researcher's works, in the plural, with a word of habit.
const RECORD_DE_BEFORE = /\b(?:Ihre|Seine|Deren|Dessen)\s+(?:\p{L}+\s+)?(?:Arbeiten|Studien|Publikationen|Veröffentlichungen|Aufsätze|Fachartikel)\s+(?:sind|erschienen|wurden)\b[^.;]{0,40}?\b(?:unter anderem|u\. a\.|bereits|schon|mehrfach|regelmäßig|wiederholt|häufig)\b[^.;]*$/u;
// An editor's journal in German: "Mitherausgeberin des Journal of Glaciology", "Herausgeber der Fachzeitschrift X".
const EDITOR_DE_BEFORE = /(?:herausgeber(?:in|innen)?|chefredakteur(?:in)?|redakteur(?:in)?)\s+(?:des|der|von|beim|bei der)\s+(?:\p{L}+\s+)?[„“"»«‚]?$/iu;

/** True when the name is named in passing: an editor's or writer's outlet, a job title, a record, part of an address. */
export function inPassing(sentence: string, start: number, end: number): boolean {
  if (RECORD.test(sentence.slice(0, start)) || RECORD_IN.test(sentence.slice(Math.max(0, start - 120), start)) || UNIT_AFTER.test(sentence.slice(end, end + 120)) || EVENT_AFTER.test(sentence.slice(end, end + 20))) return true;
  const before = sentence.slice(Math.max(0, start - 90), start);
  if (GLUED_MARK_BEFORE.test(before) || GLUED_MARK_AFTER.test(sentence.slice(end, end + 8))) return true;
  // "Sexually Transmitted Infections - a specialist BMJ journal": the brand of a journal, not the journal.
  if (A_BRANDS_JOURNAL.test(before) && /^\s+journals?\b/.test(sentence.slice(end, end + 10))) return true;
  if (recordDe(sentence, start, end) || RECORD_DE_BEFORE.test(sentence.slice(Math.max(0, start - 200), start))) return true;
  return PASSING_BEFORE.test(before) || UNIT_BEFORE.test(before) || EDITOR_DE_BEFORE.test(before);
}

/** A German researcher's record: the perfect of "publizieren" over the name, in a clause with no work as its object. */
function recordDe(sentence: string, start: number, end: number): boolean {
  const verb = RECORD_DE_AFTER.exec(sentence.slice(end, end + 120))?.[0];
  if (!verb) return false;
  const before = sentence.slice(Math.max(0, start - 120), start);
  const own = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('.')) + 1);
  if (!PERFECT_DE.test(`${own} ${verb}`) || WORK_DE.test(`${own} ${verb}`)) return false;
  return HABIT_DE.test(own) || (/^\s*(?:der|die)\s/.test(own) && /\bhat$/.test(verb));
}

// Earlier or separate work, mentioned for background: "a previous study in", "a related paper", "eine frühere Studie".
const BACKGROUND =
  /\b(?:(?:a|an|the|their|his|her) (?:previous|earlier|prior|separate|older|past|related) (?:study|paper|work|research|trial|analysis|report|review)|(?:previous|earlier|prior) (?:\w+ )?(?:studies|papers|work|research|trials|findings)|(?:an?|the|their|its) (?:earlier|previous|first|older) (?:\w+ )?(?:version|generation|form|prototype) of|(?:studies|research|work|trials|papers),? (?:\w+ )?including (?:a|an|one) |(?:has|have|had) previously|previously (?:used|published|reported|shown|showed|found|described|studied)|(?:her|his|their|\p{Lu}[\p{L}-]*['’]s) (?:early|earlier|best[- ]known|previous|past|older) (?:\w+ )?(?:papers|work|results|studies|research|findings)|previously published|(?:builds?|building|built) on (?:an?|the|their|his|her)|another (?:study|paper)|other (?:studies|research)|past (?:research|studies)|years ago|(?:eine|einer) (?:fr\u00fcheren?|vorherigen?|\u00e4lteren?|anderen?) (?:Studie|Arbeit|Untersuchung))\b/iu;
// A date put on the work: "a 2015 study in", "an April 2011 study", "In 2009, he published", "published in 2014 in".
const DATED = /\blast (?:year|decade)\b|\bbetween (?:19|20)\d{2} and (?:19|20)\d{2}\b|\b(?:a|an|the|one)\s+(?:19|20)\d{2}\s+$|\b(?:(?:a|an|the|their|his|her|one)\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d{2}\s+(?:study|paper|report|review|analysis|meta-analysis|article|trial|survey|issue|Studie)|(?:^|\b(?:in|since|from)\s+)(?:[A-Z][a-z]+\s+)?(?:19|20)\d{2}\b(?!\s*(?:study|paper)))|\b(?:19|20)\d{2}\s+(?:im|in(?: der| dem)?)\s+(?:(?:Fachblatt|Fachjournal|Fachmagazin|Journal|Zeitschrift|Fachzeitschrift|Magazin)\s+)?[„"“»‚]?\s*$/i;
// Where a clause starts: the flags below read only the words of the name's own clause.
// A quote's end ('…," said the study') and a dash ('or not—despite') start a clause too.
const CLAUSE_START = /[.;:!?]\s|,\s|[.,;:!?]["”’']\s|\s?[—–]\s?|\s(?:but|while|whereas|aber|doch|w\u00e4hrend)\s/g;
// Work the clause itself places before the story: "a study last year in X", "Earlier this year in X".
const PAST = /\b(?:last (?:year|decade)|earlier this (?:year|decade)|a (?:year|decade) ago|letztes Jahr|im vergangenen Jahr|vor einem Jahr)\b/i;
// "Last year, researchers published a study in X": a time that opens the sentence holds for its clauses.
const PAST_OPENER = /^\s*(?:Last year|Earlier this year|A year ago|Letztes Jahr|Im vergangenen Jahr),/i;
// German tells earlier work by the pluperfect: "Schon 2021 hatte eine Arbeitsgruppe in X berichtet", "eine Studie, die
// 2022 in X erschienen war", "Er hatte bereits in X publiziert" (the story's own work is "ist erschienen", "berichten").
const PLUPERFECT_DE = /\b(?:hatte|hatten)\b|\b(?:war|waren)\s+(?:\S+\s+){0,3}?(?:erschienen|veröffentlicht worden|publiziert worden)\b|\b(?:erschienen|veröffentlicht worden|publiziert worden)\s+(?:war|waren)\b/;
// The quotation marks left around a name cut out of its clause: not words between the pluperfect's two verbs.
const QUOTES = /[„“”"»«‚‘’]/g;
const NEGATED = /\b(?:not|never|yet to|n['’]t|rejected|turned down|nicht|noch nicht|nie|abgelehnt)\b/i;
const PLANNED = /\b(?:will|would|shall|to be|is to|are to|due to|set to|expected to|plans? to|planned|planning|hopes? to|intends? to|going to|about to|forthcoming|upcoming|ahead of|in press|soon|wird|werden|soll|sollen|demn\u00e4chst)\b/i;
const SUBMITTED = /\b(?:submit\w*|sent|under review|under consideration|eingereicht|einreichen)\b/i;
const SUBMITTED_EARLIER = /\b(?:submit\w*|sent)\b(?![^.;]*\b(?:published|appear\w*|printed)\b)[^.;]*$/i;

// The story's own study, said to be new: "a new study published in", "published today in", "in this week's issue of".
// "The follow-up report, which is published in X": the present tense puts the work out now, beside a dated one.
const FRESH_BEFORE = /\b(?:new|newly|latest|today|tonight|yesterday|this week(?:['’]s)?|neue[nrs]?|heute|aktuellen|jetzt|nun|soeben)\b|\b(?:is|are) (?:published|reported|described) (?:online )?in (?:the )?(?:[\w-]+ ){0,2}?(?:journal |publication )?(?:the )?$/i;
// "published in The Lancet in 2014": a year right after the name dates the work too.
// "in Cephalalgia and The Lancet Neurology in the late 2010s": a second journal joined to the first shares its date.
const DATED_AFTER =
  /^(?:\s+(?:and|or|&)\s+(?:the\s+)?\p{Lu}[\p{L}&'’:-]*(?:\s+(?:of|and|&|in|for|the|\p{Lu}[\p{L}&'’:-]*)){0,7})?,?\s+(?:in\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d{2}\b|(?:in|during) the (?:early |mid-|mid |late )?(?:19|20)\d0s\b)/u;
const FRESH_AFTER = /^[^.;]{0,30}\b(?:today|this week|yesterday|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/;

/** What the name's own clause says of the publication: not (yet) published, planned, only submitted; an earlier, dated or new study. */
export function flagsOf(sentence: string, start: number, end = start, de = false): { negated: boolean; planned: boolean; submitted: boolean; background: boolean; dated: boolean; fresh: boolean } {
  const before = sentence.slice(Math.max(0, start - 120), start);
  let from = 0;
  for (const m of before.matchAll(CLAUSE_START)) from = m.index! + m[0].length;
  // German puts the verb last: "wurde bei Nature eingereicht", "in Cell erscheinen soll".
  const clause = de ? `${before.slice(from)} ${sentence.slice(end).split(/[.;:!?,]/)[0]}` : before.slice(from);
  return {
    negated: NEGATED.test(clause),
    planned: PLANNED.test(clause),
    // "has submitted a second analysis, on costs, to X": the verb may sit before a comma; not "submitted in May, published in X".
    submitted: SUBMITTED.test(clause) || SUBMITTED_EARLIER.test(before),
    // "A related study, published this week by …, shows … (Archives of …)": the subject may open a long sentence.
    background: BACKGROUND.test(sentence.slice(Math.max(0, start - 250), start)) || BACKGROUND.test(sentence.slice(0, Math.min(start, 40))) || PAST.test(clause) || PAST_OPENER.test(sentence.slice(0, start)) || (de && PLUPERFECT_DE.test(clause.replace(QUOTES, ''))),
    dated: DATED.test(sentence.slice(Math.max(0, start - 90), start)) || DATED_AFTER.test(sentence.slice(end, end + 110)),
    fresh: FRESH_BEFORE.test(before.slice(-90)) || FRESH_AFTER.test(sentence.slice(end)),
  };
}

// "along with an editorial in Nature", "an accompanying commentary in X": a piece that goes with the work, in its own
// journal. (An editorial that is itself the story's subject, "a 2013 editorial in the Annals", is not accompanying.)
const COMMENTARY_BEFORE =
  /\b(?:(?:along|together) with|alongside|with|accompanied by|and)\s+(?:an?\s+|the\s+)?(?:accompanying\s+|related\s+)?(?:editorial|commentary|comment|perspective|viewpoint)s?\s+(?:\w+\s+){0,2}?(?:in|published in|ran in)\s+(?:the\s+)?(?:journal\s+)?$|\b(?:an?|the)\s+accompanying\s+(?:editorial|commentary|comment|perspective)\s+(?:\w+\s+){0,2}?in\s+(?:the\s+)?(?:journal\s+)?$/i;

/** True when the name is where an editorial or commentary on the work appeared. */
export function commentaryOn(sentence: string, start: number): boolean {
  return COMMENTARY_BEFORE.test(sentence.slice(Math.max(0, start - 60), start));
}
