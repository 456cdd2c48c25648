import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { cleanByline } from './byline';
import { capDepth } from './cap-depth';
import { capLinks } from './cap-links';
import { jsonLdString, linkedDoiHrefs, printedDois, readMetadata } from './metadata';
import { notArticleKind } from './not-article';
import { dropInlineTeasers, dropRelatedList } from './related';
import { OutOfTime, budget, countWords, normalizeSpace, readBody, readingMinutes } from './text';
import type { ExtractResult, ExtractedArticle, PageMetadata } from './types';
import { pageLanguage } from '../text/language';
import { bodyHas, findStandfirst } from './standfirst';
import { headlineOf } from './headline';

export type * from './types';
export { countWords, readingMinutes } from './text';

/** Past this many elements Readability gives up, so a huge page fails fast instead of freezing the tab. */
export const MAX_ELEMENTS = 200_000;
/** Shorter than this and not "probably readerable": not an article. */
const MIN_ARTICLE_CHARS = 250;

/** How long reading a page may take before Caveat says it is too long to read; the content script gives less (a tab waits). */
export const TIME_BUDGET_MS = 30_000;
/** In a tab, where the page and the popup wait: well inside the popup's own limit (lib/read-tab.ts). */
export const TAB_BUDGET_MS = 4_000;

export interface ExtractOptions {
  /** The URL to report and resolve links against; defaults to the document's URL. */
  url?: string;
  maxElements?: number;
  budgetMs?: number;
  /** Clock for tests. */
  now?: () => number;
}

function firstOf(...values: (string | null | undefined)[]): string | null {
  for (const v of values) if (v && v.trim()) return normalizeSpace(v);
  return null;
}

/** ISO 8601 when the string is a date JavaScript understands, else the string itself. */
function normalizeDate(value: string | null): string | null {
  if (!value) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? value : new Date(t).toISOString();
}

function publishedTime(doc: Document, meta: PageMetadata, fromReadability: string | null | undefined): string | null {
  const m = (k: string, map: Record<string, string[]>) => map[k]?.[0];
  return normalizeDate(
    firstOf(
      fromReadability,
      jsonLdString(meta.jsonLd, 'datePublished'),
      m('article:published_time', meta.openGraph),
      m('citation_publication_date', meta.citation),
      m('citation_date', meta.citation),
      m('dc.date', meta.dublinCore),
      m('dcterms.created', meta.dublinCore),
      m('date', meta.meta),
      m('pubdate', meta.meta),
      m('parsely-pub-date', meta.meta),
      doc.querySelector('time[datetime]')?.getAttribute('datetime'),
    ),
  );
}

/**
 * Document → article. Reads metadata from `doc` and runs Readability on a clone,
 * so the page itself is never changed.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractResult {
  const now = options.now ?? Date.now;
  const deadline = now() + (options.budgetMs ?? TIME_BUDGET_MS);
  const pageTitle = firstOf(doc.title);
  try {
    return readArticle(doc, options, pageTitle, deadline, now);
  } catch (error) {
    if (error instanceof OutOfTime) return { ok: false, reason: 'too-slow', title: pageTitle };
    throw error;
  }
}

function readArticle(doc: Document, options: ExtractOptions, pageTitle: string | null, deadline: number, now: () => number): ExtractResult {
  const url = options.url ?? doc.URL ?? doc.documentURI ?? '';
  // Readability cannot be stopped midway: the clock is read between the steps, and often inside Caveat's own loops.
  const inTime = () => {
    if (now() > deadline) throw new OutOfTime();
  };
  const bodyText = doc.body?.textContent ?? '';
  if (!normalizeSpace(bodyText)) return { ok: false, reason: 'empty', title: pageTitle };
  const metadata = readMetadata(doc, url);
  const printed = printedDois(doc, bodyText);
  if (printed.length) metadata.printedDois = printed;
  const doiLinks = linkedDoiHrefs(doc);
  if (doiLinks.length) metadata.doiLinks = doiLinks;
  const readerable = isProbablyReaderable(doc);
  inTime();
  const clone = doc.cloneNode(true) as Document;
  // What Readability sees is bounded whatever the page: a tree built thousands deep is flattened (as browsers' own
  // parsers do), and links past the first few thousand are read as text.
  capDepth(clone.documentElement);
  capLinks(clone);
  inTime();
  let parsed;
  try {
    parsed = new Readability<Element>(clone, {
      maxElemsToParse: options.maxElements ?? MAX_ELEMENTS,
      serializer: (el) => el as Element,
    }).parse();
  } catch (error) {
    if (/Aborting parsing document/.test(String(error))) return { ok: false, reason: 'too-large', title: pageTitle };
    throw error;
  }
  inTime();
  const content = parsed?.content;
  if (!parsed || !content) return { ok: false, reason: 'not-article', title: pageTitle };
  // The standfirst under the headline, when Readability left it out with the header: the story's first paragraph.
  const standfirst = findStandfirst(doc);
  if (standfirst && !bodyHas(content.textContent ?? '', standfirst)) {
    const p = content.ownerDocument.createElement('p');
    p.textContent = standfirst;
    content.prepend(p);
  }
  let body = readBody(content, url, budget(deadline, now));
  // Other stories inside this one: "READ MORE: …" lines, and a list of them at the end.
  const teasers = dropInlineTeasers(content, body.paragraphs);
  if (dropRelatedList(content, body.paragraphs) || teasers) body = readBody(content, url, budget(deadline, now));
  // A title that only dates or labels the piece ("PUBLIC RELEASE: 9-MAY-2017"): the headline is the first short paragraph.
  const lead = headlineOf(firstOf(parsed.title, jsonLdString(metadata.jsonLd, 'headline'), pageTitle) ?? '', body.paragraphs);
  const paragraphs = body.paragraphs.slice(lead.used);
  const text = paragraphs.join('\n\n');
  if (text.length < MIN_ARTICLE_CHARS && !readerable) return { ok: false, reason: 'not-article', title: pageTitle };
  // Readability finds "text" in bytes, JSON and results lists too: say what the page is instead of analysing it.
  const kind = notArticleKind(doc, url, text, paragraphs, body.links);
  if (kind) return { ok: false, reason: 'not-article', title: pageTitle, kind };
  const wordCount = countWords(text);
  // Names only: a date or reading time in the byline would show twice beside the page's own date.
  const byline = cleanByline(firstOf(parsed.byline));
  const article: ExtractedArticle = {
    url,
    title: lead.title,
    byline: byline.byline,
    siteName: firstOf(parsed.siteName, metadata.openGraph['og:site_name']?.[0]),
    publishedTime: publishedTime(doc, metadata, parsed.publishedTime) ?? normalizeDate(byline.date ?? null),
    lang: pageLanguage(firstOf(parsed.lang, doc.documentElement?.getAttribute('lang')), text),
    excerpt: firstOf(parsed.excerpt),
    contentHtml: content.innerHTML,
    text,
    paragraphs,
    headings: body.headings,
    links: body.links,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    metadata,
  };
  return { ok: true, article };
}
