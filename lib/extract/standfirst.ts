/**
 * The standfirst: the sentence or two under a news story's headline ("Astronomers say the signal, reported in
 * Monthly Notices of the Royal Astronomical Society, …"). Sites print it in the story's header, beside the headline,
 * and Readability leaves the header out, so a study's journal, design or subjects named only there were never read.
 * A story saved as text keeps it as its first paragraph; this puts it there for a web page too.
 */
import { normalizeSpace } from './text';

/** Class names and itemprops that sites give a standfirst. */
const DEK = /(?:^|[\s_-])(?:standfirst|dek|deck|sub-?title|sub-?head(?:line)?|strap(?:line)?|summary|lede|lead|intro|teaser|description|abstract|excerpt)(?:$|[\s_-])/i;
/** Parts of a header that are not the standfirst: the byline, dates, labels, sharing, navigation. */
const NOT_DEK = /byline|author|meta|date|time|kicker|label|tag|categor|breadcrumb|share|social|credit|caption|nav|menu|related|more|promo|newsletter|sign-?up|comment|rating/i;
const MIN_CHARS = 40;
const MAX_CHARS = 450;

const classes = (el: Element) => `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('itemprop') ?? ''}`;

/** The element's text when it reads as a standfirst: a sentence or two, few links, no byline. */
function standfirstText(el: Element, named: boolean): string | null {
  const tag = el.tagName.toUpperCase();
  if (!['P', 'H2', 'DIV', 'SPAN', 'SECTION'].includes(tag)) return null;
  if (NOT_DEK.test(classes(el))) return null;
  // A block holding other blocks is a wrapper (a header's meta row, a list), unless it is named as the standfirst.
  if (!named && (tag === 'DIV' || tag === 'SECTION' || tag === 'SPAN')) return null;
  if (el.querySelector('h1,h2,h3,ul,ol,table,time,img,figure,button,form')) return null;
  if (el.querySelectorAll('p').length > 2) return null;
  const text = normalizeSpace(el.textContent ?? '');
  if (text.length < MIN_CHARS || text.length > MAX_CHARS) return null;
  if (/^(?:by|von)\s/i.test(text) || /\b(?:updated|published|aktualisiert)\b.{0,20}\d/i.test(text)) return null;
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) linked += normalizeSpace(a.textContent ?? '').length;
  if (linked > text.length / 3) return null;
  // A standfirst is words: most of its characters are letters and spaces.
  if ((text.match(/[\p{L}\s]/gu)?.length ?? 0) < text.length * 0.8) return null;
  return text;
}

/** The elements after `el` in its parent, nearest first, at most `n`. */
function nextSiblings(el: Element, n: number): Element[] {
  const out: Element[] = [];
  for (let s = el.nextElementSibling; s && out.length < n; s = s.nextElementSibling) out.push(s);
  return out;
}

/**
 * The page's standfirst, or null. It must stand right after the headline (the page's first `h1`), as its next
 * element or one or two after it, or right after the headline's own wrapper; a plain paragraph there counts, any
 * other element only when its class names it a standfirst ("standfirst", "dek", "subtitle", "summary", …).
 */
export function findStandfirst(doc: Document): string | null {
  const h1 = doc.querySelector('h1');
  if (!h1 || !normalizeSpace(h1.textContent ?? '')) return null;
  const near: Element[] = nextSiblings(h1, 3);
  const parent = h1.parentElement;
  // The headline in a wrapper of its own (`<div class="headline"><h1>…</h1></div>`): the wrapper's next elements.
  if (parent && parent.tagName.toUpperCase() !== 'BODY' && parent.children.length <= 2) near.push(...nextSiblings(parent, 2));
  for (const el of near) {
    const named = DEK.test(classes(el));
    const tag = el.tagName.toUpperCase();
    if (!named && tag !== 'P' && tag !== 'H2') {
      // A wrapper named as the standfirst, or holding one named so: `<div class="standfirst"><p>…</p></div>`.
      const inner = Array.from(el.querySelectorAll('p,div,span,h2')).find((c) => DEK.test(classes(c)));
      const text = inner ? standfirstText(inner, true) : null;
      if (text) return text;
      continue;
    }
    const text = standfirstText(el, named);
    if (text) return text;
  }
  return null;
}

/** Whether the body's text already holds the standfirst (Readability kept it), comparing words, not spacing or punctuation. */
export function bodyHas(text: string, standfirst: string): boolean {
  const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return key(text).includes(key(standfirst));
}
