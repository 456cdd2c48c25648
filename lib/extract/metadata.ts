import type { PageMetadata } from './types';

/** JSON-LD @type values that describe an article or a paper. */
const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'backgroundnewsarticle',
  'scholarlyarticle',
  'medicalscholarlyarticle',
  'blogposting',
  'report',
  'techarticle',
  'webpage',
  'medicalwebpage',
]);

type Json = Record<string, unknown>;

function typesOf(node: Json): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.toLowerCase());
}

/** Flattens JSON-LD arrays, @graph and mainEntity into a flat list of objects. */
function flattenJsonLd(value: unknown, out: Json[], depth = 0): void {
  if (depth > 8 || value == null) return;
  if (Array.isArray(value)) {
    for (const v of value) flattenJsonLd(v, out, depth + 1);
    return;
  }
  if (typeof value !== 'object') return;
  const node = value as Json;
  if (typesOf(node).length) out.push(node);
  if (node['@graph']) flattenJsonLd(node['@graph'], out, depth + 1);
  if (node.mainEntity && typeof node.mainEntity === 'object') flattenJsonLd(node.mainEntity, out, depth + 1);
}

function parseJsonLd(doc: Document): Json[] {
  const found: Json[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const raw = (script.textContent ?? '').trim();
    if (!raw || raw.length > 2_000_000) continue;
    try {
      // Some sites wrap JSON-LD in CDATA or HTML comments.
      flattenJsonLd(JSON.parse(raw.replace(/^\s*(<!\[CDATA\[|<!--)/, '').replace(/(\]\]>|-->)\s*$/, '')), found);
    } catch {
      // A broken block is the page's problem; the others still count.
    }
  }
  return found.filter((n) => typesOf(n).some((t) => ARTICLE_TYPES.has(t)));
}

function push(map: Record<string, string[]>, key: string, value: string): void {
  const v = value.trim();
  if (!v) return;
  (map[key] ??= []).push(v);
}

/** Reads canonical URL, JSON-LD, citation_*, Dublin Core, OpenGraph and other meta tags. */
export function readMetadata(doc: Document, pageUrl: string): PageMetadata {
  const meta: PageMetadata = { jsonLd: parseJsonLd(doc), citation: {}, dublinCore: {}, openGraph: {}, meta: {} };
  const canonical = doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href');
  if (canonical) {
    try {
      const href = new URL(canonical, pageUrl).href;
      // javascript:, data: and other schemes are never a story's address.
      if (/^https?:/i.test(href)) meta.canonicalUrl = href;
    } catch {
      // An unparseable canonical link is ignored.
    }
  }
  for (const el of Array.from(doc.querySelectorAll('meta[content]'))) {
    const content = el.getAttribute('content') ?? '';
    const name = (el.getAttribute('name') ?? '').trim().toLowerCase();
    const property = (el.getAttribute('property') ?? '').trim().toLowerCase();
    for (const key of [name, property]) {
      if (!key) continue;
      if (key.startsWith('citation_')) push(meta.citation, key, content);
      else if (/^(dc|dcterms|dc\.terms)[.:]/.test(key)) push(meta.dublinCore, key.replace(/^dc\.terms/, 'dcterms').replace(':', '.'), content);
      else if (/^(og|article):/.test(key)) push(meta.openGraph, key, content);
      else if (key === name && /^(description|author|keywords|news_keywords|date|pubdate|publish-date|parsely-pub-date|sailthru\.date|twitter:title)$/.test(key))
        push(meta.meta, key, content);
    }
  }
  return meta;
}

/** The first string value of a JSON-LD field across article nodes. */
export function jsonLdString(nodes: Json[], field: string): string | null {
  for (const n of nodes) {
    const v = n[field];
    if (typeof v === 'string' && v.trim()) return v.trim();
    if (Array.isArray(v) && typeof v[0] === 'string') return v[0].trim();
  }
  return null;
}

// "doi: 10.1038/…", "DOI 10.1016/…", "https://doi.org/10.…": a DOI the page labels as one.
const LABELLED_DOI = /(?:\bdoi\s*:?\s*|doi\.org\/)(10\.\d{4,9}\/[^\s"<>]+)/gi;
// The same, loosely, over textContent, where neighbouring boxes run together ("p. 44doi:10.1038/…").
const MAYBE_DOI = /doi\s*:?\s*10\.\d|doi\.org\/10\./i;
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
/** More labelled DOIs than this on one page is a reference list or a list of other papers, not the page's own. */
const MAX_PRINTED_DOIS = 3;

/**
 * DOIs the page prints as text after "doi:" or "doi.org/", anywhere in the body (a magazine's citation footer, a press
 * release's information box), scripts and styles left out. Readability keeps the article alone and drops those boxes.
 * A page printing more than a few is listing other papers: none are taken (the article's own text still counts).
 * `bodyText` is the body's textContent, read once by the caller: most pages have no labelled DOI and are not walked.
 */
export function printedDois(doc: Document, bodyText: string): string[] {
  if (!doc.body || !MAYBE_DOI.test(bodyText)) return [];
  const pieces: string[] = [];
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) pieces.push(child.nodeValue ?? '');
      else if (child.nodeType === 1 && !NOT_TEXT.has((child as Element).tagName.toUpperCase())) walk(child);
    }
  };
  walk(doc.body);
  // Text nodes are joined with a space: "doi:<!-- -->10.1038/…" stays one label, and a DOI never runs into the next box.
  const found = new Map<string, string>();
  for (const m of pieces.join(' ').matchAll(LABELLED_DOI)) {
    const raw = m[1].replace(/[.,;:)\]]+$/, '');
    found.set(raw.toLowerCase(), raw);
  }
  return found.size > MAX_PRINTED_DOIS ? [] : [...found.values()];
}

// A link whose address holds a DOI, plain or URL-encoded ("…/view/10.15184/aqy.2026.31.pdf", "?doi=10.1001%2Fjama…").
const DOI_IN_HREF = /10\.\d{4,9}(?:\/|%2F)/i;

/**
 * Addresses of the page's links that hold a DOI, anywhere in the page ("Die Studie als PDF" in a source box after the
 * article, which Readability drops with the box). A page linking more than a few is listing other papers: none.
 */
export function linkedDoiHrefs(doc: Document): string[] {
  const hrefs = new Set<string>();
  for (const a of doc.querySelectorAll('a[href]')) {
    const href = a.getAttribute('href') ?? '';
    if (DOI_IN_HREF.test(href)) hrefs.add(href);
    if (hrefs.size > MAX_PRINTED_DOIS) return [];
  }
  return [...hrefs];
}
