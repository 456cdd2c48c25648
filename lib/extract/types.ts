import type { NotArticleKind } from './not-article';
/** A link found inside the article body (navigation, ads and related stories excluded). */
export interface ArticleLink {
  href: string;
  text: string;
  /** The paragraph the link sits in (trimmed), for evidence. */
  context?: string;
}

/** A heading inside the article body. */
export interface ArticleHeading {
  level: number;
  text: string;
}

/** Structured metadata read from the page head (all optional; pages vary). */
export interface PageMetadata {
  canonicalUrl?: string;
  /** JSON-LD objects of article types (NewsArticle, ScholarlyArticle, …), flattened from arrays and @graph. */
  jsonLd: Record<string, unknown>[];
  /** `citation_*` meta tags (Highwire/Google Scholar), name → values in page order. */
  citation: Record<string, string[]>;
  /** Dublin Core meta tags (`dc.*` / `dcterms.*`, lower-cased), name → values. */
  dublinCore: Record<string, string[]>;
  /** OpenGraph and article:* properties, property → values. */
  openGraph: Record<string, string[]>;
  /** Other named meta tags that matter: description, author, keywords, … */
  meta: Record<string, string[]>;
  /** DOIs the page prints after "doi:" or "doi.org/" anywhere in its visible text (a magazine's citation footer, a
   *  release's information box), when it prints at most a few: outside the article body, Readability drops them. */
  printedDois?: string[];
  /** Addresses of the page's links that hold a DOI, anywhere in the page, when there are at most a few. */
  doiLinks?: string[];
}

/** What lib/extract returns: plain, serialisable data about one article. */
export interface ExtractedArticle {
  /** The page URL the article was read from (or given with --url). */
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601 when known, else the page's own string, else null. */
  publishedTime: string | null;
  lang: string | null;
  excerpt: string | null;
  /** Sanitisation happens where it is displayed; this is Readability's cleaned HTML. */
  contentHtml: string;
  /** Plain text of the article body, paragraphs joined by blank lines. */
  text: string;
  paragraphs: string[];
  headings: ArticleHeading[];
  links: ArticleLink[];
  wordCount: number;
  readingMinutes: number;
  metadata: PageMetadata;
}

/** Why an article could not be extracted. */
export type ExtractFailure =
  | 'not-article' // Readability found no article body
  | 'empty' // the document has no text at all
  | 'too-large' // refused before parsing, to keep the browser responsive
  | 'too-slow'; // reading ran past its time budget ("too long to read")

export type ExtractResult =
  | { ok: true; article: ExtractedArticle }
  /** `kind`, for a page that is no article: what it is instead (lib/extract/not-article.ts). */
  | { ok: false; reason: ExtractFailure; title: string | null; kind?: NotArticleKind };
