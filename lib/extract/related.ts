/**
 * A list of other stories at the end of the article: a short heading ("More Health Stories", "You might also like",
 * "Mehr zum Thema") followed by teasers (headlines, a headline printed twice, a first line cut off with "…").
 * Readability keeps such a list when the site puts it inside the article, and a story saved as text always has it.
 * Its teasers name other studies, journals and people, so the analysis would read them as this story's own.
 */
import { countWords, normalizeSpace } from './text';

const HEADING_EN =
  /^(?:more (?:\w+ ){0,2}(?:stories|news|articles|reads?|coverage|reading|posts)|more from (?:\w+ ){0,2}\w+|related(?: \w+){0,2}|recommended(?: \w+){0,3}|you (?:might|may) also (?:like|enjoy|be interested in)|also (?:read|on \w+)|read (?:more|next|also)|further reading|what to read next|most (?:read|popular|viewed|shared)|trending(?: now| stories)?|(?:popular|latest|top) (?:stories|news|articles|posts)|(?:don't|do not) miss|editor'?s picks)$/i;
const HEADING_DE =
  /^(?:mehr zum thema(?: \w+)?|mehr (?:aus|zu|von|zum) (?:\w+ ){0,2}\w+|lesen sie (?:auch|mehr|weiter)|das könnte sie (?:auch )?interessieren|auch interessant|weitere (?:artikel|beiträge|nachrichten|meldungen|themen|geschichten)|meistgelesen\w*(?: (?:artikel|beiträge))?|empfohlene (?:artikel|beiträge)|passend zum thema|verwandte (?:artikel|themen|beiträge))$/i;

/** The heading's words without emoji, arrows or a closing colon. */
const bare = (text: string): string => normalizeSpace(text).replace(/^[^\p{L}]+/u, '').replace(/[^\p{L}\p{N}'’]+$/u, '').replace(/’/g, "'");

/** Whether a paragraph is the heading of a list of other stories. */
export function isRelatedHeading(text: string): boolean {
  const words = bare(text);
  if (!words || countWords(words) > 7) return false;
  return HEADING_EN.test(words) || HEADING_DE.test(words);
}

/** A headline (no full stop at its end: a story's own short paragraphs have one), or a first line cut off. */
function teaserLike(paragraph: string): boolean {
  return /(?:…|\.\.\.)\s*$/.test(paragraph) || (countWords(paragraph) <= 30 && !/[.!?:;]["'”’)\]]*\s*$/.test(paragraph));
}

/** Words the story must have before such a heading: one that opens the text is not a list at its end. */
const MIN_WORDS_BEFORE = 150;

/**
 * Where the list of other stories starts, as an index into the paragraphs, or -1. The heading must come after the
 * story's first MIN_WORDS_BEFORE words, and at least two paragraphs must follow it, most of them headlines or cut-off first lines: a
 * section called "Related research" that goes on in full paragraphs is part of the story.
 */
export function relatedListStart(paragraphs: readonly string[]): number {
  let words = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    if (words >= MIN_WORDS_BEFORE && isRelatedHeading(paragraphs[i])) {
      const after = paragraphs.slice(i + 1);
      const teasers = after.filter(teaserLike).length;
      if (after.length >= 2 && teasers >= 0.6 * after.length) return i;
    }
    words += countWords(paragraphs[i]);
  }
  return -1;
}

/**
 * Removes from `root` the element whose text is the heading, and everything after it in document order, so the
 * reader's copy and the analysed text lose the same list. `occurrence` counts paragraphs of the same text before it.
 * Returns whether it found the heading.
 */
export function cutFrom(root: Element, heading: string, occurrence = 0): boolean {
  const wanted = normalizeSpace(heading);
  // Each outermost element whose whole text is the heading (its block, not a <strong> inside it), in order.
  const matches: Element[] = [];
  for (const el of Array.from(root.querySelectorAll('h1,h2,h3,h4,h5,h6,p,div,section,header,aside,li,dt,span,strong,b'))) {
    if (matches.some((m) => m.contains(el))) continue;
    if (normalizeSpace(el.textContent ?? '') === wanted) matches.push(el);
  }
  const found = matches[occurrence];
  if (!found) return false;
  let node: Node = found;
  while (node !== root && node.parentNode) {
    while (node.nextSibling) node.parentNode.removeChild(node.nextSibling);
    node = node.parentNode;
  }
  found.parentNode?.removeChild(found);
  return true;
}

/** Removes a list of other stories at the end of the article from `root`, read as `paragraphs`; whether there was one. */
export function dropRelatedList(root: Element, paragraphs: readonly string[]): boolean {
  const at = relatedListStart(paragraphs);
  if (at < 0) return false;
  const heading = paragraphs[at];
  return cutFrom(root, heading, paragraphs.slice(0, at).filter((p) => p === heading).length);
}

// Labels that only teaser lines open with, written in capitals by the sites that use them ("MORE: …", "WATCH: …").
const TEASER_LABEL_CAPS = /^(?:MORE|WATCH|LISTEN|SEE ALSO|ALSO SEE|PICTURED|VIDEO|PHOTOS)$/;

/**
 * A line inside the story that points to another one: a label and a colon, then a headline ("READ MORE: New pill
 * reverses ageing in mice", "RELATED: …", "Lesen Sie auch: …"). Tabloids put several into a story; each names
 * another study, and the analysis would read its words as this story's own.
 */
export function isInlineTeaser(paragraph: string): boolean {
  const m = /^\s*([^:|»›]{2,40}?)\s*[:|»›]\s*(\S.*)$/su.exec(paragraph);
  if (!m) return false;
  const label = bare(m[1]);
  return (isRelatedHeading(label) || TEASER_LABEL_CAPS.test(label)) && teaserLike(m[2]);
}

/** Removes from `root` the blocks whose whole text is an inline teaser; how many it removed. */
export function dropInlineTeasers(root: Element, paragraphs: readonly string[]): number {
  const teasers = new Set(paragraphs.filter(isInlineTeaser));
  if (!teasers.size) return 0;
  let removed = 0;
  // In document order a wrapper comes before what it wraps: a <div> holding just the teaser's <p> goes whole, and the
  // <p>, no longer inside the root, is passed over.
  for (const el of Array.from(root.querySelectorAll('p,div,li,h2,h3,h4,h5,h6,aside,section,blockquote'))) {
    if (!root.contains(el) || !teasers.has(normalizeSpace(el.textContent ?? ''))) continue;
    el.remove();
    removed++;
  }
  return removed;
}
