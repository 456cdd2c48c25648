/**
 * The runs of text a reader sees as one line of prose: the text nodes of one block, across the inline
 * markup inside it ("<em>effector</em> cells"), so a marked term may span emphasis and source line breaks.
 */

/** Elements whose text is never marked: code, controls, links, headings, and marks already made. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'CODE', 'PRE', 'KBD', 'SAMP', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'A', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'DFN', 'SVG', 'MATH', 'IFRAME']);
/** Inline formatting a term may run through; any other element ends a run. */
const INLINE = new Set(['EM', 'I', 'B', 'STRONG', 'SPAN', 'MARK', 'SMALL', 'SUB', 'SUP', 'U', 'S', 'ABBR', 'CITE', 'Q', 'FONT', 'TIME', 'BDI', 'BDO', 'DATA', 'VAR', 'INS']);

export interface TextRun {
  nodes: Text[];
  /** Offset of each node's first character in `text`. */
  starts: number[];
  text: string;
}

/** Every run of text under `root` outside the elements it must not touch (`marked`: the class of existing marks). */
export function textRuns(root: Element, marked: string): TextRun[] {
  const runs: TextRun[] = [];
  let nodes: Text[] = [];
  const flush = () => {
    if (nodes.some((n) => n.data.trim())) {
      const starts: number[] = [];
      let text = '';
      for (const n of nodes) starts.push(text.length), (text += n.data);
      runs.push({ nodes, starts, text });
    }
    nodes = [];
  };
  // Depth first without recursion (pages nest deep); null marks the end of a block's children.
  const stack: (Node | null)[] = [root];
  while (stack.length) {
    const node = stack.pop();
    if (node === null || node === undefined) {
      flush();
      continue;
    }
    if (node.nodeType === 3) {
      nodes.push(node as Text);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as HTMLElement;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag) || el.classList.contains(marked) || el.isContentEditable) {
      flush();
      continue;
    }
    const inline = INLINE.has(tag) && el !== root;
    if (!inline) {
      flush();
      stack.push(null);
    }
    for (let k = el.childNodes.length - 1; k >= 0; k--) stack.push(el.childNodes[k]);
  }
  flush();
  return runs;
}

/** The text node and offset inside it of a run's character `at` (an end is placed at the end of the node before). */
function locate(run: TextRun, at: number, end: boolean): [Text, number] {
  let k = run.starts.length - 1;
  while (k > 0 && (run.starts[k] > at || (end && run.starts[k] === at))) k--;
  return [run.nodes[k], at - run.starts[k]];
}

const isInline = (n: Node | null): n is Element => n?.nodeType === 1 && INLINE.has((n as Element).tagName.toUpperCase());

/**
 * The range of a run's characters [start, end), widened over inline elements it covers whole, so that moving
 * its contents into a mark leaves no empty "<em></em>" behind.
 */
export function rangeOf(run: TextRun, start: number, end: number): Range {
  const range = run.nodes[0].ownerDocument.createRange();
  const [startNode, startAt] = locate(run, start, false);
  const [endNode, endAt] = locate(run, end, true);
  range.setStart(startNode, startAt);
  range.setEnd(endNode, endAt);
  if (startAt === 0) {
    let n: Node = startNode;
    while (!n.previousSibling && isInline(n.parentNode) && !n.parentNode.contains(endNode)) n = n.parentNode;
    if (n !== startNode) range.setStartBefore(n);
  }
  if (endAt === endNode.length) {
    let n: Node = endNode;
    while (!n.nextSibling && isInline(n.parentNode) && !n.parentNode.contains(startNode)) n = n.parentNode;
    if (n !== endNode) range.setEndAfter(n);
  }
  return range;
}
