/** Finding the name of the journal a story says the work appears in. */

const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?`;
const DAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
// When it appeared, said between the verb and "in": "published online Tuesday", "appears July 28".
const WHEN = String.raw`(?:(?:today|yesterday|this week|last week|last month|recently|online|early|late|first|on|in|this|last)\s+|${DAY}\s+|${MONTH}(?:\s+\d{1,2}(?:,\s*\d{4})?)?,?\s+|\d{1,2}\s+${MONTH}\s+|\d{4}\s+)*`;
// A journal's first word: capitalised, or camel-case like eLife, iScience, npj Vaccines.
const FIRST = String.raw`(?:[A-Z][\w'’&.®-]*|[a-z]{1,3}[A-Z][\w-]*|npj\s+[A-Z][\w-]*)`;
const WORD = String.raw`(?:[A-Z][\w'’&.®-]*|of|and|for|the|&|on)`;
// "the April print issue of", "Tuesday’s edition of the", "the latest peer-reviewed journal"; "American" is skipped only
// before a lower-case "journal", since it opens names like the American Journal of Cardiology.
const TAIL = String.raw`(?:the\s+)?(?:(?:[\w.’']+\s+){0,3}?(?:issue|edition|volume)\s+of\s+(?:the\s+)?)?(?:(?:latest|current|new|peer-reviewed|medical|scientific|academic|official|online|open-access|prestigious|leading)\s+|(?:British|American)\s+(?=journal\b))*(?:journal,?\s+)?((?:The\s+)?${FIRST}(?:\s+${WORD})*)`;

export const PUBLISHED_IN_RE = new RegExp(
  String.raw`\b(?:published|publish|publishing|accepted for publication|appear(?:s|ed|ing)?|reported|report|reports|described|detailed|outlined|explains?|explained|online|write|writes|wrote)\s+(?:(?:their|the|its|his|her|our|these)\s+(?:\w+\s+){0,2})?${WHEN}in\s+${TAIL}`,
  'g',
);
export const STUDY_IN_RE = new RegExp(
  String.raw`\b(?:study|paper|analysis|meta-analysis|review|research|report|findings|trial|results|article|letter|data)\s+(?:(?:was|were|is|are)\s+)?${WHEN}in\s+${TAIL}`,
  'g',
);
// Case matters in the name (no i flag): "the journal Physical Review Letters and posted it" ends at "Letters".
export const THE_JOURNAL_RE = new RegExp(
  String.raw`\b(?:[Tt]he|[Aa]n?)\s+(?:(?:[Pp]eer-reviewed|[Mm]edical|[Ss]cientific|[Aa]cademic|[Oo]pen-access)\s+)?[Jj]ournal,?\s+((?:The\s+)?${FIRST}(?:\s+${WORD})*)`,
  'g',
);
// Journals named without "published in": well-known short names, or a name built on Journal/Annals/Archives/Proceedings.
export const KNOWN_JOURNAL_RE =
  /\b(?:(?:The )?Lancet(?: [A-Z][a-z]+)*|New England Journal of Medicine|NEJM(?: Evidence)?|JAMA(?: [A-Z][a-z]+)*|BMJ(?: Open)?|PNAS|PLOS (?:ONE|One|Medicine|Biology)|Nature (?:Medicine|Communications|Climate Change|Geoscience|Astronomy|Energy|Materials|Neuroscience|Genetics|Biotechnology|Human Behaviour|Aging|Physics|Chemistry)|Science (?:Advances|Translational Medicine|Immunology|Robotics)|Cell (?:Reports|Metabolism|Stem Cell)|Physical Review Letters|Cochrane (?:Library|Database of Systematic Reviews)|Geophysical Research Letters|(?:The )?(?:[A-Z][\w-]+ ){0,4}(?:Journal|Annals|Archives|Proceedings|Bulletin|Transactions) of (?:the )?(?:[A-Z][\w-]+ ?)(?:(?:of |and |for |the |[A-Z][\w-]+ ?)){0,6}|(?:The )?(?:[A-Z][\w-]+ ){1,4}Journal\b(?: of (?:the )?(?:[A-Z][\w-]+ ?)+)?)/g;

/** Words one of which every match of KNOWN_JOURNAL_RE holds, each at a word start: where it is worth searching for. */
export const KNOWN_JOURNAL_GATE =
  /\b(?:Lancet|New England|NEJM|JAMA|BMJ|PNAS|PLOS|Nature|Science|Cell|Physical Review|Cochrane|Geophysical|Journal|Annals|Archives|Proceedings|Bulletin|Transactions)\b/;

const NOT_JOURNAL =
  /^(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|This|That|It|He|She|They|We|His|Her|Their|Its|Our|In|On|At)\b(?! [A-Z])|\d)|\b(?:Times|Post|Guardian|Telegraph|Wall Street|Magazine|News|BBC|CNN|Reuters|Atlantic|Press|Tribune|Herald|Gazette|Street|Business Journal)\b/;
// Organisations and events, unless the name is built on a journal word: the Journal of the National Cancer Institute is a journal.
const ORGANISATION = /\b(?:University|Institute|College|Hospital|Center|Centre|School|Conference|Meeting|Congress|Symposium|Foundation|Department|Ministry|Agency|Clinic|County|City)\b/;
const JOURNAL_HEAD = /^(?:Journal|Annals|Archives|Proceedings|Bulletin|Transactions) of\b/;
// A lone word after "published in" is a journal (Cephalalgia, Neurology) unless it is a place, language or the like.
const LONE_NOT_JOURNAL =
  /^(?:[A-Z][a-z]+)$(?<=^(?:Britain|England|Scotland|Wales|Ireland|America|Europe|Africa|Asia|China|India|Japan|Australia|Canada|France|Germany|Italy|Spain|Russia|Brazil|Mexico|Israel|Korea|London|Paris|Boston|Washington|California|Texas|Florida|English|Spanish|French|German|Chinese|Print|Paper|Advance|Full|Part|Public|Total|Brief|Practice|Research|Medicine|Time|Court|Congress|Parliament|Addition|Response|Fact|General|Particular|Turn|Order|Print|Theory|Short))$/;
const NOT_JOURNAL_NAMED = /^(?:of|and|for|the|that|which|who|has|is|was|in|on|at|by|to|with|it|this|its|their|his|her)\b|\d/i;
const TRAILING_FILLER = /(?:\s+(?:of|and|for|the|&|in|on|by|at|with))+$/;

/** Cleans a captured name: trailing connectors and marks go; places, dates, newspapers and plain words are refused. */
export function cleanJournalName(raw: string, named = false): string | null {
  let name = raw.replace(/®/g, '').replace(/[.,;:]+$/, '').replace(TRAILING_FILLER, '').replace(/^the\s+/, '').trim();
  name = name.replace(/\s+(?:in|on)\s+.*$/, '').replace(TRAILING_FILLER, '');
  if (!name || name.length < 3 || name.split(' ').length > 10) return null;
  // After "the journal", any single word is a title; elsewhere a lone word is more often a place.
  if (named ? NOT_JOURNAL_NAMED.test(name) : NOT_JOURNAL.test(name) || LONE_NOT_JOURNAL.test(name)) return null;
  if (!named && ORGANISATION.test(name) && !JOURNAL_HEAD.test(name)) return null;
  return name;
}
