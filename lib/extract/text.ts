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

/**
 * Walks the article body once, without recursion (pages can nest thousands deep),
 * and splits it into paragraphs at block boundaries; collects headings and links.
 */
export function readBody(root: Element, baseUrl: string): BodyText {
  const paragraphs: string[] = [];
  const headings: ArticleHeading[] = [];
  const anchors: Element[] = [];
  let current = '';
  const flush = (): void => {
    const text = normalizeSpace(current);
    if (text) paragraphs.push(text);
    current = '';
  };
  // Explicit stack of [node, leaving?] pairs: entering pushes children in reverse.
  const stack: [Node, boolean][] = [[root, false]];
  while (stack.length) {
    const [node, leaving] = stack.pop()!;
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag)) continue;
    if (tag === 'BR') {
      current += ' ';
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
    if (tag === 'A' && el.hasAttribute('href')) anchors.push(el);
    stack.push([el, true]);
    const kids = el.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i], false]);
  }
  flush();
  return { paragraphs, headings, links: collectLinks(anchors, baseUrl, paragraphs) };
}

/** Link lists (related stories, "read more") are navigation even inside the body. */
function inLinkList(a: Element): boolean {
  const list = a.closest('ul,ol');
  if (!list) return false;
  const items = list.querySelectorAll('li');
  if (items.length < 3) return false;
  const text = normalizeSpace(list.textContent ?? '').length;
  let linked = 0;
  for (const link of Array.from(list.querySelectorAll('a'))) linked += normalizeSpace(link.textContent ?? '').length;
  return text > 0 && linked / text > 0.8;
}

function collectLinks(anchors: Element[], baseUrl: string, paragraphs: string[]): ArticleLink[] {
  const links: ArticleLink[] = [];
  const seen = new Set<string>();
  for (const a of anchors) {
    let href: string;
    try {
      href = new URL(a.getAttribute('href') ?? '', baseUrl).href;
    } catch {
      continue;
    }
    if (!/^https?:/i.test(href) || inLinkList(a)) continue;
    const text = normalizeSpace(a.textContent ?? '');
    const key = `${href} ${text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const link: ArticleLink = { href, text };
    const block = a.closest('p,li,blockquote,td,dd,figcaption,h1,h2,h3,h4,h5,h6');
    const context = block ? normalizeSpace(block.textContent ?? '') : text && paragraphs.find((p) => p.includes(text));
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
