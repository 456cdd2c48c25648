/** Finding the name of the journal a story says the work appears in. */

// "published in Science Advances", "in the journal Nature Medicine", "appears in NEJM Evidence".
const WORD = String.raw`(?:[A-Z][\w'’&.-]*|of|and|for|the|&)`;
export const PUBLISHED_IN_RE = new RegExp(
  String.raw`\b(?:published|publish|appear(?:s|ed|ing)?|reported|described|detailed|outlined|report(?:s|ed)?|details?|online)\s+(?:(?:today|yesterday|this week|last week|last month|recently|online|on \w+(?: \d{1,2})?|in (?:January|February|March|April|May|June|July|August|September|October|November|December))\s+)*in\s+(?:the\s+)?(?:(?:latest|current|new|\w+ issue of|peer-reviewed|medical|scientific|academic|British|American)\s+)*(?:journal\s+)?((?:The\s+)?[A-Z][\w'’&.-]*(?:\s+${WORD})*)`,
  'g',
);
export const THE_JOURNAL_RE = new RegExp(String.raw`\b(?:the|a)\s+(?:(?:peer-reviewed|medical|scientific|academic)\s+)?journals?,?\s+((?:The\s+)?[A-Z][\w'’&.-]*(?:\s+${WORD})*)`, 'g');
// Well-known journals named without "published in" ("…, the researchers report in Nature", "the Lancet study").
export const KNOWN_JOURNAL_RE =
  /\b(?:(?:The )?Lancet(?: [A-Z][a-z]+)*|New England Journal of Medicine|NEJM(?: Evidence)?|JAMA(?: [A-Z][a-z]+)*|BMJ(?: Open)?|PNAS|PLOS (?:ONE|One|Medicine|Biology)|Nature (?:Medicine|Communications|Climate Change|Geoscience|Astronomy|Energy|Materials|Neuroscience|Genetics|Biotechnology|Human Behaviour|Aging|Physics|Chemistry)|Science (?:Advances|Translational Medicine|Immunology|Robotics)|Cell (?:Reports|Metabolism|Stem Cell)|Annals of Internal Medicine|Astrophysical Journal(?: Letters)?|Physical Review Letters|Geophysical Research Letters)\b/g;

const NOT_JOURNAL =
  /^(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|This|That|It|He|She|They|We|His|Her|Their|Its|Our)\b(?! [A-Z])|\d)|\b(?:Times|Post|Guardian|Telegraph|Wall Street|Magazine|News|BBC|CNN|Reuters|Atlantic|Press|Tribune|Herald|Gazette|University|Institute|College|Hospital|Center|Centre|School|Conference|Meeting|Congress|Symposium|Society Meeting)\b/;
const TRAILING_FILLER = /(?:\s+(?:of|and|for|the|&|in|on|by|at|with))+$/;
const LEADING_THE_LOWER = /^the\s+/;

/** Cleans a captured name: trailing connectors and a trailing full stop go; places, dates and newspapers are refused. */
export function cleanJournalName(raw: string): string | null {
  let name = raw.replace(/[.,;:]+$/, '').replace(TRAILING_FILLER, '').replace(LEADING_THE_LOWER, '').trim();
  // A sentence-final "in Nature. The" is cut by the splitter already; guard against "in Nature in 2023".
  name = name.replace(/\s+in\s+.*$/, '');
  if (!name || name.length < 3 || name.split(' ').length > 9) return null;
  if (NOT_JOURNAL.test(name)) return null;
  return name;
}
