import type { ExtractedArticle, PageMetadata } from '../extract/types';

export type TestArticleExtra = Partial<Omit<ExtractedArticle, 'metadata'>> & { metadata?: Partial<PageMetadata> };

/** A minimal ExtractedArticle for unit tests: a headline, paragraphs, and any other fields to override. */
export function testArticle(title: string, paragraphs: string[], extra: TestArticleExtra = {}): ExtractedArticle {
  const text = paragraphs.join('\n\n');
  const { metadata, ...rest } = extra;
  return {
    url: 'https://example.org/story',
    title,
    byline: null,
    siteName: null,
    publishedTime: null,
    lang: 'en',
    excerpt: null,
    contentHtml: '',
    text,
    paragraphs,
    headings: [],
    links: [],
    wordCount: text.split(/\s+/).length,
    readingMinutes: 1,
    ...rest,
    metadata: { jsonLd: [], citation: {}, dublinCore: {}, openGraph: {}, meta: {}, ...metadata },
  };
}
