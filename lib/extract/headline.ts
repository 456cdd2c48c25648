/**
 * The story's headline when the page's title is not one: a title that only dates, signs or labels the piece
 * ("PUBLIC RELEASE: 9-MAY-2017", "21 July 2016", "By NICK SMITH", "Transcript", "The BMJ Press Release"), as a
 * release's or a pasted story's first line often is. Its headline is then the first short paragraph that is none
 * of those.
 */

const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|märz|mai|okt|dez)[a-zä]*\.?`;
const WEEKDAY = String.raw`(?:mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)[a-z]*\.?,?`;
const DATE = new RegExp(
  String.raw`(?:${WEEKDAY}\s+)?(?:\d{1,2}(?:st|nd|rd|th|\.)?[\s-]+${MONTH}[\s,-]+\d{2,4}|${MONTH}[\s-]+\d{1,2}(?:st|nd|rd|th)?,?[\s-]+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})`,
  'giu',
);
const TIME = /\b\d{1,2}[:. ]\d{2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|uhr)?\b/giu;
// A label that may stand before a date: "PUBLIC RELEASE:", "Published", "Veröffentlicht am".
const LABEL = /^(?:public release|press release|news release|for immediate release|embargo(?:ed)?(?: until)?|(?:first |last )?published(?: on)?|(?:last )?updated(?: on)?|posted(?: on)?|pressemitteilung(?: vom)?|veröffentlicht(?: am)?|aktualisiert(?: am)?|stand)\b/iu;
// A line that is only a page's furniture or a release's label.
const FURNITURE = /^(?:transcript|close|advertisement|anzeige|play|share|print|menu|video|audio|[‹›«»<>|]+|(?:[\p{L}&'’. -]{2,60} )?(?:press release|news release|pressemitteilung))$/iu;
// "By NICK McDERMOTT", "Von Anna Berger": names only, no digits, commas or verbs' punctuation.
const BYLINE = /^(?:[Bb]y|BY|[Vv]on|VON)\s+\p{Lu}[\p{L}.'’ -]{1,60}$/u;

/** True when a line dates, signs or labels the piece and says nothing else. */
export function isHeadlineless(line: string): boolean {
  const t = line.trim();
  if (FURNITURE.test(t) || BYLINE.test(t)) return true;
  const rest = t.replace(LABEL, ' ').replace(DATE, ' ').replace(TIME, ' ');
  return rest !== t && rest.replace(/[\s,.:;|–—-]+/gu, '') === '';
}

// A headline is short and is not a paragraph's sentence run ending in a full stop.
const MAX_HEADLINE = 200;
const LOOK_AHEAD = 3;

/**
 * The headline and how many of the first paragraphs it used up (the lines skipped and the one promoted to title):
 * the title itself and 0 when it is a headline, when it is empty (a page without one keeps its body whole), or when
 * no short paragraph stands in for it.
 */
export function headlineOf(title: string, paragraphs: string[]): { title: string; used: number } {
  if (!isHeadlineless(title)) return { title, used: 0 };
  for (let i = 0; i < Math.min(LOOK_AHEAD, paragraphs.length); i++) {
    const p = paragraphs[i].trim();
    if (isHeadlineless(p)) continue;
    if (p.length <= MAX_HEADLINE && !/\.["”’]?$/u.test(p)) return { title: p, used: i + 1 };
    break;
  }
  return { title, used: 0 };
}
