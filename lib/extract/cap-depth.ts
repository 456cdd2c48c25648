/**
 * Browsers stop nesting at a fixed depth while parsing (Chromium: 512), so a page
 * nested thousands deep still gives a usable tree. happy-dom does not, and its
 * recursive clone/textContent then overflow the stack; this gives Node a browser-like
 * shape: below `limit`, content blocks are lifted up and wrappers dropped. The default
 * is lower than Chromium's because Readability slows down with depth squared and no
 * real article needs more than a few dozen levels. Iterative: recursion is what fails here.
 */
const KEEP = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION', 'TABLE', 'IMG', 'BR', 'HR']);

export function capDepth(root: Element, limit = 160): number {
  let flattened = 0;
  const stack: [Element, number][] = [[root, 0]];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    if (depth >= limit && el.firstElementChild) {
      liftContent(el, depth > limit);
      flattened++;
    }
    for (let child = el.lastElementChild; child; child = child.previousElementSibling) stack.push([child, depth + 1]);
  }
  return flattened;
}

/** Moves text and content blocks (or, when `textOnly`, text alone) up into `el`, then removes the emptied wrappers deepest first. */
function liftContent(el: Element, textOnly: boolean): void {
  const keep: Node[] = [];
  const wrappers: Element[] = [];
  const stack: Node[] = [];
  for (let c = el.lastChild; c; c = c.previousSibling) stack.push(c);
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType !== 1) {
      if (node.nodeType === 3) keep.push(node);
      continue;
    }
    const child = node as Element;
    if (!textOnly && KEEP.has(child.tagName.toUpperCase())) {
      keep.push(child);
      continue;
    }
    wrappers.push(child);
    for (let c = child.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  for (const node of keep) el.appendChild(node);
  for (let i = wrappers.length - 1; i >= 0; i--) wrappers[i].remove();
}
