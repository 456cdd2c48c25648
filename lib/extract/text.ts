import { MAX_LINKS } from './cap-links';
import type { ArticleHeading, ArticleLink } from './types';

/** Elements that start a new block of text. */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'BUTTON', 'SELECT', 'TEXTAREA']);

export const normalizeSpace = (s: string): string => s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();

export interface BodyText {
  paragraphs: string[];
  headings: ArticleHeading[];
  links: ArticleLink[];
}


/** No story has a paragraph this long; past it a block (50,000 links, one endless run) is cut, so all later steps stay quick. */
export const MAX_PARAGRAPH = 50_000;
/** Links of one block that carry the block's text as context: a paragraph of thousands of links is a list, not evidence. */
const MAX_CONTEXTS_PER_BLOCK = 50;

/** A paragraph cut to MAX_PARAGRAPH at a space where there is one near, with an ellipsis. */
function cutParagraph(text: string): string {
  if (text.length <= MAX_PARAGRAPH) return text;
  const space = text.lastIndexOf(' ', MAX_PARAGRAPH);
  return `${text.slice(0, space > MAX_PARAGRAPH - 200 ? space : MAX_PARAGRAPH)} …`;
}

/** Thrown when reading the body runs past its time budget (lib/extract turns it into "too long to read"). */
export class OutOfTime extends Error {
  override name = 'OutOfTime';
}

/** Checks the clock every so many steps; throws OutOfTime past the deadline. */
export function budget(deadline: number, now: () => number = Date.now, every = 1_024): () => void {
  let steps = 0;
  return () => {
    if (++steps % every === 0 && now() > deadline) throw new OutOfTime();
  };
}

/**
 * Walks the article body once, without recursion (pages can nest thousands deep),
 * and splits it into paragraphs at block boundaries; collects headings and links.
 */
export function readBody(root: Element, baseUrl: string, tick: () => void = () => undefined): BodyText {
  const paragraphs: string[] = [];
  const headings: ArticleHeading[] = [];
  // Each link with the paragraph it falls in (the one being gathered when the walk reached it).
  const anchors: [Element, number][] = [];
  let current = '';
  const flush = (): void => {
    const text = normalizeSpace(current);
    if (text) paragraphs.push(cutParagraph(text));
    current = '';
  };
  // Explicit stack of [node, leaving?] pairs: entering pushes children in reverse.
  const stack: [Node, boolean][] = [[root, false]];
  while (stack.length) {
    tick();
    const [node, leaving] = stack.pop()!;
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag)) continue;
    // A line break ends a line of its own (an address, a contact block, a caption's credit): text on either side is
    // not one sentence. After a label ("Originalpublikation:", "Reference:") the line goes on.
    if (tag === 'BR') {
      if (/:\s*$/.test(current)) current += ' ';
      else flush();
      continue;
    }
    const block = BLOCK.has(tag);
    if (leaving) {
      if (block) {
        const at = paragraphs.length;
        flush();
        if (/^H[1-6]$/.test(tag) && paragraphs.length > at) {
          headings.push({ level: Number(tag[1]), text: paragraphs[paragraphs.length - 1] });
        }
      }
      continue;
    }
    if (block) flush();
    if (tag === 'A' && anchors.length < MAX_LINKS && el.hasAttribute('href')) anchors.push([el, paragraphs.length]);
    stack.push([el, true]);
    const kids = el.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i], false]);
  }
  flush();
  return { paragraphs, headings, links: collectLinks(anchors, baseUrl, paragraphs, tick) };
}

/** Link lists (related stories, "read more") are navigation even inside the body. Asked once per list. */
function isLinkList(list: Element): boolean {
  const items = list.querySelectorAll('li');
  if (items.length < 3) return false;
  const text = normalizeSpace(list.textContent ?? '').length;
  let linked = 0;
  for (const link of Array.from(list.querySelectorAll('a'))) linked += normalizeSpace(link.textContent ?? '').length;
  return text > 0 && linked / text > 0.8;
}

/**
 * Links with the paragraph around each. A list's verdict and a block's text are worked out once however many links
 * they hold, so a paragraph of 50,000 links costs its length once, not once per link.
 */
function collectLinks(anchors: [Element, number][], baseUrl: string, paragraphs: string[], tick: () => void): ArticleLink[] {
  const links: ArticleLink[] = [];
  const seen = new Set<string>();
  const lists = new Map<Element, boolean>();
  const blocks = new Map<Element, { text: string; given: number }>();
  for (const [a, at] of anchors) {
    tick();
    let href: string;
    try {
      href = new URL(a.getAttribute('href') ?? '', baseUrl).href;
    } catch {
      continue;
    }
    if (!/^https?:/i.test(href)) continue;
    const list = a.closest('ul,ol');
    if (list) {
      if (!lists.has(list)) lists.set(list, isLinkList(list));
      if (lists.get(list)) continue;
    }
    const text = normalizeSpace(a.textContent ?? '');
    const key = `${href} ${text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const link: ArticleLink = { href, text };
    const block = a.closest('p,li,blockquote,td,dd,figcaption,h1,h2,h3,h4,h5,h6');
    let context: string | undefined;
    if (block) {
      let seenBlock = blocks.get(block);
      if (!seenBlock) blocks.set(block, (seenBlock = { text: normalizeSpace(block.textContent ?? '').slice(0, 600), given: 0 }));
      if (seenBlock.given++ < MAX_CONTEXTS_PER_BLOCK) context = seenBlock.text;
    } else if (text) {
      const own = paragraphs[at];
      context = own?.includes(text) ? own : undefined;
    }
    if (context) link.context = context.length > 600 ? context.slice(0, 600) : context;
    links.push(link);
  }
  return links;
}

/** Counts words the way readers do: runs of letters or digits (CJK characters count one each). */
export function countWords(text: string): number {
  const cjk = text.match(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g)?.length ?? 0;
  const words = text.replace(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g, ' ').match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.length ?? 0;
  return words + cjk;
}

/** Minutes at 230 words a minute, at least one. */
export const readingMinutes = (words: number): number => Math.max(1, Math.round(words / 230));
