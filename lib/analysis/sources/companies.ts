/** Companies and groups whose names carry no organisation word, found by what the sentence says about them. */
import type { InstitutionMention } from './institutions';
import { isPlace } from './places';
import { titleCase } from './title-case';

// One to three capitalised words ("NexBio", "SpermCheck Fertility", "Smith & Nephew"); CamelCase and digits allowed.
const NAME = String.raw`([\p{Lu}][\p{L}\p{N}'’-]*[\p{L}\p{N}](?:\s+(?:&\s+)?[\p{Lu}][\p{L}\p{N}'’-]*[\p{L}\p{N}]){0,2})`;
const KIND = String.raw`(?:company|firm|startup|start-up|drugmaker|drug maker|biotech|manufacturer|maker|developer|consultancy|charity|nonprofit|non-profit|division|subsidiary|spin-?off|spin-?out|joint venture)`;
// Before a name, "maker" and "developer" also name people ("game developer Jane Roe"): left out there.
const KIND_BEFORE = String.raw`(?:company|firm|startup|start-up|drugmaker|drug maker|biotech|manufacturer|consultancy|charity|nonprofit|non-profit)`;
const TRADE = String.raw`(?:biotech(?:nology)?|pharmaceutical|drug|tech|technology|medical[- ]device|device|software|energy|diagnostics?|chemical|food|insurance|genomics|hardware)`;

// After a place of work the name ends the phrase: "at Verily, …", "at Penn State in …"; not "at British drugmaker X".
const NAME_ENDS = String.raw`(?=\s*[,.;:)]|\s*$|\s+and\s+[^A-Z]|\s+(?:in|on|at|who|which|that|have|has|had|were|was|is|are|led|for|to|with|by|from|of|said|say|says|found|showed|developed|used|tested|studied|analy[sz]ed|published|reported)\b)`;

const AT_PLACE = new RegExp(String.raw`\b(?:[Rr]esearchers?|[Ss]cientists?|[Ii]nvestigators?|[Ee]ngineers?|[Dd]octors|[Pp]hysicians|[Ee]xperts|[Cc]olleagues|[Tt]eam|an? (?:researcher|scientist|professor|physician|doctor|engineer)|[A-Za-z][a-z]+ologists?|[Cc]hemists?|[Pp]hysicists?|[Bb]iologists?)\s+(?:at|from)\s+(?:the\s+)?${NAME}${NAME_ENDS}`, 'gu');

// German company words, in the nominative and the genitive.
const KIND_DE = String.raw`(?:Firma|Unternehmens?|Start-?ups?|Herstellers?|(?:Pharma|Chemie|Technologie)?[Kk]onzerns?|Pharmaunternehmens?|Pharmafirma|Biotech-?(?:[Ff]irma|[Uu]nternehmens?)|Ausgründung|Spin-?offs?|(?:Energie|Wasser)?[Vv]ersorgers?)`;
const KIND_DE_GATE = /Firma|Unternehmen|Start-?up|Hersteller|onzern|Ausgründung|Spin-?off|ersorger/;
const WORD_DE = String.raw`[\p{Lu}][\p{L}\p{N}'’-]*[\p{L}\p{N}]`;

// The kinds of a public or research body whose short name follows it.
const BODY_GATE = /ienst|amt|mt\b|ehörde|nstalt|gentur|erband|luster|erbund|onsorti|nstitut|entrum|bservator|ternwarte|agency|institute|laboratory|observatory|cent(?:re|er)|authority|regulator|consortium|cluster/;

// Each has the name last; each runs only when its cheap gate finds its cue word.
const BEFORE_NAME: [RegExp, RegExp][] = [
  // "a firm called RadioStudio", "a startup named Orbix"
  [/\b(?:called|named)\s/, new RegExp(String.raw`\b${KIND}\s+(?:called|named)\s+${NAME}`, 'gu')],
  // "privately held NexBio", "San Diego-based NexBio", "Boston-based startup Orbix"
  [/privately|publicly|family-owned|-based/, new RegExp(String.raw`(?:\bprivately (?:held|owned)|\bpublicly traded|\bfamily-owned|[\p{Lu}][\p{L}.]*-based)\s+(?:${TRADE}\s+)?(?:${KIND}\s+)?${NAME}`, 'gu')],
  // "the drugmaker Cellzome", "biotech company Orbix", "British liquid biopsy company Angle", "a London start-up, Cirrology AI"
  [/(?:company|firm|start-?up|drug ?maker|biotech|manufacturer|consultancy|charity|profit),? [\p{Lu}]/u, new RegExp(String.raw`(?:\b(?:the|a|an|${TRADE})|[\p{Lu}][\p{Ll}]+)\s+(?:(?:[\p{Ll}-]+|[\p{Lu}][\p{Ll}]+)\s+){0,2}?${KIND_BEFORE},?\s+${NAME}`, 'gu')],
  // "its manufacturer, AngioDynamics", "its maker Laboratoires Inneov"
  [/(?:manufacturer|maker|developer|sponsor)s?,? [\p{Lu}]/u, new RegExp(String.raw`\b(?:its|the|their)\s+(?:manufacturer|maker|developer|sponsor)s?,?\s+${NAME}`, 'gu')],
  // "a joint venture between L'Oreal and Nestle": both are companies.
  [/joint venture/, new RegExp(String.raw`\bjoint venture (?:between|of)\s+${NAME}`, 'gu')],
  [/joint venture/, new RegExp(String.raw`\bjoint venture (?:between|of)\s+[^,.;]{2,40}?\s+and\s+${NAME}`, 'gu')],
  // "Ray Roe, chief executive of Orbix", "a spokesman for NexBio"
  [/chief executive|CEO|founder|spokes/, new RegExp(String.raw`\b(?:chief executive|CEO|co-?founder|founder|spokes(?:man|woman|person))\s+(?:of|for|at)\s+${NAME}`, 'gu')],
  // "scientists at Verily", "researchers from the Molecular Foundry": where people work is a place, whatever its name.
  [/(?:at|from) (?:the )?\p{Lu}/u, AT_PLACE],
  // German: "die Würzburger Firma Lithera Recycling GmbH", "das Start-up QuantumFrontiers", "des Pharmakonzerns Bayer".
  // Every German noun has a capital, so a name of several words needs its legal form to end it.
  [KIND_DE_GATE, new RegExp(String.raw`\b${KIND_DE}\s+(${WORD_DE}(?:\s+(?:&\s+)?${WORD_DE}){0,2}\s+(?:GmbH|AG|SE|KGaA)|${WORD_DE})(?![\p{L}\p{N}])`, 'gu')],
  // A body's kind, then its short name in capitals or a coined one: "des französischen Geologiedienstes BRGM", "des
  // Exzellenzclusters QuantumFrontiers", "the French agency ANSES". Only such a name: a plain word there is a noun.
  [BODY_GATE,
    new RegExp(String.raw`(?:[\p{L}-]*(?:[Dd]ienst|[Aa]mt|[Bb]ehörde|[Aa]nstalt|[Aa]gentur|[Vv]erband|[Cc]luster|[Vv]erbund|[Kk]onsorti|[Ii]nstitut|[Zz]entrum|[Oo]bservatori|[Ss]ternwarte)(?:e?s|um|ums)?|\b(?:agency|institute|laboratory|observatory|centre|center|authority|regulator|consortium|cluster))\s+(\p{Lu}{2,}[\p{Lu}\p{N}]*|\p{Lu}\p{Ll}+\p{Lu}[\p{L}\p{N}]*)(?![\p{L}\p{N}-])`, 'gu')],
];
/** A German noun, not a name, after a company word: "das Unternehmen Anfang 2027", "der Hersteller Hautreizungen". */
const GERMAN_NOUN = /(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|ien|nzen|ismus|tät|täten|nis|nisse)$|^(?:Anfang|Ende|Mitte|Beginn|Jahr|Jahre|Jahren|Monat|Monaten|Woche|Wochen|Tag|Tagen|Geld|Daten|Zugang|Puls)$/;
// "the Molecular Foundry, a nanoscience centre at …": an appositive that says the name is a place of research.
const PLACE_KIND = String.raw`(?:centre|center|facility|laboratory|lab|institute|organi[sz]ation|agency|think[- ]tank|foundation|consortium|hospital|clinic|university|nonprofit|non-profit|charity)`;
const KIND_GATE = /company|firm|start-?up|drug ?maker|biotech|manufacturer|maker|developer|consultancy|charity|profit|division|subsidiary|spin|joint venture/;
const PLACE_GATE = /centre|center|facility|lab|institute|organi|agency|think|foundation|consortium|hospital|clinic|university|profit|charity/i;
const PLACE_APPOSITIVE = new RegExp(
  String.raw`,\s+(?:a|an|the)\s+(?:(?!(?:of|at|for|with|by|in|on|from|to|researcher|scientist|professor|student|director|head)\b)[\p{Ll}-]+\s+){0,3}?${PLACE_KIND}(?=\s*[,.;)]|\s+(?:that|which|at|in|based|run|funded|founded|affiliated|with)\b)`,
  'gu',
);
// "Cellzome, a biotech firm", "Orbix, a Boston start-up that …": the kind word ends the appositive (not "a company spokesman"),
// and no preposition comes before it (not "Jane Roe, the founder of a biotech firm"). Found from the comma, then the name before it.
const APPOSITIVE = new RegExp(
  String.raw`,\s+(?:a|an|the)\s+(?:(?!(?:of|at|for|with|by)\s)[\p{L}&.-]+\s+){0,4}?${KIND}(?=\s*(?:[,.;:)]|$)|\s+(?:that|which|in|based|from|with|whose|founded|specializing|specialising|developing|making|owned|headquartered|known|spun|and)\b)`,
  'gu',
);
// "Nutricia, a division of Dannon": part of a company is a company.
const PART_OF = /,\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:division|subsidiary|unit|spin-?off|spin-?out) of\s+[\p{Lu}]/gu;
// "InSightec, which is funding the trial": a thing that funds, makes or sells is a company ("who" would be a person).
const WHICH_MAKES = /,\s+which\s+(?:is\s+|was\s+|also\s+|has\s+)?(?:funding|funded|sponsoring|sponsored|paid for|makes|made|manufactures|manufactured|developed|develops|sells|markets|owns)\b/g;
const NAME_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}'’&-])${NAME}$`, 'u');
// "Cellzome AG": a legal form the scanner's heads do not hold; the name keeps it.
const LEGAL_GATE = /\b(?:AG|GmbH|plc|PLC)\b|N\.V\.|B\.V\.|S\.p\.A\./;
const LEGAL = new RegExp(String.raw`${NAME}\s+(?:AG|GmbH|plc|PLC|N\.V\.|B\.V\.|S\.p\.A\.)(?![\p{L}])`, 'gu');
// Cheap tests first: most sentences hold none of these words (the second keeps its capital).
const PLACE_OF_WORK = /\b(?:at|from) (?:the )?\p{Lu}/u;
const CUE = /company|firm|start-?up|which|division|subsidiary|spin|joint venture|drug ?maker|biotech|manufacturer|maker|developer|consultancy|charity|profit|-based|privately|publicly|family-owned|chief executive|CEO|founder|spokes|\bAG\b|GmbH|plc|PLC|N\.V\.|B\.V\.|S\.p\.A\.|centre|center|facility|lab|institute|organi[sz]ation|agency|think|foundation|consortium|hospital|clinic|university/i;
// Capitalised words that follow or open a cue without being a name ("the company Tuesday", "Meanwhile, a company that").
const NOT_A_NAME = new Set(
  ('The A An This That These Those It Its In On At For And But Or Last Next Chief Executive President CEO Director Officer Founder Spokesman Spokeswoman ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December ' +
    'Dr Mr Ms Mrs Prof He She They We I Meanwhile However Separately Instead Today Yesterday Now Still Also Earlier Later Recently Previously Similarly ' +
    'Nonetheless Overall Elsewhere Initially Eventually Ultimately Indeed Currently Since Then Yet So Here There').split(' '),
);

/** The name up to the first word that cannot be part of it, or '' when it starts with one. */
function trimName(raw: string, keepPossessive = false): string {
  const words = (keepPossessive ? raw : raw.replace(/['’]s$/, '')).split(/\s+/);
  const cut = words.findIndex((w) => NOT_A_NAME.has(w));
  return (cut < 0 ? words : words.slice(0, cut)).join(' ').replace(/\s+&$/, '');
}


/** Companies a sentence names with a company cue, outside the spans of names already found there. */
export function companiesIn(sentence: string, found: InstitutionMention[] = [], de = false): InstitutionMention[] {
  if (!CUE.test(sentence) && !KIND_DE_GATE.test(sentence) && !BODY_GATE.test(sentence) && !PLACE_OF_WORK.test(sentence)) return [];
  const out: InstitutionMention[] = [];
  const add = (raw: string, start: number, suffixEnd?: number, keepPossessive = false) => {
    const name = trimName(raw, keepPossessive);
    if (!name || isPlace(name)) return;
    const end = suffixEnd ?? start + name.length;
    if (found.some((o) => start < o.end && o.start < end) || out.some((o) => start < o.end && o.start < end)) return;
    out.push({ name: sentence.slice(start, end), start, end, company: true });
  };
  // "Scientists at Queen's are …": after a place of work a possessive is the place's short name.
  for (const [gate, re] of BEFORE_NAME) {
    if (!gate.test(sentence)) continue;
    for (const m of sentence.matchAll(re)) if (gate !== KIND_DE_GATE || !GERMAN_NOUN.test(m[1])) add(m[1], m.index! + m[0].length - m[1].length, undefined, re === AT_PLACE);
  }
  if (sentence.includes(', ')) {
    const hits = KIND_GATE.test(sentence) ? [...sentence.matchAll(APPOSITIVE)] : [];
    // Each runs only where its kind word is.
    if (PLACE_GATE.test(sentence)) hits.push(...sentence.matchAll(PLACE_APPOSITIVE));
    if (/division|subsidiary|unit|spin/.test(sentence)) hits.push(...sentence.matchAll(PART_OF));
    if (sentence.includes(', which')) hits.push(...sentence.matchAll(WHICH_MAKES));
    for (const m of hits) {
      const before = sentence.slice(Math.max(0, m.index! - 80), m.index!);
      const hit = NAME_BEFORE.exec(before);
      // "Guide Dogs for the Blind, an organization": the name began before its small words, further than this reads.
      if (hit && !/[\p{Lu}][\p{L}'’-]*\s+(?:of|for|and|&)(?:\s+the)?\s+$/u.test(before.slice(0, hit.index))) add(hit[1], m.index! - before.length + hit.index);
    }
  }
  if (LEGAL_GATE.test(sentence))
    for (const m of sentence.matchAll(LEGAL)) {
      // "Die Hanse Orbital GmbH": an article that opens the sentence is no part of the name.
      const article = /^(?:Der|Die|Das|Den|Dem|Des)\s+/.exec(m[1])?.[0].length ?? 0;
      const name = m[1].slice(article);
      if (name && trimName(name) === name) add(name, m.index! + article, m.index! + m[0].length);
    }
  // German writes every noun with a capital: there the test says nothing.
  return out.length && (de || !titleCase(sentence)) ? out.sort((a, b) => a.start - b.start) : [];
}
