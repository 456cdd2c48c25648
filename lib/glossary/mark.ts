import type { GlossaryHit } from '../analysis/types';
import { rangeOf, textRuns, type TextRun } from './text-runs';

/** Class of the wrapper around one marked word; its presence is how marks are found and removed. */
export const MARK_CLASS = 'caveat-term-wrap';
/** The definition shown beside a marked word: Caveat's words, not the story's. */
export const TIP_CLASS = 'caveat-tip';
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** A matched string as a pattern: any run of spaces in it may be a line break or several spaces on the page. */
const pattern = (matched: string) => escapeRegExp(matched.trim()).replace(/\s+/g, '\\s+');
const normalize = (s: string) => s.trim().replace(/\s+/g, ' ');

/** An id no element of the document has yet. */
function freshId(doc: Document, from: number): [string, number] {
  let n = from;
  while (doc.getElementById(`caveat-tip-${n}`)) n++;
  return [`caveat-tip-${n}`, n + 1];
}

/**
 * Wraps the words of `hits` found in text under `root` in an accessible mark:
 * `<span class="caveat-term-wrap"><dfn class="caveat-term" tabindex="0" aria-describedby=…>word</dfn>
 * <span class="caveat-tip" role="tooltip">definition</span></span>`. The tip shows on hover and focus
 * (components/glossary-marks.css) and screen readers announce it as the word's description.
 * A term may run through inline markup and line breaks ("<em>effector</em>\n cells"): the markup moves
 * inside the mark. Text stays text (createTextNode). Skips links, headings, code, form fields and marks
 * already present. Returns how many words were marked.
 */
export function markTerms(root: Element, hits: GlossaryHit[], options: { firstOnly?: boolean; made?: Element[] } = {}): number {
  const doc = root.ownerDocument;
  const byString = new Map<string, GlossaryHit>();
  for (const hit of hits) for (const m of hit.matched) if (m.trim() && !byString.has(normalize(m))) byString.set(normalize(m), hit);
  if (!byString.size) return 0;
  const forms = [...byString.keys()].sort((a, b) => b.length - a.length);
  const find = new RegExp(forms.map(pattern).join('|'), 'gu');

  const done = new Set<GlossaryHit>();
  const found: { run: TextRun; start: number; end: number; hit: GlossaryHit }[] = [];
  for (const run of textRuns(root, MARK_CLASS)) {
    for (const m of run.text.matchAll(find)) {
      const start = m.index;
      const end = start + m[0].length;
      if (WORD_CHAR.test(run.text[start - 1] ?? '') || WORD_CHAR.test(run.text[end] ?? '')) continue;
      const hit = byString.get(normalize(m[0]))!;
      if (options.firstOnly && done.has(hit)) continue;
      done.add(hit);
      found.push({ run, start, end, hit });
    }
  }
  // Last first: wrapping a later match leaves the text nodes and offsets of earlier ones as they were.
  let next = 0;
  for (const { run, start, end, hit } of found.reverse()) {
    const range = rangeOf(run, start, end);
    let id: string;
    [id, next] = freshId(doc, next);
    const wrap = doc.createElement('span');
    wrap.className = MARK_CLASS;
    const dfn = doc.createElement('dfn');
    dfn.className = 'caveat-term';
    dfn.tabIndex = 0;
    dfn.setAttribute('aria-describedby', id);
    dfn.setAttribute('data-caveat-term', hit.term);
    dfn.append(range.extractContents());
    const tip = doc.createElement('span');
    tip.className = TIP_CLASS;
    tip.id = id;
    tip.setAttribute('role', 'tooltip');
    tip.append(doc.createTextNode(`${hit.term}: ${hit.definition}`));
    wrap.append(dfn, tip);
    range.insertNode(wrap);
    options.made?.push(wrap);
  }
  return found.length;
}

/**
 * Removes marks under `root`, putting the words back with any markup they ran through ("<em>effector</em> cells"):
 * the `made` ones markTerms reported when given (a page may hold elements of its own with the mark's class),
 * else every one. Returns how many were removed.
 */
export function unmarkTerms(root: Element, made?: readonly Element[]): number {
  const wraps = made ? made.filter((w) => w.isConnected) : [...root.querySelectorAll(`span.${MARK_CLASS}`)];
  const parents = new Set<Node>();
  for (const wrap of wraps) {
    if (wrap.parentNode) parents.add(wrap.parentNode);
    wrap.replaceWith(...(wrap.querySelector('dfn.caveat-term')?.childNodes ?? []));
  }
  // Only where words went back: the rest of the page keeps its text nodes as they were.
  for (const parent of parents) parent.normalize();
  return wraps.length;
}

/** Whether `root` holds marks already (the page toggle's second click removes them). */
export function hasMarks(root: Element): boolean {
  return root.querySelector(`span.${MARK_CLASS}`) !== null;
}
