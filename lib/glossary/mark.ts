import type { GlossaryHit } from '../analysis/types';

/** Class of the wrapper around one marked word; its presence is how marks are found and removed. */
export const MARK_CLASS = 'caveat-term-wrap';
/** Elements whose text is never marked: code, controls, links, headings, and marks already made. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'CODE', 'PRE', 'KBD', 'SAMP', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'A', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'DFN', 'SVG', 'MATH', 'IFRAME']);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WORD_CHAR = /[\p{L}\p{N}]/u;

function skipped(el: Element | null, root: Element): boolean {
  // Iterative walk up to the root: no recursion on deep pages.
  for (let e = el; e && e !== root.parentElement; e = e.parentElement) {
    if (SKIP.has(e.tagName.toUpperCase()) || e.classList.contains(MARK_CLASS) || (e as HTMLElement).isContentEditable) return true;
  }
  return false;
}

let serial = 0;

/**
 * Wraps the words of `hits` found in text under `root` in an accessible mark:
 * `<span class="caveat-term-wrap"><dfn class="caveat-term" tabindex="0" aria-describedby=…>word</dfn>
 * <span class="caveat-tip" role="tooltip">definition</span></span>`. The tip shows on hover and focus
 * (components/glossary-marks.css) and screen readers announce it as the word's description.
 * Only text nodes change, built with createTextNode (page text stays text). Skips links, headings,
 * code, form fields and marks already present. Returns how many words were marked.
 */
export function markTerms(root: Element, hits: GlossaryHit[], options: { firstOnly?: boolean; made?: Element[] } = {}): number {
  const doc = root.ownerDocument;
  const byString = new Map<string, GlossaryHit>();
  for (const hit of hits) for (const m of hit.matched) if (m.trim() && !byString.has(m)) byString.set(m, hit);
  if (!byString.size) return 0;
  const pattern = new RegExp([...byString.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'g');

  const nodes: Text[] = [];
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if ((n as Text).data.trim() && !skipped(n.parentElement, root)) nodes.push(n as Text);
  }

  const done = new Set<GlossaryHit>();
  let marked = 0;
  for (const node of nodes) {
    const text = node.data;
    const pieces: (string | { word: string; hit: GlossaryHit })[] = [];
    let last = 0;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const before = text[m.index - 1];
      const after = text[m.index + m[0].length];
      const hit = byString.get(m[0])!;
      if ((before && WORD_CHAR.test(before)) || (after && WORD_CHAR.test(after))) continue;
      if (options.firstOnly && done.has(hit)) continue;
      done.add(hit);
      pieces.push(text.slice(last, m.index), { word: m[0], hit });
      last = m.index + m[0].length;
    }
    if (last === 0) continue;
    pieces.push(text.slice(last));
    const fragment = doc.createDocumentFragment();
    for (const piece of pieces) {
      if (typeof piece === 'string') {
        if (piece) fragment.append(doc.createTextNode(piece));
        continue;
      }
      const id = `caveat-tip-${++serial}`;
      const wrap = doc.createElement('span');
      wrap.className = MARK_CLASS;
      const dfn = doc.createElement('dfn');
      dfn.className = 'caveat-term';
      dfn.tabIndex = 0;
      dfn.setAttribute('aria-describedby', id);
      dfn.setAttribute('data-caveat-term', piece.hit.term);
      dfn.append(doc.createTextNode(piece.word));
      const tip = doc.createElement('span');
      tip.className = 'caveat-tip';
      tip.id = id;
      tip.setAttribute('role', 'tooltip');
      tip.append(doc.createTextNode(`${piece.hit.term}: ${piece.hit.definition}`));
      wrap.append(dfn, tip);
      fragment.append(wrap);
      options.made?.push(wrap);
      marked++;
    }
    node.replaceWith(fragment);
  }
  return marked;
}

/**
 * Removes marks under `root`, putting the plain words back: the `made` ones markTerms reported when given (a page
 * may hold elements of its own with the mark's class), else every one. Returns how many were removed.
 */
export function unmarkTerms(root: Element, made?: readonly Element[]): number {
  const wraps = made ? made.filter((w) => w.isConnected) : [...root.querySelectorAll(`span.${MARK_CLASS}`)];
  const parents = new Set<Node>();
  for (const wrap of wraps) {
    const word = wrap.querySelector('dfn.caveat-term')?.textContent ?? '';
    if (wrap.parentNode) parents.add(wrap.parentNode);
    wrap.replaceWith(root.ownerDocument.createTextNode(word));
  }
  // Only where words went back: the rest of the page keeps its text nodes as they were.
  for (const parent of parents) parent.normalize();
  return wraps.length;
}

/** Whether `root` holds marks already (the page toggle's second click removes them). */
export function hasMarks(root: Element): boolean {
  return root.querySelector(`span.${MARK_CLASS}`) !== null;
}
