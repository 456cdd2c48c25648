/**
 * A page keeps its first MAX_LINKS links as links; later ones are read as plain text. No article cites more,
 * and a paragraph of 50,000 links (a hostile page) then costs its length once instead of stalling every step.
 */
export const MAX_LINKS = 2_000;

/** Unwraps the document's anchors past `max` (their words stay in place); returns how many were unwrapped. */
export function capLinks(doc: Document, max = MAX_LINKS): number {
  const anchors = doc.getElementsByTagName('a');
  if (anchors.length <= max) return 0;
  // Collected first: the live list shrinks as anchors go.
  const extra = Array.from(anchors).slice(max);
  for (const a of extra) {
    const parent = a.parentNode;
    if (!parent) continue;
    const words = doc.createDocumentFragment();
    while (a.firstChild) words.append(a.firstChild);
    parent.replaceChild(words, a);
  }
  return extra.length;
}

const ANCHOR_TAG = /<a\b(?:[^>"']|"[^"]*"|'[^']*')*>|<\/a\s*>/gi;

/**
 * The same cap on page source, before parsing (for Node, whose DOM is slow with thousands of siblings): the opening
 * and closing tags of anchors past `max` are dropped, their words kept. Anchors do not nest in HTML, so one flag
 * pairs a closing tag with its opening one.
 */
export function capAnchorsInHtml(html: string, max = MAX_LINKS): string {
  let opened = 0;
  let dropping = false;
  let changed = false;
  const out = html.replace(ANCHOR_TAG, (tag) => {
    if (tag[1] === '/') {
      const drop = dropping;
      dropping = false;
      changed ||= drop;
      return drop ? '' : tag;
    }
    dropping = ++opened > max;
    changed ||= dropping;
    return dropping ? '' : tag;
  });
  return changed ? out : html;
}
