/**
 * Highlights in a page or the reader: the text of an element, the selector of a selection inside it, and marks
 * (<mark class="caveat-hl">) drawn over a highlight's words. Works on any Document (reader, live page, tests).
 */
import { TIP_CLASS } from '../glossary/mark';
import { describe, flatOffset, flatten, locate, type FlatText } from './anchor';
import type { Highlight, QuoteSelector } from './types';

export const MARK_CLASS = 'caveat-hl';

// Not the story's words: code, form fields, and the glossary's definitions Caveat puts beside a marked word (a
// highlight saved with the words marked must anchor in a copy without them, and the other way round).
const NOT_STORY = `script, style, noscript, textarea, template, .${TIP_CLASS}`;

/** Text nodes a reader sees as the story's own. */
function textNodes(root: Element): Text[] {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */, {
    acceptNode: (node) => (node.parentElement?.closest(NOT_STORY) ? 2 : 1),
  });
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

interface Layout {
  nodes: Text[];
  /** Raw offset where each node starts. */
  starts: number[];
  flat: FlatText;
}

function layout(root: Element): Layout {
  const nodes = textNodes(root);
  const starts: number[] = [];
  let raw = '';
  for (const node of nodes) {
    starts.push(raw.length);
    raw += node.data;
  }
  return { nodes, starts, flat: flatten(raw) };
}

/** The raw offset of a boundary point, counting only the text nodes layout() counts. */
function rawOffset(l: Layout, container: Node, offset: number): number {
  if (container.nodeType === 3) {
    const i = l.nodes.indexOf(container as Text);
    if (i >= 0) return l.starts[i] + offset;
  }
  // An element boundary: the first counted text node at or after the point.
  const doc = container.ownerDocument!;
  const probe = doc.createRange();
  for (let i = 0; i < l.nodes.length; i++) {
    probe.selectNode(l.nodes[i]);
    if (probe.comparePoint(container, offset) <= 0) return l.starts[i];
  }
  return l.flat.rawOf[l.flat.text.length];
}

/** The selector of a range inside `root`, or null when the range is outside it or holds no words. */
export function selectorOfRange(root: Element, range: Range): QuoteSelector | null {
  if (range.collapsed || !root.contains(range.commonAncestorContainer)) return null;
  const l = layout(root);
  const start = flatOffset(l.flat, rawOffset(l, range.startContainer, range.startOffset));
  const end = flatOffset(l.flat, rawOffset(l, range.endContainer, range.endOffset));
  return describe(l.flat.text, start, end);
}

/** Wraps raw [start, end) in marks, one per text node it crosses; returns them in order. */
function wrap(l: Layout, start: number, end: number, make: () => HTMLElement): HTMLElement[] {
  const marks: HTMLElement[] = [];
  l.nodes.forEach((node, i) => {
    const from = Math.max(start, l.starts[i]) - l.starts[i];
    const to = Math.min(end, l.starts[i] + node.data.length) - l.starts[i];
    if (to <= from || !node.data.slice(from, to).trim()) return;
    let part = node;
    if (from > 0) part = part.splitText(from);
    if (to - from < part.data.length) part.splitText(to - from);
    const mark = make();
    part.parentNode!.insertBefore(mark, part);
    mark.appendChild(part);
    marks.push(mark);
  });
  return marks;
}

/**
 * Removes highlight marks, leaving their words as they were: `marks` when given (on a live page, only those Caveat
 * drew, never a page's own element with the same class), else every one under root (the reader's own copy).
 */
export function clearHighlightMarks(root: Element, marks?: Element[]): void {
  for (const mark of marks ?? [...root.querySelectorAll(`mark.${MARK_CLASS}`)]) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parent.normalize();
  }
}

/**
 * Draws the highlights under root, clearing earlier marks first (`previous`, as for clearHighlightMarks); returns
 * the marks drawn and the ids of the highlights whose words are gone.
 */
export function drawHighlights(root: Element, highlights: Highlight[], previous?: Element[]): { marks: HTMLElement[]; missing: string[] } {
  clearHighlightMarks(root, previous);
  const missing: string[] = [];
  const drawn: HTMLElement[] = [];
  for (const h of highlights) {
    const l = layout(root);
    const at = locate(l.flat.text, h);
    if (!at) {
      missing.push(h.id);
      continue;
    }
    const rawEnd = l.flat.rawOf[Math.max(at.start, at.end - 1)] + 1;
    const marks = wrap(l, l.flat.rawOf[at.start], rawEnd, () => {
      const mark = root.ownerDocument.createElement('mark');
      mark.className = `${MARK_CLASS} ${MARK_CLASS}-${h.color}`;
      mark.dataset.hlId = h.id;
      if (h.note) mark.title = h.note;
      return mark;
    });
    // The first mark is where "show in text" moves focus.
    if (marks[0]) marks[0].tabIndex = -1;
    drawn.push(...marks);
  }
  return { marks: drawn, missing };
}
