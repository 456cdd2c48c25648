import type { ExtractedArticle, PageMetadata } from '../../extract/types';

/** A minimal ExtractedArticle for unit tests: a headline, paragraphs, optional links and metadata. */
export function testArticle(title: string, paragraphs: string[], extra: { links?: ExtractedArticle['links']; metadata?: Partial<PageMetadata> } = {}): ExtractedArticle {
  const text = paragraphs.join('\n\n');
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
    links: extra.links ?? [],
    wordCount: text.split(/\s+/).length,
    readingMinutes: 1,
    metadata: { jsonLd: [], citation: {}, dublinCore: {}, openGraph: {}, meta: {}, ...extra.metadata },
  };
}
